#include "EvaluationWorkbook.h"

#include "i18n/Translate.h"
#include "spreadsheet/WorkbookFile.h"
#include "support/Utf8.h"

#include <xlsxwriter.h>

#include <QStringList>

#include <cmath>

namespace tulana {
namespace {

// "A1"-style names, absolute ("$A$1") when asked: libxlsxwriter's own.
std::string cell(int row, int col, bool absolute = false)
{
    char name[LXW_MAX_CELL_NAME_LENGTH];
    if (absolute)
        lxw_rowcol_to_cell_abs(name, lxw_row_t(row), lxw_col_t(col), 1, 1);
    else
        lxw_rowcol_to_cell(name, lxw_row_t(row), lxw_col_t(col));
    return name;
}

std::string column(int firstRow, int lastRow, int col)
{
    return cell(firstRow, col, true) + ':' + cell(lastRow, col, true);
}

std::string sheetRef(const std::string& sheet)
{
    return '\'' + sheet + "'!";
}

std::string number(double value)
{
    char text[40];
    std::snprintf(text, sizeof text, "%.17g", value);
    return text;
}

// A formula rounded as the tender announces: ROUND in Excel and LibreOffice
// rounds half away from zero, as Tulana does.
std::string rounded(const std::string& expression, bool round, int decimals)
{
    return round ? "ROUND(" + expression + "," + std::to_string(decimals) + ")" : expression;
}

struct Formats
{
    lxw_format* header = nullptr;
    lxw_format* money = nullptr;
    lxw_format* score = nullptr;
    lxw_format* wrap = nullptr;
    lxw_format* percent = nullptr;
};

Formats formatsFor(lxw_workbook* book, const Tender& tender)
{
    Formats f;
    f.header = workbook_add_format(book);
    format_set_bold(f.header);
    format_set_bottom(f.header, LXW_BORDER_THIN);
    f.money = workbook_add_format(book);
    // Indian grouping (1,23,45,678.00) where the currency is the rupee.
    format_set_num_format(
        f.money, tender.currency == QLatin1String("INR")
                     ? "[>=10000000]##\\,##\\,##\\,##0.00;[>=100000]##\\,##\\,##0.00;##,##0.00"
                     : "#,##0.00");
    f.score = workbook_add_format(book);
    std::string scoreFormat = "0";
    if (tender.options.decimals > 0)
        scoreFormat += '.' + std::string(std::size_t(tender.options.decimals), '0');
    format_set_num_format(f.score, scoreFormat.c_str());
    f.percent = workbook_add_format(book);
    format_set_num_format(f.percent, "0.##%");
    f.wrap = workbook_add_format(book);
    format_set_text_wrap(f.wrap);
    return f;
}

class Writer
{
public:
    Writer(lxw_workbook* book, const Tender& tender, const Evaluation& evaluation)
        : m_book(book)
        , m_tender(tender)
        , m_evaluation(evaluation)
        , m_leaves(leavesOf(tender.criteria))
        , m_formats(formatsFor(book, tender))
        , m_lastBidRow(int(tender.bids.size()))
    {}

    void write()
    {
        rules();
        criteria();
        for (std::size_t e = 0; e < m_tender.evaluators.size(); ++e)
            marks(int(e));
        averages();
        technical();
        prices();
        evaluationSheet();
    }

private:
    bool roundEach() const { return m_tender.options.roundingPoint == RoundingPoint::EachScore; }
    int decimals() const { return m_tender.options.decimals; }

    lxw_worksheet* sheet(const char* name)
    {
        lxw_worksheet* s = workbook_add_worksheet(m_book, name);
        worksheet_freeze_panes(s, 1, 1);
        return s;
    }

    void header(lxw_worksheet* s, int col, const QString& text)
    {
        worksheet_write_string(s, 0, lxw_col_t(col), utf8(text).c_str(), m_formats.header);
    }

    void name(const char* rangeName, const std::string& sheetName, const std::string& range)
    {
        workbook_define_name(m_book, rangeName, ("=" + sheetRef(sheetName) + range).c_str());
    }

