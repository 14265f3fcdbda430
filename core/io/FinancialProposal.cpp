#include "FinancialProposal.h"

#include "TenderSections.h"
#include "i18n/Translate.h"
#include "tender/Bid.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tulana {
namespace {

constexpr const char* kProposalFormat = "tulana-financial-proposal";

} // namespace

QByteArray proposalJson(const FinancialProposal& p)
{
    JsonWriter w;
    w.beginObject();
    w.field("format", QString::fromLatin1(kProposalFormat));
    w.field("version", 1.0);
    w.field("bid", p.bid);
    w.field("price", p.price);
    w.field("tax", p.tax);
    writeCostLines(w, p.costs);
    w.endObject();
    const std::string out = w.take();
    return QByteArray(out.data(), qsizetype(out.size()));
}

std::optional<FinancialProposal> readProposal(const QByteArray& json, Problems* problems)
{
    Problems found;
    const std::optional<nlohmann::json> doc = parseJson(json, QString(), found);
    FinancialProposal p;
    if (doc) {
        JsonReader r(found);
        if (r.isObject(*doc, {})) {
            r.rejectUnknownKeys(*doc, {}, {"format", "version", "bid", "price", "tax", "costs"});
            if (r.string(*doc, "format", {}, true) != QLatin1String(kProposalFormat))
                r.fail(QStringLiteral("format"),
                       tulana::tr("is not a Tulana financial proposal (\"format\" must be \"%1\")")
                           .arg(QLatin1String(kProposalFormat)));
            p.bid = r.string(*doc, "bid", {}, true);
            p.price = readAmount(r, *doc, "price", {}, true).value_or(0);
            p.tax = readAmount(r, *doc, "tax", {}, false).value_or(0);
            if (isWithinAmountCeiling(p.price) && !Bid::isValidPrice(p.price))
                r.fail(QStringLiteral("price"), tulana::tr("must be greater than zero"));
            if (isWithinAmountCeiling(p.tax) && !Bid::isValidTax(p.tax))
                r.fail(QStringLiteral("tax"), tulana::tr("must be zero or more"));
            if (doc->contains("costs"))
                readCostLines(r, (*doc)["costs"], QStringLiteral("costs"), p.costs);
        }
    }
    if (problems)
        *problems = found;
    if (hasErrors(found))
        return std::nullopt;
    return p;
}

QByteArray envelopeFileJson(const EnvelopeFile& envelope)
{
    const QJsonObject o{
        {QStringLiteral("format"), QStringLiteral("tulana-envelope")},
        {QStringLiteral("version"), 1},
        {QStringLiteral("bid"), envelope.bid},
        {QStringLiteral("sealed"), QString::fromLatin1(envelope.sealed.toBase64())}};
    return QJsonDocument(o).toJson();
}

std::optional<EnvelopeFile> readEnvelopeFile(const QByteArray& json)
{
    const QJsonObject o = QJsonDocument::fromJson(json).object();
    const auto sealed =
        QByteArray::fromBase64Encoding(o.value(QStringLiteral("sealed")).toString().toLatin1(),
                                       QByteArray::AbortOnBase64DecodingErrors);
    if (o.value(QStringLiteral("format")).toString() != QLatin1String("tulana-envelope") ||
        !sealed || sealed.decoded.isEmpty())
        return std::nullopt;
    return EnvelopeFile{o.value(QStringLiteral("bid")).toString(), sealed.decoded};
}

} // namespace tulana
