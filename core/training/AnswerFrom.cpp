// The expected figure of a number question, computed by the scoring engine
// from the case's tender (docs/training.md, "answerFrom").
#include "training/Grading.h"

#include "cost/Lifecycle.h"
#include "i18n/Translate.h"
#include "scoring/Evaluator.h"
#include "sensitivity/Sensitivity.h"

#include <algorithm>
#include <cmath>

namespace tulana::training {
namespace {

std::optional<double> fail(QString* error, const QString& message)
{
    if (error)
        *error = message;
    return std::nullopt;
}

bool fromRobustness(EngineValue value)
{
    return value == EngineValue::PriceToWin || value == EngineValue::PriceCutToWin ||
           value == EngineValue::TechnicalWeightToWin;
}

// The bound, nearest the announced weight, of the nearest range of
// technical weights over which `bid` wins.
std::optional<double> weightToWin(const sensitivity::TechnicalWeight& w, int bid)
{
    std::optional<double> nearest;
    for (const sensitivity::Segment& s : w.segments) {
        if (s.winner != bid)
            continue;
        const double bound = s.to < w.announced ? s.to : s.from;
        if (!nearest || std::abs(bound - w.announced) < std::abs(*nearest - w.announced))
            nearest = bound;
    }
    return nearest;
}

// A figure of the exact robustness analyses (docs/sensitivity.md) for bid
// `index` of the tender as evaluated.
std::optional<double> robustnessFigure(const Tender& tender, const Evaluation& evaluation,
                                       int index, EngineValue value, QString* error)
{
    const sensitivity::Report report = sensitivity::analyseExact(tender, evaluation);
    const QString& id = tender.bids[std::size_t(index)].id;
    if (!report.available)
        return fail(error,
                    tulana::tr("the robustness of the award is not analysed: %1").arg(report.why));
    if (report.decidedByRounding)
        return fail(error, tulana::tr("the award rests on the announced rounding and tie-break, so "
                                      "it holds over no range of a weight or a price"));
    const bool winner = index == report.winner;
    if (value == EngineValue::TechnicalWeightToWin) {
        if (winner)
            return fail(
                error, tulana::tr("bid %1 already wins at the announced technical weight").arg(id));
        if (const auto weight = weightToWin(report.technicalWeight, index))
            return weight;
        return fail(error, tulana::tr("bid %1 wins at no technical weight").arg(id));
    }
    const auto it = std::find_if(report.priceToWin.begin(), report.priceToWin.end(),
                                 [&](const sensitivity::PriceToWin& p) { return p.bid == index; });
    if (it == report.priceToWin.end())
        return fail(error, tulana::tr("bid %1 is not ranked, so it has no price to win").arg(id));
    if (value == EngineValue::PriceCutToWin && winner)
        return fail(error, tulana::tr("bid %1 already wins: it needs no cut").arg(id));
    if (!it->threshold)
        return fail(error, winner ? tulana::tr("bid %1 wins at any price").arg(id)
                                  : tulana::tr("bid %1 cannot win on price alone").arg(id));
    if (value == EngineValue::PriceToWin)
        return it->threshold;
    return it->change ? std::optional(*it->change * 100) : std::nullopt;
}

} // namespace

std::optional<double> expectedNumber(const Question& question, const Tender& caseTender,
                                     QString* error)
{
    if (!question.answerFrom) {
        if (!question.number)
            return fail(error, tulana::tr("the question has no expected number"));
        return question.number;
    }
    const AnswerFrom& from = *question.answerFrom;
    Tender tender = caseTender;
    if (from.basis)
        tender.lifecycle.basis = *from.basis;
    for (const QString& id : from.exclude) {
        const int i = bidIndex(tender, id);
        if (i < 0)
            return fail(error, tulana::tr("no bid of the tender has the id \"%1\"").arg(id));
        Bid& bid = tender.bids[std::size_t(i)];
        bid.status = BidStatus::NonResponsive;
        bid.statusReason = QStringLiteral("excluded by the training question");
    }
    const int index = bidIndex(tender, from.bid);
    if (index < 0)
        return fail(error, tulana::tr("no bid of the tender has the id \"%1\"").arg(from.bid));
    const Bid& bid = tender.bids[std::size_t(index)];

    if (from.value == EngineValue::LifecycleCost && bid.costs.empty())
        return fail(error,
                    tulana::tr("bid %1 has no cost lines, so no lifecycle cost").arg(from.bid));

    const Evaluation evaluation = evaluate(tender);
    if (!evaluation.evaluated)
        return fail(error, tulana::tr("the tender cannot be evaluated: %1")
                               .arg(evaluation.problems.isEmpty()
                                        ? QString()
                                        : evaluation.problems.constFirst().toString()));
    if (from.value == EngineValue::LifecycleCost) {
        const BidFacts* facts = evaluation.factsFor(index);
        if (!facts || !facts->lifecycle)
            return fail(error, tulana::tr("the financial proposal of bid %1 is not opened, so "
                                          "its lifecycle cost is not worked out")
                                   .arg(from.bid));
        return facts->lifecycle->npv;
    }
    if (fromRobustness(from.value))
        return robustnessFigure(tender, evaluation, index, from.value, error);
    const BidResult* result = evaluation.resultFor(index);
    std::optional<double> value;
    switch (from.value) {
    case EngineValue::Combined:
        value = result->combined;
        break;
    case EngineValue::Technical:
        if (result->technicallyScored)
            value = result->technical;
        break;
    case EngineValue::Financial:
        value = result->financial;
        break;
    case EngineValue::EvaluatedPrice:
        value = result->evaluatedPrice;
        break;
    case EngineValue::Rank:
        if (result->rank > 0)
            value = result->rank;
        break;
    case EngineValue::LifecycleCost:
    case EngineValue::PriceToWin:
    case EngineValue::PriceCutToWin:
    case EngineValue::TechnicalWeightToWin:
        break; // handled above
    }
    if (!value)
        return fail(error,
                    tulana::tr("bid %1 has no %2 in this evaluation (%3)")
                        .arg(from.bid, toKey(from.value),
                             result->why.isEmpty() ? toKey(result->standing) : result->reason()));
    return value;
}

} // namespace tulana::training
