#pragma once

// Just enough ZIP for ODT files: reading the entries of an archive (stored or
// deflated) and writing one. Internal to tulana_memo.

#include <QByteArray>
#include <QString>

#include <optional>
#include <vector>

namespace tulana::zip {

struct Entry
{
    QByteArray name;
    QByteArray data; // uncompressed
    bool compress = true;
};

// What reading an archive may cost, whatever its headers claim: a memo's
// ODT has a handful of entries (content, styles, manifest, meta, a picture
// per chart) of a few MB at most, so these leave room for a memo of
// thousands of bids and stop a zip bomb (docs/reliability.md, "Limits on
// input") long before it costs the ~200 MB a reading may take.
struct Limits
{
    int maxEntries = 256;
    qsizetype maxEntryBytes = 32 * 1024 * 1024; // one entry, uncompressed
    qsizetype maxTotalBytes = 64 * 1024 * 1024; // all entries together, uncompressed
};

// The entries in the archive's order, or nothing when it is not one we can
// read or it is over a limit; `why` then says what, in the user's words.
// Inflating stops at the size the entry's header declares and at the limits,
// so a lying header costs no more than a truthful one.
std::optional<std::vector<Entry>> read(const QByteArray& archive, QString* why = nullptr,
                                       const Limits& limits = {});

// An archive of the entries, in order; deflated unless `compress` is false.
QByteArray write(const std::vector<Entry>& entries);

} // namespace tulana::zip
