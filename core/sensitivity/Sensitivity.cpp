#include "Sensitivity.h"

#include "i18n/Translate.h"
#include "rulebook/Rulebook.h"
#include "sensitivity/Members.h"
#include "sensitivity/Model.h"
#include "sensitivity/Thresholds.h"

#include <algorithm>
#include <cmath>

namespace tulana::sensitivity {

double CriterionWeight::slack() const
{
    const double below = weight - holds.from;
    const double above = holds.to - weight;
    return weight > 0 ? std::min(below, above) / weight : 0;
}

Range allowedTechnicalWeight(const Tender& tender)
{
    Range range{0, 100};
    const Rulebook* rulebook = findRulebook(tender.rulebook);
    if (!rulebook)
        return range;
    const QString method = toKey(tender.method);
    for (const Rule& rule : rulebook->rules) {
        if (!rule.methods.isEmpty() && !rule.methods.contains(method, Qt::CaseInsensitive))
            continue;
        if (rule.parameter == QLatin1String("technicalWeight")) {
            if (rule.min)
                range.from = std::max(range.from, *rule.min);
            if (rule.max)
                range.to = std::min(range.to, *rule.max);
        } else if (rule.parameter == QLatin1String("financialWeight")) {
            if (rule.max)
                range.from = std::max(range.from, 100 - *rule.max);
            if (rule.min)
                range.to = std::min(range.to, 100 - *rule.min);
        }
    }
    return range;
}

namespace {

QString unavailableReason(const Tender& tender, const Evaluation& evaluation)
{
    if (tender.method != SelectionMethod::Qcbs)
        return tulana::tr("the robustness analyses weigh quality against cost, so they apply "
                          "to QCBS; under %1 the award turns on one score alone")
            .arg(displayName(tender.method));
    if (!evaluation.hasWinner())
        return evaluation.noAwardReason.isEmpty()
                   ? tulana::tr("there is no award to test yet")
                   : tulana::tr("there is no award to test yet: %1").arg(evaluation.noAwardReason);
    return {};
}

// Every node of the criteria tree, depth first, with the leaves under it.
struct Node
{
    const Criterion* criterion = nullptr;
    std::vector<int> leaves;
};

void collect(const std::vector<Criterion>& roots, int& leaf, std::vector<Node>& out)
{
    for (const Criterion& c : roots) {
        const std::size_t at = out.size();
        out.push_back({&c, {}});
        if (!c.isGroup()) {
            out[at].leaves.push_back(leaf++);
            continue;
        }
        const int first = leaf;
        collect(c.children, leaf, out);
        for (int k = first; k < leaf; ++k)
            out[at].leaves.push_back(k);
    }
}

std::vector<CriterionWeight> criterionWeights(const Tender& tender, const Model& model, int winner)
{
    std::vector<Node> nodes;
    int leaf = 0;
    collect(tender.criteria, leaf, nodes);
    double total = 0;
    for (double weight : model.leafWeights)
        total += weight;
    std::vector<CriterionWeight> result;
    for (std::size_t n = 0; n < nodes.size(); ++n) {
        const Criterion& c = *nodes[n].criterion;
        // Nothing to share with (the one criterion) or nothing to scale.
        if (c.weight <= 0 || c.weight >= total)
            continue;
        CriterionWeight cw;
        cw.node = int(n);
        cw.id = c.id;
        cw.name = c.name;
        cw.group = c.isGroup();
        cw.weight = c.weight;
        cw.total = total;
        cw.segments = criterionWeightSegments(model, nodes[n].leaves, c.weight, total);
        cw.holds = holdsAround(cw.segments, c.weight, winner);
        result.push_back(std::move(cw));
    }
    std::stable_sort(
        result.begin(), result.end(),
        [](const CriterionWeight& a, const CriterionWeight& b) { return a.slack() < b.slack(); });
    return result;
}

std::vector<PriceToWin> pricesToWin(const Evaluation& evaluation, const Model& model)
{
    std::vector<PriceToWin> result;
    const std::vector<double> thresholds = priceThresholds(model);
    for (int bid : evaluation.ranking) {
        const auto found = std::find_if(model.contenders.begin(), model.contenders.end(),
                                        [&](const Contender& c) { return c.bid == bid; });
        if (found == model.contenders.end() || !found->priced)
            continue; // never a sealed price
        const std::size_t index = std::size_t(found - model.contenders.begin());
        PriceToWin p;
        p.bid = bid;
        p.price = found->price;
        const double threshold = thresholds[index];
        const bool winner = bid == evaluation.winner;
        if (winner) {
            if (std::isfinite(threshold)) {
                p.threshold = threshold;
                p.change = threshold / found->price - 1;
            }
        } else if (threshold > 0) {
            p.threshold = threshold;
            p.change = 1 - threshold / found->price;
        } else {
            const auto top =
                std::find_if(model.contenders.begin(), model.contenders.end(),
                             [&](const Contender& c) { return c.bid == evaluation.winner; });
            p.technicalGap = top != model.contenders.end() ? top->technical - found->technical : 0;
        }
        result.push_back(p);
    }
    return result;
}

std::vector<TechnicalToWin> technicalToWin(const Evaluation& evaluation, const Model& model)
{
    std::vector<TechnicalToWin> result;
    const std::vector<int> byValue = byMarkValue(model);
    for (int bid : evaluation.ranking) {
        if (bid == evaluation.winner)
            continue;
        const auto found = std::find_if(model.contenders.begin(), model.contenders.end(),
                                        [&](const Contender& c) { return c.bid == bid; });
        if (found == model.contenders.end())
            continue;
        const std::size_t index = std::size_t(found - model.contenders.begin());
        TechnicalToWin t;
        t.bid = bid;
        t.technical = found->technical;
        const double needed = technicalThreshold(model, index);
        if (std::isfinite(needed)) {
            std::vector<ExtraMarks> steps =
                cheapestMarks(model, byValue, index, needed - found->technical);
            if (!steps.empty() || needed <= found->technical) {
                t.threshold = needed;
                t.cheapest = std::move(steps);
            }
        }
        result.push_back(std::move(t));
    }
    return result;
}

Report exactPart(const Tender& tender, const Evaluation& evaluation, const Model& model)
{
    Report report;
    report.why = unavailableReason(tender, evaluation);
    if (!report.why.isEmpty())
        return report;
    report.available = true;
    report.winner = evaluation.winner;
    // The unrounded scores may rank another bid first where the announced
    // rounding made a tie the tie-break settled.
    std::vector<double> technical;
    for (const Contender& c : model.contenders)
        technical.push_back(c.technical);
    report.decidedByRounding = winnerWith(model, technical, model.technicalWeight) != report.winner;
    report.technicalWeight = technicalWeightThresholds(model, allowedTechnicalWeight(tender),
                                                       tender.technicalWeight, report.winner);
    report.criteria = criterionWeights(tender, model, report.winner);
    report.priceToWin = pricesToWin(evaluation, model);
    report.technicalToWin = technicalToWin(evaluation, model);
    return report;
}

} // namespace

Report analyseExact(const Tender& tender, const Evaluation& evaluation)
{
    Report report = exactPart(tender, evaluation, buildModel(tender, evaluation));
    if (report.available)
        report.members = leaveOneMemberOut(tender);
    return report;
}

Report analyse(const Tender& tender, const Evaluation& evaluation, const Options& options)
{
    Report report = analyseExact(tender, evaluation);
    if (!report.available || !options.simulate)
        return report;
    const Model withMinimum = buildModel(tender, evaluation, true);
    report.bootstrap =
        memberBootstrap(tender, withMinimum, options.bootstrapDraws, options.acceptability.seed);
    report.acceptability = rankAcceptability(tender, evaluation, options.acceptability);
    return report;
}

} // namespace tulana::sensitivity
