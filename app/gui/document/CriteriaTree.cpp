#include "document/CriteriaTree.h"

namespace tulana {

const std::vector<Criterion>* childrenAt(const std::vector<Criterion>& roots,
                                         const CriterionPath& parent)
{
    const std::vector<Criterion>* level = &roots;
    for (int i : parent) {
        if (i < 0 || std::size_t(i) >= level->size())
            return nullptr;
        level = &(*level)[std::size_t(i)].children;
    }
    return level;
}

int leavesBefore(const std::vector<Criterion>& roots, const CriterionPath& path)
{
    int before = 0;
    const std::vector<Criterion>* level = &roots;
    for (int i : path) {
        for (int j = 0; j < i && std::size_t(j) < level->size(); ++j)
            before += leafCount((*level)[std::size_t(j)]);
        if (i < 0 || std::size_t(i) >= level->size())
            break;
        level = &(*level)[std::size_t(i)].children;
    }
    return before;
}

int leafCount(const Criterion& node)
{
    if (!node.isGroup())
        return 1;
    int count = 0;
    for (const Criterion& child : node.children)
        count += leafCount(child);
    return count;
}

namespace {

void collectLeafPaths(const std::vector<Criterion>& nodes, CriterionPath& at,
                      std::vector<CriterionPath>& out)
{
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        at.push_back(int(i));
        if (nodes[i].isGroup())
            collectLeafPaths(nodes[i].children, at, out);
        else
            out.push_back(at);
        at.pop_back();
    }
}

} // namespace

std::vector<CriterionPath> leafPaths(const std::vector<Criterion>& roots)
{
    std::vector<CriterionPath> out;
    CriterionPath at;
    collectLeafPaths(roots, at, out);
    return out;
}

CriterionPath pathOfLeaf(const std::vector<Criterion>& roots, int leaf)
{
    CriterionPath path;
    const std::vector<Criterion>* level = &roots;
    while (level && !level->empty()) {
        bool descended = false;
        for (std::size_t i = 0; i < level->size(); ++i) {
            const Criterion& node = (*level)[i];
            const int count = leafCount(node);
            if (leaf >= count) {
                leaf -= count;
                continue;
            }
            path.push_back(int(i));
            if (!node.isGroup())
                return path;
            level = &node.children;
            descended = true;
            break;
        }
        if (!descended)
            return {};
    }
    return {};
}

} // namespace tulana
