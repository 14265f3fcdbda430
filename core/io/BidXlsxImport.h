#pragma once

#include "io/BidCsvImport.h"

#include <QByteArray>
#include <QString>

namespace tulana {

// The bids import (importBids: the same column rules as a CSV) over one
// sheet of an Excel workbook (`sheet`: its name; empty, the first). Problems
// are placed as a spreadsheet names cells: `marks.xlsx!Sheet1!D7: 11 is more
// than the maximum of 10`, a whole row as `marks.xlsx!Sheet1!7:7`.
BidImport importBidsXlsx(const Tender& tender, const QByteArray& xlsx, const QString& fileName,
                         const QString& sheet = {});

} // namespace tulana
