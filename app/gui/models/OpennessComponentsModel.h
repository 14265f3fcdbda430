#pragma once

#include "openness/OpennessAssessment.h"

#include <QAbstractTableModel>

#include <optional>

namespace tulana {

class TenderDocument;

// The component checklist of one bid's openness record: one row per
// component of Tulana's list (resources/openness/components.json), with its
// state (chosen from a list; "not stated" takes it out of the record), its
// licence as given, and how Tulana reads that licence. Edits go through
// SetOpennessComponentCommand.
class OpennessComponentsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        ComponentColumn,
        StateColumn,
        LicenceColumn,
        ReadingColumn,
        ColumnCount
    };

    explicit OpennessComponentsModel(TenderDocument* document, QObject* parent = nullptr);

    // The bid shown; -1 for none (no rows).
    int bid() const { return m_bid; }
    void setBid(int bid);
    // The assessment of the bid's record; empty without one.
    const std::optional<openness::OpennessAssessment>& assessment() const { return m_assessment; }
    QString componentAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    // The bid's record or the bid shown changed: the assessment is new.
    void assessmentChanged();

private:
    void reassess();
    const openness::ComponentEntry* entryAt(int row) const;

    TenderDocument* m_document;
    int m_bid = -1;
    std::optional<openness::OpennessAssessment> m_assessment;
};

} // namespace tulana
