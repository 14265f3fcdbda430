#include "models/CriteriaModel.h"

#include "document/CriteriaTree.h"
#include "document/TenderDocument.h"
#include "models/ModelRoles.h"
#include "util/Format.h"

#include <QApplication>
#include <QFont>
#include <QStyle>

#include <cmath>

namespace tulana {

struct CriteriaModel::Node
{
    Node* parent = nullptr;
    std::vector<std::unique_ptr<Node>> children;

    int row() const
    {
        for (std::size_t i = 0; parent && i < parent->children.size(); ++i)
            if (parent->children[i].get() == this)
                return int(i);
        return -1;
    }
};

namespace {

bool sameWeight(double a, double b)
{
    return std::abs(a - b) < 1e-6;
}

} // namespace

CriteriaModel::CriteriaModel(TenderDocument* document, QObject* parent)
    : QAbstractItemModel(parent)
    , m_document(document)
    , m_root(std::make_unique<Node>())
{
    build(m_root.get(), document->tender().criteria);
    connect(document, &TenderDocument::tenderReset, this, &CriteriaModel::onTenderReset);
    connect(document, &TenderDocument::criteriaAboutToBeInserted, this,
            &CriteriaModel::onAboutToBeInserted);
    connect(document, &TenderDocument::criteriaInserted, this, &CriteriaModel::onInserted);
    connect(document, &TenderDocument::criteriaAboutToBeRemoved, this,
            &CriteriaModel::onAboutToBeRemoved);
    connect(document, &TenderDocument::criteriaRemoved, this, &CriteriaModel::onRemoved);
    connect(document, &TenderDocument::changed, this, [this](const TenderChange& change) {
        if (const auto field = change.fieldAs<CriterionField>(); field)
            onCriterionChanged(change.criterion, *field);
        // The share of the combined score follows the QCBS weights and the method.
        else if (change.is(TenderChange::What::Weights) ||
                 change.fieldAs<TenderField>() == TenderField::Method)
            emitColumnChanged(m_root.get(), ShareColumn);
    });
}

CriteriaModel::~CriteriaModel() = default;

void CriteriaModel::build(Node* node, const std::vector<Criterion>& children)
{
    node->children.clear();
    for (const Criterion& c : children) {
        auto child = std::make_unique<Node>();
        child->parent = node;
        build(child.get(), c.children);
        node->children.push_back(std::move(child));
    }
}

// --- Structure ----------------------------------------------------------------

CriteriaModel::Node* CriteriaModel::nodeFromIndex(const QModelIndex& index) const
{
    return index.isValid() ? static_cast<Node*>(index.internalPointer()) : m_root.get();
}

CriteriaModel::Node* CriteriaModel::nodeAt(const CriterionPath& path) const
{
    Node* node = m_root.get();
    for (int row : path) {
        if (row < 0 || std::size_t(row) >= node->children.size())
            return nullptr;
        node = node->children[std::size_t(row)].get();
    }
    return node;
}

QModelIndex CriteriaModel::indexOfNode(Node* node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row(), column, node);
}

QModelIndex CriteriaModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    Node* node = nodeFromIndex(parent);
    return createIndex(row, column, node->children[std::size_t(row)].get());
}

QModelIndex CriteriaModel::parent(const QModelIndex& child) const
{
    if (!child.isValid())
        return {};
    return indexOfNode(nodeFromIndex(child)->parent);
}

int CriteriaModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return int(nodeFromIndex(parent)->children.size());
}

int CriteriaModel::columnCount(const QModelIndex&) const
{
    return ColumnCount;
}

CriterionPath CriteriaModel::pathFromIndex(const QModelIndex& index) const
{
    CriterionPath path;
    for (Node* node = nodeFromIndex(index); node && node != m_root.get(); node = node->parent)
        path.insert(path.begin(), node->row());
    return path;
}

QModelIndex CriteriaModel::indexFromPath(const CriterionPath& path, int column) const
{
    return indexOfNode(nodeAt(path), column);
}

const Criterion* CriteriaModel::criterionFromIndex(const QModelIndex& index) const
{
    if (!index.isValid())
        return nullptr;
    return m_document->tender().criterionAt(pathFromIndex(index));
}

double CriteriaModel::topLevelTotal() const
{
    double total = 0;
    for (const Criterion& c : m_document->tender().criteria)
        total += c.weight;
    return total;
}

QString CriteriaModel::groupMismatch(const Criterion& group)
{
    if (!group.isGroup())
        return {};
    double sum = 0;
    for (const Criterion& child : group.children)
        sum += child.weight;
    if (sameWeight(sum, group.weight))
        return {};
    return tr("The weights of its criteria add up to %1, not %2.")
        .arg(formatNumber(sum), formatNumber(group.weight));
}

// --- Data -----------------------------------------------------------------------

QVariant CriteriaModel::displayData(const Criterion& c, int column) const
{
    switch (column) {
    case NameColumn:
        return c.name;
    case IdColumn:
        return c.id;
    case WeightColumn:
        return formatNumber(c.weight);
    case MaxMarksColumn:
        return c.isGroup() ? QVariant() : QVariant(formatNumber(c.maxMarks));
    case MinMarksColumn:
        return c.isGroup() || !c.minMarks ? QVariant() : QVariant(formatNumber(*c.minMarks));
    case ShareColumn: {
        const Tender& t = m_document->tender();
        const double share =
            t.method == SelectionMethod::Qcbs ? c.weight * t.technicalWeight / 100.0 : c.weight;
        return tr("%1%").arg(QString::number(share, 'f', 1));
    }
    }
    return {};
}

