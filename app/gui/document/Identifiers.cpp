#include "document/Identifiers.h"

#include "document/CriteriaTree.h"

#include <QSet>

namespace tulana {
namespace {

// The next free "<prefix><n>" after the highest n in use.
QString nextNumbered(const QString& prefix, const QSet<QString>& used)
{
    int highest = 0;
    for (const QString& id : used) {
        if (!id.startsWith(prefix))
            continue;
        bool ok = false;
        const int n = id.mid(prefix.size()).toInt(&ok);
        if (ok && n > highest)
            highest = n;
    }
    QString candidate;
    do
        candidate = prefix + QString::number(++highest);
    while (used.contains(candidate));
    return candidate;
}

void collectIds(const std::vector<Criterion>& nodes, QSet<QString>& ids)
{
    for (const Criterion& c : nodes) {
        ids.insert(c.id);
        collectIds(c.children, ids);
    }
}

} // namespace

QString nextBidId(const Tender& tender)
{
    QSet<QString> used;
    for (const Bid& b : tender.bids)
        used.insert(b.id);
    return nextNumbered(QStringLiteral("B"), used);
}

QString nextEvaluatorId(const Tender& tender)
{
    QSet<QString> used;
    for (const Evaluator& e : tender.evaluators)
        used.insert(e.id);
    return nextNumbered(QStringLiteral("E"), used);
}

QString nextCriterionId(const Tender& tender, const CriterionPath& parent)
{
    QSet<QString> all;
    collectIds(tender.criteria, all);
    const Criterion* owner = tender.criterionAt(parent);
    const QString prefix =
        owner && !owner->id.isEmpty() ? owner->id + QLatin1Char('.') : QStringLiteral("T");
    return nextNumbered(prefix, all);
}

QString nextGroupId(const Tender& tender)
{
    QSet<QString> all;
    collectIds(tender.criteria, all);
    // Its first child will be "<id>.1", which a renamed group's child may
    // still hold: "T1.1" under "Tech" leaves "T1" free but not "T1.1".
    QString id = nextNumbered(QStringLiteral("T"), all);
    while (all.contains(id + QStringLiteral(".1"))) {
        all.insert(id);
        id = nextNumbered(QStringLiteral("T"), all);
    }
    return id;
}

} // namespace tulana
