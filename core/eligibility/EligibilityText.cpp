#include "EligibilityText.h"

#include "i18n/Translate.h"
#include "tender/Tender.h"

#include <algorithm>

namespace tulana::eligibility {

QString describeAlternatives(const std::vector<Alternative>& alternatives)
{
    if (alternatives.empty())
        return tulana::tr("none");
    QStringList names;
    for (Alternative a : alternatives)
        names << displayName(a);
    return names.join(QStringLiteral(", "));
}

QString describeCriterion(const Criterion& c)
{
    const QString head =
        QStringLiteral("%1 %2 (%3)").arg(c.id, c.name, displayName(c.kind).toLower());
    if (c.alternatives.empty())
        return head;
    return tulana::tr("%1; accepted in its place: %2")
        .arg(head, describeAlternatives(c.alternatives));
}

QString describeCertification(const Certification& c)
{
    QStringList aspects;
    for (Aspect a : c.aspects)
        aspects << displayName(a);
    QStringList parts;
    parts << (aspects.isEmpty() ? displayName(c.scheme)
                                : tulana::tr("%1: %2").arg(displayName(c.scheme),
                                                           aspects.join(QStringLiteral(", "))));
    if (!c.issuer.isEmpty())
        parts << tulana::tr("issued by %1").arg(c.issuer);
    if (!c.reference.isEmpty())
        parts << tulana::tr("ref. %1").arg(c.reference);
    if (c.validUntil.isValid())
        parts << tulana::tr("valid until %1").arg(c.validUntil.toString(Qt::ISODate));
    return parts.join(QStringLiteral("; "));
}

QString describeOutcome(const Outcome& o)
{
    if (o.status == Outcome::Status::NotEligible || o.status == Outcome::Status::NotYetAssessed)
        return tulana::tr("%1: %2").arg(displayName(o.status), o.reason);
    QStringList alternatives;
    for (const CriterionOutcome& c : o.criteria)
        if (c.alternativeUsed)
            alternatives << c.text;
    if (alternatives.isEmpty())
        return displayName(o.status);
    return tulana::tr("%1 (%2)").arg(displayName(o.status),
                                     alternatives.join(QStringLiteral("; ")));
}

QString describeEnterprise(const Enterprise& e)
{
    if (e.isEmpty())
        return {};
    if (e.registration.isEmpty())
        return displayName(e.designation);
    return tulana::tr("%1 (%2)").arg(displayName(e.designation), e.registration);
}

bool recordsDesignations(const Tender& t)
{
    return std::any_of(t.bids.begin(), t.bids.end(),
                       [](const Bid& b) { return !b.enterprise.isEmpty(); });
}

bool recordsEligibility(const Tender& t)
{
    return !t.eligibility.empty() || recordsDesignations(t) ||
           std::any_of(t.bids.begin(), t.bids.end(),
                       [](const Bid& b) { return !b.certifications.empty(); });
}

} // namespace tulana::eligibility
