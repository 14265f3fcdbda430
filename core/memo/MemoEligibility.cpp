// The memo's section on eligibility (docs/scoring.md, "Eligibility"): the
// pass/fail criteria and the alternatives the tender allowed, each bid's
// outcome and any alternative it used, the bidders' designations with the
// preference rule applied, and the certifications offered as evidence.
// Absent for a tender that records none of these.
#include "MemoText.h"

#include "eligibility/EligibilityText.h"
#include "i18n/Translate.h"

#include <algorithm>

namespace tulana::memo {
namespace {

void criteriaTable(SectionWriter& s, const Tender& t)
{
    s.paragraph(tulana::tr("The tender stated %n pass/fail eligibility criteria, checked before "
                           "technical scoring. A bid that fails one is not technically scored and "
                           "its financial proposal is not opened.",
                           nullptr, int(t.eligibility.size())));
    const bool anyAlternative =
        std::any_of(t.eligibility.begin(), t.eligibility.end(),
                    [](const eligibility::Criterion& c) { return !c.alternatives.empty(); });
    if (anyAlternative)
        s.paragraph(tulana::tr("As the policy brief recommends for prior-deployment requirements, "
                               "the tender announced where a pilot deployment or a third-party "
                               "audit is accepted in place of the requirement. An alternative "
                               "counts only where it was announced."));
    MemoTable table;
    table.caption = tulana::tr("Eligibility criteria");
    table.header = {tulana::tr("No."), tulana::tr("Criterion"), tulana::tr("Requirement"),
                    tulana::tr("Accepted in its place")};
    table.align = {MemoAlign::Left, MemoAlign::Left, MemoAlign::Left, MemoAlign::Left};
    table.widths = {8, 27, 43, 22};
    for (const eligibility::Criterion& c : t.eligibility)
        table.rows.push_back(
            {c.id,
             QStringLiteral("%1 (%2)").arg(c.name, eligibility::displayName(c.kind).toLower()),
             c.requirement.isEmpty() ? dash() : c.requirement,
             eligibility::describeAlternatives(c.alternatives)});
    s.table(std::move(table));
}

QString alternativesUsed(const eligibility::Outcome& o, const Tender& t)
{
    QStringList used;
    for (const eligibility::CriterionOutcome& c : o.criteria) {
        const QString& id = t.eligibility[std::size_t(c.criterion)].id;
        if (c.alternativeUsed)
            used << tulana::tr("%1 by a %2").arg(id, eligibility::displayName(*c.alternativeUsed));
        else if (c.alternativeRefused)
            used << tulana::tr("%1: %2 claimed, not allowed")
                        .arg(id, eligibility::displayName(*c.alternativeRefused));
    }
    return used.isEmpty() ? dash() : used.join(QStringLiteral("; "));
}

void outcomesTable(SectionWriter& s, const Tender& t, const Evaluation& ev)
{
    MemoTable table;
    table.caption = tulana::tr("Eligibility of the bids");
    table.header = {tulana::tr("Bid"), tulana::tr("Bidder"), tulana::tr("Outcome"),
                    tulana::tr("Alternative used")};
    table.align = {MemoAlign::Left, MemoAlign::Left, MemoAlign::Left, MemoAlign::Left};
    table.widths = {7, 28, 43, 22};
    for (int i = 0; i < int(t.bids.size()); ++i) {
        const Bid& b = t.bids[std::size_t(i)];
        if (b.status != BidStatus::Responsive)
            continue;
        const eligibility::Outcome& o = ev.facts[std::size_t(i)].eligibility;
        const QString outcome =
            o.status == eligibility::Outcome::Status::Eligible
                ? eligibility::displayName(o.status)
                : tulana::tr("%1: %2").arg(eligibility::displayName(o.status), o.reason);
        table.rows.push_back({b.id, b.bidder, outcome, alternativesUsed(o, t)});
    }
    s.table(std::move(table));
}

void designations(SectionWriter& s, const Tender& t)
{
    QStringList listed;
    for (const Bid& b : t.bids)
        if (!b.enterprise.isEmpty())
            listed << tulana::tr("%1 (%2): %3")
                          .arg(b.id, b.bidder, eligibility::describeEnterprise(b.enterprise));
    s.paragraph(tulana::tr("Designations declared by the bidders: %1.")
                    .arg(listed.join(QStringLiteral("; "))));
    s.paragraph(tulana::tr("Preference rule applied: %1").arg(eligibility::preferenceStatement(t)));
}

void certifications(SectionWriter& s, const Tender& t)
{
    MemoTable table;
    table.caption = tulana::tr("Certifications offered as evidence");
    table.header = {tulana::tr("Bid"), tulana::tr("Scheme and aspects"), tulana::tr("Issuer"),
                    tulana::tr("Reference"), tulana::tr("Valid until")};
    table.align = {MemoAlign::Left, MemoAlign::Left, MemoAlign::Left, MemoAlign::Left,
                   MemoAlign::Left};
    table.widths = {7, 33, 28, 17, 15};
    for (const Bid& b : t.bids)
        for (const eligibility::Certification& c : b.certifications) {
            QStringList aspects;
            for (eligibility::Aspect a : c.aspects)
                aspects << eligibility::displayName(a);
            table.rows.push_back(
                {b.id,
                 aspects.isEmpty() ? eligibility::displayName(c.scheme)
                                   : tulana::tr("%1: %2").arg(eligibility::displayName(c.scheme),
                                                              aspects.join(QStringLiteral(", "))),
                 c.issuer.isEmpty() ? dash() : c.issuer,
                 c.reference.isEmpty() ? dash() : c.reference,
                 c.validUntil.isValid() ? printedDate(c.validUntil) : dash()});
        }
    if (table.rows.empty())
        return;
    table.note =
        tulana::tr("Certifications are evidence for the evaluators; they add no marks by "
                   "themselves, only through a technical criterion announced in the tender.");
    s.table(std::move(table));
}

} // namespace

void addEligibilitySection(MemoDocument& m, const Tender& t, const Evaluation& ev)
{
    if (!eligibility::recordsEligibility(t))
        return;
    SectionWriter s(addSection(m.sections, tulana::tr("Eligibility of the bidders")));
    if (!t.eligibility.empty()) {
        criteriaTable(s, t);
        outcomesTable(s, t, ev);
    }
    if (eligibility::recordsDesignations(t))
        designations(s, t);
    certifications(s, t);
}

} // namespace tulana::memo
