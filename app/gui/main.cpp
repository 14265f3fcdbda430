#include "MainWindow.h"

#include <QApplication>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Tulana"));
    QApplication::setApplicationVersion(QStringLiteral(TULANA_VERSION));
    tulana::MainWindow window;
    if (argc > 1)
        window.openFile(QApplication::arguments().at(1));
    window.show();
    return app.exec();
}
