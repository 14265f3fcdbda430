#include "BidXlsxImport.h"

#include "io/XlsxReader.h"

#include <QRegularExpression>

namespace tulana {
namespace {

class SheetPlaces : public TablePlaces
{
public:
    SheetPlaces(const QString& fileName, const QString& sheet)
        : m_fileName(fileName)
    {
        // As a formula names it: 'Bids 2026'!D7 when the name has spaces.
        static const QRegularExpression plain(QStringLiteral("^\\w+$"),
                                              QRegularExpression::UseUnicodePropertiesOption);
        m_sheet = plain.match(sheet).hasMatch()
                      ? sheet
                      : QLatin1Char('\'') + QString(sheet).replace(u'\'', QStringLiteral("''")) +
                            QLatin1Char('\'');
    }
    QString file() const override { return m_fileName; }
    QString row(int line) const override
    {
        return QStringLiteral("%1!%2!%3:%3").arg(m_fileName, m_sheet).arg(line);
    }
    QString cell(int line, int column, const QString&) const override
    {
        return QStringLiteral("%1!%2!%3%4")
            .arg(m_fileName, m_sheet, xlsxColumnName(column))
            .arg(line);
    }

private:
    QString m_fileName;
    QString m_sheet;
};

} // namespace

BidImport importBidsXlsx(const Tender& tender, const QByteArray& xlsx, const QString& fileName,
                         const QString& sheet)
{
    QString why;
    const std::optional<XlsxSheet> read = readXlsxSheet(xlsx, sheet, nullptr, &why);
    if (!read) {
        BidImport failed;
        failed.problems.append(error(fileName, why));
        return failed;
    }
    return importBids(tender, read->table, SheetPlaces(fileName, read->name));
}

} // namespace tulana
