#include "models/RankingModel.h"

#include "document/TenderDocument.h"
#include "models/ModelRoles.h"
#include "util/Format.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

#include <algorithm>

namespace tulana {

RankingModel::RankingModel(TenderDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_order(rankedOrder())
{
    connect(document, &TenderDocument::tenderReset, this, [this] {
        beginResetModel();
        m_order = rankedOrder();
        endResetModel();
    });
    // New bids join at the end; the next evaluated() puts them in place.
    connect(document, &TenderDocument::bidsInserted, this, [this](int first, int last) {
        const int count = last - first + 1;
        for (int& bid : m_order)
            if (bid >= first)
                bid += count;
        beginInsertRows({}, int(m_order.size()), int(m_order.size()) + count - 1);
        for (int bid = first; bid <= last; ++bid)
            m_order.push_back(bid);
        endInsertRows();
    });
    // Removed bids may sit anywhere in the ranking: each row goes on its own,
    // while the tender still has them, so every row reads what it showed.
    connect(document, &TenderDocument::bidsAboutToBeRemoved, this, [this](int first, int last) {
        for (int bid = first; bid <= last; ++bid) {
            const int row = rowOfBid(bid);
            beginRemoveRows({}, row, row);
            m_order.erase(m_order.begin() + row);
            endRemoveRows();
        }
    });
    connect(document, &TenderDocument::bidsRemoved, this, [this](int first, int last) {
        for (int& bid : m_order)
            if (bid > last)
                bid -= last - first + 1;
    });
    connect(document, &TenderDocument::evaluated, this, &RankingModel::reorder);
    // The price column names the currency and the financial basis the score uses.
    connect(document, &TenderDocument::changed, this, [this](const TenderChange& change) {
        if (change.fieldAs<TenderField>() == TenderField::Currency ||
            change.is(TenderChange::What::LifecycleTerms))
            emit headerDataChanged(Qt::Horizontal, PriceColumn, PriceColumn);
    });
}

int RankingModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_order.size());
}

int RankingModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

int RankingModel::bidAt(int row) const
{
    return row >= 0 && std::size_t(row) < m_order.size() ? m_order[std::size_t(row)] : -1;
}

int RankingModel::rowOfBid(int bid) const
{
    const auto it = std::find(m_order.begin(), m_order.end(), bid);
    return it == m_order.end() ? -1 : int(it - m_order.begin());
}

std::vector<int> RankingModel::rankedOrder() const
{
    const Evaluation& evaluation = m_document->evaluation();
    const int bids = int(m_document->tender().bids.size());
    std::vector<int> order;
    std::vector<bool> placed(std::size_t(bids), false);
    for (int resultIndex : evaluation.ranking) {
        const BidResult& r = evaluation.results.at(std::size_t(resultIndex));
        if (r.bid >= 0 && r.bid < bids && !placed[std::size_t(r.bid)]) {
            order.push_back(r.bid);
            placed[std::size_t(r.bid)] = true;
        }
    }
    for (int bid = 0; bid < bids; ++bid)
        if (!placed[std::size_t(bid)])
            order.push_back(bid);
    return order;
}

