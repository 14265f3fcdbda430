#pragma once

#include <QString>

#include <optional>

namespace tulana::cli {

// A passphrase for a key file: the first line of `file` when one is given
// (for scripts and tests: such a file is as secret as the passphrase), else
// typed at the terminal without echo, else the first line of standard
// input. Nothing when none could be read; `error` then says why.
std::optional<QString> readPassphrase(const QString& prompt, const QString& file, QString* error);

} // namespace tulana::cli
