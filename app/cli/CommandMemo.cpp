#include "Commands.h"

#include "Cli.h"
#include "MemoExport.h"
#include "MemoVerify.h"
#include "i18n/Language.h"
#include "memo/Fingerprint.h"
#include "memo/MemoBuilder.h"
#include "scoring/Evaluator.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

namespace tulana::cli {
namespace {

// verify-memo's report in words: the fingerprint first (the fast check),
// then what a reader sees.
QString verificationReport(const MemoVerification& v, const QString& memoPath, const QString& path)
{
    QStringList lines;
    // The fingerprint only: whether the memo says what the tender gives
    // comes after, so this line must not claim more.
    if (v.fingerprintMatches())
        lines << tulana::tr("%1 carries the fingerprint of the evaluation in %2\nfingerprint %3")
                     .arg(memoPath, path, groupFingerprint(v.tenderFingerprint));
    else
        lines << tulana::tr("%1 does not match the evaluation in %2: the evaluation data changed "
                            "after the memo was made, or the memo is of another tender.\n"
                            "  memo: %3\n"
                            "  file: %4")
                     .arg(memoPath, path, groupFingerprint(v.memoFingerprint),
                          groupFingerprint(v.tenderFingerprint));
    if (v.result == MemoVerification::Result::NotComparable) {
        lines << tulana::tr("Not verified: %1.").arg(v.problem);
        return lines.join(u'\n');
    }
    if (v.comparison.matches()) {
        lines << tulana::tr("Everything the memo says is what the tender gives: its text was made "
                            "again from %1 and compared.")
                     .arg(path);
        return lines.join(u'\n');
    }
    lines << tulana::tr("What the memo says differs from what the tender gives in %n place(s):",
                        nullptr, int(v.comparison.count));
    for (const MemoDifference& d : v.comparison.shown)
        lines << QStringLiteral("  ") + describeDifference(d);
    if (v.comparison.count > v.comparison.shown.size())
        lines << tulana::tr("  … and %n more.", nullptr,
                            int(v.comparison.count - v.comparison.shown.size()));
    if (v.madeWith && v.madeWith->version != QStringLiteral(TULANA_VERSION))
        lines << tulana::tr("The memo was made by Tulana %1, this is Tulana %2: a newer version "
                            "may word a memo differently; make the memo again to compare.")
                     .arg(v.madeWith->version, QStringLiteral(TULANA_VERSION));
    return lines.join(u'\n');
}

QJsonObject verificationJson(const MemoVerification& v, const QString& memoPath,
                             const QString& path)
{
    static const char* const results[] = {"matches", "differs", "not-comparable", "unreadable"};
    QJsonObject out{{QStringLiteral("memo"), memoPath},
                    {QStringLiteral("tender"), path},
                    {QStringLiteral("result"), QLatin1String(results[int(v.result)])},
                    {QStringLiteral("matches"), v.ok()}};
    if (v.result == MemoVerification::Result::Unreadable ||
        v.result == MemoVerification::Result::NotComparable)
        out.insert(QStringLiteral("problem"), v.problem);
    if (v.result == MemoVerification::Result::Unreadable)
        return out;
    out.insert(QStringLiteral("fingerprint"),
               QJsonObject{{QStringLiteral("matches"), v.fingerprintMatches()},
                           {QStringLiteral("memo"), v.memoFingerprint},
                           {QStringLiteral("tender"), v.tenderFingerprint}});
    if (v.madeWith)
        out.insert(
            QStringLiteral("madeWith"),
            QJsonObject{{QStringLiteral("language"), v.madeWith->options.language},
                        {QStringLiteral("date"), v.madeWith->options.date.toString(Qt::ISODate)},
                        {QStringLiteral("source"), v.madeWith->options.sourceFile},
                        {QStringLiteral("version"), v.madeWith->version}});
    QJsonArray differences;
    for (const MemoDifference& d : v.comparison.shown) {
        QJsonObject one{{QStringLiteral("section"), d.section},
                        {QStringLiteral("memoSays"), d.memoSays},
                        {QStringLiteral("tenderGives"), d.tenderGives},
                        {QStringLiteral("kind"),
                         d.markup ? QStringLiteral("formatting") : QStringLiteral("text")},
                        {QStringLiteral("message"), describeDifference(d)}};
        if (d.page > 0)
            one.insert(QStringLiteral("page"), d.page);
        differences.append(one);
    }
    if (v.result != MemoVerification::Result::NotComparable) {
        out.insert(QStringLiteral("differenceCount"), qint64(v.comparison.count));
        out.insert(QStringLiteral("differences"), differences);
    }
    return out;
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
    printTenderProblems(*tender, path, problems, io);
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
    parser.addOption(
        {QStringLiteral("format"), QString(), QStringLiteral("F"), QStringLiteral("table")});
    if (!parser.parse(QStringList{QStringLiteral("verify-memo")} + args))
        return usageError(parser.errorText(), io);
    if (parser.positionalArguments().size() != 2)
        return usageError(tulana::tr("verify-memo takes a tender FILE and a MEMO"), io);
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json"))
        return usageError(tulana::tr("--format is table or json, not \"%1\"").arg(format), io);
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
    // Making the memo again lays out PDF and ODT pages: fonts need the GUI
    // application (main.cpp creates it, offscreen when there is no display).
    const MemoFormat memoFormat = *memoFormatForPath(memoPath);
    if ((memoFormat == MemoFormat::Pdf || memoFormat == MemoFormat::Odt) &&
        !qobject_cast<QGuiApplication*>(QCoreApplication::instance())) {
        printProblems({error(memoPath, tulana::tr("PDF and ODT memos need a QGuiApplication"))},
                      io);
        return InvalidInput;
    }
    const std::optional<Tender> tender = loadOrReport(path, io);
    if (!tender)
        return InvalidInput;
    const MemoVerification v = verifyMemo(*tender, memoPath);
    if (format == QLatin1String("json")) {
        io.out
            << QJsonDocument(verificationJson(v, memoPath, path)).toJson(QJsonDocument::Indented);
        return v.ok() ? Success : InvalidInput;
    }
    if (v.result == MemoVerification::Result::Unreadable) {
        printProblems({error(memoPath, v.problem)}, io);
        return InvalidInput;
    }
    (v.ok() ? io.out : io.err) << verificationReport(v, memoPath, path) << '\n';
    return v.ok() ? Success : InvalidInput;
}

} // namespace tulana::cli
