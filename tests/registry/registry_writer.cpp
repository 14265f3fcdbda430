// A writer for the concurrency tests: adds COUNT records to the registry at
// DB, each in its own transaction, as COUNT separate `tulana-cli registry add`
// runs would. The first nine tenths have references of this worker's own
// ("W3-17"); the last tenth are shared by every worker ("SHARED-95"), so
// several processes add the same tender at the same moment.
//
//   registry_writer DB WORKER COUNT SAMPLE.tulana
#include "io/TenderFile.h"
#include "registry/RegistryStore.h"
#include "scoring/Evaluator.h"

#include <QCoreApplication>
#include <QTextStream>

using namespace tulana;
using namespace tulana::registry;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream err(stderr);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        err << "usage: registry_writer DB WORKER COUNT SAMPLE\n";
        return 2;
    }
    QString why;
    const std::optional<Connection> connection = parseConnection(args.at(1), &why);
    const int worker = args.at(2).toInt();
    const int count = args.at(3).toInt();
    const TenderLoad load = loadTenderFile(args.at(4));
    if (!connection || !load.tender) {
        err << "registry_writer: " << why << " (or the sample did not load)\n";
        return 2;
    }
    const RecordBuild build = buildRegistryRecord(*load.tender, evaluate(*load.tender), {});
    if (!build.record) {
        err << "registry_writer: the sample gives no record\n";
        return 2;
    }
    const std::unique_ptr<RegistryStore> store = RegistryStore::open(*connection, &why);
    if (!store) {
        err << "registry_writer: " << why << '\n';
        return 1;
    }
    const int own = count - count / 10;
    for (int i = 0; i < count; ++i) {
        RegistryRecord record = *build.record;
        record.reference = i < own ? QStringLiteral("W%1-%2").arg(worker).arg(i)
                                   : QStringLiteral("SHARED-%1").arg(i);
        record.title = QStringLiteral("written by worker %1").arg(worker);
        if (!store->add(record, QString(), &why)) {
            err << "registry_writer: record " << i << ": " << why << '\n';
            return 1;
        }
    }
    return 0;
}
