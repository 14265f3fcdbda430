#include "PlaceNames.h"

#include "i18n/Translate.h"
#include "rulebook/Rulebook.h"

#include <QRegularExpression>

namespace tulana {
namespace {

// criteria[0].children[1]... -> the criterion's id; empty when out of range.
QString criterionAt(const Tender& t, const QString& indices)
{
    static const QRegularExpression step(QStringLiteral("\\[(\\d+)\\]"));
    const std::vector<Criterion>* level = &t.criteria;
    const Criterion* found = nullptr;
    for (auto it = step.globalMatch(indices); it.hasNext();) {
        const std::size_t i = it.next().captured(1).toULong();
        if (!level || i >= level->size())
            return {};
        found = &(*level)[i];
        level = &found->children;
    }
    return found ? found->id : QString();
}

QString bidPlace(const Tender& t, const Bid& bid, const QString& rest)
{
    static const QRegularExpression mark(QStringLiteral("^\\.marks\\.(.+)\\[(\\d+)\\]$"));
    static const QRegularExpression marks(QStringLiteral("^\\.marks\\.(.+)$"));
    static const QRegularExpression costLine(QStringLiteral("^\\.costs\\[(\\d+)\\]"));
    static const QRegularExpression finding(QStringLiteral("^\\.eligibility\\[(\\d+)\\]"));
    if (const auto m = mark.match(rest); m.hasMatch()) {
        const std::size_t e = m.captured(2).toULong();
        const QString evaluator =
            e < t.evaluators.size() ? t.evaluators[e].id : QStringLiteral("E%1").arg(e + 1);
        return tulana::tr("%1's mark from %2 for %3").arg(bid.id, evaluator, m.captured(1));
    }
    if (const auto m = marks.match(rest); m.hasMatch())
        return tulana::tr("%1's marks for %2").arg(bid.id, m.captured(1));
    if (rest == QLatin1String(".price"))
        return tulana::tr("%1's price").arg(bid.id);
    if (rest == QLatin1String(".tax"))
        return tulana::tr("%1's tax").arg(bid.id);
    if (rest == QLatin1String(".nature"))
        return tulana::tr("%1's nature").arg(bid.id);
    if (rest.startsWith(QLatin1String(".status")))
        return tulana::tr("%1's status").arg(bid.id);
    if (const auto m = costLine.match(rest); m.hasMatch())
        return tulana::tr("%1's cost line %2").arg(bid.id).arg(m.captured(1).toInt() + 1);
    if (rest == QLatin1String(".costs"))
        return tulana::tr("%1's cost lines").arg(bid.id);
    if (const auto m = finding.match(rest); m.hasMatch()) {
        const std::size_t k = m.captured(1).toULong();
        return k < bid.eligibility.size()
                   ? tulana::tr("%1's finding on %2").arg(bid.id, bid.eligibility[k].criterion)
                   : tulana::tr("%1's eligibility").arg(bid.id);
    }
    if (rest.startsWith(QLatin1String(".openness")))
        return tulana::tr("%1's openness record").arg(bid.id);
    return tulana::tr("bid %1").arg(bid.id);
}

} // namespace

QString placeName(const Tender& t, const QString& where)
{
    // A value worked out from two inputs names both ("bids[0].price + bids[0].tax").
    if (const QString plus = QStringLiteral(" + "); where.contains(plus)) {
        QStringList parts = where.split(plus);
        for (QString& part : parts)
            part = placeName(t, part);
        return parts.join(plus);
    }
    static const QRegularExpression bid(QStringLiteral("^bids\\[(\\d+)\\](.*)$"));
    static const QRegularExpression criterion(
        QStringLiteral("^criteria((\\[\\d+\\](\\.children)?)+)"));
    static const QRegularExpression evaluator(QStringLiteral("^evaluators\\[(\\d+)\\]"));
    static const QRegularExpression eligibility(
        QStringLiteral("^tender\\.eligibility\\[(\\d+)\\]"));
    if (const auto m = bid.match(where); m.hasMatch()) {
        const std::size_t i = m.captured(1).toULong();
        if (i < t.bids.size())
            return bidPlace(t, t.bids[i], m.captured(2));
        return where;
    }
    if (const auto m = criterion.match(where); m.hasMatch()) {
        const QString id = criterionAt(t, m.captured(1));
        return id.isEmpty() ? where : tulana::tr("criterion %1").arg(id);
    }
    if (const auto m = evaluator.match(where); m.hasMatch()) {
        const std::size_t e = m.captured(1).toULong();
        return e < t.evaluators.size() ? tulana::tr("evaluator %1").arg(t.evaluators[e].id) : where;
    }
    if (const auto m = eligibility.match(where); m.hasMatch()) {
        const std::size_t k = m.captured(1).toULong();
        return k < t.eligibility.size()
                   ? tulana::tr("eligibility criterion %1").arg(t.eligibility[k].id)
                   : where;
    }
    if (where.startsWith(QLatin1String("tender."))) {
        const QString field = where.mid(7);
        if (field.startsWith(QLatin1String("evaluation")))
            return tulana::tr("Evaluation options");
        if (field.startsWith(QLatin1String("openness")))
            return tulana::tr("Openness marks");
        if (field.startsWith(QLatin1String("lifecycle")))
            return tulana::tr("Lifecycle terms");
        const QString name = parameterName(field);
        if (name != field)
            return name;
    }
    if (where == QLatin1String("decision.selectedBid"))
        return tulana::tr("Selected bid");
    return where;
}

QString describeProblem(const Tender& tender, const QString& where, const QString& message)
{
    return where.isEmpty() ? message : placeName(tender, where) + QStringLiteral(": ") + message;
}

} // namespace tulana
