#pragma once

#include "openness/OpennessAssessment.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace tulana {

class TenderDocument;

// The bids side by side: the system each offers, its Model Openness
// Framework class, the OSI definition result, the openwashing flags and,
// when the tender's scheme is on, its openness marks. Read-only; the
// assessments are cached and redone only when a record changes.
class OpennessComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        BidColumn,
        SystemColumn,
        ClassColumn,
        OsaidColumn,
        FlagsColumn,
        MarksColumn,
        ColumnCount
    };

    explicit OpennessComparisonModel(TenderDocument* document, QObject* parent = nullptr);

    // The assessment of bid `row` (the evaluation's); empty when it has no record.
    const std::optional<openness::OpennessAssessment>& assessmentAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

signals:
    void assessmentsChanged();

private:
    TenderDocument* m_document;
};

} // namespace tulana
