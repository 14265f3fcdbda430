#include "Tender.h"

#include "i18n/Translate.h"
#include "support/VisibleControls.h"

#include <QSet>

#include <algorithm>
#include <cassert>

namespace tulana {
namespace {

// Called only for an id that has the problem, so that its place is not
// built for each of 10,000 bids on every load and save.
void reportControlCharacter(const QString& id, const QString& where, Problems& out)
{
    out << error(where, idControlCharacterProblem(id));
}

void criterionIdProblems(const std::vector<Criterion>& nodes, std::vector<int>& indices,
                         QSet<QString>& seen, Problems& out)
{
    for (std::size_t i = 0; i < nodes.size(); ++i) {
        indices.push_back(int(i));
        const QString& id = nodes[i].id;
        if (firstControlCharacter(id) >= 0)
            reportControlCharacter(id, criterionPath(indices) + QStringLiteral(".id"), out);
        if (seen.contains(id))
            out << error(criterionPath(indices) + QStringLiteral(".id"),
                         tulana::tr("the id \"%1\" is used by another criterion").arg(id));
        seen.insert(id);
        criterionIdProblems(nodes[i].children, indices, seen, out);
        indices.pop_back();
    }
}

// `path` gives the JSON path of item i's id.
template <typename T, typename Path>
void idProblemsOf(const std::vector<T>& items, Path path, const char* message, Problems& out)
{
    QSet<QString> seen;
    seen.reserve(qsizetype(items.size())); // ten thousand bids: no rehashing on the way
    for (std::size_t i = 0; i < items.size(); ++i) {
        const QString& id = items[i].id;
        if (firstControlCharacter(id) >= 0)
            reportControlCharacter(id, path(i), out);
        const qsizetype before = seen.size();
        seen.insert(id); // one lookup: the set grows unless the id is there already
        if (seen.size() == before)
            out << error(path(i), tulana::tr(message).arg(id));
    }
}

std::vector<Criterion>* childrenAt(std::vector<Criterion>& roots, const std::vector<int>& path)
{
    std::vector<Criterion>* level = &roots;
    for (int i : path) {
        if (i < 0 || std::size_t(i) >= level->size())
            return nullptr;
        level = &(*level)[std::size_t(i)].children;
    }
    return level;
}

// Number of leaves that come before `path` in depth-first order.
int leavesBefore(const std::vector<Criterion>& roots, const std::vector<int>& path)
{
    int before = 0;
    const std::vector<Criterion>* level = &roots;
    for (int i : path) {
        for (int j = 0; j < i && std::size_t(j) < level->size(); ++j) {
            const Criterion& sibling = (*level)[std::size_t(j)];
            before += sibling.isGroup() ? countLeaves(sibling.children) : 1;
        }
        if (std::size_t(i) >= level->size())
            break;
        level = &(*level)[std::size_t(i)].children;
    }
    return before;
}

} // namespace

Criterion* Tender::criterionAt(const std::vector<int>& path)
{
    if (path.empty())
        return nullptr;
    std::vector<int> parent(path.begin(), path.end() - 1);
    std::vector<Criterion>* level = childrenAt(criteria, parent);
    const int last = path.back();
    if (!level || last < 0 || std::size_t(last) >= level->size())
        return nullptr;
    return &(*level)[std::size_t(last)];
}

const Criterion* Tender::criterionAt(const std::vector<int>& path) const
{
    return const_cast<Tender*>(this)->criterionAt(path);
}

int Tender::leafIndexOf(const std::vector<int>& path) const
{
    const Criterion* c = criterionAt(path);
    if (!c || c->isGroup())
        return -1;
    return leavesBefore(criteria, path);
}

void Tender::insertCriterion(const std::vector<int>& parentPath, int position, Criterion criterion)
{
    std::vector<Criterion>* level = childrenAt(criteria, parentPath);
    assert(level && position >= 0 && std::size_t(position) <= level->size());
    // A criterion that becomes the first child of a former leaf turns that
    // leaf into a group: its marks row goes away.
    if (!parentPath.empty() && level->empty()) {
        const int formerLeaf = leavesBefore(criteria, parentPath);
        for (Bid& bid : bids)
            bid.marks.removeCriterion(formerLeaf);
    }
    std::vector<int> path = parentPath;
    path.push_back(position);
    const int firstRow = leavesBefore(criteria, path);
    const int newLeaves = criterion.isGroup() ? countLeaves(criterion.children) : 1;
    level->insert(level->begin() + position, std::move(criterion));
    for (Bid& bid : bids)
        for (int k = 0; k < newLeaves; ++k)
            bid.marks.insertCriterion(firstRow + k);
}

Criterion Tender::removeCriterion(const std::vector<int>& path)
{
    assert(!path.empty());
    const std::vector<int> parentPath(path.begin(), path.end() - 1);
    std::vector<Criterion>* level = childrenAt(criteria, parentPath);
    const int position = path.back();
    assert(level && position >= 0 && std::size_t(position) < level->size());
    const int firstRow = leavesBefore(criteria, path);
    const Criterion& doomed = (*level)[std::size_t(position)];
    const int rows = doomed.isGroup() ? countLeaves(doomed.children) : 1;
    for (Bid& bid : bids)
        for (int k = 0; k < rows; ++k)
            bid.marks.removeCriterion(firstRow);
    Criterion removed = std::move((*level)[std::size_t(position)]);
    level->erase(level->begin() + position);
    // A group left without children is a criterion again and gets a row.
    if (!parentPath.empty() && level->empty()) {
        const int row = leavesBefore(criteria, parentPath);
        for (Bid& bid : bids)
            bid.marks.insertCriterion(row);
    }
    return removed;
}

void Tender::insertEvaluator(int position, Evaluator evaluator)
{
    evaluators.insert(evaluators.begin() + position, std::move(evaluator));
    for (Bid& bid : bids)
        bid.marks.insertEvaluator(position);
}

void Tender::removeEvaluator(int position)
{
    evaluators.erase(evaluators.begin() + position);
    for (Bid& bid : bids)
        bid.marks.removeEvaluator(position);
}

Bid Tender::newBid() const
{
    Bid bid;
    bid.marks = MarksSheet(countLeaves(criteria), int(evaluators.size()));
    return bid;
}

bool Tender::isFinanciallySealed(int index) const
{
    const Bid& b = bids.at(std::size_t(index));
    return !b.hasPrice() && process.envelope(b.id) != nullptr;
}

std::vector<char> Tender::markingMembers(int index) const
{
    std::vector<char> marking(evaluators.size(), 1);
    if (committee.declarations.empty() || index < 0 || std::size_t(index) >= bids.size())
        return marking;
    const QString& bid = bids[std::size_t(index)].id;
    for (std::size_t e = 0; e < evaluators.size(); ++e)
        marking[e] = !committee.declaredConflict(evaluators[e].id, bid);
    return marking;
}

bool Tender::hasDeclaredConflicts() const
{
    return std::any_of(committee.declarations.begin(), committee.declarations.end(),
                       [](const ConflictDeclaration& d) { return d.conflict; });
}

QString idControlCharacterProblem(const QString& id)
{
    const qsizetype at = firstControlCharacter(id);
    if (at < 0)
        return {};
    // One arg() for the three: an id may itself hold "%1". The position
    // counts characters as a reader does, not UTF-16 units.
    return tulana::tr("the id \"%1\" holds a control character (U+%2) at character %3, which no "
                      "screen or memo shows as typed: retype the id")
        .arg(controlsShown(id),
             QString::number(id.at(at).unicode(), 16).toUpper().rightJustified(4, u'0'),
             QString::number(QStringView(id).left(at).toUcs4().size() + 1));
}

Problems idProblems(const Tender& t)
{
    Problems out;
    idProblemsOf(
        t.eligibility,
        [](std::size_t i) { return QStringLiteral("tender.eligibility[%1].id").arg(i); },
        QT_TRANSLATE_NOOP("tulana", "the id \"%1\" is used by another eligibility criterion"), out);
    QSet<QString> seen;
    std::vector<int> indices;
    // A tree deeper than a file may hold is refused for its depth (the checks,
    // the save; the reader never builds one): its ids are not checked, each
    // with its place, 8,000 levels down.
    if (criteriaDepth(t.criteria) <= kMaxCriteriaDepth)
        criterionIdProblems(t.criteria, indices, seen, out);
    idProblemsOf(
        t.evaluators, [](std::size_t i) { return QStringLiteral("evaluators[%1].id").arg(i); },
        QT_TRANSLATE_NOOP("tulana", "the id \"%1\" is used by another evaluator"), out);
    idProblemsOf(
        t.bids, [](std::size_t i) { return QStringLiteral("bids[%1].id").arg(i); },
        QT_TRANSLATE_NOOP("tulana", "the id \"%1\" is used by another bid"), out);
    return out;
}

namespace {

// An empty id names nothing, even where a bid or member has one (the
// loader reads it; only the validator refuses it): an empty selection must
// never pick such a bid.
template <typename Item> int indexOfId(const std::vector<Item>& items, const QString& id)
{
    if (id.isEmpty())
        return -1;
    for (std::size_t i = 0; i < items.size(); ++i)
        if (items[i].id == id)
            return int(i);
    return -1;
}

} // namespace

int bidIndex(const Tender& tender, const QString& id)
{
    return indexOfId(tender.bids, id);
}

int evaluatorIndex(const Tender& tender, const QString& id)
{
    return indexOfId(tender.evaluators, id);
}

} // namespace tulana
