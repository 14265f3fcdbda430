// A committee member's evaluator sheet as the convenor receives it
// (readSheet: the file's form; docs/committee.md). A sheet that reads
// without an error is written and read again: the same sheet, the same
// bytes, so that what the member signed is what the convenor checks.
#include "FuzzInput.h"

#include "committee/EvaluatorSheet.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace tulana;
    Problems problems;
    const std::optional<committee::EvaluatorSheet> sheet =
        committee::readSheet(fuzz::bytes(data, size), &problems);
    if (!sheet)
        return 0;
    if (hasErrors(problems))
        fuzz::fail("a sheet was read from a file with errors");
    const QByteArray written = committee::sheetFileBytes(*sheet);
    Problems again;
    const std::optional<committee::EvaluatorSheet> reread = committee::readSheet(written, &again);
    if (!reread)
        fuzz::fail("a sheet that was read does not read back once written");
    if (committee::sheetFileBytes(*reread) != written)
        fuzz::fail("a sheet read back writes other bytes");
    if (committee::signedBytes(*reread) != committee::signedBytes(*sheet))
        fuzz::fail("a sheet read back signs other bytes");
    return 0;
}
