// A sample tender from the core's resources, loaded once per harness: the
// tender an import goes into, or whose recorded process holds a sheet.
#pragma once

#include "FuzzInput.h"

#include "io/TenderFile.h"

#include <QFile>

#include <utility>

namespace tulana::fuzz {

// `name` without its folder or ".tulana"; stops the harness if it is not
// there or does not load, which would make every input meaningless.
inline Tender loadSample(const char* name)
{
    QFile file(QStringLiteral(":/tulana/samples/%1.tulana").arg(QLatin1String(name)));
    if (!file.open(QIODevice::ReadOnly))
        fail("a sample tender is not in the resources");
    TenderLoad load = readTender(file.readAll());
    if (!load.tender)
        fail("a sample tender does not load");
    return std::move(*load.tender);
}

inline const Tender& chatbotSample()
{
    static const Tender tender = loadSample("citizen-services-chatbot");
    return tender;
}

} // namespace tulana::fuzz
