#include "Commands.h"

#include "Cli.h"
#include "MemoExport.h"
#include "i18n/Language.h"
#include "memo/Fingerprint.h"
#include "memo/MemoBuilder.h"
#include "scoring/Evaluator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>

#include <utility>

namespace tulana::cli {
namespace {

Problems located(Problems problems, const QString& path)
{
    for (Problem& p : problems)
        p.where = path + QStringLiteral(": ") + p.where;
    return problems;
}

} // namespace

int memoCommand(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QString());
    const QCommandLineOption outOption(QStringLiteral("out"), QString(), QStringLiteral("OUT"));
    const QCommandLineOption dateOption(QStringLiteral("date"), QString(), QStringLiteral("DATE"));
    const QCommandLineOption languageOption(QStringLiteral("language"), QString(),
                                            QStringLiteral("LANGUAGE"));
    parser.addOptions({outOption, dateOption, languageOption});
    if (!parser.parse(QStringList{QStringLiteral("memo")} + args))
        return usageError(parser.errorText(), io);
    if (parser.positionalArguments().size() != 1)
        return usageError(tulana::tr("memo takes one FILE"), io);
    if (!parser.isSet(outOption))
        return usageError(tulana::tr("memo needs --out OUT.pdf, OUT.odt, OUT.html or OUT.md"), io);
    const QString out = parser.value(outOption);
    const std::optional<MemoFormat> format = memoFormatForPath(out);
    if (!format)
        return usageError(
            tulana::tr(
                "cannot tell the memo's format from \"%1\": end it in .pdf, .odt, .html or .md")
                .arg(out),
            io);
    MemoOptions options;
    if (parser.isSet(dateOption)) {
        const QString text = parser.value(dateOption);
        options.date = QDate::fromString(text, Qt::ISODate);
        if (!options.date.isValid() || text.size() != 10)
            return usageError(
                tulana::tr("--date must be a date written YYYY-MM-DD, not \"%1\"").arg(text), io);
    }
    if (parser.isSet(languageOption)) {
        options.language = parser.value(languageOption);
        if (!i18n::supportedLanguages().contains(options.language))
            return usageError(
                tulana::tr("--language must be one of %1, not \"%2\"")
                    .arg(i18n::supportedLanguages().join(QStringLiteral(", ")), options.language),
                io);
    }
    // Fonts and page layout need the GUI application (main.cpp creates it,
    // offscreen when there is no display).
    if ((*format == MemoFormat::Pdf || *format == MemoFormat::Odt) &&
        !qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        printProblems({error(out, tulana::tr("PDF and ODT memos need a QGuiApplication"))}, io);
        return InvalidInput;
    }

    const QString path = parser.positionalArguments().constFirst();
    const std::optional<Tender> tender = loadOrReport(path, io);
    if (!tender)
        return InvalidInput;
    const Evaluation evaluation = evaluate(*tender);
    const Problems problems = memoProblems(*tender, evaluation);
    printProblems(located(problems, path), io);
    if (hasErrors(problems)) {
        io.err << memoRefusal(problems) << ' '
               << tulana::tr("Record what is listed above in the tender's \"decision\" section "
                             "(docs/considerations.md).")
               << '\n';
        return InvalidInput;
    }
    options.sourceFile = QFileInfo(path).fileName();
    const MemoDocument memo = buildMemo(*tender, evaluation, options);
    QString message;
    if (!exportMemo(memo, out, *format, &message)) {
        printProblems({error(out, message)}, io);
        return InvalidInput;
    }
    io.out << tulana::tr("Wrote %1%2 (fingerprint %3)")
                  .arg(out,
                       memo.draft ? tulana::tr(", a draft: the decision is not finalised")
                                  : QString(),
                       memo.fingerprintGrouped)
           << '\n';
    return Success;
}

int verifyMemoCommand(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("FILE"), QString());
    parser.addPositionalArgument(QStringLiteral("MEMO"), QString());
    if (!parser.parse(QStringList{QStringLiteral("verify-memo")} + args))
        return usageError(parser.errorText(), io);
    if (parser.positionalArguments().size() != 2)
        return usageError(tulana::tr("verify-memo takes a tender FILE and a MEMO"), io);
    QString path = parser.positionalArguments().at(0);
    QString memoPath = parser.positionalArguments().at(1);
    // Either order: a memo is known by its extension, a tender file is not one.
    if (memoFormatForPath(path) && !memoFormatForPath(memoPath))
        std::swap(path, memoPath);
    if (!memoFormatForPath(memoPath))
        return usageError(
            tulana::tr("cannot tell the memo's format from \"%1\": a memo ends in .pdf, "
                       ".odt, .html or .md")
                .arg(memoPath),
            io);
    const std::optional<Tender> tender = loadOrReport(path, io);
    if (!tender)
        return InvalidInput;
    QString message;
    const QString printed = readMemoFingerprint(memoPath, &message);
    if (printed.isEmpty()) {
        printProblems({error(memoPath, message)}, io);
        return InvalidInput;
    }
    const QString current = evaluationFingerprint(*tender);
    if (printed == current) {
        io.out << tulana::tr("%1 matches the evaluation in %2\nfingerprint %3")
                      .arg(memoPath, path, groupFingerprint(current))
               << '\n';
        return Success;
    }
    io.err << tulana::tr(
                  "%1 does not match the evaluation in %2: the evaluation data changed after "
                  "the memo was made, or the memo is of another tender.\n"
                  "  memo: %3\n"
                  "  file: %4")
                  .arg(memoPath, path, groupFingerprint(printed), groupFingerprint(current))
           << '\n';
    return InvalidInput;
}

} // namespace tulana::cli
