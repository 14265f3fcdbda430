// The tender file as the app and tulana-cli read it: readTender() from bytes.
#include "FuzzInput.h"

#include "io/TenderFile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const tulana::TenderLoad load = tulana::readTender(tulana::fuzz::bytes(data, size));
    if (!load.tender && load.problems.empty())
        tulana::fuzz::fail("a tender refused without a problem");
    return 0;
}
