#include "PlaceNames.h"

#include "i18n/Translate.h"
#include "rulebook/Rulebook.h"

#include <QRegularExpression>

#include <optional>
#include <vector>

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

QString placeInWords(const Tender& tender, const QString& where)
{
    const QString named = placeName(tender, where);
    return named != where ? named : placeInFile(where);
}

QString describeProblem(const Tender& tender, const QString& where, const QString& message)
{
    return where.isEmpty() ? message : placeInWords(tender, where) + QStringLiteral(": ") + message;
}

namespace {

// One step of a JSON path: a key, or an index into the list before it.
struct PathStep
{
    QString key;
    qsizetype index = -1; // >= 0 for "[n]"
};

// "bids[0].marks.T1.1[2]" -> bids, [0], marks, T1.1, [2]. After "marks" the
// key is a criterion id, which may itself hold dots, and runs to the next "[".
std::optional<std::vector<PathStep>> pathSteps(const QString& where)
{
    std::vector<PathStep> steps;
    qsizetype i = 0;
    const qsizetype n = where.size();
    while (i < n) {
        if (where[i] == u'[') {
            const qsizetype close = where.indexOf(u']', i);
            bool ok = false;
            const qsizetype index =
                close < 0 ? -1 : where.mid(i + 1, close - i - 1).toLongLong(&ok);
            if (!ok || index < 0)
                return std::nullopt;
            steps.push_back({QString(), index});
            i = close + 1;
            continue;
        }
        if (where[i] == u'.')
            ++i;
        const bool criterionKey = !steps.empty() && steps.back().key == QLatin1String("marks");
        qsizetype end = i;
        while (end < n && where[end] != u'[' && (criterionKey || where[end] != u'.'))
            ++end;
        if (end == i)
            return std::nullopt;
        steps.push_back({where.mid(i, end - i), -1});
        i = end;
    }
    return steps;
}

} // namespace

QString placeInFile(const QString& where)
{
    // Only a JSON path is turned into words; anything with a space already is.
    static const QRegularExpression jsonPath(QStringLiteral("^[A-Za-z][^ ]*$"));
    if (!jsonPath.match(where).hasMatch())
        return where;
    const std::optional<std::vector<PathStep>> steps = pathSteps(where);
    if (!steps)
        return where;
    QStringList words;
    QString criterionNumber; // "1.3" while walking criteria[0].children[2]
    for (std::size_t s = 0; s < steps->size(); ++s) {
        const PathStep& step = (*steps)[s];
        const QString list = s > 0 ? (*steps)[s - 1].key : QString();
        if (step.index < 0) {
            const bool isList = s + 1 < steps->size() && (*steps)[s + 1].index >= 0;
            const bool marksRow = list == QLatin1String("marks");
            if (marksRow)
                words.back() = tulana::tr("marks for %1").arg(step.key);
            else if (!(isList && (step.key == QLatin1String("bids") ||
                                  step.key == QLatin1String("criteria") ||
                                  step.key == QLatin1String("children") ||
                                  step.key == QLatin1String("evaluators"))))
                words << step.key;
            continue;
        }
        const QString number = QString::number(step.index + 1);
        if (list == QLatin1String("bids")) {
            words << tulana::tr("bid no. %1").arg(number);
        } else if (list == QLatin1String("criteria") || list == QLatin1String("children")) {
            criterionNumber =
                list == QLatin1String("criteria") ? number : criterionNumber + u'.' + number;
            if (list == QLatin1String("children"))
                words.removeLast(); // the parent criterion: named by the number
            words << tulana::tr("criterion no. %1").arg(criterionNumber);
        } else if (list == QLatin1String("evaluators")) {
            words << tulana::tr("member no. %1").arg(number);
        } else if (s >= 2 && (*steps)[s - 2].key == QLatin1String("marks")) {
            // A mark's place in its row is the member who gave it.
            words.back() = tulana::tr("%1, member no. %2").arg(words.back(), number);
        } else if (!words.isEmpty()) {
            words.back() = tulana::tr("%1, item %2").arg(words.back(), number);
        } else {
            words << tulana::tr("item %1").arg(number);
        }
    }
    return words.join(QStringLiteral(" › "));
}

} // namespace tulana
