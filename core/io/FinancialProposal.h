#pragma once

#include "diagnostics/Problem.h"
#include "tender/CostLine.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace tulana {

// A financial proposal as a bidder seals it in its envelope: the bid's id,
// price, tax and cost lines, as JSON ({"format": "tulana-financial-proposal",
// "version": 1, ...}; docs/process.md). The cost lines are written as in a
// tender file's "bids[i].costs".
struct FinancialProposal
{
    QString bid;
    double price = 0;
    double tax = 0;
    std::vector<cost::CostLine> costs;
};

QByteArray proposalJson(const FinancialProposal& proposal);
// Problems name the field as the proposal writes it ("price").
std::optional<FinancialProposal> readProposal(const QByteArray& json, Problems* problems);

} // namespace tulana
