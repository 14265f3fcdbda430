#include "Cli.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("tulana-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TULANA_VERSION));
    return tulana::cli::run(QCoreApplication::arguments());
}
