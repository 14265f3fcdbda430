#pragma once

// Helpers for the evaluation engine's tests (tst_evaluator, tst_awards):
// readable summaries of an evaluation to compare with expected lists.
#include "generate/TenderGenerator.h"
#include "scoring/Evaluator.h"
#include "tender/SelectionMethod.h"

#include "TenderBuilder.h"

#include <QStringList>

#include <algorithm>
#include <cmath>
#include <limits>

Q_DECLARE_METATYPE(tulana::Tender)

namespace tulana::evaluationchecks {

// Stands for "no value" (an optional that must be empty) in the expected lists.
inline constexpr double notSet = -1;

inline QString describe(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << p.toString();
    return lines.join(u'\n');
}

inline QString winnerId(const Tender& t, const Evaluation& ev)
{
    return ev.hasWinner() ? t.bids[std::size_t(ev.winner)].id : QString();
}

inline QStringList standingsOf(const Evaluation& ev)
{
    QStringList out;
    for (const BidResult& r : ev.results)
        out << toKey(r.standing);
    return out;
}

inline QList<int> ranksOf(const Evaluation& ev)
{
    QList<int> out;
    for (const BidResult& r : ev.results)
        out << r.rank;
    return out;
}

inline QStringList openedOf(const Tender& t, const Evaluation& ev)
{
    QStringList out;
    for (const BidResult& r : ev.results)
        if (r.evaluatedPrice)
            out << t.bids[std::size_t(r.bid)].id;
    return out;
}

inline bool hasErrorAt(const Problems& problems, const QString& where)
{
    return std::any_of(problems.begin(), problems.end(),
                       [&](const Problem& p) { return p.isError() && p.where == where; });
}

inline double valueOr(const std::optional<double>& v)
{
    return v ? *v : notSet;
}

inline QString num(double v)
{
    return QString::number(v, 'g', 17);
}
inline QString num(const std::optional<double>& v)
{
    return v ? num(*v) : QStringLiteral("-");
}

// Every number of an evaluation, named, so a sweep can say which is not finite.
inline QStringList nonFiniteNumbers(const Evaluation& ev)
{
    QStringList bad;
    const auto check = [&](double v, const QString& what) {
        if (!std::isfinite(v))
            bad << what + QStringLiteral(" = ") + num(v);
    };
    const auto checkOptional = [&](const std::optional<double>& v, const QString& what) {
        if (v)
            check(*v, what);
    };
    check(ev.basis.lowestPrice, QStringLiteral("basis.lowestPrice"));
    check(ev.basis.highestPrice, QStringLiteral("basis.highestPrice"));
    check(ev.basis.highestTechnical, QStringLiteral("basis.highestTechnical"));
    for (const BidResult& r : ev.results) {
        const QString b = QStringLiteral("results[%1].").arg(r.bid);
        for (std::size_t c = 0; c < r.criterionAverages.size(); ++c)
            check(r.criterionAverages[c], b + QStringLiteral("criterionAverages[%1]").arg(c));
        check(r.technicalExact, b + QStringLiteral("technicalExact"));
        check(r.technical, b + QStringLiteral("technical"));
        check(r.technicalForCombination, b + QStringLiteral("technicalForCombination"));
        checkOptional(r.evaluatedPrice, b + QStringLiteral("evaluatedPrice"));
        checkOptional(r.financialExact, b + QStringLiteral("financialExact"));
        checkOptional(r.financial, b + QStringLiteral("financial"));
        checkOptional(r.combinedExact, b + QStringLiteral("combinedExact"));
        checkOptional(r.combined, b + QStringLiteral("combined"));
    }
    return bad;
}

// Everything an evaluation says, as text with every number in full precision.
inline QString dump(const Evaluation& ev)
{
    QStringList out;
    out << QStringLiteral("method %1 evaluated %2 winner %3")
               .arg(toKey(ev.method))
               .arg(ev.evaluated)
               .arg(ev.winner);
    out << describe(ev.problems) << ev.noAwardReason << ev.tieBreakNote;
    out << QStringLiteral("basis %1 %2 %3")
               .arg(num(ev.basis.lowestPrice), num(ev.basis.highestPrice),
                    num(ev.basis.highestTechnical));
    QStringList ranking;
    for (int b : ev.ranking)
        ranking << QString::number(b);
    out << ranking.join(u',');
    for (const BidResult& r : ev.results) {
        QStringList averages;
        for (double a : r.criterionAverages)
            averages << num(a);
        out << QStringLiteral("%1 %2 %3 %4 [%5] %6 %7 %8")
                   .arg(r.bid)
                   .arg(toKey(r.standing), r.reason())
                   .arg(r.technicallyScored)
                   .arg(averages.join(u','), num(r.technicalExact), num(r.technical),
                        num(r.technicalForCombination));
        out << QStringLiteral("%1 %2 %3 %4 %5 rank %6 %7")
                   .arg(num(r.evaluatedPrice), num(r.financialExact), num(r.financial),
                        num(r.combinedExact), num(r.combined))
                   .arg(r.rank)
                   .arg(r.tieBroken);
    }
    for (const RankReversal& rr : ev.rankReversals)
        out << QStringLiteral("reversal %1 %2 %3 %4 %5")
                   .arg(int(rr.kind))
                   .arg(rr.bid)
                   .arg(rr.winnerBefore)
                   .arg(rr.winnerAfter)
                   .arg(rr.explanation);
    return out.join(u'\n');
}

// The X/Y/Z example of domain.md §1, 70:30, one criterion so that the
// technical score is the mark.
inline TenderBuilder xyz()
{
    return TenderBuilder().qcbs(70, 30).minimum(70).criterion("C1", 100, 100);
}

inline Tender generated(std::uint64_t seed, int bids, int criteria, int evaluators)
{
    GeneratorSpec spec;
    spec.seed = seed;
    spec.bids = bids;
    spec.criteria = criteria;
    spec.evaluators = evaluators;
    return generateTender(spec);
}

} // namespace tulana::evaluationchecks
