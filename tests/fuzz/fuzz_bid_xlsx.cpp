// The bids import from an Excel workbook (importBidsXlsx: a zip of XML
// parts, read with limits on entries and sizes) into the sample tender, whose
// criteria and committee decide which marks columns the sheet may have. As
// with a CSV, a workbook with an error gives no bids.
#include "SampleTender.h"

#include "io/BidXlsxImport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const tulana::BidImport import =
        tulana::importBidsXlsx(tulana::fuzz::chatbotSample(), tulana::fuzz::bytes(data, size),
                               QStringLiteral("bids.xlsx"));
    if (!import.bids.empty() && tulana::hasErrors(import.problems))
        tulana::fuzz::fail("bids imported from a workbook with errors");
    return 0;
}
