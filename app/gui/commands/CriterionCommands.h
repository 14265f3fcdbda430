#pragma once

#include "commands/ChangeValue.h"
#include "document/TenderPlaces.h"

#include "document/DocumentTypes.h"
#include "tender/Criterion.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVariant>

namespace tulana {

class TenderDocument;

// Adds a criterion or a group (a node with children) to the tree ("Add
// criterion “Data security”"). When the parent was a marked criterion its
// marks give way to the new child; undoing gives them back.
class AddCriterionCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddCriterionCommand)
public:
    AddCriterionCommand(TenderDocument* document, CriterionPath parentPath, int position,
                        Criterion node, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

    CriterionPath path() const;

private:
    TenderDocument* m_document;
    CriterionPath m_parentPath;
    int m_position;
    Criterion m_node;
    MarksBand m_parentMarks;
};

// Removes a criterion or a whole group; undoing restores every evaluator's
// marks for it.
class RemoveCriterionCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveCriterionCommand)
public:
    RemoveCriterionCommand(TenderDocument* document, CriterionPath path,
                           QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    TenderDocument* m_document;
    CriterionPath m_path;
    Criterion m_removed;
    MarksBand m_marks;
};

// Changes one field of a criterion or group ("Change weight of “Data
// security”"); consecutive changes of the same field merge.
class SetCriterionFieldCommand : public ChangeValue<place::CriterionField>
{
    Q_DECLARE_TR_FUNCTIONS(SetCriterionFieldCommand)
public:
    SetCriterionFieldCommand(TenderDocument* document, CriterionPath path, CriterionField field,
                             QVariant value, QUndoCommand* parent = nullptr);
};

} // namespace tulana
