#include "RecordImport.h"

#include "YamlSupport.h"
#include "i18n/Translate.h"
#include "support/InputFile.h"

#include <QFileInfo>

namespace tulana::openness {

RecordImport importOpennessYaml(const QByteArray& bytes, const QString& fileName)
{
    RecordImport out;
    std::optional<YAML::Node> root = yaml::parse(bytes, fileName, &out.problems);
    if (!root)
        return out;
    if (root->IsMap() && ((*root)["release"].IsDefined() || (*root)["framework"].IsDefined()))
        return importMotRecord(bytes, fileName);
    if (root->IsMap() && (*root)["system"].IsDefined())
        return importOsaiRecord(bytes, fileName);
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
