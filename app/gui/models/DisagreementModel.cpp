#include "models/DisagreementModel.h"

#include "models/ModelRoles.h"
#include "report/CommitteeWords.h"

#include <QBrush>

namespace tulana {

DisagreementModel::DisagreementModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void DisagreementModel::setAnalysis(const Tender& tender,
                                    const committee::CommitteeAnalysis& analysis)
{
    beginResetModel();
    m_tender = tender;
    m_analysis = analysis;
    m_leaves = leavesOf(m_tender.criteria);
    m_cell.assign(m_leaves.size() * m_tender.bids.size(), -1);
    for (std::size_t i = 0; i < m_analysis.spreads.size(); ++i) {
        const committee::CellSpread& s = m_analysis.spreads[i];
        m_cell[std::size_t(s.leaf) * m_tender.bids.size() + std::size_t(s.bid)] = int(i);
    }
    endResetModel();
}

QColor DisagreementModel::bandColour(committee::SpreadBand band)
{
    switch (band) {
    case committee::SpreadBand::BelowNotable:
        return QColor(0xdf, 0xf0, 0xd8);
    case committee::SpreadBand::Notable:
        return QColor(0xff, 0xe0, 0x8a);
    case committee::SpreadBand::Wide:
        return QColor(0xf4, 0xb4, 0xb4);
    }
    return {};
}

int DisagreementModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_leaves.size());
}

int DisagreementModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_tender.bids.size());
}

const committee::CellSpread* DisagreementModel::spreadAt(int leaf, int bid) const
{
    const int i = m_cell[std::size_t(leaf) * m_tender.bids.size() + std::size_t(bid)];
    return i >= 0 ? &m_analysis.spreads[std::size_t(i)] : nullptr;
}

QVariant DisagreementModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const committee::CellSpread* s = spreadAt(index.row(), index.column());
    switch (role) {
    case Qt::DisplayRole:
        if (!s)
            return QStringLiteral("—");
        return tr("%1% · %2")
            .arg(committee_words::number(s->spread), committee_words::bandName(s->band));
    case Qt::ToolTipRole:
    case Qt::AccessibleTextRole:
        if (!s)
            return tr("Fewer than two members marked this: no spread.");
        return committee_words::spread(m_tender, m_leaves, *s);
    case Qt::BackgroundRole:
        if (s)
            return QBrush(bandColour(s->band));
        return {};
    case Qt::ForegroundRole:
        if (s) // dark text on the pale band colours, whatever the theme
            return QBrush(QColor(0x20, 0x20, 0x20));
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::AlignCenter);
    case NumberRole:
        if (s)
            return s->spread;
        return {};
    default:
        return {};
    }
}

QVariant DisagreementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || std::size_t(section) >= m_tender.bids.size())
            return {};
        return m_tender.bids[std::size_t(section)].id;
    }
    if (section < 0 || std::size_t(section) >= m_leaves.size())
        return {};
    return committee_words::criterionName(m_leaves, section);
}

} // namespace tulana