    void rules()
    {
        lxw_worksheet* s = sheet("Rules");
        worksheet_set_column(s, 0, 0, 30, nullptr);
        worksheet_set_column(s, 1, 1, 34, nullptr);
        worksheet_set_column(s, 2, 2, 90, m_formats.wrap);
        header(s, 0, tulana::tr("Rule"));
        header(s, 1, tulana::tr("Value"));
        header(s, 2, tulana::tr("How the workbook uses it"));
        int row = 1;
        const auto line = [&](const QString& label, double value, const char* rangeName,
                              const QString& how, lxw_format* format = nullptr) {
            worksheet_write_string(s, lxw_row_t(row), 0, utf8(label).c_str(), nullptr);
            worksheet_write_number(s, lxw_row_t(row), 1, value, format);
            worksheet_write_string(s, lxw_row_t(row), 2, utf8(how).c_str(), nullptr);
            if (rangeName)
                name(rangeName, "Rules", cell(row, 1, true));
            ++row;
        };
        const auto text = [&](const QString& label, const QString& value, const QString& how) {
            worksheet_write_string(s, lxw_row_t(row), 0, utf8(label).c_str(), nullptr);
            worksheet_write_string(s, lxw_row_t(row), 1, utf8(value).c_str(), nullptr);
            worksheet_write_string(s, lxw_row_t(row), 2, utf8(how).c_str(), nullptr);
            ++row;
        };
        text(tulana::tr("Tender"), m_tender.reference, m_tender.title);
        text(tulana::tr("Method"), toKey(m_tender.method), displayName(m_tender.method));
        line(tulana::tr("Technical weight"), m_tender.technicalWeight / 100.0, "TechnicalWeight",
             tulana::tr("Combined score = technical weight × technical score used + financial "
                        "weight × financial score (Evaluation sheet)."),
             m_formats.percent);
        line(tulana::tr("Financial weight"), m_tender.financialWeight / 100.0, "FinancialWeight",
             tulana::tr("See the technical weight."), m_formats.percent);
        line(tulana::tr("Minimum technical score"), m_tender.minimumTechnicalScore,
             "MinimumTechnical",
             tulana::tr("A bid below it is not qualified; its price is not opened (Prices "
                        "sheet)."));
        line(tulana::tr("Decimals"), decimals(), "Decimals",
             roundEach() ? tulana::tr("Each score is rounded with ROUND (half away from zero) "
                                      "as it is worked out.")
                         : tulana::tr("Only the combined score is rounded, with ROUND (half "
                                      "away from zero)."));
        text(tulana::tr("Price formula"), toKey(m_tender.options.priceFormula),
             m_tender.options.priceFormula == PriceFormula::LowestOverPrice
                 ? tulana::tr("Financial score = 100 × lowest evaluated price among qualified "
                              "bids / the bid's evaluated price.")
                 : tulana::tr("Financial score = 100 × (highest − price) / (highest − lowest), "
                              "over qualified bids; 100 when all are equal."));
        text(tulana::tr("Technical score used"), toKey(m_tender.options.technicalBasis),
             m_tender.options.technicalBasis == TechnicalScoreBasis::NormalisedToHighest
                 ? tulana::tr("100 × technical score / the highest among qualified bids.")
                 : tulana::tr("The technical score itself."));
        text(tulana::tr("Tie-break"), toKey(m_tender.options.tieBreak),
             displayName(m_tender.options.tieBreak) + QLatin1Char(' ') +
                 tulana::tr("(the Rank column applies it; equal ranks are ties it cannot "
                            "separate)."));
        if (m_tender.budget)
            line(tulana::tr("Budget"), *m_tender.budget, "Budget",
                 tulana::tr("FBS: a bid whose evaluated price is above it is not ranked."));
    }

