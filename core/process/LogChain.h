#pragma once

#include "crypto/SecretBytes.h"
#include "tender/Process.h"

#include <QByteArray>

#include <optional>

namespace tulana::process {

// The log as a hash chain (docs/process.md, "The log"). Each entry's bytes
// are a fixed JSON of its fields but the signature; its leaf hash is
// SHA-256(0x00 ‖ bytes), and the log's head after it SHA-256(0x01 ‖
// previous head ‖ leaf hash), the two prefixes keeping a leaf from ever
// passing for a head (RFC 6962's domain separation). The head of the empty
// log is 32 zero bytes. An entry carries the head before it and is signed,
// over its bytes, by its actor.
QByteArray entryBytes(const ProcessRecord::Entry& entry);
QByteArray leafHash(const ProcessRecord::Entry& entry);
QByteArray nextHead(const QByteArray& previousHead, const QByteArray& leaf);
QByteArray emptyHead();

// The head after the first `size` entries, as they are (not checked).
QByteArray headOf(const std::vector<ProcessRecord::Entry>& log, std::size_t size);

// Appends `entry` (its kind, actor, summary, reason and digest filled in) to
// the log: numbers it, chains it to the head and signs it with the actor's
// secret key. `time` is the caller's (UTC, whole seconds).
void appendEntry(ProcessRecord& record, ProcessRecord::Entry entry,
                 const crypto::SecretBytes& actorSecretKey);

// A checkpoint of the log, as printed on a memo: "SIZE:HEX" (the number of
// entries and the head after them).
struct Checkpoint
{
    std::size_t size = 0;
    QByteArray head;
};
QString checkpointText(const std::vector<ProcessRecord::Entry>& log);
std::optional<Checkpoint> parseCheckpoint(const QString& text);

} // namespace tulana::process
