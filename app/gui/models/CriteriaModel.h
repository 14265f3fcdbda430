#pragma once

#include "document/DocumentTypes.h"

#include <QAbstractItemModel>

#include <memory>

namespace tulana {

struct Criterion;
class TenderDocument;

// The criteria tree of a TenderDocument: groups and marked criteria with
// their weights, marks limits and share of the score.
//
// The model keeps only the shape of the tree (a node per criterion, for
// stable QModelIndex parents); every value is read from the document. Edits
// become undo commands, and the document's signals come back as precise
// row insertions, removals and dataChanged.
class CriteriaModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column
    {
        NameColumn,
        IdColumn,
        WeightColumn,
        MaxMarksColumn,
        MinMarksColumn,
        ShareColumn,
        ColumnCount
    };

    explicit CriteriaModel(TenderDocument* document, QObject* parent = nullptr);
    ~CriteriaModel() override;

    QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    QModelIndex parent(const QModelIndex& child) const override;
    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    CriterionPath pathFromIndex(const QModelIndex& index) const;
    QModelIndex indexFromPath(const CriterionPath& path, int column = 0) const;
    const Criterion* criterionFromIndex(const QModelIndex& index) const;

    // Sum of the top-level weights, which must be 100.
    double topLevelTotal() const;
    // Why a group's children do not add up to its weight; empty when they do.
    static QString groupMismatch(const Criterion& group);

signals:
    // An edit was refused (a negative weight, a duplicate id...): why, in
    // words the officer can act on. Nothing changed.
    void editRejected(const QString& message);

private:
    struct Node;

    Node* nodeFromIndex(const QModelIndex& index) const;
    Node* nodeAt(const CriterionPath& path) const;
    QModelIndex indexOfNode(Node* node, int column = 0) const;
    static void build(Node* node, const std::vector<Criterion>& children);
    void emitRowChanged(const CriterionPath& path, bool withAncestors);
    void emitColumnChanged(Node* parent, int column);
    QVariant displayData(const Criterion& c, int column) const;
    QVariant toolTip(const Criterion& c, int column) const;
    bool reject(const QString& message);

    void onTenderReset();
    void onAboutToBeInserted(const CriterionPath& parent, int first, int last);
    void onInserted(const CriterionPath& parent, int first, int last);
    void onAboutToBeRemoved(const CriterionPath& parent, int first, int last);
    void onRemoved(const CriterionPath& parent, int first, int last);
    void onCriterionChanged(const CriterionPath& path, CriterionField field);

    TenderDocument* m_document;
    std::unique_ptr<Node> m_root;
};

} // namespace tulana
