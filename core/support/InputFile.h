#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace tulana {

// The most Tulana reads from a file a user names, by kind of file
// (docs/reliability.md, "Limits on input"). Each is several times the
// largest real file of its kind, so no real file meets it; /dev/zero, a pipe
// that never ends or a file that is not what it claims to be is refused
// instead of filling the memory.
inline constexpr qint64 kMebibyte = 1024 * 1024;
// Six times the largest tender the benchmark makes (10,000 bids × 50 criteria
// × 5 members: 22 MB).
inline constexpr qint64 kMaxTenderFileBytes = 128 * kMebibyte;
// The bids of that tender as CSV, marks included, are about 10 MB.
inline constexpr qint64 kMaxCsvFileBytes = 32 * kMebibyte;
// An openness record (a Model Openness Tool or Open Source AI Index YAML
// file) is a few kilobytes.
inline constexpr qint64 kMaxRecordFileBytes = 4 * kMebibyte;
// Keys, sealed envelopes, passphrases, training cases and results: a few
// kilobytes each.
inline constexpr qint64 kMaxSmallFileBytes = 16 * kMebibyte;
// A memo read back for its fingerprint: a PDF with its fonts is under 2 MB.
inline constexpr qint64 kMaxMemoFileBytes = 64 * kMebibyte;

// Reads the whole file at `path`, at most `limit` bytes. A regular file
// larger than that is refused before anything is read; anything else (a
// pipe, a device) is read in chunks and refused as soon as it gives more. On
// failure returns nothing and sets *errorMessage to why, in words to put
// after the file's name ("cannot be opened: …", "holds more than 128 MB…").
// `spare` bytes are allocated past the end (not part of the result), for a
// parser that reads ahead: simdjson needs 64, and would copy the file without.
std::optional<QByteArray> readInputFile(const QString& path, qint64 limit, QString* errorMessage,
                                        qint64 spare = 0);

} // namespace tulana
