#pragma once

#include "models/EligibilityBidModel.h"

namespace tulana {

class TenderDocument;

// One bid's certifications (STQC-style or other third-party assurance), a
// row each, with the aspects they cover as check boxes. Evidence for the
// evaluators, not points. Edits go through SetCertificationsCommand.
class CertificationsModel : public EligibilityBidModel
{
    Q_OBJECT
public:
    enum Column
    {
        SchemeColumn,
        RobustnessColumn,
        ReproducibilityColumn,
        CybersecurityColumn,
        DocumentationColumn,
        IssuerColumn,
        ReferenceColumn,
        ValidUntilColumn,
        ColumnCount
    };

    explicit CertificationsModel(TenderDocument* document, QObject* parent = nullptr);

    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int addCertification(); // returns its row; -1 without a bid
    void removeCertification(int row);

signals:
    void editRejected(const QString& message);

private:
    int currentRows() const override;
};

} // namespace tulana
