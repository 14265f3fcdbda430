// A training pack's pack.json (the cases it lists are looked for beside it
// and are not there).
#include "TempFile.h"

#include "training/TrainingLoad.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace tulana;
    fuzz::writeScratch(QStringLiteral("pack.json"), fuzz::bytes(data, size));
    const training::PackLoad load = training::loadPack(fuzz::scratch().path());
    if (!load.pack && load.problems.empty())
        fuzz::fail("a pack refused without a problem");
    return 0;
}
