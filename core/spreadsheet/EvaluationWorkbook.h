#pragma once

#include "scoring/Evaluation.h"
#include "tender/Tender.h"

#include <QByteArray>
#include <QString>

namespace tulana {

// The evaluation as an Excel workbook (libxlsxwriter) in which every score
// is a formula over the inputs, so an auditor can redo the arithmetic in
// Excel or LibreOffice (docs/spreadsheets.md): Rules, Criteria, one Marks
// sheet per member, Averages, Technical, Prices (opened bids only) and
// Evaluation, with named ranges and a chart of the ranking. Returns the
// .xlsx bytes, or an empty array with `*error` set.
QByteArray evaluationWorkbook(const Tender& tender, const Evaluation& evaluation, QString* error);

} // namespace tulana
