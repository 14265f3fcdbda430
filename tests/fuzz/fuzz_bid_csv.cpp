// The bid CSV import, into the sample tender (its criteria and committee
// decide which marks columns the file may have).
#include "FuzzInput.h"

#include "io/BidCsvImport.h"
#include "io/TenderFile.h"

#include <QFile>

namespace {

const tulana::Tender& sampleTender()
{
    static const tulana::Tender tender = [] {
        QFile file(QStringLiteral(":/tulana/samples/citizen-services-chatbot.tulana"));
        if (!file.open(QIODevice::ReadOnly))
            tulana::fuzz::fail("the sample tender is not in the resources");
        tulana::TenderLoad load = tulana::readTender(file.readAll());
        if (!load.tender)
            tulana::fuzz::fail("the sample tender does not load");
        return *load.tender;
    }();
    return tender;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const tulana::BidImport import = tulana::importBidsCsv(
        sampleTender(), tulana::fuzz::bytes(data, size), QStringLiteral("bids.csv"));
    if (!import.bids.empty() && tulana::hasErrors(import.problems))
        tulana::fuzz::fail("bids imported from a file with errors");
    return 0;
}
