#include "models/PassedOverModel.h"

#include "document/TenderDocument.h"
#include "models/ModelRoles.h"
#include "util/Format.h"

#include <cmath>

namespace tulana {
namespace {

QString signedNumber(double value, int decimals)
{
    const QString text = QString::number(std::abs(value), 'f', decimals);
    if (text.toDouble() == 0)
        return text;
    return (value > 0 ? QStringLiteral("+") : QStringLiteral("\u2212")) + text;
}

} // namespace

PassedOverModel::PassedOverModel(TenderDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    m_departure = detectDeparture(document->tender(), document->evaluation());
    // Every edit may change which bids are passed over and every gap; the
    // list is short, so it is simply read again.
    // (A reset re-evaluates before it announces itself.)
    connect(document, &TenderDocument::tenderReset, this, &PassedOverModel::refresh);
    connect(document, &TenderDocument::evaluated, this, &PassedOverModel::refresh);
}

void PassedOverModel::refresh()
{
    beginResetModel();
    m_departure = detectDeparture(m_document->tender(), m_document->evaluation());
    endResetModel();
}

int PassedOverModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_departure.passedOver.size());
}

int PassedOverModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PassedOverModel::number(const PassedOverBid& p, int column) const
{
    switch (column) {
    case RankColumn:
        return p.rank;
    case ScoreGapColumn:
        return p.scoreGap ? QVariant(*p.scoreGap) : QVariant();
    case TechnicalGapColumn:
        return p.technicalGap;
    case PriceGapColumn:
        return p.priceGap ? QVariant(*p.priceGap) : QVariant();
    case PriceGapPercentColumn:
        return p.priceGapPercent ? QVariant(*p.priceGapPercent) : QVariant();
    }
    return {};
}

QVariant PassedOverModel::displayData(const PassedOverBid& p, int column) const
{
    const Tender& t = m_document->tender();
    const Bid& bid = t.bids[std::size_t(p.bid)];
    const int d = t.options.decimals;
    switch (column) {
    case BidColumn:
        return bid.id;
    case BidderColumn:
        return bid.bidder;
    case RankColumn:
        return p.rank > 0 ? QString::number(p.rank) : tr("unranked");
    case ScoreGapColumn:
        return p.scoreGap ? signedNumber(*p.scoreGap, d) : tr("n/a");
    case TechnicalGapColumn:
        return signedNumber(p.technicalGap, d);
    case PriceGapColumn:
        if (!p.priceGap)
            return notOpenedText();
        return QString((*p.priceGap < 0 ? QStringLiteral("\u2212") : QStringLiteral("+")) +
                       currencySymbol(t.currency) + QLatin1Char(' ') +
                       formatMoney(std::abs(*p.priceGap), t.currency));
    case PriceGapPercentColumn:
        return p.priceGapPercent
                   ? QString(signedNumber(*p.priceGapPercent, 1) + QStringLiteral(" %"))
                   : QString();
    }
    return {};
}

QVariant PassedOverModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const PassedOverBid& p = m_departure.passedOver[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayData(p, index.column());
    case NumberRole:
        return number(p, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() >= RankColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

QVariant PassedOverModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case ScoreGapColumn:
            return tr("The selected bid's %1 minus the open-source bid's")
                .arg(methodScoreName(m_document->evaluation().method));
        case TechnicalGapColumn:
            return tr("The selected bid's technical score minus the open-source bid's");
        case PriceGapColumn:
            return tr("The selected bid's evaluated price minus the open-source bid's: positive "
                      "when the selected bid costs more");
        case PriceGapPercentColumn:
            return tr("The price gap in percent of the open-source bid's evaluated price");
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case BidColumn:
        return tr("Open-source bid");
    case BidderColumn:
        return tr("Bidder");
    case RankColumn:
        return tr("Rank");
    case ScoreGapColumn:
        return tr("Score gap");
    case TechnicalGapColumn:
        return tr("Technical gap");
    case PriceGapColumn:
        return tr("Price gap");
    case PriceGapPercentColumn:
        return tr("Price gap %");
    }
    return {};
}

} // namespace tulana
