// The bid CSV import, into the sample tender (its criteria and committee
// decide which marks columns the file may have).
#include "SampleTender.h"

#include "io/BidCsvImport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const tulana::BidImport import = tulana::importBidsCsv(
        tulana::fuzz::chatbotSample(), tulana::fuzz::bytes(data, size), QStringLiteral("bids.csv"));
    if (!import.bids.empty() && tulana::hasErrors(import.problems))
        tulana::fuzz::fail("bids imported from a file with errors");
    return 0;
}
