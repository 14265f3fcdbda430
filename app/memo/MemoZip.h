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

// The entries in the archive's order, or nothing when it is not one we can read.
std::optional<std::vector<Entry>> read(const QByteArray& archive);

// An archive of the entries, in order; deflated unless `compress` is false.
QByteArray write(const std::vector<Entry>& entries);

} // namespace tulana::zip
