#include "PassphraseInput.h"

#include "i18n/Translate.h"
#include "support/InputFile.h"
#include "support/VisibleControls.h"

#include <QTextStream>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace tulana::cli {
namespace {

QString firstLine(const QByteArray& bytes)
{
    const qsizetype end = bytes.indexOf('\n');
    QString line = QString::fromUtf8(end < 0 ? bytes : bytes.left(end));
    if (line.endsWith(u'\r'))
        line.chop(1);
    return line;
}

} // namespace

std::optional<QString> readPassphrase(const QString& prompt, const QString& file, QString* error)
{
    if (!file.isEmpty()) {
        QString why;
        const std::optional<QByteArray> bytes = readInputFile(file, kMaxSmallFileBytes, &why);
        if (!bytes) {
            if (error)
                *error = file + QStringLiteral(": ") + why;
            return std::nullopt;
        }
        return firstLine(*bytes);
    }
    std::string line;
#ifdef Q_OS_UNIX
    if (isatty(STDIN_FILENO)) {
        // The prompt names the key's owner, as the key file has it: its
        // control characters shown, never obeyed, as in every message.
        std::fputs(controlsShown(prompt).toUtf8().constData(), stderr);
        std::fflush(stderr);
        termios old{};
        tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
        std::getline(std::cin, line);
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
        std::fprintf(stderr, "\n");
        return QString::fromStdString(line);
    }
#else
    Q_UNUSED(prompt);
#endif
    if (!std::getline(std::cin, line)) {
        if (error)
            *error = tulana::tr("no passphrase was given (use --passphrase-file, or type it)");
        return std::nullopt;
    }
    return firstLine(QByteArray::fromStdString(line));
}

} // namespace tulana::cli
