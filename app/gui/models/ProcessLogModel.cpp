#include "models/ProcessLogModel.h"

#include "document/TenderDocument.h"
#include "process/ProcessState.h"

namespace tulana {

ProcessLogModel::ProcessLogModel(TenderDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &TenderDocument::tenderReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    // A member renamed (possible only before the rules are announced, when
    // the log is empty, but the model need not know that).
    connect(document, &TenderDocument::changed, this, [this](const TenderChange& change) {
        if (change.is(TenderChange::What::Evaluator) && rowCount() > 0)
            emit dataChanged(index(0, ActorColumn), index(rowCount() - 1, ActorColumn));
    });
    connect(document, &TenderDocument::evaluatorsInserted, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, ActorColumn), index(rowCount() - 1, ActorColumn));
    });
    connect(document, &TenderDocument::evaluatorsRemoved, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, ActorColumn), index(rowCount() - 1, ActorColumn));
    });
}

int ProcessLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_document->tender().process.log.size());
}

int ProcessLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ProcessLogModel::actorName(const QString& actor) const
{
    // The core's naming, capitalised for a table cell ("The officer").
    QString name = process::actorName(m_document->tender(), actor);
    if (!name.isEmpty())
        name[0] = name[0].toUpper();
    return name;
}

QVariant ProcessLogModel::displayData(int row, int column) const
{
    const ProcessRecord::Entry& e = m_document->tender().process.log[std::size_t(row)];
    switch (column) {
    case NumberColumn:
        return e.sequence;
    case TimeColumn:
        // UTC, as logged: the same instant for every reader of the file.
        return e.time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
    case ActorColumn:
        return actorName(e.actor);
    case ActColumn:
        if (const std::optional<process::Act> act = process::actFromKey(e.kind))
            return process::actName(*act);
        return e.kind; // an act this version does not know: as written
    case SummaryColumn:
        return e.summary;
    case ReasonColumn:
        return e.reason;
    }
    return {};
}

QVariant ProcessLogModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return displayData(index.row(), index.column());
    case Qt::ToolTipRole:
        if (index.column() == ActorColumn)
            return m_document->tender().process.log[std::size_t(index.row())].actor;
        if (index.column() == SummaryColumn || index.column() == ReasonColumn)
            return displayData(index.row(), index.column());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == NumberColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant ProcessLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case TimeColumn:
        return tr("Time");
    case ActorColumn:
        return tr("By");
    case ActColumn:
        return tr("Act");
    case SummaryColumn:
        return tr("Summary");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

} // namespace tulana
