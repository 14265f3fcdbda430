#pragma once

#include <QAbstractTableModel>

#include <memory>

namespace tulana {

struct SensitivityResult;

// What each ranked bid would need to win, one row a bid, the winner first:
// its evaluated price and the price at which it would win (or, for the
// winner, up to which it still wins) with the cut or rise that means, or
// why price alone cannot do it; its technical score and the score, and the
// fewest extra marks, that would do it. Read-only.
class PriceToWinModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        BidColumn,
        PriceColumn,
        ThresholdColumn,
        ChangeColumn,
        TechnicalColumn,
        TechnicalThresholdColumn,
        ExtraMarksColumn,
        ColumnCount
    };

    explicit PriceToWinModel(QObject* parent = nullptr);
    ~PriceToWinModel() override;

    // A new analysis; null clears the table.
    void setResult(std::shared_ptr<const SensitivityResult> result);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(int row, int column) const;

    std::shared_ptr<const SensitivityResult> m_result;
};

} // namespace tulana
