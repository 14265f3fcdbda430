#pragma once

#include "models/EligibilityBidModel.h"

namespace tulana {

class TenderDocument;

// One bid's findings on the tender's eligibility criteria: a row per
// criterion, whether the bid answered it or not. The outcome column says what
// the finding counts for (an alternative the tender does not allow does not
// count). Edits go through SetEligibilityResponseCommand.
class EligibilityResponsesModel : public EligibilityBidModel
{
    Q_OBJECT
public:
    enum Column
    {
        CriterionColumn,
        MetColumn,
        HowColumn,
        EvidenceColumn,
        OutcomeColumn,
        ColumnCount
    };

    explicit EligibilityResponsesModel(TenderDocument* document, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    int currentRows() const override;
};

} // namespace tulana
