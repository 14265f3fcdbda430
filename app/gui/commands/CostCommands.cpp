#include "commands/CostCommands.h"

#include "commands/CommandIds.h"

#include "document/TenderDocument.h"
#include "document/TenderPlaces.h"
#include "report/CostComparison.h"

#include <algorithm>

namespace tulana {
namespace {

const std::vector<cost::CostLine>& costsOf(const TenderDocument* document, int bid)
{
    return document->tender().bids.at(std::size_t(bid)).costs;
}

QString bidId(const TenderDocument* document, int bid)
{
    return document->tender().bids.at(std::size_t(bid)).id;
}

std::optional<int> yearOf(const QVariant& value)
{
    if (!value.isValid() || value.isNull())
        return std::nullopt;
    return value.toInt();
}

void apply(cost::CostLine& line, CostLineField field, const QVariant& value)
{
    switch (field) {
    case CostLineField::Kind:
        line.kind = value.toString();
        break;
    case CostLineField::Amount:
        line.amount = value.toDouble();
        break;
    case CostLineField::FromYear:
        line.fromYear = yearOf(value);
        break;
    case CostLineField::ToYear:
        line.toYear = yearOf(value);
        break;
    case CostLineField::Note:
        line.note = value.toString();
        break;
    }
}

// The bid's lines with one more, one fewer, or one field changed.
std::vector<cost::CostLine> withLine(const TenderDocument* document, int bid, int position,
                                     cost::CostLine line)
{
    std::vector<cost::CostLine> lines = costsOf(document, bid);
    const auto at = std::clamp<std::size_t>(std::size_t(std::max(position, 0)), 0, lines.size());
    lines.insert(lines.begin() + std::ptrdiff_t(at), std::move(line));
    return lines;
}

std::vector<cost::CostLine> withoutLine(const TenderDocument* document, int bid, int line)
{
    std::vector<cost::CostLine> lines = costsOf(document, bid);
    lines.erase(lines.begin() + line);
    return lines;
}

std::vector<cost::CostLine> withField(const TenderDocument* document, int bid, int line,
                                      CostLineField field, const QVariant& value)
{
    std::vector<cost::CostLine> lines = costsOf(document, bid);
    apply(lines.at(std::size_t(line)), field, value);
    return lines;
}

} // namespace

SetLifecycleTermsCommand::SetLifecycleTermsCommand(TenderDocument* document,
                                                   const cost::LifecycleTerms& terms,
                                                   QUndoCommand* parent)
    : ChangeValue(document, place::LifecycleTerms{}, terms, {}, -1, parent)
{
    if (oldValue().basis != newValue().basis)
        setText(newValue().basis == cost::FinancialBasis::LifecycleCost
                    ? tr("Score the lifecycle cost")
                    : tr("Score the quoted price"));
    else if (oldValue().horizonYears != newValue().horizonYears)
        setText(tr("Change the lifecycle horizon"));
    else
        setText(tr("Change the discount rate"));
}

AddCostLineCommand::AddCostLineCommand(TenderDocument* document, int bid, int position,
                                       cost::CostLine line, QUndoCommand* parent)
    : ChangeValue(document, place::BidCosts{bid},
                  withLine(document, bid, position, std::move(line)),
                  tr("Add a cost line to %1").arg(bidId(document, bid)), -1, parent)
{
    const int at = std::clamp(position, 0, int(oldValue().size()));
    setRows(TenderChange::Rows::Kind::Inserted, at, at);
}

RemoveCostLineCommand::RemoveCostLineCommand(TenderDocument* document, int bid, int line,
                                             QUndoCommand* parent)
    : ChangeValue(document, place::BidCosts{bid}, withoutLine(document, bid, line), {}, -1, parent)
{
    setRows(TenderChange::Rows::Kind::Removed, line, line);
    setText(tr("Remove the cost line \u201c%1\u201d from %2")
                .arg(cost::kindLabel(oldValue().at(std::size_t(line)).kind), bidId(document, bid)));
}

SetCostLineFieldCommand::SetCostLineFieldCommand(TenderDocument* document, int bid, int line,
                                                 CostLineField field, const QVariant& value,
                                                 QUndoCommand* parent)
    : ChangeValue(document, place::BidCosts{bid}, withField(document, bid, line, field, value), {},
                  int(CommandId::SetCostLineField), parent)
    , m_line(line)
    , m_field(field)
{
    setRows(TenderChange::Rows::Kind::Changed, line, line);
    switch (field) {
    case CostLineField::Kind:
        setText(tr("Set the kind of a cost line of %1").arg(bidId(document, bid)));
        break;
    case CostLineField::Amount:
        setText(tr("Set the amount of a cost line of %1").arg(bidId(document, bid)));
        break;
    case CostLineField::FromYear:
    case CostLineField::ToYear:
        setText(tr("Set the years of a cost line of %1").arg(bidId(document, bid)));
        break;
    case CostLineField::Note:
        setText(tr("Set the note of a cost line of %1").arg(bidId(document, bid)));
        break;
    }
}

bool SetCostLineFieldCommand::mergesWith(const ChangeValue& next) const
{
    const auto& same = static_cast<const SetCostLineFieldCommand&>(next);
    return same.m_line == m_line && same.m_field == m_field;
}

} // namespace tulana
