#include "RecordImport.h"

#include "SpdxExpression.h"
#include "YamlSupport.h"
#include "i18n/Translate.h"
#include "support/InputFile.h"

#include <QFileInfo>

namespace tulana::openness {

namespace {

// A licence whose parentheses nest past what the SPDX parser takes is
// refused, as the tender loader refuses it: kept, it would be written into
// the tender.
RecordImport refuseTooDeepLicences(RecordImport in, const QString& fileName)
{
    if (!in.record)
        return in;
    const OpennessRecord& r = *in.record;
    bool refused = false;
    for (const QString* licence :
         {&r.licences.distribution, &r.licences.code, &r.licences.data, &r.licences.document})
        if (nestsTooDeepForSpdx(*licence)) {
            in.problems << error(fileName, spdxNestingMessage());
            refused = true;
        }
    for (const ComponentEntry& e : r.components)
        if (nestsTooDeepForSpdx(e.licence)) {
            in.problems << error(e.location.isEmpty() ? fileName : e.location,
                                 spdxNestingMessage());
            refused = true;
        }
    if (refused)
        in.record.reset();
    return in;
}

} // namespace

RecordImport importOpennessYaml(const QByteArray& bytes, const QString& fileName)
{
    RecordImport out;
    std::optional<YAML::Node> root = yaml::parse(bytes, fileName, &out.problems);
    if (!root)
        return out;
    if (root->IsMap() && ((*root)["release"].IsDefined() || (*root)["framework"].IsDefined()))
        return refuseTooDeepLicences(importMotRecord(bytes, fileName), fileName);
    if (root->IsMap() && (*root)["system"].IsDefined())
        return refuseTooDeepLicences(importOsaiRecord(bytes, fileName), fileName);
    out.problems << error(
        yaml::place(fileName, *root),
        tulana::tr("not an openness record: expected a Model Openness Tool record "
                   "(\"framework\", \"release\") or an Open Source AI Index record "
                   "(\"system\" and graded parameters)"));
    return out;
}

RecordImport importOpennessFile(const QString& path)
{
    QString why;
    const std::optional<QByteArray> bytes = readInputFile(path, kMaxRecordFileBytes, &why);
    if (!bytes) {
        RecordImport out;
        out.problems << error(path, why);
        return out;
    }
    RecordImport out = importOpennessYaml(*bytes, path);
    // The record travels with the tender file: it names the file it came
    // from, not where that file happened to be on the officer's disk.
    if (out.record) {
        const QString name = QFileInfo(path).fileName();
        const auto shorten = [&](QString& place) {
            if (place.startsWith(path))
                place = name + place.mid(path.size());
        };
        shorten(out.record->sourceFile);
        for (ComponentEntry& e : out.record->components)
            shorten(e.location);
        for (IndexParameterGrade& g : out.record->indexGrades)
            shorten(g.location);
    }
    return out;
}

} // namespace tulana::openness
