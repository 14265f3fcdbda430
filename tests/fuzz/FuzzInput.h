// What every harness of tests/fuzz shares: libFuzzer's entry point, the
// input as a QByteArray, and a stop that libFuzzer reports as a crash.
#pragma once

#include <QByteArray>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace tulana::fuzz {

// A copy: the parsers may keep the bytes beyond the call.
inline QByteArray bytes(const std::uint8_t* data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

// A property the harness checks does not hold: stop, so libFuzzer keeps the input.
[[noreturn]] inline void fail(const char* what)
{
    std::fprintf(stderr, "tulana fuzz: %s\n", what);
    std::abort();
}

} // namespace tulana::fuzz

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);
