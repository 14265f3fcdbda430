#include "sheet/SheetMarksModel.h"

#include <QLocale>

#include <algorithm>

namespace tulana {

SheetMarksModel::SheetMarksModel(committee::EvaluatorSheet* sheet, QObject* parent)
    : QAbstractTableModel(parent)
    , m_sheet(sheet)
{}

void SheetMarksModel::showBid(int bid)
{
    beginResetModel();
    m_bid = bid >= 0 && std::size_t(bid) < m_sheet->bids.size() ? bid : -1;
    endResetModel();
}

void SheetMarksModel::declarationChanged()
{
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int SheetMarksModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_bid < 0 ? 0 : int(m_sheet->criteria.size());
}

int SheetMarksModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool SheetMarksModel::markable() const
{
    if (m_bid < 0)
        return false;
    const committee::SheetDeclaration* d =
        m_sheet->declaration(m_sheet->bids[std::size_t(m_bid)].id);
    return d && !d->conflict;
}

const committee::SheetMark* SheetMarksModel::markAt(int row) const
{
    return m_sheet->mark(m_sheet->bids[std::size_t(m_bid)].id,
                         m_sheet->criteria[std::size_t(row)].id);
}

QVariant SheetMarksModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const committee::SheetCriterion& c = m_sheet->criteria[std::size_t(index.row())];
    const committee::SheetMark* m = markAt(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case CriterionColumn:
            return c.group.isEmpty() ? c.name : QStringLiteral("%1 › %2").arg(c.group, c.name);
        case MaximumColumn:
            return role == Qt::EditRole ? QVariant(c.maxMarks)
                                        : QVariant(QLocale().toString(c.maxMarks));
        case MarksColumn:
            if (!m)
                return {};
            return role == Qt::EditRole ? QVariant(m->marks)
                                        : QVariant(QLocale().toString(m->marks));
        case NoteColumn:
            return m ? m->note : QString();
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == CriterionColumn)
            return c.description;
        if (index.column() == MarksColumn && !markable())
            return tr("Declare first whether you have a conflict of interest with this bid.");
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == MaximumColumn || index.column() == MarksColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    default:
        break;
    }
    return {};
}

bool SheetMarksModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || !markable())
        return false;
    const QString bid = m_sheet->bids[std::size_t(m_bid)].id;
    const committee::SheetCriterion& c = m_sheet->criteria[std::size_t(index.row())];
    auto& marks = m_sheet->marks;
    auto it = std::find_if(marks.begin(), marks.end(), [&](const committee::SheetMark& m) {
        return m.bid == bid && m.criterion == c.id;
    });
    if (index.column() == MarksColumn) {
        if (value.toString().trimmed().isEmpty()) { // cleared: not marked
            if (it == marks.end())
                return false;
            if (!it->note.isEmpty()) // keep the note; a mark is still wanted
                return false;
            marks.erase(it);
        } else {
            bool ok = false;
            const double v = value.toDouble(&ok);
            if (!ok || v < 0 || v > c.maxMarks)
                return false;
            if (it == marks.end())
                marks.push_back({bid, c.id, v, QString()});
            else
                it->marks = v;
        }
    } else if (index.column() == NoteColumn) {
        if (it == marks.end())
            return false; // a note goes beside a mark
        it->note = value.toString();
    } else {
        return false;
    }
    m_sheet->signature.clear(); // an edited sheet is signed again
    emit dataChanged(index, index);
    emit sheetEdited();
    return true;
}

Qt::ItemFlags SheetMarksModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!index.isValid())
        return f;
    if (markable() &&
        (index.column() == MarksColumn || (index.column() == NoteColumn && markAt(index.row()))))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant SheetMarksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case CriterionColumn:
        return tr("Criterion");
    case MaximumColumn:
        return tr("Maximum");
    case MarksColumn:
        return tr("Your marks");
    case NoteColumn:
        return tr("Your note");
    }
    return {};
}

} // namespace tulana
