// SPDX licence expressions ("Apache-2.0 AND (MIT OR BSD-3-Clause)"), as an
// openness record or the Openness page gives them, from UTF-8.
#include "FuzzInput.h"

#include "openness/SpdxExpression.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const QString text = QString::fromUtf8(tulana::fuzz::bytes(data, size));
    const tulana::openness::SpdxParse parse = tulana::openness::parseSpdxExpression(text);
    if (!parse.expression && parse.error.isEmpty())
        tulana::fuzz::fail("an expression refused without a message");
    if (parse.expression && !parse.error.isEmpty())
        tulana::fuzz::fail("an expression parsed with an error");
    return 0;
}
