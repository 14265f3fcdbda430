// The two parsers of a tender file agree on every input (issue 20): the fast
// path (simdjson) and the reference (nlohmann/json) both refuse it with the
// same problems, or both load the same tender, compared as writeTender
// writes it. And the fast path's own document, when it gives one, is the
// reference's (tests/io/tst_tenderparsers.cpp checks the same over the
// project's files).
#include "FuzzInput.h"

#include "FileMarksCompare.h" // the marks as each parser read them
#include "io/TenderFile.h"

using namespace tulana;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QByteArray text = fuzz::bytes(data, size);

    const TenderLoad fast = readTender(text, TenderJsonParser::Fast);
    const TenderLoad reference = readTender(text, TenderJsonParser::Reference);
    if (fast.problems.size() != reference.problems.size())
        fuzz::fail("the parsers found a different number of problems");
    for (qsizetype i = 0; i < fast.problems.size(); ++i)
        if (fast.problems[i].toString() != reference.problems[i].toString())
            fuzz::fail("the parsers found different problems");
    if (bool(fast.tender) != bool(reference.tender))
        fuzz::fail("one parser loaded the tender and the other did not");
    if (fast.tender && writeTender(*fast.tender) != writeTender(*reference.tender))
        fuzz::fail("the parsers loaded different tenders");

    if (const std::optional<TenderDocumentJson> doc = parseTenderJsonFast(text)) {
        Problems problems;
        const std::optional<TenderDocumentJson> ref = parseTenderJsonReference(text, problems);
        if (!ref)
            fuzz::fail("the fast path read a document the reference refuses");
        if (doc->document != ref->document || doc->marks.size() != ref->marks.size())
            fuzz::fail("the fast path read a different document");
        for (std::size_t i = 0; i < doc->marks.size(); ++i)
            if (!testsupport::sameFileMarks(doc->marks[i], doc->criterionIds, ref->marks[i],
                                            ref->criterionIds))
                fuzz::fail("the fast path read different marks");
    }
    return 0;
}
