#pragma once

#include <QCoreApplication>
#include <QUndoCommand>

namespace tulana {

class TenderDocument;

// One evaluator's mark for one bid on one marked criterion ("Set mark of B2
// on “Data security” (E1)"). NaN clears the mark. Marks are entered cell by
// cell, so each is its own step.
class SetMarkCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetMarkCommand)
public:
    SetMarkCommand(TenderDocument* document, int bid, int leaf, int evaluator, double value,
                   QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    TenderDocument* m_document;
    int m_bid;
    int m_leaf;
    int m_evaluator;
    double m_old;
    double m_new;
};

} // namespace tulana
