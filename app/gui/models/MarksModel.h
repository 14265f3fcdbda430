#pragma once

#include "document/DocumentTypes.h"
#include "document/TenderChange.h"

#include <QAbstractTableModel>

#include <vector>

namespace tulana {

struct Criterion;
class TenderDocument;

// The marks sheet of one evaluator: a row per marked criterion (in the
// order of the marks), a column per bid, and a last row with the technical
// score those marks give. With the evaluator set to CommitteeAverage the
// sheet shows the committee's averages and the technical scores of the
// evaluation instead, read-only; each evaluator's cell also tells the
// committee average in its tool tip.
class MarksModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    static constexpr int CommitteeAverage = -1;

    explicit MarksModel(TenderDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int evaluator() const { return m_evaluator; }
    void setEvaluator(int evaluator);

    int leafCount() const { return m_leaves; }
    bool isTotalRow(int row) const { return row == m_leaves; }
    // The committee average of a cell; NaN when no evaluator has marked it.
    double committeeAverage(int leaf, int bid) const;

signals:
    void evaluatorChanged(int evaluator);
    void editRejected(const QString& message);

private:
    void onChanged(const TenderChange& change);
    QVariant markData(int leaf, int bid, int role) const;
    QVariant totalData(int bid, int role) const;
    double evaluatorTotal(int bid, const std::vector<const Criterion*>& leaves) const;
    bool inTender(const QModelIndex& index) const;
    const Criterion* leafCriterion(int leaf) const;
    void emitAllChanged();
    void refreshTotals();

    TenderDocument* m_document;
    int m_evaluator = 0;
    // The shape as last announced to views. The tender changes before the
    // document's "done" signals, which reach other models first; until this
    // model has announced a change it must keep answering with the old shape.
    int m_leaves = 0;
    int m_bids = 0;
    // Where each row's criterion is, so that a cell does not walk the tree:
    // a sheet of a thousand bids asks for thousands of cells at a time.
    std::vector<CriterionPath> m_leafPaths;
    // The last row, per bid: the technical score from the sheet's marks and
    // the committee's, as of the last evaluation. Kept, not computed on
    // demand, because they depend on every row: a row inserted or removed
    // must not change them before the evaluation that follows says so.
    std::vector<double> m_sheetTotals;
    std::vector<double> m_committeeTotals;
};

} // namespace tulana
