#include "EligibilityReport.h"

#include "eligibility/EligibilityText.h"
#include "i18n/Translate.h"

namespace tulana {

QStringList eligibilityReportLines(const Tender& t, const Evaluation& ev)
{
    QStringList out;
    if (!eligibility::recordsEligibility(t))
        return out;
    if (!t.eligibility.empty()) {
        out << tulana::tr("Eligibility (pass/fail, checked before technical scoring):");
        for (const eligibility::Criterion& c : t.eligibility)
            out << QStringLiteral("  ") + eligibility::describeCriterion(c);
        for (int i = 0; i < int(t.bids.size()); ++i) {
            const Bid& b = t.bids[std::size_t(i)];
            if (b.status != BidStatus::Responsive)
                continue; // set aside before eligibility; its reason is above
            out << QStringLiteral("  %1: %2")
                       .arg(b.id,
                            eligibility::describeOutcome(ev.facts[std::size_t(i)].eligibility));
        }
    }
    if (eligibility::recordsDesignations(t)) {
        QStringList designations;
        for (const Bid& b : t.bids)
            if (!b.enterprise.isEmpty())
                designations << QStringLiteral("%1 %2").arg(
                    b.id, eligibility::describeEnterprise(b.enterprise));
        out << tulana::tr("Enterprise designations: %1.")
                   .arg(designations.join(QStringLiteral("; ")));
        out << tulana::tr("Preference: %1").arg(eligibility::preferenceStatement(t));
    }
    for (const Bid& b : t.bids)
        for (const eligibility::Certification& c : b.certifications)
            out << tulana::tr("Certification of %1 (evidence, no marks by itself): %2")
                       .arg(b.id, eligibility::describeCertification(c));
    out << QString();
    return out;
}

void writeBidEligibilityReport(JsonWriter& w, const Tender& t, const Evaluation& ev, int bid)
{
    const Bid& b = t.bids[std::size_t(bid)];
    if (!t.eligibility.empty()) {
        const eligibility::Outcome& o = ev.facts[std::size_t(bid)].eligibility;
        w.key("eligibility");
        w.beginObject();
        w.field("status", toKey(o.status));
        w.field("reason", o.reason);
        w.key("criteria");
        w.beginArray();
        for (const eligibility::CriterionOutcome& c : o.criteria) {
            w.beginObject();
            w.field("criterion", t.eligibility[std::size_t(c.criterion)].id);
            w.field("result", c.result == eligibility::CriterionOutcome::Result::Passed
                                  ? QStringLiteral("passed")
                              : c.result == eligibility::CriterionOutcome::Result::Failed
                                  ? QStringLiteral("failed")
                                  : QStringLiteral("not-assessed"));
            w.key("alternativeUsed");
            if (c.alternativeUsed)
                w.value(toKey(*c.alternativeUsed));
            else
                w.null();
            w.key("alternativeRefused");
            if (c.alternativeRefused)
                w.value(toKey(*c.alternativeRefused));
            else
                w.null();
            w.field("evidence", c.evidence);
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    if (!b.enterprise.isEmpty()) {
        w.key("enterprise");
        w.beginObject();
        w.field("designation", toKey(b.enterprise.designation));
        w.field("registration", b.enterprise.registration);
        w.endObject();
    }
    if (b.certifications.empty())
        return;
    w.key("certifications");
    w.beginArray();
    for (const eligibility::Certification& c : b.certifications) {
        w.beginObject();
        w.field("scheme", toKey(c.scheme));
        w.key("aspects");
        w.beginInlineArray();
        for (eligibility::Aspect a : c.aspects)
            w.value(toKey(a));
        w.endArray();
        w.field("issuer", c.issuer);
        w.field("reference", c.reference);
        w.key("validUntil");
        if (c.validUntil.isValid())
            w.value(c.validUntil.toString(Qt::ISODate));
        else
            w.null();
        w.endObject();
    }
    w.endArray();
}

void writePreferenceReport(JsonWriter& w, const Tender& t)
{
    if (eligibility::recordsDesignations(t))
        w.field("smallEnterprisePreference", eligibility::preferenceStatement(t));
}

} // namespace tulana