void RankingModel::reorder()
{
    std::vector<int> order = rankedOrder();
    if (order.size() != m_order.size())
        return; // mid-edit: the bids signals are still on their way
    if (order != m_order) {
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        std::vector<int> newRowOfBid(order.size());
        for (std::size_t row = 0; row < order.size(); ++row)
            newRowOfBid[std::size_t(order[row])] = int(row);
        const QModelIndexList before = persistentIndexList();
        QModelIndexList after;
        after.reserve(before.size());
        for (const QModelIndex& index : before) {
            const int bid = bidAt(index.row());
            after << createIndex(newRowOfBid[std::size_t(bid)], index.column());
        }
        m_order = std::move(order);
        changePersistentIndexList(before, after);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    }
    if (!m_order.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QVariant RankingModel::displayData(int bid, int column) const
{
    const Tender& t = m_document->tender();
    const Evaluation& evaluation = m_document->evaluation();
    const Bid& b = t.bids[std::size_t(bid)];
    const BidResult* r = evaluation.resultFor(bid);
    const int decimals = t.options.decimals;
    const auto score = [decimals](const std::optional<double>& value) {
        return value ? formatScore(*value, decimals) : QString();
    };
    switch (column) {
    case RankColumn:
        if (!r || r->rank == 0)
            return tr("—");
        return r->tieBroken ? tr("%1*").arg(r->rank) : QString::number(r->rank);
    case BidColumn:
        return b.id;
    case BidderColumn:
        return b.bidder;
    case NatureColumn:
        return displayName(b.nature);
    case TechnicalColumn:
        return r && r->technicallyScored ? formatScore(r->technical, decimals) : QString();
    case PriceColumn:
        return r && r->evaluatedPrice ? formatMoney(*r->evaluatedPrice, t.currency) : QString();
    case FinancialColumn:
        return r ? score(r->financial) : QString();
    case CombinedColumn:
        return r ? score(r->combined) : QString();
    case StandingColumn:
        if (!r)
            return tr("Not evaluated");
        if (r->standing == Standing::Qualified)
            return evaluation.winner == bid ? tr("Qualified — winner") : tr("Qualified");
        return r->reason();
    }
    return {};
}

QVariant RankingModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    const int bid = bidAt(index.row());
    if (bid < 0 || std::size_t(bid) >= m_document->tender().bids.size())
        return {}; // the tender is ahead of this model's announcements
    const int column = index.column();
    const Evaluation& evaluation = m_document->evaluation();
    const BidResult* r = evaluation.resultFor(bid);
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return displayData(bid, column);
    case Qt::ToolTipRole:
        if (column == RankColumn && r && r->tieBroken)
            return evaluation.tieBreakNote;
        if (column == StandingColumn)
            return displayData(bid, column);
        if (column >= TechnicalColumn && column <= CombinedColumn)
            return tr("Select to see how this number was obtained.");
        return {};
    case DerivationRole:
        return QVariant::fromValue(derivationAt(index));
    case NumberRole:
        if (!r)
            return {};
        switch (column) {
        case RankColumn:
            return r->rank;
        case TechnicalColumn:
            return r->technicallyScored ? QVariant(r->technical) : QVariant();
        case PriceColumn:
            return r->evaluatedPrice ? QVariant(*r->evaluatedPrice) : QVariant();
        case FinancialColumn:
            return r->financial ? QVariant(*r->financial) : QVariant();
        case CombinedColumn:
            return r->combined ? QVariant(*r->combined) : QVariant();
        }
        return {};
    case Qt::FontRole:
        if (evaluation.winner == bid) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ForegroundRole:
        // Bids out of the running read as secondary text in any palette.
        if (r && r->standing != Standing::Qualified)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    case Qt::TextAlignmentRole:
        if (column == RankColumn || (column >= TechnicalColumn && column <= CombinedColumn))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    return {};
}

Derivation RankingModel::derivationAt(const QModelIndex& index) const
{
    const int bid = bidAt(index.row());
    if (bid < 0 || std::size_t(bid) >= m_document->tender().bids.size())
        return {};
    const Tender& t = m_document->tender();
    const Evaluation& evaluation = m_document->evaluation();
    switch (index.column()) {
    case TechnicalColumn:
        return explain(t, evaluation, bid,
                       t.options.technicalBasis == TechnicalScoreBasis::NormalisedToHighest
                           ? Quantity::TechnicalForCombination
                           : Quantity::Technical);
    case PriceColumn:
        return explain(t, evaluation, bid, Quantity::EvaluatedPrice);
    case FinancialColumn:
        return explain(t, evaluation, bid, Quantity::Financial);
    default:
        // The rank, the bid and its standing are explained by the score that
        // ranks it.
        return explain(t, evaluation, bid,
                       t.method == SelectionMethod::Qcbs  ? Quantity::Combined
                       : t.method == SelectionMethod::Lcs ? Quantity::EvaluatedPrice
                                                          : Quantity::Technical);
    }
}

QVariant RankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RankColumn:
        return tr("Rank");
    case BidColumn:
        return tr("Bid");
    case BidderColumn:
        return tr("Bidder");
    case NatureColumn:
        return tr("Nature");
    case TechnicalColumn:
        return tr("Technical");
    case PriceColumn:
        if (m_document->tender().lifecycle.basis == cost::FinancialBasis::LifecycleCost)
            return tr("Lifecycle cost, NPV (%1)")
                .arg(currencySymbol(m_document->tender().currency));
        return tr("Evaluated price (%1)").arg(currencySymbol(m_document->tender().currency));
    case FinancialColumn:
        return tr("Financial");
    case CombinedColumn:
        return tr("Combined");
    case StandingColumn:
        return tr("Standing");
    }
    return {};
}

} // namespace tulana
