#pragma once

#include "document/DocumentTypes.h"
#include "tender/Criterion.h"

#include <vector>

namespace tulana {

// Navigation in the criteria tree by path, and the link between a node and
// the rows of the marks sheets (the marked criteria in depth-first order).

// The children at `parent` (the top level for the empty path), or null.
const std::vector<Criterion>* childrenAt(const std::vector<Criterion>& roots,
                                         const CriterionPath& parent);
// Marked criteria that come before `path` in depth-first order: the marks
// row of the node's first leaf.
int leavesBefore(const std::vector<Criterion>& roots, const CriterionPath& path);
// 1 for a marked criterion, the number of its marked descendants for a group.
int leafCount(const Criterion& node);
// The paths of the marked criteria, in the order of the marks rows.
std::vector<CriterionPath> leafPaths(const std::vector<Criterion>& roots);
// The path of the marked criterion in marks row `leaf`; empty when none.
CriterionPath pathOfLeaf(const std::vector<Criterion>& roots, int leaf);

inline CriterionPath parentOf(const CriterionPath& path)
{
    return path.empty() ? path : CriterionPath(path.begin(), path.end() - 1);
}

inline CriterionPath childOf(const CriterionPath& parent, int row)
{
    CriterionPath path = parent;
    path.push_back(row);
    return path;
}

} // namespace tulana