QVariant CriteriaModel::toolTip(const Criterion& c, int column) const
{
    if (column == NameColumn) {
        const QString mismatch = groupMismatch(c);
        if (!mismatch.isEmpty())
            return mismatch;
        return c.description.isEmpty() ? QVariant() : QVariant(c.description);
    }
    if (column == ShareColumn) {
        const Tender& t = m_document->tender();
        if (t.method != SelectionMethod::Qcbs)
            return tr("%1 of the 100 technical points").arg(formatNumber(c.weight));
        return tr("%1 of the 100 technical points; with a technical weight of %2%, this is "
                  "its share of the combined score")
            .arg(formatNumber(c.weight), formatNumber(t.technicalWeight));
    }
    return {};
}

QVariant CriteriaModel::data(const QModelIndex& index, int role) const
{
    const Criterion* c = criterionFromIndex(index);
    if (!c)
        return {};
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayData(*c, column);
    case Qt::EditRole:
        switch (column) {
        case NameColumn:
            return c->name;
        case IdColumn:
            return c->id;
        case WeightColumn:
            return c->weight;
        case MaxMarksColumn:
            return c->maxMarks;
        case MinMarksColumn:
            return c->minMarks ? QVariant(*c->minMarks) : QVariant();
        }
        return {};
    case NumberRole:
        return column == WeightColumn ? QVariant(c->weight) : QVariant();
    case MinimumRole:
        return column == MaxMarksColumn ? 0.01 : 0.0;
    case MaximumRole:
        return column == MinMarksColumn ? c->maxMarks : 100.0;
    case Qt::ToolTipRole:
        return toolTip(*c, column);
    case Qt::DecorationRole:
        if (column == NameColumn && !groupMismatch(*c).isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::TextAlignmentRole:
        if (column >= WeightColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::FontRole:
        if (c->isGroup() && column == NameColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    }
    return {};
}

Qt::ItemFlags CriteriaModel::flags(const QModelIndex& index) const
{
    const Criterion* c = criterionFromIndex(index);
    if (!c)
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const int column = index.column();
    const bool leafOnly = column == MaxMarksColumn || column == MinMarksColumn;
    if (column != ShareColumn && !(leafOnly && c->isGroup()))
        flags |= Qt::ItemIsEditable;
    return flags;
}

QVariant CriteriaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Criterion");
    case IdColumn:
        return tr("Id");
    case WeightColumn:
        return tr("Weight");
    case MaxMarksColumn:
        return tr("Max marks");
    case MinMarksColumn:
        return tr("Min marks");
    case ShareColumn:
        return tr("Share");
    }
    return {};
}

// --- Following the document ---------------------------------------------------

void CriteriaModel::emitRowChanged(const CriterionPath& path, bool withAncestors)
{
    CriterionPath at = path;
    while (!at.empty()) {
        emit dataChanged(indexFromPath(at, 0), indexFromPath(at, ColumnCount - 1));
        if (!withAncestors)
            break;
        at = parentOf(at);
    }
}

void CriteriaModel::emitColumnChanged(Node* parent, int column)
{
    if (parent->children.empty())
        return;
    const QModelIndex parentIndex = indexOfNode(parent);
    emit dataChanged(index(0, column, parentIndex),
                     index(int(parent->children.size()) - 1, column, parentIndex));
    for (const auto& child : parent->children)
        emitColumnChanged(child.get(), column);
}

void CriteriaModel::onTenderReset()
{
    beginResetModel();
    build(m_root.get(), m_document->tender().criteria);
    endResetModel();
}

void CriteriaModel::onAboutToBeInserted(const CriterionPath& parent, int first, int last)
{
    beginInsertRows(indexFromPath(parent), first, last);
}

void CriteriaModel::onInserted(const CriterionPath& parent, int first, int last)
{
    Node* node = nodeAt(parent);
    const std::vector<Criterion>& children = *childrenAt(m_document->tender().criteria, parent);
    for (int row = first; row <= last; ++row) {
        auto child = std::make_unique<Node>();
        child->parent = node;
        build(child.get(), children[std::size_t(row)].children);
        node->children.insert(node->children.begin() + row, std::move(child));
    }
    endInsertRows();
    // The parent may have become a group: its marks columns and warning change.
    emitRowChanged(parent, true);
}

void CriteriaModel::onAboutToBeRemoved(const CriterionPath& parent, int first, int last)
{
    beginRemoveRows(indexFromPath(parent), first, last);
}

void CriteriaModel::onRemoved(const CriterionPath& parent, int first, int last)
{
    Node* node = nodeAt(parent);
    node->children.erase(node->children.begin() + first, node->children.begin() + last + 1);
    endRemoveRows();
    emitRowChanged(parent, true);
}

void CriteriaModel::onCriterionChanged(const CriterionPath& path, CriterionField field)
{
    // A weight also decides whether the ancestors' weights add up.
    emitRowChanged(path, field == CriterionField::Weight);
}

} // namespace tulana
