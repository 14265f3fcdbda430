// The CSV a committee member fills in a spreadsheet instead of the sheet
// window (fillSheetFromCsv), into the first sheet of the recorded sample.
// Refused, it leaves the sheet as it was; taken, the sheet written back as
// a CSV fills to the same sheet (what the member sees is what is signed).
#include "SampleTender.h"

#include "committee/EvaluatorSheet.h"

namespace {

const tulana::committee::EvaluatorSheet& issuedSheet()
{
    static const tulana::committee::EvaluatorSheet sheet = [] {
        const tulana::Tender tender = tulana::fuzz::loadSample("citizen-services-chatbot-recorded");
        if (tender.process.sheets.empty())
            tulana::fuzz::fail("the recorded sample holds no sheet");
        auto read = tulana::committee::readSheet(tender.process.sheets.front().bytes, nullptr);
        if (!read)
            tulana::fuzz::fail("the recorded sample's sheet does not read");
        return std::move(*read);
    }();
    return sheet;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace tulana;
    committee::EvaluatorSheet sheet = issuedSheet();
    const Problems problems = committee::fillSheetFromCsv(sheet, fuzz::bytes(data, size));
    if (hasErrors(problems)) {
        // Compared field by field (the issued sheet's numbers are all finite,
        // so no NaN makes it differ from itself): serialising both sheets
        // for every refused input took most of the harness's time.
        if (sheet != issuedSheet())
            fuzz::fail("a refused CSV changed the sheet");
        return 0;
    }
    committee::EvaluatorSheet again = issuedSheet();
    if (hasErrors(committee::fillSheetFromCsv(again, committee::sheetCsv(sheet))))
        fuzz::fail("the CSV of a filled sheet is refused");
    if (committee::sheetFileBytes(again) != committee::sheetFileBytes(sheet))
        fuzz::fail("the CSV of a filled sheet fills another sheet");
    return 0;
}
