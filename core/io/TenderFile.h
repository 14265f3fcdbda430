#pragma once

#include "diagnostics/Problem.h"
#include "tender/Tender.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tulana {

inline constexpr const char* kTenderFormat = "tulana-tender";
inline constexpr int kTenderFormatVersion =
    3; // 2 adds "process", 3 "committee" (docs/file-format.md)

struct TenderLoad
{
    // Set when the file has the right shape. A tender still being prepared
    // (marks missing, weights not yet adding up) loads: those are reported by
    // checkTenderValues(), not here, so no work in progress is locked out.
    std::optional<Tender> tender;
    Problems problems; // shape problems, each with its JSON path
};

// Which JSON parser reads the file: Fast is simdjson, which hands anything it
// is not sure of (every file with an error among them) to the reference,
// nlohmann/json, so both give the same tender and the same problems
// (docs/performance.md, "Fast loading"). Reference is for the tests that
// hold them to that.
enum class TenderJsonParser
{
    Fast,
    Reference
};

TenderLoad readTender(const QByteArray& json, TenderJsonParser parser = TenderJsonParser::Fast);
TenderLoad loadTenderFile(const QString& path);
// loadTenderFile(path) places each problem as "PATH: <JSON path>" (or PATH
// alone for the file as a whole). The JSON path within the file, empty for
// the whole file; `where` as it is for a problem placed otherwise.
QString placeWithinFile(const QString& where, const QString& path);
// The same problems with each place in words ("PATH: bid no. 2 › price"),
// as a person reads them; the JSON path belongs in --format json.
Problems loadProblemsInWords(Problems problems, const QString& path);

// Canonical JSON: fixed key order, shortest exact numbers, two-space indent
// with short arrays on one line. Loading and saving again gives the same bytes.
QByteArray writeTender(const Tender& tender);
bool saveTenderFile(const Tender& tender, const QString& path, QString* errorMessage);

} // namespace tulana
