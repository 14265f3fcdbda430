#pragma once

namespace tulana::crypto {

// Initialises libsodium once (thread-safe, idempotent); every function of
// this folder calls it first. False only when the library cannot start
// (no source of randomness), and then nothing here can work.
bool sodiumReady();

} // namespace tulana::crypto
