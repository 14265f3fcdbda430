#include "TenderValidator.h"
#include "CommitteeValidation.h"

#include "cost/CostValidation.h"
#include "eligibility/EligibilityCheck.h"
#include "eligibility/EligibilityValidation.h"
#include "i18n/Translate.h"
#include "openness/OpennessPoints.h"
#include "rulebook/Rulebook.h"
#include "support/NumberText.h"

#include <QCoreApplication>
#include <QSet>

#include <algorithm>

#include <cmath>

namespace tulana {
namespace {

// Weights are entered with at most a few decimals; a sum within 1e-6 of the
// target is what the officer typed.
bool sameWeight(double a, double b)
{
    return std::abs(a - b) < 1e-6;
}

void checkTenderFields(const Tender& t, Problems& out)
{
    if (t.reference.trimmed().isEmpty())
        out << error(QStringLiteral("tender.reference"),
                     tulana::tr("the tender needs a reference number"));
    if (t.title.trimmed().isEmpty())
        out << error(QStringLiteral("tender.title"), tulana::tr("the tender needs a title"));
    if (t.method == SelectionMethod::Qcbs) {
        for (auto [value, key] : {std::pair{t.technicalWeight, "tender.technicalWeight"},
                                  std::pair{t.financialWeight, "tender.financialWeight"}}) {
            if (!std::isfinite(value) || value < 0 || value > 100)
                out << error(QLatin1String(key),
                             tulana::tr("a weight must be a percentage between 0 and 100, not %1")
                                 .arg(numberText(value)));
        }
        if (!sameWeight(t.technicalWeight + t.financialWeight, 100.0))
            out << error(
                QStringLiteral("tender.financialWeight"),
                tulana::tr("the technical weight (%1%) and the financial weight (%2%) must add "
                           "up to 100%")
                    .arg(numberText(t.technicalWeight), numberText(t.financialWeight)));
    }
    if (!std::isfinite(t.minimumTechnicalScore) || t.minimumTechnicalScore < 0 ||
        t.minimumTechnicalScore > 100)
        out << error(QStringLiteral("tender.minimumTechnicalScore"),
                     tulana::tr("the minimum technical score must be between 0 and 100, not %1")
                         .arg(numberText(t.minimumTechnicalScore)));
    if (t.method == SelectionMethod::Fbs) {
        if (!t.budget)
            out << error(QStringLiteral("tender.budget"),
                         tulana::tr("Fixed-Budget Selection needs the budget"));
        else if (!std::isfinite(*t.budget) || *t.budget <= 0)
            out << error(QStringLiteral("tender.budget"),
                         tulana::tr("the budget must be greater than zero, not %1")
                             .arg(numberText(*t.budget)));
        else if (!isWithinAmountCeiling(*t.budget))
            out << error(QStringLiteral("tender.budget"), amountCeilingProblem(*t.budget));
    }
    if (t.options.decimals < 0 || t.options.decimals > 6)
        out << error(
            QStringLiteral("tender.evaluation.decimals"),
            tulana::tr("decimals must be between 0 and 6, not %1").arg(t.options.decimals));
}

// `indices` is the path of `nodes`' parent. Paths are built only for a
// message, from the indices: a deep tree costs its depth per problem, not
// per node.
void checkCriteria(const std::vector<Criterion>& nodes, std::vector<int>& indices, double target,
                   const QString& owner, Problems& out)
{
    const auto field = [&](const char* key) -> QString {
        return criterionPath(indices) + QLatin1Char('.') + QLatin1String(key);
    };
    double sum = 0;
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const Criterion& c = nodes[i];
        indices.push_back(int(i));
        if (c.id.trimmed().isEmpty())
            out << error(field("id"), tulana::tr("every criterion needs an id"));
        if (c.name.trimmed().isEmpty())
            out << error(field("name"), tulana::tr("every criterion needs a name"));
        if (!std::isfinite(c.weight) || c.weight < 0)
            out << error(field("weight"), tulana::tr("a weight cannot be negative or missing (%1)")
                                              .arg(numberText(c.weight)));
        else
            sum += c.weight;
        if (c.isGroup()) {
            checkCriteria(c.children, indices, c.weight,
                          tulana::tr("the weight of group \"%1\"").arg(c.name), out);
        } else {
            if (!std::isfinite(c.maxMarks) || c.maxMarks <= 0)
                out << error(field("maxMarks"),
                             tulana::tr("maximum marks must be greater than zero, not %1")
                                 .arg(numberText(c.maxMarks)));
            if (c.minMarks &&
                (!std::isfinite(*c.minMarks) || *c.minMarks < 0 || *c.minMarks > c.maxMarks))
                out << error(field("minMarks"),
                             tulana::tr("minimum marks must be between 0 and the maximum of %1, "
                                        "not %2")
                                 .arg(numberText(c.maxMarks), numberText(*c.minMarks)));
        }
        indices.pop_back();
    }
    if (!nodes.empty() && !sameWeight(sum, target))
        out << error(indices.empty() ? QStringLiteral("criteria")
                                     : criterionPath(indices) + QStringLiteral(".children"),
                     tulana::tr("the weights add up to %1 but must add up to %2 (%3)")
                         .arg(numberText(sum), numberText(target), owner));
}

void checkEvaluators(const Tender& t, Problems& out)
{
    if (t.evaluators.empty())
        out << error(QStringLiteral("evaluators"),
                     tulana::tr("the evaluation committee needs at least one evaluator"));
    for (std::size_t i = 0; i < t.evaluators.size(); ++i)
        if (t.evaluators[i].id.trimmed().isEmpty())
            out << error(QStringLiteral("evaluators[%1].id").arg(i),
                         tulana::tr("every evaluator needs an id"));
}

std::vector<double> maxMarksOf(const std::vector<LeafRef>& leaves)
{
    std::vector<double> out;
    out.reserve(leaves.size());
    for (const LeafRef& leaf : leaves)
        out.push_back(leaf.criterion->maxMarks);
    return out;
}

// One pass over a sheet; only a sheet with a bad mark is walked again for
// the messages. NaN (not marked) fails both comparisons.
bool allMarksInRange(const MarksSheet& marks, const std::vector<double>& maxMarks)
{
    const int criteria = marks.criteria();
    int outOfRange = 0;
    for (int e = 0; e < marks.evaluators(); ++e) {
        const double* column = marks.column(e);
        for (int c = 0; c < criteria; ++c)
            outOfRange += !((column[c] >= 0) & (column[c] <= maxMarks[std::size_t(c)]));
    }
    return outOfRange == 0;
}

void checkBid(const Tender& t, const std::vector<LeafRef>& leaves,
              const std::vector<double>& maxMarks, MarksRange range, int index, Problems& out)
{
    const Bid& bid = t.bids[std::size_t(index)];
    // Built only when there is something to report: most bids have nothing.
    const auto path = [index] { return QStringLiteral("bids[%1]").arg(index); };
    if (bid.bidder.trimmed().isEmpty())
        out << error(path() + QStringLiteral(".bidder"),
                     tulana::tr("the bid needs the bidder's name"));
    if (bid.status != BidStatus::Responsive) {
        if (bid.statusReason.trimmed().isEmpty())
            out << error(path() + QStringLiteral(".statusReason"),
                         tulana::tr("a bid that is %1 needs the reason recorded")
                             .arg(displayName(bid.status).toLower()));
        return; // not evaluated: its price and marks are not needed
    }
    if (eligibility::assessEligibility(t, index).excludesBid())
        return; // not eligible: not scored, so its price and marks are not needed either
    if (t.isFinanciallySealed(index)) {
        // Its price is in its sealed envelope until the financial opening.
    } else if (!bid.hasPrice())
        out << error(path() + QStringLiteral(".price"), tulana::tr("the quoted price is missing"));
    else if (!std::isfinite(bid.price) || bid.price <= 0)
        out << error(path() + QStringLiteral(".price"),
                     tulana::tr("the quoted price must be greater than zero, not %1")
                         .arg(numberText(bid.price)));
    else if (!Bid::isValidPrice(bid.price))
        out << error(path() + QStringLiteral(".price"), amountCeilingProblem(bid.price));
    if (!std::isfinite(bid.tax) || bid.tax < 0)
        out << error(path() + QStringLiteral(".tax"),
                     tulana::tr("the tax must be zero or more, not %1").arg(numberText(bid.tax)));
    else if (!Bid::isValidTax(bid.tax))
        out << error(path() + QStringLiteral(".tax"), amountCeilingProblem(bid.tax));

    const int evaluators = int(t.evaluators.size());
    if (bid.marks.criteria() != int(leaves.size()) || bid.marks.evaluators() != evaluators) {
        out << error(
            path() + QStringLiteral(".marks"),
            tulana::tr("the marks sheet has %1 × %2 cells but the tender has %3 criteria × %4 "
                       "evaluators")
                .arg(bid.marks.criteria())
                .arg(bid.marks.evaluators())
                .arg(leaves.size())
                .arg(evaluators));
        return;
    }
    // Members who declared a conflict with the bid do not mark it
    // (docs/committee.md): their cells stay empty.
    const bool conflicts = t.hasDeclaredConflicts();
    const std::vector<char> marking =
        conflicts ? t.markingMembers(index) : std::vector<char>(std::size_t(evaluators), 1);
    if (conflicts && evaluators > 0 &&
        std::none_of(marking.begin(), marking.end(), [](char m) { return m != 0; })) {
        out << error(path() + QStringLiteral(".marks"),
                     tulana::tr("every member declared a conflict of interest with %1: no one "
                                "can mark it")
                         .arg(bid.id));
        return;
    }
    if (range == MarksRange::Skip || (!conflicts && allMarksInRange(bid.marks, maxMarks)))
        return;
    for (int c = 0; c < int(leaves.size()); ++c) {
        const Criterion& criterion = *leaves[std::size_t(c)].criterion;
        for (int e = 0; e < evaluators; ++e) {
            const double m = bid.marks.at(c, e);
            const QString where = path() + QStringLiteral(".marks.") + criterion.id +
                                  QLatin1Char('[') + QString::number(e) + QLatin1Char(']');
            const QString who = t.evaluators[std::size_t(e)].name;
            if (!marking[std::size_t(e)]) {
                if (!std::isnan(m))
                    out << error(where, tulana::tr("%1 declared a conflict of interest with %2 "
                                                   "and does not mark it; remove this mark")
                                            .arg(who, bid.id));
                continue;
            }
            if (m >= 0 && m <= criterion.maxMarks)
                continue;
            if (std::isnan(m))
                out << error(where,
                             tulana::tr("%1 has not marked \"%2\"").arg(who, criterion.name));
            else if (!std::isfinite(m) || m < 0)
                out << error(where,
                             tulana::tr("marks must be zero or more, not %1").arg(numberText(m)));
            else
                out << error(
                    where, tulana::tr("%1 marks is more than the maximum of %2 for \"%3\"")
                               .arg(numberText(m), numberText(criterion.maxMarks), criterion.name));
        }
    }
}

void checkBidIds(const Tender& t, Problems& out)
{
    for (std::size_t i = 0; i < t.bids.size(); ++i)
        if (t.bids[i].id.trimmed().isEmpty())
            out << error(QStringLiteral("bids[%1].id").arg(i), tulana::tr("every bid needs an id"));
}

} // namespace

