// The sealed-envelope process's files: an envelope file as a bidder hands it
// in, and the financial proposal found inside once opened. Both readers get
// the same bytes.
#include "FuzzInput.h"

#include "io/FinancialProposal.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace tulana;
    const QByteArray json = fuzz::bytes(data, size);
    Problems problems;
    const auto proposal = readProposal(json, &problems);
    if (!proposal && problems.empty())
        fuzz::fail("a proposal refused without a problem");
    readEnvelopeFile(json);
    return 0;
}
