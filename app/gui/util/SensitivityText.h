#pragma once

#include "sensitivity/Sensitivity.h"

#include <QString>

namespace tulana {

struct Tender;

// The plain sentences of the Sensitivity page, built from the core's
// report so that the page, its tests and its screenshots read the same.
namespace sensitivitytext {

// A percentage as the page writes it: "63.5%", "80%", at most two decimals.
QString percent(double value);
// A share of draws: "87.3%".
QString share(double fraction);
// "B2"; or what stands in for a winner that is not one bid.
QString winnerName(const Tender& tender, int winner);

// "B2 wins for any technical weight from 63.5% to 80% (the rulebook's
// limit); below 63.5% B1 wins." from the segments around the announced
// weight, within the range the rulebook allows.
QString technicalWeightSentence(const Tender& tender, const sensitivity::Report& report);

// The winner without each member's marks, one line each, then the share of
// the bootstrap over members.
QString membersText(const Tender& tender, const sensitivity::Report& report);

} // namespace sensitivitytext
} // namespace tulana
