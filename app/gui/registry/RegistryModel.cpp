#include "RegistryModel.h"

#include "registry/RegistryExport.h"
#include "support/Money.h"

namespace tulana {

using namespace tulana::registry;

RegistryModel::RegistryModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void RegistryModel::setRows(std::vector<RegistryRow> rows, bool more, PageFetcher fetch)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_more = false;
    endResetModel();
    // Only now: a view answers the reset by asking for more at once, which
    // must not insert rows before the reset is over.
    m_more = more;
    m_fetch = std::move(fetch);
}

bool RegistryModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more && m_fetch;
}

void RegistryModel::fetchMore(const QModelIndex& parent)
{
    if (!canFetchMore(parent))
        return;
    // No more until these rows are in: a view answers an insertion by
    // asking again, from inside endInsertRows().
    m_more = false;
    std::optional<Page> page = m_fetch(int(m_rows.size()));
    if (page && !page->rows.empty()) {
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(page->rows.size()) - 1);
        m_rows.insert(m_rows.end(), std::make_move_iterator(page->rows.begin()),
                      std::make_move_iterator(page->rows.end()));
        endInsertRows();
    }
    // A page that cannot be read ends the list here; the window says why.
    m_more = page && page->more;
    emit pageFetched();
}

const RegistryRow* RegistryModel::rowAt(int row) const
{
    return row >= 0 && row < int(m_rows.size()) ? &m_rows[std::size_t(row)] : nullptr;
}

SortColumn RegistryModel::sortColumn(int column)
{
    switch (column) {
    case Reference:
        return SortColumn::Reference;
    case Title:
    case System:
        return SortColumn::Title;
    case Entity:
        return SortColumn::Entity;
    case Nature:
        return SortColumn::Nature;
    case MofClass:
        return SortColumn::MofClass;
    case Departs:
        return SortColumn::Departure;
    case LifecycleCost:
        return SortColumn::LifecycleNpv;
    case Status:
        return SortColumn::Status;
    default:
        return SortColumn::DecisionDate;
    }
}

int RegistryModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RegistryModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RegistryModel::data(const QModelIndex& index, int role) const
{
    const RegistryRow* r = index.isValid() ? rowAt(index.row()) : nullptr;
    if (!r)
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == LifecycleCost)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == Departs && r->departure)
        return considerationsText(r->considerations);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Reference:
        return r->reference;
    case Title:
        return r->title;
    case Entity:
        return r->entity;
    case Decided:
        return r->decisionDate.toString(Qt::ISODate);
    case System:
        return tr("%1 (%2)").arg(r->system, r->bidder);
    case Nature:
        return natureText(*r);
    case MofClass:
        return mofClassText(r->mofClass);
    case Departs:
        return r->departure ? tr("yes") : tr("no");
    case LifecycleCost:
        return r->lifecycleNpv ? formatAmount(*r->lifecycleNpv, r->currency) : QStringLiteral("-");
    case Status:
        return r->statusDate.isValid()
                   ? tr("%1 since %2")
                         .arg(displayName(r->status), r->statusDate.toString(Qt::ISODate))
                   : displayName(r->status);
    }
    return {};
}

QVariant RegistryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Reference:
        return tr("Reference");
    case Title:
        return tr("Title");
    case Entity:
        return tr("Procuring entity");
    case Decided:
        return tr("Decided");
    case System:
        return tr("Selected system");
    case Nature:
        return tr("Nature");
    case MofClass:
        return tr("MOF class");
    case Departs:
        return tr("Departs");
    case LifecycleCost:
        return tr("Lifecycle cost");
    case Status:
        return tr("Status");
    }
    return {};
}

} // namespace tulana
