// Load, save, load: what a tender file holds survives a save. A tender that
// loads is written and read again; the second load must succeed, equal the
// first, and save to the same bytes (issue 20: two criteria with one id lost
// their marks this way).
#include "FuzzInput.h"

#include "io/TenderFile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace tulana;
    const TenderLoad first = readTender(fuzz::bytes(data, size));
    if (!first.tender)
        return 0;
    const QByteArray saved = writeTender(*first.tender);
    const TenderLoad second = readTender(saved);
    if (!second.tender)
        fuzz::fail("a saved tender does not load again");
    if (!(*second.tender == *first.tender))
        fuzz::fail("the tender loaded after a save differs from the one saved");
    if (writeTender(*second.tender) != saved)
        fuzz::fail("saving the reloaded tender gives other bytes");
    return 0;
}
