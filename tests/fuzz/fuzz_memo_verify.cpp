// The reading side of verify-memo: a memo file as an ODT (the archive within
// its limits, content.xml), HTML, Markdown or PDF (poppler's text), chosen by
// the input's first byte; then the comparison of what was read. Properties:
// a reading compares equal to itself, and differs from itself with a line
// taken out.
#include "FuzzInput.h"

#include "MemoReadBack.h"
#include "memo/MemoCompare.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace tulana;
    if (size == 0)
        return 0;
    static const MemoFormat formats[] = {MemoFormat::Odt, MemoFormat::Html, MemoFormat::Markdown,
                                         MemoFormat::Pdf};
    const MemoFormat format = formats[data[0] % 4];
    QString why;
    const std::optional<MemoReading> reading =
        readMemoBytes(fuzz::bytes(data + 1, size - 1), format, &why);
    if (!reading) {
        if (why.isEmpty())
            fuzz::fail("a memo refused without a reason");
        return 0;
    }
    const MemoDocument none;
    if (!compareMemoText(reading->text, reading->text, none).matches())
        fuzz::fail("a reading differs from itself");
    if (!reading->text.empty()) {
        MemoText shorter = reading->text;
        shorter.erase(shorter.begin() + std::ptrdiff_t(shorter.size() / 2));
        const MemoComparison c = compareMemoText(reading->text, shorter, none);
        if (c.matches() || c.shown.empty())
            fuzz::fail("a line taken out is not a difference");
        for (const MemoDifference& d : c.shown)
            (void)describeDifference(d);
    }
    return 0;
}
