#include "EligibilityCheck.h"

#include "i18n/Translate.h"
#include "rulebook/Rulebook.h"
#include "tender/Tender.h"

namespace tulana::eligibility {
namespace {

const Response* responseTo(const Bid& bid, const QString& criterion)
{
    for (const Response& r : bid.eligibility)
        if (r.criterion == criterion)
            return &r;
    return nullptr;
}

QString label(const Criterion& c)
{
    return QStringLiteral("%1 \u201c%2\u201d").arg(c.id, c.name);
}

CriterionOutcome judge(const Criterion& c, const Response* response)
{
    CriterionOutcome out;
    if (!response || response->met == Met::NotAssessed) {
        out.text = tulana::tr("%1: not assessed").arg(label(c));
        return out;
    }
    out.evidence = response->evidence;
    if (response->met == Met::No) {
        out.result = CriterionOutcome::Result::Failed;
        out.text = tulana::tr("%1: not met").arg(label(c));
        return out;
    }
    const auto alternative = alternativeOf(response->how);
    if (!alternative) {
        out.result = CriterionOutcome::Result::Passed;
        out.text = tulana::tr("%1: met").arg(label(c));
    } else if (c.allows(*alternative)) {
        out.result = CriterionOutcome::Result::Passed;
        out.alternativeUsed = alternative;
        out.text = tulana::tr("%1: met by a %2, which the tender allows")
                       .arg(label(c), displayName(*alternative));
    } else {
        // The seed's recommendation is for the tender to allow substitutes in
        // advance; one the tender did not announce cannot be accepted after
        // bids are in.
        out.result = CriterionOutcome::Result::Failed;
        out.alternativeRefused = alternative;
        out.text = tulana::tr("%1: claimed by a %2, which the tender does not allow for this "
                              "criterion, so the claim does not count")
                       .arg(label(c), displayName(*alternative));
    }
    return out;
}

} // namespace

Outcome assessEligibility(const Tender& t, int bid)
{
    Outcome out;
    if (t.eligibility.empty() || bid < 0 || std::size_t(bid) >= t.bids.size())
        return out;
    const Bid& b = t.bids[std::size_t(bid)];
    QStringList failed, open;
    for (std::size_t i = 0; i < t.eligibility.size(); ++i) {
        const Criterion& c = t.eligibility[i];
        CriterionOutcome o = judge(c, responseTo(b, c.id));
        o.criterion = int(i);
        if (o.result == CriterionOutcome::Result::Failed)
            failed << o.text;
        else if (o.result == CriterionOutcome::Result::NotAssessed)
            open << c.id;
        out.criteria.push_back(std::move(o));
    }
    if (!failed.isEmpty()) {
        out.status = Outcome::Status::NotEligible;
        out.reason = failed.join(QStringLiteral("; "));
    } else if (!open.isEmpty()) {
        out.status = Outcome::Status::NotYetAssessed;
        out.reason = tulana::tr("eligibility not yet assessed against %1")
                         .arg(open.join(QStringLiteral(", ")));
    } else {
        out.status = Outcome::Status::Eligible;
    }
    return out;
}

QString displayName(Outcome::Status status)
{
    switch (status) {
    case Outcome::Status::NoCriteria:
        return tulana::tr("no eligibility criteria");
    case Outcome::Status::Eligible:
        return tulana::tr("eligible");
    case Outcome::Status::NotEligible:
        return tulana::tr("not eligible");
    case Outcome::Status::NotYetAssessed:
        break;
    }
    return tulana::tr("not yet assessed");
}

QString toKey(Outcome::Status status)
{
    switch (status) {
    case Outcome::Status::NoCriteria:
        return QStringLiteral("no-criteria");
    case Outcome::Status::Eligible:
        return QStringLiteral("eligible");
    case Outcome::Status::NotEligible:
        return QStringLiteral("not-eligible");
    case Outcome::Status::NotYetAssessed:
        break;
    }
    return QStringLiteral("not-yet-assessed");
}

QString preferenceStatement(const Tender& t)
{
    const Rulebook* book = t.rulebook.isEmpty() ? nullptr : findRulebook(t.rulebook);
    if (!book)
        return tulana::tr("The tender names no rulebook, so no preference rule for micro and small "
                          "enterprises or start-ups is stated; Tulana applies none. A bidder's "
                          "designation is recorded as declared and changes no score.");
    if (!book->smallEnterprisePreference)
        return tulana::tr("The rulebook \u201c%1\u201d, as summarised in Tulana, states no "
                          "preference for micro and small enterprises or start-ups; Tulana "
                          "applies none. A bidder's designation is recorded as declared and "
                          "changes no score.")
            .arg(book->name);
    return tulana::tr("%1 (%2)").arg(book->smallEnterprisePreference->text,
                                     book->smallEnterprisePreference->source);
}

} // namespace tulana::eligibility
