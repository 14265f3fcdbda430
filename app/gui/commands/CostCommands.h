#pragma once

#include "commands/ChangeValue.h"
#include "document/TenderPlaces.h"

#include "tender/CostLine.h"

#include <QCoreApplication>
#include <QUndoCommand>
#include <QVariant>

#include <vector>

namespace tulana {

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
class SetLifecycleTermsCommand : public ChangeValue<place::LifecycleTerms>
{
    Q_DECLARE_TR_FUNCTIONS(SetLifecycleTermsCommand)
public:
    SetLifecycleTermsCommand(TenderDocument* document, const cost::LifecycleTerms& terms,
                             QUndoCommand* parent = nullptr);
};

// Adds a cost line to a bid at `position` ("Add a cost line to B1").
class AddCostLineCommand : public ChangeValue<place::BidCosts>
{
    Q_DECLARE_TR_FUNCTIONS(AddCostLineCommand)
public:
    AddCostLineCommand(TenderDocument* document, int bid, int position, cost::CostLine line,
                       QUndoCommand* parent = nullptr);
};

// Removes a bid's cost line ("Remove the cost line Hosting from B1").
class RemoveCostLineCommand : public ChangeValue<place::BidCosts>
{
    Q_DECLARE_TR_FUNCTIONS(RemoveCostLineCommand)
public:
    RemoveCostLineCommand(TenderDocument* document, int bid, int line,
                          QUndoCommand* parent = nullptr);
};

// Sets one field of a bid's cost line ("Set the amount of a cost line of
// B1"). Consecutive edits of the same field of the same line merge.
class SetCostLineFieldCommand : public ChangeValue<place::BidCosts>
{
    Q_DECLARE_TR_FUNCTIONS(SetCostLineFieldCommand)
public:
    SetCostLineFieldCommand(TenderDocument* document, int bid, int line, CostLineField field,
                            const QVariant& value, QUndoCommand* parent = nullptr);

private:
    bool mergesWith(const ChangeValue& next) const override;

    int m_line;
    CostLineField m_field;
};

} // namespace tulana
