#pragma once

#include "scoring/Evaluation.h"
#include "tender/Tender.h"

#include <QByteArray>
#include <QString>

namespace tulana {

// A plain-text ranking a reader can check by hand: the method and options,
// one row per bid in rank order, the reasons for every bid not ranked, the
// award and any rank-reversal warning.
QString evaluationAsTable(const Tender& tender, const Evaluation& evaluation);

// The stable, documented JSON output (docs/cli.md, "tulana-evaluation" v1),
// with each score's derivation.
QByteArray evaluationAsJson(const Tender& tender, const Evaluation& evaluation);

// One row per bid, in the tender's order, for spreadsheets.
QByteArray evaluationAsCsv(const Tender& tender, const Evaluation& evaluation);

} // namespace tulana