Problems validateTender(const Tender& tender, MarksRange range)
{
    Problems out;
    checkTenderFields(tender, out);
    cost::checkLifecycleTerms(tender, out);
    eligibility::checkCriteria(tender, out);
    // Ids used twice, or holding a control character (criteria, evaluators,
    // bids, eligibility criteria): the rule is the file's too (idProblems,
    // tender/Tender.h).
    out += idProblems(tender);
    if (tender.criteria.empty())
        out << error(QStringLiteral("criteria"),
                     tulana::tr("the tender needs at least one criterion"));
    const bool opennessOn = tender.openness.isOn();
    out += openness::checkScheme(tender.openness, QStringLiteral("tender.openness"));
    const double criteriaTarget = criteriaWeightTarget(tender);
    std::vector<int> indices;
    // A tree deeper than a file may hold (one built in memory) is reported
    // once, not walked node by node.
    if (criteriaDepth(tender.criteria) > kMaxCriteriaDepth)
        out << error(QStringLiteral("criteria"), criteriaTooDeepMessage());
    else
        checkCriteria(tender.criteria, indices, criteriaTarget,
                      opennessOn
                          ? tulana::tr("the technical score is out of 100, of which the openness "
                                       "sub-criterion takes %1")
                                .arg(numberText(tender.openness.maxMarks))
                          : tulana::tr("the technical score is out of 100"),
                      out);
    checkEvaluators(tender, out);
    checkBidIds(tender, out);
    checkCommitteeRecord(tender, out);
    const std::vector<LeafRef> leaves = leavesOf(tender.criteria);
    const std::vector<double> maxMarks = maxMarksOf(leaves);
    for (int i = 0; i < int(tender.bids.size()); ++i) {
        checkBid(tender, leaves, maxMarks, range, i, out);
        cost::checkBidCosts(tender, i, out);
        eligibility::checkBid(tender, i, out);
        const Bid& bid = tender.bids[std::size_t(i)];
        if (opennessOn && !bid.openness && bid.status == BidStatus::Responsive)
            out << warning(
                QStringLiteral("bids[%1].openness").arg(i),
                tulana::tr("the tender awards openness marks but nothing is recorded about "
                           "the openness of %1's system: it gets no openness marks")
                    .arg(bid.id));
    }
    return out;
}

