#pragma once

#include "tender/ContextAnswers.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace tulana {

class TenderDocument;

// Answers one context question of Table 3 ("Answer “Time to deploy”");
// an empty option clears the answer and keeps the note.
class SetContextAnswerCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetContextAnswerCommand)
public:
    SetContextAnswerCommand(TenderDocument* document, const QString& consideration,
                            const QString& option, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    TenderDocument* m_document;
    QString m_consideration;
    ContextAnswer m_old;
    ContextAnswer m_new;
};

// The officer's note beside one answer ("Edit note on “Sensitivity of
// data”"); typing merges into one step.
class SetContextNoteCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetContextNoteCommand)
public:
    SetContextNoteCommand(TenderDocument* document, const QString& consideration,
                          const QString& note, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    TenderDocument* m_document;
    QString m_consideration;
    ContextAnswer m_old;
    ContextAnswer m_new;
};

// The system's defined purpose, in the officer's words; typing merges.
class SetContextPurposeCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetContextPurposeCommand)
public:
    SetContextPurposeCommand(TenderDocument* document, const QString& purpose,
                             QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    TenderDocument* m_document;
    QString m_old;
    QString m_new;
};

} // namespace tulana
