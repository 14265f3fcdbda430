#pragma once

#include <QString>

#include <optional>
#include <vector>

namespace tulana {

// The deepest a criteria tree may go: criteria in groups in groups, eight
// levels in all (docs/file-format.md). Tenders use two or three (criterion,
// sub-criterion, and sometimes a further breakdown); the limit leaves room
// for any real scheme and refuses a file that nests thousands deep, which
// every walk over the tree would otherwise pay for.
inline constexpr int kMaxCriteriaDepth = 8;

// A node of the technical criteria tree. A node with children is a group;
// a node without children is a criterion that evaluators mark.
//
// Weights are points of the 100-point technical score: the top-level weights
// add up to 100 and a group's children add up to the group's weight. A
// criterion contributes weight × (committee average / maximum marks).
struct Criterion
{
    QString id;
    QString name;
    QString description;
    double maxMarks = 10.0;
    double weight = 0.0;
    std::optional<double> minMarks; // below it (committee average) the bid is disqualified
    std::vector<Criterion> children;

    bool isGroup() const { return !children.empty(); }

    friend bool operator==(const Criterion&, const Criterion&) = default;
};

// A criterion that is marked, with where it sits in the tree.
struct LeafRef
{
    const Criterion* criterion = nullptr;
    QString path; // JSON path, e.g. "criteria[0].children[1]"
    QString groupName;
};

// Why a tree deeper than kMaxCriteriaDepth is refused (by the loader, and
// by the save, which never writes a file the loader would refuse).
QString criteriaTooDeepMessage();

// "criteria[0].children[2]" for the node at these indices, level by level.
QString criterionPath(const std::vector<int>& indices);
// The levels of the deepest node: 1 for criteria without groups, 0 for none.
int criteriaDepth(const std::vector<Criterion>& roots);

// The marked criteria in depth-first order: the order of a bid's marks.
std::vector<LeafRef> leavesOf(const std::vector<Criterion>& roots);
// The position in `leaves` of the marked criterion with this id, or -1.
int leafIndex(const std::vector<LeafRef>& leaves, const QString& id);
int countLeaves(const std::vector<Criterion>& roots);

// Multiplies every weight in the tree by `factor`, groups and their children
// alike, so each group still adds up: how the criteria make room for an
// openness sub-criterion (100 points become 100 − its maximum).
void scaleWeights(std::vector<Criterion>& roots, double factor);

} // namespace tulana
