#pragma once

#include "committee/Disagreement.h"
#include "tender/Tender.h"

#include <QAbstractTableModel>
#include <QColor>

namespace tulana {

// The committee's disagreement as a heat map (docs/committee-statistics.md):
// criteria down, bids across, each cell the spread of the members' own marks
// with its band in words ("50% · notable") and a colour for the band, so the
// colour is never the only sign. A cell marked by fewer than two members
// shows a dash. Read-only.
class DisagreementModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit DisagreementModel(QObject* parent = nullptr);

    // A new analysis of `tender` (copied: the model keeps what it shows).
    void setAnalysis(const Tender& tender, const committee::CommitteeAnalysis& analysis);

    const committee::CommitteeAnalysis& analysis() const { return m_analysis; }
    // The band's colour: pale green, amber, pale red, each dark text readable.
    static QColor bandColour(committee::SpreadBand band);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    const committee::CellSpread* spreadAt(int leaf, int bid) const;

    Tender m_tender;
    committee::CommitteeAnalysis m_analysis;
    std::vector<LeafRef> m_leaves; // leavesOf(m_tender.criteria), once per analysis
    std::vector<int> m_cell;       // leaf × bids + bid → index into m_analysis.spreads, or -1
};

} // namespace tulana
