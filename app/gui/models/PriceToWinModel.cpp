#include "models/PriceToWinModel.h"
#include "report/SensitivityReport.h"

#include "document/SensitivityRunner.h"
#include "support/Money.h"
#include "tender/Criterion.h"

#include <QFont>
#include <QStringList>

#include <algorithm>

namespace tulana {
namespace {

QString points(double value)
{
    return QString::number(value, 'f', 2);
}

const sensitivity::TechnicalToWin* technicalFor(const sensitivity::Report& report, int bid)
{
    for (const sensitivity::TechnicalToWin& t : report.technicalToWin)
        if (t.bid == bid)
            return &t;
    return nullptr;
}

} // namespace

PriceToWinModel::PriceToWinModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

PriceToWinModel::~PriceToWinModel() = default;

void PriceToWinModel::setResult(std::shared_ptr<const SensitivityResult> result)
{
    beginResetModel();
    m_result = std::move(result);
    endResetModel();
}

int PriceToWinModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid() || !m_result || !m_result->report.available)
        return 0;
    return int(m_result->report.priceToWin.size());
}

int PriceToWinModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PriceToWinModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const sensitivity::PriceToWin& row = m_result->report.priceToWin[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return text(index.row(), index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == PriceColumn || index.column() == ThresholdColumn ||
            index.column() == TechnicalColumn || index.column() == TechnicalThresholdColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return int(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::FontRole:
        if (row.bid == m_result->report.winner) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QString PriceToWinModel::text(int rowIndex, int column) const
{
    const Tender& tender = m_result->tender;
    const sensitivity::Report& report = m_result->report;
    const sensitivity::PriceToWin& row = report.priceToWin[std::size_t(rowIndex)];
    const bool winner = row.bid == report.winner;
    const bool known = row.bid >= 0 && row.bid < int(tender.bids.size());
    const sensitivity::TechnicalToWin* technical = technicalFor(report, row.bid);
    switch (column) {
    case BidColumn: {
        const QString id = known ? tender.bids[std::size_t(row.bid)].id : QString();
        return winner ? tr("%1 (winner)").arg(id) : id;
    }
    case PriceColumn:
        return formatAmount(row.price, tender.currency);
    case ThresholdColumn:
        if (!row.threshold)
            return winner ? tr("any price") : QStringLiteral("—");
        return winner ? tr("up to %1").arg(formatAmount(*row.threshold, tender.currency))
                      : tr("below %1").arg(formatAmount(*row.threshold, tender.currency));
    case ChangeColumn:
        if (winner)
            return row.change ? tr("could be %1 higher and still win")
                                    .arg(sensitivity_words::share(*row.change))
                              : tr("wins at any price");
        if (row.change)
            return tr("a cut of %1").arg(sensitivity_words::share(*row.change));
        return tr("cannot win on price alone (%1 points behind in technical score)")
            .arg(points(row.technicalGap));
    case TechnicalColumn: {
        if (technical)
            return points(technical->technical);
        const BidResult* scored = m_result->evaluation.resultFor(row.bid);
        return scored ? points(scored->technical) : QString();
    }
    case TechnicalThresholdColumn:
        if (winner || !technical)
            return {};
        return technical->threshold ? tr("above %1").arg(points(*technical->threshold))
                                    : tr("cannot win on marks alone");
    case ExtraMarksColumn: {
        if (winner || !technical)
            return {};
        const std::vector<LeafRef> leaves = leavesOf(tender.criteria);
        QStringList where;
        for (const sensitivity::ExtraMarks& extra : technical->cheapest) {
            if (extra.leaf < 0 || extra.leaf >= int(leaves.size()))
                continue;
            const Criterion* c = leaves[std::size_t(extra.leaf)].criterion;
            where << tr("%1 more on %2")
                         .arg(points(extra.marks), c->name.isEmpty() ? c->id : c->name);
        }
        return where.join(QStringLiteral("; "));
    }
    default:
        return {};
    }
}

QVariant PriceToWinModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case BidColumn:
        return tr("Bid");
    case PriceColumn:
        return tr("Evaluated price");
    case ThresholdColumn:
        return tr("Wins at a price");
    case ChangeColumn:
        return tr("Change to win");
    case TechnicalColumn:
        return tr("Technical score");
    case TechnicalThresholdColumn:
        return tr("Wins at a score");
    case ExtraMarksColumn:
        return tr("Fewest extra marks (committee average)");
    default:
        return {};
    }
}

} // namespace tulana
