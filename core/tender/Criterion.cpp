#include "Criterion.h"

namespace tulana {
namespace {

void collect(const std::vector<Criterion>& nodes, const QString& prefix, const QString& group,
             std::vector<LeafRef>& out)
{
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        const Criterion& node = nodes[i];
        const QString path = prefix + QLatin1Char('[') + QString::number(i) + QLatin1Char(']');
        if (node.isGroup())
            collect(node.children, path + QStringLiteral(".children"), node.name, out);
        else
            out.push_back({&node, path, group});
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

std::vector<LeafRef> leavesOf(const std::vector<Criterion>& roots)
{
    std::vector<LeafRef> out;
    collect(roots, QStringLiteral("criteria"), QString(), out);
    return out;
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
