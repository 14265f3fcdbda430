#include "views/MainWindow.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Tulana"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tulana"));
    QApplication::setOrganizationName(QStringLiteral("Tulana"));
    QApplication::setOrganizationDomain(QStringLiteral("tulana.example.invalid"));
    QApplication::setApplicationVersion(QStringLiteral(TULANA_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Evaluate AI-system tenders (QCBS, L1, QBS, FBS)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"),
                                 QApplication::translate("main", "A .tulana tender to open."),
                                 QStringLiteral("[file]"));
    parser.process(app);

    tulana::MainWindow window;
    window.show();
    if (!parser.positionalArguments().isEmpty())
        window.openFile(parser.positionalArguments().constFirst());
    return app.exec();
}
