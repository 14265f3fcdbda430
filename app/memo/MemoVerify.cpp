// Reading a memo back and checking it against its tender, for
// tulana-cli verify-memo and File ▸ Verify Memo….
#include "MemoVerify.h"

#include "MemoExport.h"
#include "i18n/Translate.h"
#include "memo/Fingerprint.h"
#include "support/InputFile.h"

namespace tulana {
namespace {

std::optional<MemoReading> readMemoFile(const QString& path, QString* why)
{
    const std::optional<MemoFormat> format = memoFormatForPath(path);
    if (!format) {
        if (why)
            *why = tulana::tr("is not a memo: a memo ends in .pdf, .odt, .html or .md");
        return std::nullopt;
    }
    const std::optional<QByteArray> bytes = readInputFile(path, kMaxMemoFileBytes, why);
    if (!bytes)
        return std::nullopt;
    return readMemoBytes(*bytes, *format, why);
}

QString noFingerprint()
{
    return tulana::tr("carries no Tulana fingerprint (\"%1\" followed by 64 hex digits)")
        .arg(QLatin1String(kFingerprintLabel));
}

MemoVerification verifyRead(const Tender& tender, const std::optional<MemoReading>& memo,
                            const QString& why)
{
    MemoVerification v;
    if (!memo) {
        v.problem = why;
        return v;
    }
    if (memo->fingerprint.isEmpty()) {
        v.problem = noFingerprint();
        return v;
    }
    QString problem;
    const std::optional<RegeneratedMemo> expected = regenerateFor(tender, *memo, &problem);
    if (!expected) {
        v.memoFingerprint = memo->fingerprint;
        v.tenderFingerprint = evaluationFingerprint(tender);
        // Without the record only the fingerprint could be checked; with it,
        // the memo could not be made again (a font or cairo failure).
        v.result = memo->madeWith ? MemoVerification::Result::Unreadable
                                  : MemoVerification::Result::NotComparable;
        v.problem = problem;
        return v;
    }
    return verifyReading(tender, *memo, *expected);
}

} // namespace

QString readMemoFingerprint(const QString& path, QString* errorMessage)
{
    QString why;
    const std::optional<MemoReading> memo = readMemoFile(path, &why);
    if (memo && memo->fingerprint.isEmpty())
        why = noFingerprint();
    if ((!memo || memo->fingerprint.isEmpty()) && errorMessage)
        *errorMessage = why;
    return memo ? memo->fingerprint : QString();
}

std::optional<RegeneratedMemo> regenerateFor(const Tender& tender, const MemoReading& memo,
                                             QString* why)
{
    if (!memo.madeWith) {
        if (why)
            *why = tulana::tr("the memo does not record what it was made with (its language and "
                              "date), as memos written before verify-memo compared their text do "
                              "not, so only its fingerprint could be checked; make the memo "
                              "again to check everything it says");
        return std::nullopt;
    }
    RegeneratedMemo out;
    out.document = regenerateMemo(tender, *memo.madeWith);
    QString problem;
    const std::optional<QByteArray> bytes = memoFileBytes(out.document, memo.format, &problem);
    std::optional<MemoReading> reading;
    if (bytes)
        reading = readMemoBytes(*bytes, memo.format, &problem);
    if (!reading) {
        if (why)
            *why = tulana::tr("the memo could not be made again from the tender: %1").arg(problem);
        return std::nullopt;
    }
    out.reading = std::move(*reading);
    return out;
}

MemoVerification verifyReading(const Tender& tender, const MemoReading& memo,
                               const RegeneratedMemo& expected)
{
    MemoVerification v;
    v.memoFingerprint = memo.fingerprint;
    v.tenderFingerprint = evaluationFingerprint(tender);
    v.madeWith = memo.madeWith;
    v.comparison = compareMemoText(memo.text, expected.reading.text, expected.document);
    v.result = v.fingerprintMatches() && v.comparison.matches() ? MemoVerification::Result::Matches
                                                                : MemoVerification::Result::Differs;
    return v;
}

MemoVerification verifyMemo(const Tender& tender, const QString& memoPath)
{
    QString why;
    const std::optional<MemoReading> memo = readMemoFile(memoPath, &why);
    return verifyRead(tender, memo, why);
}

MemoVerification verifyMemoBytes(const Tender& tender, const QByteArray& bytes, MemoFormat format)
{
    QString why;
    const std::optional<MemoReading> memo = readMemoBytes(bytes, format, &why);
    return verifyRead(tender, memo, why);
}

} // namespace tulana
