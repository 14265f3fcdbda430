#include "models/EvaluatorsModel.h"

#include "commands/EvaluatorCommands.h"
#include "document/FieldAccess.h"
#include "document/TenderDocument.h"
#include "models/TypedId.h"
#include "util/Format.h"

#include <QUndoStack>

namespace tulana {
namespace {

EvaluatorField fieldOf(int column)
{
    switch (column) {
    case EvaluatorsModel::IdColumn:
        return EvaluatorField::Id;
    case EvaluatorsModel::NameColumn:
        return EvaluatorField::Name;
    default:
        return EvaluatorField::Designation;
    }
}

} // namespace

EvaluatorsModel::EvaluatorsModel(TenderDocument* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(document, &TenderDocument::tenderReset, this, [this] {
        beginResetModel();
        endResetModel();
    });
    connect(document, &TenderDocument::evaluatorsAboutToBeInserted, this,
            [this](int first, int last) { beginInsertRows({}, first, last); });
    connect(document, &TenderDocument::evaluatorsInserted, this, [this] { endInsertRows(); });
    connect(document, &TenderDocument::evaluatorsAboutToBeRemoved, this,
            [this](int first, int last) { beginRemoveRows({}, first, last); });
    connect(document, &TenderDocument::evaluatorsRemoved, this, [this] { endRemoveRows(); });
    connect(document, &TenderDocument::changed, this, [this](const TenderChange& change) {
        const auto f = change.fieldAs<EvaluatorField>();
        if (!change.is(TenderChange::What::Evaluator) || !f)
            return;
        const int column = f == EvaluatorField::Id     ? IdColumn
                           : f == EvaluatorField::Name ? NameColumn
                                                       : DesignationColumn;
        emit dataChanged(index(change.evaluator, column), index(change.evaluator, column));
    });
}

int EvaluatorsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_document->tender().evaluators.size());
}

int EvaluatorsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EvaluatorsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::AccessibleTextRole)
        return {};
    const Evaluator& e = m_document->tender().evaluators[std::size_t(index.row())];
    return fieldValue(e, fieldOf(index.column()));
}

bool EvaluatorsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (!index.isValid() || !checkIndex(index) || role != Qt::EditRole)
        return false;
    const auto& evaluators = m_document->tender().evaluators;
    const EvaluatorField field = fieldOf(index.column());
    QString text = value.toString();
    if (field == EvaluatorField::Id) {
        const auto takenElsewhere = [&](const QString& typed) {
            for (std::size_t i = 0; i < evaluators.size(); ++i)
                if (int(i) != index.row() && evaluators[i].id == typed)
                    return true;
            return false;
        };
        if (const QString why = typedIdProblem(&text,
                                               {tr("Every evaluator needs an id."),
                                                tr("The id “%1” is used by another evaluator.")},
                                               takenElsewhere);
            !why.isEmpty()) {
            emit editRejected(why);
            return false;
        }
    }
    if (fieldValue(evaluators[std::size_t(index.row())], field).toString() == text)
        return true;
    m_document->push(new SetEvaluatorFieldCommand(m_document, index.row(), field, text));
    return true;
}

Qt::ItemFlags EvaluatorsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QVariant EvaluatorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Id");
    case NameColumn:
        return tr("Name");
    case DesignationColumn:
        return tr("Designation");
    }
    return {};
}

} // namespace tulana
