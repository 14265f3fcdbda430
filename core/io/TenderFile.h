#pragma once

#include "diagnostics/Problem.h"
#include "tender/Tender.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace tulana {

inline constexpr const char* kTenderFormat = "tulana-tender";
inline constexpr int kTenderFormatVersion = 2; // 2 adds "process" (docs/file-format.md)

struct TenderLoad
{
    // Set when the file has the right shape. A tender still being prepared
    // (marks missing, weights not yet adding up) loads: those are reported by
    // checkTenderValues(), not here, so no work in progress is locked out.
    std::optional<Tender> tender;
    Problems problems; // shape problems, each with its JSON path
};

TenderLoad readTender(const QByteArray& json);
TenderLoad loadTenderFile(const QString& path);

// Canonical JSON: fixed key order, shortest exact numbers, two-space indent
// with short arrays on one line. Loading and saving again gives the same bytes.
QByteArray writeTender(const Tender& tender);
bool saveTenderFile(const Tender& tender, const QString& path, QString* errorMessage);

} // namespace tulana