    void criteria()
    {
        lxw_worksheet* s = sheet("Criteria");
        worksheet_set_column(s, 1, 2, 36, nullptr);
        const QStringList titles{tulana::tr("Criterion"),      tulana::tr("Name"),
                                 tulana::tr("Group"),          tulana::tr("Weight"),
                                 tulana::tr("Maximum marks"),  tulana::tr("Minimum marks"),
                                 tulana::tr("Points per mark")};
        for (int c = 0; c < titles.size(); ++c)
            header(s, c, titles[c]);
        for (std::size_t k = 0; k < m_leaves.size(); ++k) {
            const Criterion& c = *m_leaves[k].criterion;
            const lxw_row_t row = lxw_row_t(k + 1);
            worksheet_write_string(s, row, 0, utf8(c.id).c_str(), nullptr);
            worksheet_write_string(s, row, 1, utf8(c.name).c_str(), nullptr);
            worksheet_write_string(s, row, 2, utf8(m_leaves[k].groupName).c_str(), nullptr);
            worksheet_write_number(s, row, 3, c.weight, nullptr);
            worksheet_write_number(s, row, 4, c.maxMarks, nullptr);
            if (c.minMarks)
                worksheet_write_number(s, row, 5, *c.minMarks, nullptr);
            worksheet_write_formula(
                s, row, 6, ("=" + cell(int(row), 3) + "/" + cell(int(row), 4)).c_str(), nullptr);
        }
        const int last = int(m_leaves.size());
        name("CriterionWeight", "Criteria", column(1, last, 3));
        name("MaximumMarks", "Criteria", column(1, last, 4));
        name("PointsPerMark", "Criteria", column(1, last, 6));
    }

    // A sheet with one row per bid: its id in column A.
    lxw_worksheet* bidSheet(const std::string& sheetName)
    {
        lxw_worksheet* s = sheet(sheetName.c_str());
        header(s, 0, tulana::tr("Bid"));
        for (std::size_t b = 0; b < m_tender.bids.size(); ++b)
            worksheet_write_string(s, lxw_row_t(b + 1), 0, utf8(m_tender.bids[b].id).c_str(),
                                   nullptr);
        return s;
    }

    std::string marksSheetName(int e) const
    {
        return utf8(QStringLiteral("Marks %1").arg(m_tender.evaluators[std::size_t(e)].id))
            .substr(0, 31);
    }

    void marks(int e)
    {
        lxw_worksheet* s = bidSheet(marksSheetName(e));
        for (std::size_t k = 0; k < m_leaves.size(); ++k)
            header(s, int(k) + 1, m_leaves[k].criterion->id);
        for (std::size_t b = 0; b < m_tender.bids.size(); ++b) {
            const MarksSheet& sheetMarks = m_tender.bids[b].marks;
            if (e >= sheetMarks.evaluators())
                continue;
            for (std::size_t k = 0; k < m_leaves.size() && int(k) < sheetMarks.criteria(); ++k)
                if (sheetMarks.isMarked(int(k), e))
                    worksheet_write_number(s, lxw_row_t(b + 1), lxw_col_t(k + 1),
                                           sheetMarks.at(int(k), e), nullptr);
        }
    }

    void averages()
    {
        lxw_worksheet* s = bidSheet("Averages");
        for (std::size_t k = 0; k < m_leaves.size(); ++k)
            header(s, int(k) + 1, m_leaves[k].criterion->id);
        for (std::size_t b = 0; b < m_tender.bids.size(); ++b)
            for (std::size_t k = 0; k < m_leaves.size(); ++k) {
                std::string f = "=AVERAGE(";
                for (std::size_t e = 0; e < m_tender.evaluators.size(); ++e)
                    f += (e ? "," : "") + sheetRef(marksSheetName(int(e))) +
                         cell(int(b) + 1, int(k) + 1);
                f += ")";
                // A bid not scored (withdrawn, ineligible, marks missing) has
                // no averages: blank, not an error that spreads.
                f = "=IF(Technical!B" + std::to_string(b + 2) + "," + f.substr(1) + ",\"\")";
                worksheet_write_formula(s, lxw_row_t(b + 1), lxw_col_t(k + 1), f.c_str(), nullptr);
            }
    }

