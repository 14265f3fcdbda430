// A trainee's results file (training/TraineeResults.h), from bytes.
#include "FuzzInput.h"

#include "training/TraineeResults.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const tulana::training::ResultsLoad load =
        tulana::training::readResults(tulana::fuzz::bytes(data, size));
    if (!load.results && load.problems.empty())
        tulana::fuzz::fail("results refused without a problem");
    return 0;
}
