#include "Cli.h"
#include "i18n/Language.h"

#include <QCoreApplication>
#include <QGuiApplication>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <memory>

namespace {

QtMessageHandler qtDefaultHandler = nullptr;

// Qt's GUI module, which lays out the memo, asks for the user's runtime
// folder; on a server or in a container there is none, and Qt warns that it
// falls back to /tmp. tulana-cli keeps nothing there, so that warning would
// only alarm a user. Qt's font loader also warns, for a Hindi memo, that
// "OpenType support [is] missing for Noto Serif, script 11" (Devanagari):
// it tries the memo's Latin face for text it itemises as Devanagari (a
// space or a number between Hindi words) before the Devanagari face, which
// then draws it (tst_memopdftext reads every Hindi word back). Every other
// message is passed on as Qt would print it.
void dropHarmlessWarnings(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    if (type == QtWarningMsg &&
        (message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR")) ||
         message.contains(QLatin1String("OpenType support missing for"))))
        return;
    if (qtDefaultHandler)
        qtDefaultHandler(type, context, message);
    else
        std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
}

} // namespace

int main(int argc, char** argv)
{
    qtDefaultHandler = qInstallMessageHandler(dropHarmlessWarnings);
#ifdef SIGPIPE
    // A reader that goes away (`| head`) would otherwise end the program
    // silently in the middle of a report: a write to it fails instead, and
    // the command says the output could not be written and exits 1.
    std::signal(SIGPIPE, SIG_IGN);
#endif
    // A memo is laid out with fonts and painted into a PDF or ODT: that needs
    // a QGuiApplication, for writing one and for verify-memo, which makes the
    // memo again. Without a display it runs on the offscreen platform,
    // unless the user chose a platform.
    const bool memo =
        argc > 1 && (std::strcmp(argv[1], "memo") == 0 || std::strcmp(argv[1], "verify-memo") == 0);
    std::unique_ptr<QCoreApplication> app;
    if (memo) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") &&
            qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        app = std::make_unique<QGuiApplication>(argc, argv);
    } else {
        app = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication::setApplicationName(QStringLiteral("tulana-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TULANA_VERSION));
    // Messages in the locale's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    tulana::i18n::useLanguage(tulana::i18n::systemLanguage());
    return tulana::cli::run(QCoreApplication::arguments());
}
