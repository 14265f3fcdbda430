// `tulana-cli training list [PACK]` and `training check PACK|CASE.json`:
// trainers check the packs and cases they write (docs/training.md);
// `training verify-certificate` checks a certificate against a results file.
#include "Commands.h"

#include "CertificatePdf.h"
#include "Cli.h"
#include "support/InputFile.h"
#include "training/Certificate.h"
#include "training/TrainingLoad.h"

#include <QDate>
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

// verify-certificate RESULTS CERTIFICATE.pdf, or RESULTS --id ID --date
// YYYY-MM-DD for a certificate on paper: recomputes the identifier from the
// results file and the date of issue, and compares.
int verifyCertificateCommand(const QStringList& args, Io io)
{
    const QString usage = tulana::tr("training verify-certificate takes RESULTS and either "
                                     "CERTIFICATE.pdf or --id ID --date YYYY-MM-DD");
    if (args.isEmpty())
        return usageError(usage, io);
    const QString resultsPath = args.constFirst();
    QString identifier;
    QString issuedText;
    QString certificatePath;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString& a = args.at(i);
        if ((a == QLatin1String("--id") || a == QLatin1String("--date")) && i + 1 < args.size())
            (a == QLatin1String("--id") ? identifier : issuedText) = args.at(++i);
        else if (!a.startsWith(QLatin1String("--")) && certificatePath.isEmpty())
            certificatePath = a;
        else
            return usageError(usage, io);
    }
    if (certificatePath.isEmpty() == (identifier.isEmpty() && issuedText.isEmpty()) ||
        (certificatePath.isEmpty() && (identifier.isEmpty() || issuedText.isEmpty())))
        return usageError(usage, io);
    if (!certificatePath.isEmpty()) {
        QString error;
        const CertificateStamp stamp = readCertificateStamp(certificatePath, &error);
        if (stamp.identifier.isEmpty()) {
            io.err << tulana::tr("error: %1: %2").arg(certificatePath, error) << '\n';
            return InvalidInput;
        }
        identifier = stamp.identifier;
        issuedText = stamp.issued;
    }
    const QDate issued = QDate::fromString(issuedText, Qt::ISODate);
    if (!issued.isValid())
        return usageError(tulana::tr("\"%1\" is not a date written YYYY-MM-DD").arg(issuedText),
                          io);

    QString why;
    const std::optional<QByteArray> bytes = readInputFile(resultsPath, kMaxSmallFileBytes, &why);
    if (!bytes) {
        printProblems({error(resultsPath, why)}, io);
        return InvalidInput;
    }
    const training::ResultsLoad load = training::readResults(*bytes);
    Problems problems = load.problems;
    for (Problem& p : problems)
        p.where = p.where.isEmpty() ? resultsPath : resultsPath + QStringLiteral(": ") + p.where;
    printProblems(problems, io);
    if (!load.results)
        return InvalidInput;
    const training::TraineeResults& results = *load.results;
    if (!training::certificateMatches(results, issued, identifier)) {
        io.err << tulana::tr("error: the certificate %1 (issued %2) does not match %3: the "
                             "results file is not the one the certificate was made from, or one "
                             "of the two was changed (expected %4)")
                      .arg(identifier, issuedText, resultsPath,
                           training::certificateIdentifier(results, issued))
               << '\n';
        return InvalidInput;
    }
    const std::optional<bool> pass = training::passed(results);
    io.out << tulana::tr("The certificate %1 matches %2: %3, %n completed case(s), issued %4.",
                         nullptr, int(results.completedCases().size()))
                  .arg(identifier, resultsPath, results.trainee.name, issuedText)
           << '\n'
           << (!pass   ? tulana::tr("No pass mark was announced.")
               : *pass ? tulana::tr("Passed the pass mark of %1%.").arg(*results.passMark)
                       : tulana::tr("Did not reach the pass mark of %1%.").arg(*results.passMark))
           << '\n'
           << tulana::tr("This shows that the certificate and the results file agree; it does "
                         "not show who the trainee is.")
           << '\n';
    return Success;
}

} // namespace

int trainingCommand(const QStringList& args, Io io)
{
    if (args.isEmpty())
        return usageError(
            tulana::tr("training needs a subcommand: list, check or verify-certificate"), io);
    const QString sub = args.constFirst();
    if (sub == QLatin1String("list"))
        return listCommand(args.mid(1), io);
    if (sub == QLatin1String("check"))
        return checkCommand(args.mid(1), io);
    if (sub == QLatin1String("verify-certificate"))
        return verifyCertificateCommand(args.mid(1), io);
    return usageError(
        tulana::tr("unknown training subcommand \"%1\" (list, check or verify-certificate)")
            .arg(sub),
        io);
}

} // namespace tulana::cli
