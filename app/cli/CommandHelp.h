#pragma once

#include <QString>

#include <optional>

namespace tulana::cli {

// The whole usage text (`tulana-cli --help`): every command's usage lines,
// the options and the exit codes, in the user's language.
QString helpText();

// One command's usage (`tulana-cli score --help`), or nothing for a name
// that is no command. Each command's lines are written once, here, and the
// whole text above is made of them.
std::optional<QString> commandHelpText(const QString& command);

// Whether the arguments after a command ask for its help.
bool asksForHelp(const QStringList& commandArguments);

} // namespace tulana::cli
