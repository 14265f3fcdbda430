#pragma once

#include "diagnostics/Problem.h"
#include "tender/OpennessRecord.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tulana::openness {

// The result of reading an openness record: the record, or the problems that
// stopped it, each located as "file.yml:LINE:COLUMN". Warnings may come with
// a record.
struct RecordImport
{
    std::optional<OpennessRecord> record;
    Problems problems;
};

// A Model Openness Tool record (fixtures/mot/models/*.yml, schema mof_schema.json).
RecordImport importMotRecord(const QByteArray& yaml, const QString& fileName);
// A European Open Source AI Index record (fixtures/osai-index/*.yaml).
RecordImport importOsaiRecord(const QByteArray& yaml, const QString& fileName);

// Reads the file and tells the two formats apart by their top-level keys
// ("framework"/"release" or "system"); `fileName` names it in problems.
RecordImport importOpennessYaml(const QByteArray& yaml, const QString& fileName);
// The record names the file by its name alone ("OLMo-7B.yml", and
// "OLMo-7B.yml:22:7" for an entry); the problems keep the path as given.
RecordImport importOpennessFile(const QString& path);

} // namespace tulana::openness
