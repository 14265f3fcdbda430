#include "BidTemplateWorkbook.h"

#include "i18n/Translate.h"
#include "io/BidCsvImport.h"
#include "spreadsheet/WorkbookFile.h"

#include <xlsxwriter.h>

namespace tulana {
namespace {

constexpr lxw_row_t kLastRow = 1000; // rows the checks cover below the header

void natureChoice(lxw_worksheet* sheet, lxw_col_t column)
{
    const char* natures[] = {"open-source", "proprietary", "mixed", nullptr};
    lxw_data_validation check = {};
    check.validate = LXW_VALIDATION_TYPE_LIST;
    check.value_list = const_cast<char**>(natures);
    worksheet_data_validation_range(sheet, 1, column, kLastRow, column, &check);
}

void marksRange(lxw_worksheet* sheet, lxw_col_t column, double maximum, const std::string& message)
{
    lxw_data_validation check = {};
    check.validate = LXW_VALIDATION_TYPE_DECIMAL;
    check.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
    check.minimum_number = 0;
    check.maximum_number = maximum;
    check.error_message = const_cast<char*>(message.c_str());
    worksheet_data_validation_range(sheet, 1, column, kLastRow, column, &check);
}

} // namespace

QByteArray bidTemplateWorkbook(const Tender& tender, QString* error)
{
    WorkbookFile file(error);
    if (!file.isOpen())
        return {};
    lxw_workbook* book = file.workbook();
    lxw_worksheet* sheet = workbook_add_worksheet(book, "Bids");
    lxw_format* bold = workbook_add_format(book);
    format_set_bold(bold);
    worksheet_freeze_panes(sheet, 1, 0);
    const QStringList header = bidTableHeader(tender);
    const std::vector<LeafRef> leaves = leavesOf(tender.criteria);
    for (int c = 0; c < header.size(); ++c) {
        worksheet_write_string(sheet, 0, lxw_col_t(c), header[c].toStdString().c_str(), bold);
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), c < 4 ? 24 : 12, nullptr);
        if (header[c] == QLatin1String("nature"))
            natureChoice(sheet, lxw_col_t(c));
        // Marks columns are "<criterion>/<member>".
        const QString criterion = header[c].section(u'/', 0, 0);
        if (!header[c].contains(u'/'))
            continue;
        if (const int k = leafIndex(leaves, criterion); k >= 0) {
            const double max = leaves[std::size_t(k)].criterion->maxMarks;
            marksRange(sheet, lxw_col_t(c), max,
                       tulana::tr("Marks from 0 to %1.").arg(max).toStdString());
        }
    }
    return file.close();
}

} // namespace tulana
