#include "Fingerprint.h"

#include "crypto/Digest.h"
#include "io/TenderFile.h"
#include "support/JsonProjection.h"

#include <nlohmann/json.hpp>

namespace tulana {
namespace {

// The evaluation inputs, declared: the fields of a .tulana file (as
// writeTender() writes it) that change a score, a standing, the ranking,
// which bids are open options, an openness assessment or a lifecycle cost.
// Every other field, and so every free text (titles, names, descriptions,
// evidence, notes, reasons, the context and the decision), is left out.
// docs/memo.md lists the same fields; tests/memo/tst_fingerprint.cpp checks
// both ways.
constexpr const char* kEvaluationInputs = R"({
  "tender": {
    "method": true, "technicalWeight": true, "financialWeight": true,
    "minimumTechnicalScore": true, "budget": true, "rulebook": true,
    "evaluation": true, "openness": true, "lifecycle": true,
    "eligibility": { "id": true, "kind": true, "alternatives": true }
  },
  "criteria": {
    "id": true, "weight": true, "maxMarks": true, "minMarks": true, "children": "@criteria"
  },
  "bids": {
    "id": true, "nature": true, "price": true, "tax": true, "status": true, "marks": true,
    "openness": {
      "claim": true, "category": true, "licences": true,
      "components": { "component": true, "state": true, "licence": true }
    },
    "eligibility": { "criterion": true, "met": true, "how": true },
    "costs": { "kind": true, "amount": true, "fromYear": true, "toYear": true }
  }
})";

const nlohmann::json& evaluationInputsShape()
{
    static const nlohmann::json shape = nlohmann::json::parse(kEvaluationInputs);
    return shape;
}

} // namespace

QByteArray evaluationInputs(const Tender& t)
{
    return projectJson(writeTender(t), evaluationInputsShape(),
                       QByteArrayLiteral("\"format\":\"tulana-evaluation-inputs\",\"version\":2"));
}

QString evaluationFingerprint(const Tender& tender)
{
    return QString::fromLatin1(crypto::sha256(evaluationInputs(tender)).toHex());
}

QString groupFingerprint(const QString& hex)
{
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 8)
        groups << hex.mid(i, 8);
    return groups.join(QLatin1Char(' '));
}

QString findFingerprint(const QString& text)
{
    const qsizetype at = text.indexOf(QLatin1String(kFingerprintLabel));
    if (at < 0)
        return {};
    QString hex;
    bool inTag = false; // markup (HTML, ODF XML) between the groups is skipped
    for (qsizetype i = at + qsizetype(qstrlen(kFingerprintLabel)); i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (inTag) {
            inTag = c != QLatin1Char('>');
            continue;
        }
        if (c == QLatin1Char('<')) {
            inTag = true;
        } else if (c.isSpace()) {
            continue;
        } else if ((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
                   (c >= QLatin1Char('a') && c <= QLatin1Char('f'))) {
            hex += c;
            if (hex.size() == 64)
                return hex;
        } else {
            break;
        }
    }
    return {};
}

} // namespace tulana
