#pragma once

#include "Commands.h"
#include "crypto/SecretBytes.h"
#include "process/KeyFile.h"
#include "tender/Tender.h"

#include <QCommandLineParser>
#include <QDateTime>

#include <optional>

// What the commands that sign an act share (tulana-cli process, sheet,
// moderate): a key file unlocked by its passphrase, the act's time, and
// the tender saved only when the act is done.
namespace tulana::cli {

struct Unlocked
{
    process::KeyFile file;
    crypto::SecretBytes secret;
};

std::optional<process::KeyFile> loadKey(const QString& path, Io io);
// The key at `path`, unlocked with the passphrase typed at the terminal or
// read from `passphraseFile`; nothing (and the reason printed) otherwise.
std::optional<Unlocked> unlockKey(const QString& path, const QString& passphraseFile, Io io);
// --time, for samples written the same every time; else now.
QDateTime actTime(const QCommandLineParser& parser);
// Prints `problems`; unless one is an error, saves `tender` to `target`
// and prints `done`.
int finish(const Problems& problems, const Tender& tender, const QString& target,
           const QString& done, Io io);

} // namespace tulana::cli
