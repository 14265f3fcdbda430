#include "commands/CriterionCommands.h"

#include "commands/CommandIds.h"
#include "document/CriteriaTree.h"
#include "document/FieldAccess.h"
#include "document/TenderDocument.h"

namespace tulana {

AddCriterionCommand::AddCriterionCommand(TenderDocument* document, CriterionPath parentPath,
                                         int position, Criterion node, QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_parentPath(std::move(parentPath))
    , m_position(position)
    , m_node(std::move(node))
{
    setText(m_node.isGroup() ? tr("Add group “%1”").arg(m_node.name)
                             : tr("Add criterion “%1”").arg(m_node.name));
}

CriterionPath AddCriterionCommand::path() const
{
    return childOf(m_parentPath, m_position);
}

void AddCriterionCommand::redo()
{
    const Tender& tender = m_document->tender();
    const Criterion* parent = tender.criterionAt(m_parentPath);
    if (parent && !parent->isGroup())
        m_parentMarks = m_document->marksBand(tender.leafIndexOf(m_parentPath), 1);
    m_document->insertCriterion(m_parentPath, m_position, m_node);
}

void AddCriterionCommand::undo()
{
    m_document->removeCriterion(path());
    m_document->setMarksBand(m_parentMarks);
    m_parentMarks = {};
}

RemoveCriterionCommand::RemoveCriterionCommand(TenderDocument* document, CriterionPath path,
                                               QUndoCommand* parent)
    : QUndoCommand(parent)
    , m_document(document)
    , m_path(std::move(path))
{
    const Criterion* node = document->tender().criterionAt(m_path);
    const QString name = node ? node->name : QString();
    setText(node && node->isGroup() ? tr("Remove group “%1”").arg(name)
                                    : tr("Remove criterion “%1”").arg(name));
}

void RemoveCriterionCommand::redo()
{
    const Tender& tender = m_document->tender();
    const Criterion* node = tender.criterionAt(m_path);
    m_marks = m_document->marksBand(leavesBefore(tender.criteria, m_path), leafCount(*node));
    m_removed = m_document->removeCriterion(m_path);
}

void RemoveCriterionCommand::undo()
{
    m_document->insertCriterion(parentOf(m_path), m_path.back(), m_removed);
    m_document->setMarksBand(m_marks);
}

SetCriterionFieldCommand::SetCriterionFieldCommand(TenderDocument* document, CriterionPath path,
                                                   CriterionField field, QVariant value,
                                                   QUndoCommand* parent)
    : ChangeValue(document, place::CriterionField{path, field}, std::move(value), {},
                  int(CommandId::SetCriterionField), parent)
{
    // A renamed criterion is named as it was: that is the one the officer knew.
    const Criterion* node = document->tender().criterionAt(path);
    setText(tr("Change %1 of “%2”").arg(fieldLabel(field), node ? node->name : QString()));
}

} // namespace tulana
