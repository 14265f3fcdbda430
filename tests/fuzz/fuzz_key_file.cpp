// A committee member's key file (process/KeyFile.h); never unlocked here.
#include "FuzzInput.h"

#include "process/KeyFile.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    tulana::Problems problems;
    const auto key = tulana::process::readKeyFile(tulana::fuzz::bytes(data, size), &problems);
    if (!key && problems.empty())
        tulana::fuzz::fail("a key file refused without a problem");
    return 0;
}
