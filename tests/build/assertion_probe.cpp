// Proves that a build made with TULANA_ASSERTIONS (the CI preset) keeps its
// checks on although it is optimised: each mode breaks one kind of check,
// whose message CTest looks for, and the abort that follows is turned into a
// plain exit so that CTest reads the output instead of reporting a crash.
#include <QtGlobal>

#include <cassert>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <unistd.h>
#include <vector>

namespace {

extern "C" void reportAbort(int)
{
    static const char said[] = "assertion probe: aborted\n";
    (void)!write(STDERR_FILENO, said, sizeof said - 1);
    _exit(0);
}

} // namespace

int main(int argc, char** argv)
{
    std::signal(SIGABRT, reportAbort);
    const char* mode = argc > 1 ? argv[1] : "none";
    std::vector<int> numbers{1, 2, 3};
    volatile std::size_t past = numbers.size(); // volatile: not folded away
    if (std::strcmp(mode, "q_assert") == 0) {
        Q_ASSERT(numbers.size() == 4);
    } else if (std::strcmp(mode, "assert") == 0) {
        assert(numbers.size() == 4);
    } else if (std::strcmp(mode, "glibcxx") == 0) {
        volatile int beyond = numbers[past]; // out of range: _GLIBCXX_ASSERTIONS aborts
        (void)beyond;
    }
    std::printf("assertion probe: mode %s did not abort\n", mode);
    return 0;
}
