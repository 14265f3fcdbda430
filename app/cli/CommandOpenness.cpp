#include "Commands.h"

#include "Cli.h"
#include "openness/OpennessAssessment.h"
#include "openness/RecordImport.h"

#include <QCommandLineParser>
#include <QCoreApplication>

namespace tulana::cli {

int opennessCommand(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("RECORD"), QString());
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("F"),
                                    QStringLiteral("table"));
    parser.addOption(format);
    if (!parser.parse(QStringList{QStringLiteral("openness")} + args))
        return usageError(parser.errorText(), io);
    if (parser.positionalArguments().size() != 1)
        return usageError(tulana::tr("openness takes one RECORD file"), io);
    const QString kind = parser.value(format);
    if (kind != QLatin1String("table") && kind != QLatin1String("json"))
        return usageError(tulana::tr("--format must be table or json, not \"%1\"").arg(kind), io);

    const QString path = parser.positionalArguments().constFirst();
    const openness::RecordImport import = openness::importOpennessFile(path);
    // Problems carry their own place ("record.yml:12:5"), warnings included.
    printProblems(import.problems, io);
    if (!import.record)
        return InvalidInput;
    const openness::OpennessAssessment assessment = openness::assessOpenness(*import.record);
    if (kind == QLatin1String("json"))
        io.out << QString::fromUtf8(openness::assessmentAsJson(assessment));
    else
        io.out << openness::assessmentAsText(assessment);
    return Success;
}

} // namespace tulana::cli