    // Technical: B scored (responsive, eligible, complete: inputs), C the
    // openness marks, D the unrounded score, E as announced, F criterion
    // minima met, G qualified.
    void technical()
    {
        lxw_worksheet* s = bidSheet("Technical");
        const QStringList titles{tulana::tr("Scored"),
                                 tulana::tr("Openness marks"),
                                 tulana::tr("Technical (unrounded)"),
                                 tulana::tr("Technical"),
                                 tulana::tr("Criterion minima met"),
                                 tulana::tr("Qualified")};
        for (int c = 0; c < titles.size(); ++c)
            header(s, c + 1, titles[c]);
        const int lastLeafCol = int(m_leaves.size());
        for (std::size_t b = 0; b < m_tender.bids.size(); ++b) {
            const int row = int(b) + 1;
            const BidResult& r = m_evaluation.results[b];
            worksheet_write_boolean(s, lxw_row_t(row), 1, r.technicallyScored, nullptr);
            worksheet_write_number(s, lxw_row_t(row), 2, r.openness.value_or(0.0), nullptr);
            const std::string averagesRow =
                sheetRef("Averages") + cell(row, 1) + ":" + cell(row, lastLeafCol);
            worksheet_write_array_formula(s, lxw_row_t(row), 3, lxw_row_t(row), 3,
                                          ("{=IF(" + cell(row, 1) + ",MMULT(" + averagesRow +
                                           ",PointsPerMark)+" + cell(row, 2) + ",\"\")}")
                                              .c_str(),
                                          nullptr);
            worksheet_write_formula(s, lxw_row_t(row), 4,
                                    ("=IF(" + cell(row, 1) + "," +
                                     rounded(cell(row, 3), roundEach(), decimals()) + ",\"\")")
                                        .c_str(),
                                    m_formats.score);
            std::string minima = "=AND(TRUE";
            for (std::size_t k = 0; k < m_leaves.size(); ++k)
                if (const std::optional<double> min = m_leaves[k].criterion->minMarks)
                    minima += "," + sheetRef("Averages") + cell(row, int(k) + 1) +
                              ">=" + number(*min - 1e-9 * std::max(1.0, std::abs(*min)));
            worksheet_write_formula(
                s, lxw_row_t(row), 5,
                ("=IF(" + cell(row, 1) + "," + minima.substr(1) + "),FALSE)").c_str(), nullptr);
            const double min = m_tender.minimumTechnicalScore;
            worksheet_write_formula(s, lxw_row_t(row), 6,
                                    ("=AND(" + cell(row, 1) + "," + cell(row, 5) + "," +
                                     cell(row, 4) + ">=MinimumTechnical-" +
                                     number(1e-9 * std::max(1.0, std::abs(min))) + ")")
                                        .c_str(),
                                    nullptr);
        }
    }

    // Prices: figures of opened financial proposals only.
    void prices()
    {
        lxw_worksheet* s = bidSheet("Prices");
        const QStringList titles{tulana::tr("Opened"), tulana::tr("Price"), tulana::tr("Tax"),
                                 tulana::tr("Evaluated price")};
        for (int c = 0; c < titles.size(); ++c)
            header(s, c + 1, titles[c]);
        worksheet_set_column(s, 2, 4, 18, nullptr);
        const bool lifecycle = m_tender.lifecycle.basis == cost::FinancialBasis::LifecycleCost;
        for (std::size_t b = 0; b < m_tender.bids.size(); ++b) {
            const int row = int(b) + 1;
            const bool opened = m_evaluation.envelopeOpened(int(b));
            worksheet_write_boolean(s, lxw_row_t(row), 1, opened, nullptr);
            if (!opened) {
                for (int c = 2; c <= 4; ++c)
                    worksheet_write_string(s, lxw_row_t(row), lxw_col_t(c),
                                           utf8(notOpenedText()).c_str(), nullptr);
                continue;
            }
            const Bid& bid = m_tender.bids[b];
            worksheet_write_number(s, lxw_row_t(row), 2, bid.price, m_formats.money);
            worksheet_write_number(s, lxw_row_t(row), 3, bid.tax, m_formats.money);
            if (lifecycle) {
                // The lifecycle NPV is worked out by Tulana from the cost
                // lines (docs/spreadsheets.md): a figure here, not a formula.
                worksheet_write_number(s, lxw_row_t(row), 4,
                                       *m_evaluation.results[b].evaluatedPrice, m_formats.money);
            } else {
                const std::string f = m_tender.options.pricesIncludeTax
                                          ? "=" + cell(row, 2) + "+" + cell(row, 3)
                                          : "=" + cell(row, 2);
                worksheet_write_formula(s, lxw_row_t(row), 4, f.c_str(), m_formats.money);
            }
        }
    }

    void evaluationSheet();

