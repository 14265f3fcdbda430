#include "Sodium.h"

#include <sodium.h>

namespace tulana::crypto {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

} // namespace tulana::crypto
