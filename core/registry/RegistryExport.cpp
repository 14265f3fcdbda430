#include "RegistryExport.h"

#include "considerations/Table3.h"
#include "i18n/Language.h"
#include "i18n/Translate.h"
#include "support/Csv.h"
#include "support/Money.h"

#include <nlohmann/json.hpp>

namespace tulana::registry {
namespace {

QString amountText(const std::optional<double>& amount, const QString& currency)
{
    return amount ? formatAmount(*amount, currency) : QStringLiteral("-");
}

QString dateText(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("-");
}

QString statusText(const RegistryRow& row)
{
    return row.statusDate.isValid()
               ? tulana::tr("%1 since %2").arg(displayName(row.status), dateText(row.statusDate))
               : displayName(row.status);
}

QString departureText(const RegistryRow& row)
{
    return row.departure ? tulana::tr("yes") : tulana::tr("no");
}

QString html(const QString& text)
{
    return text.toHtmlEscaped();
}

} // namespace

QString natureText(const RegistryRow& row)
{
    return displayName(row.nature);
}

QString mofClassText(const QString& mofKey)
{
    for (openness::MofClass c : {openness::MofClass::Unclassified, openness::MofClass::ClassI,
                                 openness::MofClass::ClassII, openness::MofClass::ClassIII})
        if (openness::toKey(c) == mofKey)
            return openness::displayName(c);
    return tulana::tr("not recorded");
}

QString osaidText(const QString& osaidKey)
{
    for (openness::OsaidStatus s : {openness::OsaidStatus::Met, openness::OsaidStatus::NotMet,
                                    openness::OsaidStatus::Undetermined})
        if (openness::toKey(s) == osaidKey)
            return openness::displayName(s);
    return tulana::tr("not recorded");
}

QString considerationsText(const QStringList& ids)
{
    QStringList names;
    for (const QString& id : ids) {
        const Table3Row* row = table3().row(id);
        names << (row ? row->name : id);
    }
    return names.join(QStringLiteral("; "));
}

QString rowsAsTable(const std::vector<RegistryRow>& rows)
{
    QString text = QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8\n")
                       .arg(tulana::tr("ID"), -6)
                       .arg(tulana::tr("Reference"), -24)
                       .arg(tulana::tr("Decided"), -10)
                       .arg(tulana::tr("Nature"), -12)
                       .arg(tulana::tr("MOF class"), -26)
                       .arg(tulana::tr("Departs"), -7)
                       .arg(tulana::tr("Status"), -32)
                       .arg(tulana::tr("Selected system"));
    for (const RegistryRow& row : rows)
        text += QStringLiteral("%1  %2  %3  %4  %5  %6  %7  %8\n")
                    .arg(row.id, -6)
                    .arg(row.reference, -24)
                    .arg(dateText(row.decisionDate), -10)
                    .arg(natureText(row), -12)
                    .arg(mofClassText(row.mofClass), -26)
                    .arg(departureText(row), -7)
                    .arg(statusText(row), -32)
                    .arg(row.system + QStringLiteral(" (") + row.bidder + u')');
    text += tulana::tr("%n record(s)", nullptr, int(rows.size())) + u'\n';
    return text;
}

QByteArray rowsAsJson(const std::vector<RegistryRow>& rows)
{
    using RowJson = nlohmann::ordered_json;
    const auto text = [](const QString& t) {
        return t.isEmpty() ? RowJson(nullptr) : RowJson(t.toStdString());
    };
    const auto number = [](const std::optional<double>& v) {
        return v ? RowJson(*v) : RowJson(nullptr);
    };
    RowJson array = RowJson::array();
    for (const RegistryRow& row : rows) {
        RowJson considerations = RowJson::array();
        for (const QString& id : row.considerations)
            considerations.push_back(id.toStdString());
        array.push_back(RowJson{{"id", row.id},
                                {"reference", row.reference.toStdString()},
                                {"title", row.title.toStdString()},
                                {"entity", row.entity.toStdString()},
                                {"decision_date", text(row.decisionDate.toString(Qt::ISODate))},
                                {"selected_bidder", row.bidder.toStdString()},
                                {"selected_system", row.system.toStdString()},
                                {"nature", toKey(row.nature).toStdString()},
                                {"mof_class", row.mofClass.toStdString()},
                                {"osai_definition", text(row.osaid)},
                                {"departure", row.departure},
                                {"considerations", considerations},
                                {"currency", row.currency.toStdString()},
                                {"evaluated_price", number(row.evaluatedPrice)},
                                {"lifecycle_npv", number(row.lifecycleNpv)},
                                {"status", toKey(row.status).toStdString()},
                                {"status_date", text(row.statusDate.toString(Qt::ISODate))},
                                {"contact", row.contact.toStdString()},
                                {"fingerprint", row.fingerprint.toStdString()},
                                {"log_checkpoint", text(row.logCheckpoint)}});
    }
    return QByteArray::fromStdString(array.dump(2)) + '\n';
}

QByteArray rowsAsCsv(const std::vector<RegistryRow>& rows)
{
    // Column names are keys, like the JSON's: a spreadsheet or a script reads them.
    QString text = QStringLiteral(
        "id,reference,title,entity,decision_date,selected_bidder,selected_system,nature,"
        "mof_class,osai_definition,departure,considerations,currency,evaluated_price,"
        "lifecycle_npv,status,status_date,contact,fingerprint,log_checkpoint\r\n");
    const auto number = [](const std::optional<double>& v) {
        return v ? QString::number(*v, 'f', 2) : QString();
    };
    for (const RegistryRow& row : rows) {
        const QStringList fields{QString::number(row.id),
                                 csvField(row.reference),
                                 csvField(row.title),
                                 csvField(row.entity),
                                 row.decisionDate.toString(Qt::ISODate),
                                 csvField(row.bidder),
                                 csvField(row.system),
                                 toKey(row.nature),
                                 row.mofClass,
                                 row.osaid,
                                 row.departure ? QStringLiteral("yes") : QStringLiteral("no"),
                                 csvField(row.considerations.join(u';')),
                                 csvField(row.currency),
                                 number(row.evaluatedPrice),
                                 number(row.lifecycleNpv),
                                 toKey(row.status),
                                 row.statusDate.toString(Qt::ISODate),
                                 csvField(row.contact),
                                 row.fingerprint,
                                 row.logCheckpoint};
        text += fields.join(u',') + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

QByteArray rowsAsHtml(const std::vector<RegistryRow>& rows, const QString& language,
                      const QDate& madeOn)
{
    const i18n::ScopedLanguage scoped(language);
    const QString title = tulana::tr("Registry of AI systems procured");
    QString page;
    page += QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\">\n<head>\n"
                           "<meta charset=\"utf-8\">\n"
                           "<meta name=\"viewport\" content=\"width=device-width, "
                           "initial-scale=1\">\n<title>%2</title>\n")
                .arg(html(i18n::currentLanguage()), html(title));
    // Readable on a phone and in print, without any file beside the page.
    page += QStringLiteral(
        "<style>\nbody{font-family:'Noto Sans','Noto Sans Devanagari',sans-serif;"
        "margin:1.5em;line-height:1.4;color:#111;background:#fff}\n"
        "table{border-collapse:collapse;width:100%}\n"
        "caption{text-align:left;font-weight:bold;padding:.5em 0}\n"
        "th,td{border:1px solid #666;padding:.35em .5em;vertical-align:top;text-align:left}\n"
        "th{background:#e8e8e8}\n"
        ".figure{text-align:right;white-space:nowrap}\n"
        "code{font-size:.85em;word-break:break-all}\n"
        "</style>\n</head>\n<body>\n<main>\n");
    page += QStringLiteral("<h1>%1</h1>\n").arg(html(title));
    page += QStringLiteral("<p>%1</p>\n")
                .arg(html(tulana::tr("Each row is an AI system this office procured, with the "
                                     "openness of the system selected, whether the choice "
                                     "departed from an open-source option and why, and the "
                                     "fingerprint of the evaluation memo the row can be "
                                     "checked against. Made on %1.")
                              .arg(madeOn.toString(Qt::ISODate))));
    page += QStringLiteral("<table>\n<caption>%1</caption>\n<thead>\n<tr>")
                .arg(html(tulana::tr("%n record(s)", nullptr, int(rows.size()))));
    const QStringList headers{tulana::tr("Reference"),
                              tulana::tr("Title"),
                              tulana::tr("Procuring entity"),
                              tulana::tr("Decided on"),
                              tulana::tr("Selected system"),
                              tulana::tr("Nature"),
                              tulana::tr("MOF class"),
                              tulana::tr("OSI definition"),
                              tulana::tr("Departs from an open-source option"),
                              tulana::tr("Considerations cited"),
                              tulana::tr("Lifecycle cost (NPV)"),
                              tulana::tr("Status"),
                              tulana::tr("Contact"),
                              tulana::tr("Memo fingerprint (SHA-256)"),
                              tulana::tr("Process log checkpoint")};
    for (const QString& header : headers)
        page += QStringLiteral("<th scope=\"col\">%1</th>").arg(html(header));
    page += QStringLiteral("</tr>\n</thead>\n<tbody>\n");
    for (const RegistryRow& row : rows) {
        page += QStringLiteral("<tr><th scope=\"row\">%1</th>").arg(html(row.reference));
        const QStringList cells{
            html(row.title),
            html(row.entity),
            html(dateText(row.decisionDate)),
            html(row.system + QStringLiteral(" (") + row.bidder + u')'),
            html(natureText(row)),
            html(mofClassText(row.mofClass)),
            html(osaidText(row.osaid)),
            html(departureText(row)),
            html(considerationsText(row.considerations)),
            QStringLiteral("<span class=\"figure\">%1</span>")
                .arg(html(amountText(row.lifecycleNpv, row.currency))),
            html(statusText(row)),
            html(row.contact),
            QStringLiteral("<code>%1</code>").arg(html(row.fingerprint)),
            QStringLiteral("<code>%1</code>")
                .arg(html(row.logCheckpoint.isEmpty() ? QStringLiteral("-") : row.logCheckpoint))};
        for (const QString& cell : cells)
            page += QStringLiteral("<td>%1</td>").arg(cell);
        page += QStringLiteral("</tr>\n");
    }
    page += QStringLiteral("</tbody>\n</table>\n");
    page += QStringLiteral("<p>%1</p>\n")
                .arg(html(tulana::tr("To check a row, make the memo's fingerprint again from "
                                     "the tender file (tulana-cli verify-memo) and the process "
                                     "log's checkpoint (tulana-cli verify), and compare them "
                                     "with the row.")));
    page += QStringLiteral("</main>\n</body>\n</html>\n");
    return page.toUtf8();
}

} // namespace tulana::registry
