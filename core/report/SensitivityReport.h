#pragma once

#include "sensitivity/Sensitivity.h"
#include "tender/Tender.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace tulana {

// The robustness of the award in plain words, one sentence per finding,
// shared by the CLI's table, the app's Sensitivity page and the memo so each
// finding is worded once.
namespace sensitivity_words {

// "B2 wins for any technical weight from 63.52% to 80% (the most the
// rulebook allows); below 63.52% B1 wins."
QString technicalWeight(const Tender& tender, const sensitivity::Report& report);
// "B1 would win below an evaluated price of ₹ 1,14,93,500 (a cut of 3.04%)."
QString priceToWin(const Tender& tender, const sensitivity::PriceToWin& p, bool winner);
// "B1 would win with a technical score above 84.32 (now 82.10): …"
QString technicalToWin(const Tender& tender, const sensitivity::TechnicalToWin& t);
// "Without any one member's marks the winner stays B2." or who changes it.
QString members(const Tender& tender, const sensitivity::Report& report);
// What a segment's winner is called: a bid's id, or why there is none.
QString winnerName(const Tender& tender, int winner);
// A percentage or weight as the analyses give it: at most two decimals.
QString number(double value);
// The same with a per cent sign: "63.5%".
QString percent(double value);
// A share of draws (a fraction) as a percentage with one decimal: "87.3%".
QString share(double fraction);

} // namespace sensitivity_words

// For the terminal: every finding, then the simulations' tables.
QString sensitivityAsTable(const Tender& tender, const sensitivity::Report& report);

// The documented JSON ("tulana-sensitivity" v1, docs/sensitivity.md).
QByteArray sensitivityAsJson(const Tender& tender, const sensitivity::Report& report);

} // namespace tulana