    lxw_workbook* m_book;
    const Tender& m_tender;
    const Evaluation& m_evaluation;
    const std::vector<LeafRef> m_leaves;
    const Formats m_formats;
    const int m_lastBidRow;
};

// Evaluation: B bidder, C nature, D qualified, E technical, F technical used,
// G evaluated price, H financial, I combined, J rank; below the bids, the
// scores every relative score refers to, and the winner.
void Writer::evaluationSheet()
{
    lxw_worksheet* s = bidSheet("Evaluation");
    const QStringList titles{
        tulana::tr("Bidder"),    tulana::tr("Nature"),         tulana::tr("Qualified"),
        tulana::tr("Technical"), tulana::tr("Technical used"), tulana::tr("Evaluated price"),
        tulana::tr("Financial"), tulana::tr("Combined"),       tulana::tr("Rank")};
    for (int c = 0; c < titles.size(); ++c)
        header(s, c + 1, titles[c]);
    worksheet_set_column(s, 1, 1, 34, nullptr);
    worksheet_set_column(s, 2, 5, 14, nullptr);
    worksheet_set_column(s, 6, 6, 18, nullptr);
    worksheet_set_column(s, 7, 8, 11, nullptr);
    const int last = m_lastBidRow;
    const int basisRow = last + 2;
    const std::string qualified = column(1, last, 3);
    const std::string technicalCol = column(1, last, 4);
    const std::string priceCol = column(1, last, 6);
    const std::string combinedCol = column(1, last, 8);
    const SelectionMethod method = m_tender.method;
    const bool fbs = method == SelectionMethod::Fbs;

    // The reference points, over qualified bids only.
    const auto basis = [&](int offset, const QString& label, const std::string& formula,
                           const char* rangeName, lxw_format* format) {
        const int row = basisRow + offset;
        worksheet_write_string(s, lxw_row_t(row), 0, utf8(label).c_str(), m_formats.header);
        worksheet_write_array_formula(s, lxw_row_t(row), 6, lxw_row_t(row), 6,
                                      ("{=" + formula + "}").c_str(), format);
        name(rangeName, "Evaluation", cell(row, 6, true));
    };
    basis(0, tulana::tr("Lowest evaluated price (Fm)"),
          "MIN(IF(" + qualified + "," + priceCol + "))", "LowestPrice", m_formats.money);
    basis(1, tulana::tr("Highest evaluated price"), "MAX(IF(" + qualified + "," + priceCol + "))",
          "HighestPrice", m_formats.money);
    basis(2, tulana::tr("Highest technical score"),
          "MAX(IF(" + qualified + "," + technicalCol + "))", "HighestTechnical", m_formats.score);

    for (std::size_t b = 0; b < m_tender.bids.size(); ++b) {
        const int row = int(b) + 1;
        const Bid& bid = m_tender.bids[b];
        const std::string r = std::to_string(row + 1);
        worksheet_write_string(s, lxw_row_t(row), 1, utf8(bid.bidder).c_str(), nullptr);
        worksheet_write_string(s, lxw_row_t(row), 2, utf8(displayName(bid.nature)).c_str(),
                               nullptr);
        std::string q = "Technical!G" + r;
        if (fbs)
            q = "AND(" + q + ",Prices!B" + r + ",Prices!E" + r + "<=Budget)";
        else if (method != SelectionMethod::Qbs)
            q = "AND(" + q + ",Prices!B" + r + ")";
        worksheet_write_formula(s, lxw_row_t(row), 3, ("=" + q).c_str(), nullptr);
        worksheet_write_formula(s, lxw_row_t(row), 4, ("=Technical!E" + r).c_str(),
                                m_formats.score);
        const std::string used =
            m_tender.options.technicalBasis == TechnicalScoreBasis::NormalisedToHighest
                ? rounded("100*E" + r + "/HighestTechnical", roundEach(), decimals())
                : "E" + r;
        worksheet_write_formula(s, lxw_row_t(row), 5, ("=IF(D" + r + "," + used + ",\"\")").c_str(),
                                m_formats.score);
        worksheet_write_formula(s, lxw_row_t(row), 6,
                                ("=IF(Prices!B" + r + ",Prices!E" + r + ",\"\")").c_str(),
                                m_formats.money);
        if (method == SelectionMethod::Qcbs) {
            const std::string financial =
                m_tender.options.priceFormula == PriceFormula::LowestOverPrice
                    ? rounded("100*LowestPrice/G" + r, roundEach(), decimals())
                    : "IF(HighestPrice=LowestPrice,100," +
                          rounded("100*(HighestPrice-G" + r + ")/(HighestPrice-LowestPrice)",
                                  roundEach(), decimals()) +
                          ")";
            worksheet_write_formula(s, lxw_row_t(row), 7,
                                    ("=IF(D" + r + "," + financial + ",\"\")").c_str(),
                                    m_formats.score);
            worksheet_write_formula(s, lxw_row_t(row), 8,
                                    ("=IF(D" + r + ",ROUND(TechnicalWeight*F" + r +
                                     "+FinancialWeight*H" + r + "," + std::to_string(decimals()) +
                                     "),\"\")")
                                        .c_str(),
                                    m_formats.score);
        }
        // The rank: 1 + the qualified bids ahead of it by the method's score,
        // then by the announced tie-break (equal on all: an unresolved tie).
        const std::string mask = "(" + qualified + "=TRUE)";
        const std::string tCol = technicalCol, pCol = priceCol;
        const std::string t = "E" + r, p = "G" + r;
        const std::string byTechnical =
            "((" + tCol + ">" + t + ")+(" + tCol + "=" + t + ")*(" + pCol + "<" + p + "))";
        const std::string byPrice =
            "((" + pCol + "<" + p + ")+(" + pCol + "=" + p + ")*(" + tCol + ">" + t + "))";
        const std::string tieBreak =
            m_tender.options.tieBreak == TieBreak::HigherTechnicalThenLowerPrice ? byTechnical
                                                                                 : byPrice;
        std::string better;
        switch (method) {
        case SelectionMethod::Qcbs:
            better = "((" + combinedCol + ">I" + r + ")+(" + combinedCol + "=I" + r + ")*" +
                     tieBreak + ")";
            break;
        case SelectionMethod::Lcs:
            better = "((" + pCol + "<" + p + ")+(" + pCol + "=" + p + ")*" + tieBreak + ")";
            break;
        case SelectionMethod::Qbs:
        case SelectionMethod::Fbs:
            better = "((" + tCol + ">" + t + ")+(" + tCol + "=" + t + ")*" + tieBreak + ")";
            break;
        }
        worksheet_write_formula(
            s, lxw_row_t(row), 9,
            ("=IF(D" + r + ",1+SUMPRODUCT(" + mask + "*" + better + "),\"\")").c_str(), nullptr);
    }
    const int winnerRow = basisRow + 3;
    worksheet_write_string(s, lxw_row_t(winnerRow), 0, utf8(tulana::tr("Winner")).c_str(),
                           m_formats.header);
    worksheet_write_formula(s, lxw_row_t(winnerRow), 6,
                            ("=IF(COUNTIF(" + column(1, last, 9) + ",1)=1,INDEX(" +
                             column(1, last, 0) + ",MATCH(1," + column(1, last, 9) + ",0)),\"" +
                             utf8(tulana::tr("no award")) + "\")")
                                .c_str(),
                            nullptr);
    name("Winner", "Evaluation", cell(winnerRow, 6, true));

    if (method == SelectionMethod::Qcbs && last > 0) {
        lxw_chart* chart = workbook_add_chart(m_book, LXW_CHART_BAR);
        lxw_chart_series* series =
            chart_add_series(chart, ("=Evaluation!" + column(1, last, 0)).c_str(),
                             ("=Evaluation!" + combinedCol).c_str());
        chart_series_set_name(series, utf8(tulana::tr("Combined score")).c_str());
        chart_title_set_name(chart, utf8(tulana::tr("Combined score by bid")).c_str());
        chart_legend_set_position(chart, LXW_CHART_LEGEND_NONE);
        worksheet_insert_chart(s, lxw_row_t(basisRow + 5), 1, chart);
    }
}

} // namespace

QByteArray evaluationWorkbook(const Tender& tender, const Evaluation& evaluation, QString* error)
{
    WorkbookFile file(error);
    if (!file.isOpen())
        return {};
    Writer(file.workbook(), tender, evaluation).write();
    return file.close();
}

} // namespace tulana
