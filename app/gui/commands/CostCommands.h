#pragma once

#include "tender/CostLine.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVariant>

#include <vector>

namespace tulana {

class TenderDocument;

// The parts of a cost line a table cell edits.
enum class CostLineField
{
    Kind,     // QString: an id of resources/cost/cost-kinds.json
    Amount,   // double
    FromYear, // int, or an invalid QVariant: the kind's default
    ToYear,   // int, or an invalid QVariant: the kind's default
    Note      // QString
};

// Changes the tender's lifecycle terms: the financial basis, the horizon
// and the discount rate ("Score the lifecycle cost", "Change the discount
// rate"). The text says what changed.
class SetLifecycleTermsCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetLifecycleTermsCommand)
public:
    SetLifecycleTermsCommand(TenderDocument* document, const cost::LifecycleTerms& terms,
                             QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    TenderDocument* m_document;
    cost::LifecycleTerms m_old;
    cost::LifecycleTerms m_new;
};

// Adds a cost line to a bid at `position` ("Add a cost line to B1").
class AddCostLineCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddCostLineCommand)
public:
    AddCostLineCommand(TenderDocument* document, int bid, int position, cost::CostLine line,
                       QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    TenderDocument* m_document;
    int m_bid;
    std::vector<cost::CostLine> m_old;
    std::vector<cost::CostLine> m_new;
};

// Removes a bid's cost line ("Remove the cost line Hosting from B1").
class RemoveCostLineCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(RemoveCostLineCommand)
public:
    RemoveCostLineCommand(TenderDocument* document, int bid, int line,
                          QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    TenderDocument* m_document;
    int m_bid;
    std::vector<cost::CostLine> m_old;
    std::vector<cost::CostLine> m_new;
};

// Sets one field of a bid's cost line ("Set the amount of a cost line of
// B1"). Consecutive edits of the same field of the same line merge.
class SetCostLineFieldCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetCostLineFieldCommand)
public:
    SetCostLineFieldCommand(TenderDocument* document, int bid, int line, CostLineField field,
                            const QVariant& value, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand* other) override;

private:
    TenderDocument* m_document;
    int m_bid;
    int m_line;
    CostLineField m_field;
    std::vector<cost::CostLine> m_old;
    std::vector<cost::CostLine> m_new;
};

} // namespace tulana
