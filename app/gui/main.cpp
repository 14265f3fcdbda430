#include "i18n/Language.h"
#include "sheet/SheetWindow.h"
#include "views/LanguageMenu.h"
#include "views/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTimer>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Tulana"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tulana"));
    QApplication::setOrganizationName(QStringLiteral("Tulana"));
    QApplication::setOrganizationDomain(QStringLiteral("tulana.example.invalid"));
    QApplication::setApplicationVersion(QStringLiteral(TULANA_VERSION));
    // The installed .desktop file's name: lets Wayland and the desktop match
    // the window with its menu entry and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("in.tulana.Tulana"));
    // Before any text is made: the chosen language, else the system's.
    tulana::i18n::useLanguage(tulana::LanguageMenu::startupLanguage());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Evaluate AI-system tenders (QCBS, L1, QBS, FBS)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A .tulana tender to open."),
                                 QStringLiteral("[file]"));
    const QCommandLineOption smokeTest(
        QStringLiteral("smoke-test"),
        QApplication::translate("main", "Open the file, show the window and quit at once "
                                        "(exit status 0 when it opened), for install checks."));
    parser.addOption(smokeTest);
    parser.process(app);

    const QString file = parser.positionalArguments().value(0);
    // A member's evaluator sheet: evaluator mode, the sheet and nothing else.
    if (tulana::SheetWindow::isSheetFile(file) && !parser.isSet(smokeTest)) {
        auto* sheet = new tulana::SheetWindow;
        if (!sheet->openSheet(file))
            return 1;
        sheet->show();
        return app.exec();
    }
    tulana::MainWindow window;
    window.show();
    if (!parser.isSet(smokeTest)) {
        if (!file.isEmpty())
            window.openFile(file);
        return app.exec();
    }
    // Smoke test: open inside the running event loop, then quit. A file
    // that does not open shows its problems in a dialog, which nobody will
    // close: the watchdog ends the run with status 1.
    QTimer::singleShot(0, &window, [&] {
        const bool opened = file.isEmpty() || window.openFile(file);
        QApplication::exit(opened ? 0 : 1);
    });
    QTimer::singleShot(20000, &window, [] { QApplication::exit(1); });
    return app.exec();
}
