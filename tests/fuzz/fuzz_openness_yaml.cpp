// Openness records: a Model Openness Tool record and an Open Source AI
// Index record, each reader given the same bytes, and the reader that tells
// them apart.
#include "FuzzInput.h"

#include "openness/RecordImport.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    using namespace tulana::openness;
    const QByteArray yaml = tulana::fuzz::bytes(data, size);
    const QString name = QStringLiteral("record.yml");
    importMotRecord(yaml, name);
    importOsaiRecord(yaml, name);
    importOpennessYaml(yaml, name);
    return 0;
}
