// `tulana-cli training list [PACK]` and `training check PACK|CASE.json`:
// trainers check the packs and cases they write (docs/training.md).
#include "Commands.h"

#include "Cli.h"
#include "training/TrainingLoad.h"

#include <QDir>
#include <QFileInfo>

namespace tulana::cli {
namespace {

// Problems are located relative to the pack; name them from where the
// command was run so an editor opens the right file.
void printLocated(Problems problems, const QString& packArgument, Io io)
{
    for (Problem& p : problems) {
        if (!packArgument.isEmpty() && packArgument != QLatin1String(".") && !p.where.isEmpty() &&
            !p.where.startsWith(QLatin1Char(':')))
            p.where = QDir(packArgument).filePath(p.where);
    }
    printProblems(problems, io); // "error: FILE: PLACE: message", as every command
}

int countQuestions(const training::TrainingPack& pack)
{
    int n = 0;
    for (const training::TrainingCase& c : pack.cases)
        n += int(c.questions.size());
    return n;
}

int listCommand(const QStringList& args, Io io)
{
    if (args.size() > 1)
        return usageError(tulana::tr("training list takes at most one PACK"), io);
    const QString dir = args.isEmpty() ? training::bundledPackDir() : args.constFirst();
    const training::PackLoad load = training::loadPack(dir);
    printLocated(load.problems, args.isEmpty() ? QString() : dir, io);
    if (!load.pack)
        return InvalidInput;
    io.out << load.pack->title.text() << '\n';
    io.out << QStringLiteral("%1  %2  %3  %4  %5\n")
                  .arg(tulana::tr("id"), -32)
                  .arg(tulana::tr("minutes"), 7)
                  .arg(tulana::tr("goals"), 5)
                  .arg(tulana::tr("questions"), 9)
                  .arg(tulana::tr("title"));
    for (const training::TrainingCase& c : load.pack->cases)
        io.out << QStringLiteral("%1  %2  %3  %4  %5\n")
                      .arg(c.id, -32)
                      .arg(c.minutes, 7)
                      .arg(int(c.goals.size()), 5)
                      .arg(int(c.questions.size()), 9)
                      .arg(c.title.text());
    if (load.pack->cases.empty())
        io.out << tulana::tr("(no cases)") << '\n';
    return hasErrors(load.problems) ? InvalidInput : Success;
}

int checkCommand(const QStringList& args, Io io)
{
    if (args.size() != 1)
        return usageError(tulana::tr("training check takes one PACK directory or CASE.json"), io);
    const QString path = args.constFirst();
    const QFileInfo info(path);
    if (!info.exists()) {
        io.err << tulana::tr("%1: no such file or directory").arg(path) << '\n';
        return InvalidInput;
    }
    // A case folder without a pack.json is checked as its case.json.
    const QDir asDir(path);
    const bool caseFolder = info.isDir() && !asDir.exists(QStringLiteral("pack.json")) &&
                            asDir.exists(QStringLiteral("case.json"));
    const bool isPack =
        !caseFolder && (info.isDir() || info.fileName() == QLatin1String("pack.json"));
    if (isPack) {
        const QString dir = info.isDir() ? path : info.path();
        const training::PackLoad load = training::loadPack(dir);
        printLocated(load.problems, dir, io);
        if (hasErrors(load.problems) || !load.pack)
            return InvalidInput;
        io.out
            << tulana::tr("%1: %n case(s) checked", nullptr, int(load.pack->cases.size())).arg(path)
            << tulana::tr(", %n question(s), no errors", nullptr, countQuestions(*load.pack))
            << '\n';
        return Success;
    }
    const QString caseFile = caseFolder ? asDir.filePath(QStringLiteral("case.json")) : path;
    const training::CaseLoad load = training::loadCase(caseFile);
    printLocated(load.problems, QString(), io);
    if (hasErrors(load.problems) || !load.trainingCase)
        return InvalidInput;
    io.out << tulana::tr("%1: case \"%2\" checked").arg(caseFile, load.trainingCase->id)
           << tulana::tr(", %n question(s), no errors", nullptr,
                         int(load.trainingCase->questions.size()))
           << '\n';
    return Success;
}

} // namespace

int trainingCommand(const QStringList& args, Io io)
{
    if (args.isEmpty())
        return usageError(tulana::tr("training needs a subcommand: list or check"), io);
    const QString sub = args.constFirst();
    if (sub == QLatin1String("list"))
        return listCommand(args.mid(1), io);
    if (sub == QLatin1String("check"))
        return checkCommand(args.mid(1), io);
    return usageError(tulana::tr("unknown training subcommand \"%1\" (list or check)").arg(sub),
                      io);
}

} // namespace tulana::cli
