#pragma once

#include "tender/Tender.h"

#include <QByteArray>
#include <QString>

namespace tulana {

// The workbook a bids import of this tender expects (the CSV template's
// columns, io/BidCsvImport.h): a frozen header row, a drop-down for the
// nature, and marks cells that accept only 0 to each criterion's maximum.
// Empty with *error set when it could not be made.
QByteArray bidTemplateWorkbook(const Tender& tender, QString* error);

} // namespace tulana