Problems validateBid(const Tender& tender, int bidIndex)
{
    Problems out;
    const std::vector<LeafRef> leaves = leavesOf(tender.criteria);
    checkBid(tender, leaves, maxMarksOf(leaves), MarksRange::Check, bidIndex, out);
    cost::checkBidCosts(tender, bidIndex, out);
    eligibility::checkBid(tender, bidIndex, out);
    return out;
}

Problems checkTenderValues(const Tender& tender)
{
    Problems all = validateTender(tender);
    all += checkRulebook(tender);
    // A decision naming a bid that is gone (deleted after selection) is a
    // value problem, not a reason to refuse the file.
    const QString& selected = tender.decision.selectedBid;
    if (!selected.isEmpty() && bidIndex(tender, selected) < 0)
        all << error(QStringLiteral("decision.selectedBid"),
                     tulana::tr("no bid has the id \"%1\"").arg(selected));
    return all;
}

double criteriaWeightTarget(const openness::OpennessScheme& scheme)
{
    // An openness sub-criterion that is on takes its maximum out of the 100
    // points; the criteria share the rest (docs/openness.md).
    return scheme.isOn() ? 100.0 - scheme.maxMarks : 100.0;
}

double criteriaWeightTarget(const Tender& tender)
{
    return criteriaWeightTarget(tender.openness);
}

} // namespace tulana
