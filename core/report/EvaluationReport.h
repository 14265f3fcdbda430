#pragma once

#include "scoring/Evaluation.h"
#include "support/JsonWriter.h"
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
// The same bytes, handed to `sink` piece by piece as they are produced, so a
// report of a hundred megabytes is never held whole. False when a piece
// could not be written; the report then stops there.
bool writeEvaluationJson(const Tender& tender, const Evaluation& evaluation,
                         const JsonWriter::Sink& sink);

// One row per bid, in the tender's order, for spreadsheets.
QByteArray evaluationAsCsv(const Tender& tender, const Evaluation& evaluation);

} // namespace tulana
