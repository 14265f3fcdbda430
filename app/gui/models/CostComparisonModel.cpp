#include "models/CostComparisonModel.h"

#include "cost/CostKinds.h"
#include "document/TenderDocument.h"
#include "models/ModelRoles.h"
#include "util/Format.h"

#include <QFont>

#include <cmath>

namespace tulana {
namespace {

// Whole units, so that five bids fit side by side; the exact amount is in
// the tool tip.
QString wholeAmount(double amount, const QString& currency)
{
    QString text = formatMoney(std::round(amount), currency);
    text.chop(3); // ".00"
    return text;
}

} // namespace

CostComparisonModel::CostComparisonModel(TenderDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    refresh();
}

void CostComparisonModel::refresh()
{
    beginResetModel();
    const Tender& t = m_document->tender();
    m_comparison = cost::compareCosts(t, m_document->evaluation());
    m_kinds.clear();
    for (const cost::CostKind& k : cost::costKinds().kinds) {
        bool used = false;
        for (const Bid& b : t.bids)
            for (const cost::CostLine& line : b.costs)
                used = used || line.kind == k.id;
        if (used)
            m_kinds << k.id;
    }
    m_bidIds.clear();
    for (const Bid& b : t.bids)
        m_bidIds << b.id;
    endResetModel();
}

int CostComparisonModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_kinds.size()) + TotalRowCount;
}

int CostComparisonModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_bidIds.size());
}

QVariant CostComparisonModel::kindCell(int kind, int bid, int role) const
{
    const Tender& t = m_document->tender();
    if (std::size_t(bid) >= t.bids.size())
        return {};
    // A financial proposal not opened keeps its cost lines sealed (two envelopes).
    if (std::size_t(bid) < m_comparison.bids.size() && !m_comparison.bids[std::size_t(bid)].opened)
        return {};
    double sum = 0;
    bool any = false;
    for (const cost::CostLine& line : t.bids[std::size_t(bid)].costs) {
        if (line.kind != m_kinds.at(kind))
            continue;
        sum += line.amount;
        any = true;
    }
    if (!any)
        return role == Qt::DisplayRole ? QVariant(QStringLiteral("\u2014")) : QVariant();
    if (role == NumberRole)
        return sum;
    if (role == Qt::ToolTipRole)
        return formatMoney(sum, t.currency);
    return role == Qt::DisplayRole ? QVariant(wholeAmount(sum, t.currency)) : QVariant();
}

QVariant CostComparisonModel::totalCell(int row, int bid, int role) const
{
    const Tender& t = m_document->tender();
    if (std::size_t(bid) >= m_comparison.bids.size())
        return {};
    const cost::BidCostSummary& s = m_comparison.bids[std::size_t(bid)];
    std::optional<double> value;
    QString text;
    switch (row) {
    case QuotedPriceRow:
        if (s.opened)
            value = s.quotedPrice;
        else
            text = notOpenedText();
        break;
    case UndiscountedRow:
        if (s.hasCosts && s.opened)
            value = s.lifecycle.undiscounted;
        break;
    case NpvRow:
        if (s.hasCosts && s.opened)
            value = s.lifecycle.npv;
        break;
    case LockInRow:
        if (s.hasCosts && s.opened)
            text = cost::displayName(s.lockIn.level);
        if (role == Qt::ToolTipRole && s.hasCosts && s.opened)
            return s.lockIn.reasons.join(QLatin1Char('\n'));
        break;
    }
    if (!s.opened && row != QuotedPriceRow && role == Qt::DisplayRole)
        text = notOpenedText();
    if (role == NumberRole)
        return value ? QVariant(*value) : QVariant();
    if (role == Qt::FontRole) {
        // The cheapest of each basis stands out.
        const bool cheapest = (row == QuotedPriceRow && bid == m_comparison.cheapestQuoted) ||
                              (row == NpvRow && bid == m_comparison.cheapestLifecycle);
        if (!cheapest)
            return {};
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::ToolTipRole) {
        if (!value)
            return {};
        const QString exact = formatMoney(*value, t.currency);
        if (row == QuotedPriceRow && bid == m_comparison.cheapestQuoted)
            return tr("%1: the lowest quoted price").arg(exact);
        if (row == NpvRow && bid == m_comparison.cheapestLifecycle)
            return tr("%1: the lowest lifecycle cost").arg(exact);
        return exact;
    }
    if (role != Qt::DisplayRole)
        return {};
    if (value)
        return wholeAmount(*value, t.currency);
    return text.isEmpty() ? QStringLiteral("\u2014") : text;
}

QVariant CostComparisonModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (role == Qt::AccessibleTextRole)
        role = Qt::DisplayRole;
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    const int kinds = int(m_kinds.size());
    if (index.row() < kinds)
        return kindCell(index.row(), index.column(), role);
    return totalCell(index.row() - kinds, index.column(), role);
}

QVariant CostComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (orientation == Qt::Horizontal)
        return section < int(m_bidIds.size()) ? QVariant(m_bidIds.at(section)) : QVariant();
    const int kinds = int(m_kinds.size());
    if (section < kinds)
        return cost::kindLabel(m_kinds.at(section));
    switch (section - kinds) {
    case QuotedPriceRow:
        return tr("Quoted price");
    case UndiscountedRow:
        return tr("Lifecycle cost, total");
    case NpvRow:
        return tr("Lifecycle cost, NPV");
    case LockInRow:
        return tr("Lock-in");
    }
    return {};
}

} // namespace tulana
