// A training case (case.json), checked against the bundled references.
#include "TempFile.h"

#include "training/TrainingLoad.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace tulana;
    static const training::References references = training::bundledReferences();
    const QString path =
        fuzz::writeScratch(QStringLiteral("cases/fuzz/case.json"), fuzz::bytes(data, size));
    const training::CaseLoad load = training::loadCase(path, references);
    if (!load.trainingCase && load.problems.empty())
        fuzz::fail("a case refused without a problem");
    return 0;
}
