#include "Criterion.h"

#include "i18n/Translate.h"

#include <algorithm>

namespace tulana {
namespace {

// `indices` is the path of `nodes`' parent; each leaf's JSON path is built
// from it, so a deep tree costs its depth per leaf, not per level.
void collect(const std::vector<Criterion>& nodes, std::vector<int>& indices, const QString& group,
             std::vector<LeafRef>& out)
{
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const Criterion& node = nodes[i];
        indices.push_back(int(i));
        if (node.isGroup())
            collect(node.children, indices, node.name, out);
        else
            out.push_back({&node, criterionPath(indices), group});
        indices.pop_back();
    }
}

int count(const std::vector<Criterion>& nodes)
{
    int n = 0;
    for (const Criterion& node : nodes)
        n += node.isGroup() ? count(node.children) : 1;
    return n;
}

} // namespace

QString criteriaTooDeepMessage()
{
    return tulana::tr("the criteria go more than %1 levels deep here; a tender's criteria may go "
                      "%1 levels deep at most")
        .arg(kMaxCriteriaDepth);
}

QString criterionPath(const std::vector<int>& indices)
{
    QString path = QStringLiteral("criteria");
    for (std::size_t level = 0; level < indices.size(); ++level) {
        if (level > 0)
            path += QStringLiteral(".children");
        path += QLatin1Char('[') + QString::number(indices[level]) + QLatin1Char(']');
    }
    return path;
}

int criteriaDepth(const std::vector<Criterion>& roots)
{
    int deepest = 0;
    for (const Criterion& c : roots)
        deepest = std::max(deepest, 1 + criteriaDepth(c.children));
    return deepest;
}

std::vector<LeafRef> leavesOf(const std::vector<Criterion>& roots)
{
    std::vector<LeafRef> out;
    std::vector<int> indices;
    collect(roots, indices, QString(), out);
    return out;
}

int leafIndex(const std::vector<LeafRef>& leaves, const QString& id)
{
    for (std::size_t i = 0; i < leaves.size(); ++i)
        if (leaves[i].criterion->id == id)
            return int(i);
    return -1;
}

int countLeaves(const std::vector<Criterion>& roots)
{
    return count(roots);
}

void scaleWeights(std::vector<Criterion>& roots, double factor)
{
    for (Criterion& c : roots) {
        c.weight *= factor;
        scaleWeights(c.children, factor);
    }
}

} // namespace tulana
