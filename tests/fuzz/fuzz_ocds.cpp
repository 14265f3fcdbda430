// The OCDS import (importOcds): a published release package, record package
// or single release becomes a tender the officer completes. Whatever the
// file, the import ends with problems or a tender; a tender it gives without
// an error must be one Tulana can save and open again, as `import-ocds
// --out` does.
#include "FuzzInput.h"

#include "io/TenderFile.h"
#include "ocds/OcdsImport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace tulana;
    const OcdsImport imported = importOcds(fuzz::bytes(data, size), QStringLiteral("release.json"));
    if (!imported.tender || hasErrors(imported.problems))
        return 0;
    const QByteArray saved = writeTender(*imported.tender);
    const TenderLoad load = readTender(saved);
    if (!load.tender)
        fuzz::fail("a tender imported from OCDS without an error does not open once saved");
    if (writeTender(*load.tender) != saved)
        fuzz::fail("a tender imported from OCDS saves to other bytes once reopened");
    return 0;
}
