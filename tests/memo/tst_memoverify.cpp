// verify-memo checks everything a reader sees (issue 20, defects 3 and 10):
// - an ODT is read within limits: a zip bomb (deflated zeros, lying headers,
//   many entries, entries sharing one bomb) is refused at once, in little memory;
// - every change to what a reader sees of a memo, at hundreds of positions
//   in each format, is caught and placed; a memo made from a tender whose
//   decision, currency or winner's name was changed does not verify against
//   the original; unchanged memos of every sample verify.
#include "MemoExport.h"
#include "MemoReadBack.h"
#include "MemoVerify.h"
#include "MemoZip.h"
#include "Samples.h"
#include "memo/Fingerprint.h"
#include "memo/MemoBuilder.h"
#include "memo/MemoMadeWith.h"
#include "scoring/Evaluator.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTest>
#include <QtEndian>

#include <sys/resource.h>
#include <zlib.h>

using namespace tulana;
using namespace tulana::testsupport;

namespace {

constexpr long kMaxResidentKb = 200 * 1024; // ~200 MB, the bar of issue 20

// Under AddressSanitizer freed memory is held back (its quarantine, 256 MB)
// and every allocation carries shadow memory, so the process's peak is no
// longer the reader's; the bound is checked in the other builds. GCC says
// so with __SANITIZE_ADDRESS__, Clang 14 only through __has_feature.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define TULANA_UNDER_ASAN
#endif
#endif
#if defined(__SANITIZE_ADDRESS__) || defined(TULANA_UNDER_ASAN)
constexpr bool kPeakIsTheReaders = false;
#else
constexpr bool kPeakIsTheReaders = true;
#endif

long peakResidentKb()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss; // kilobytes on Linux
}

// Raw DEFLATE of `zeros` zero bytes, made a mebibyte at a time so that the
// test itself never holds the bomb's inflated size.
QByteArray deflatedZeros(qint64 zeros)
{
    z_stream z{};
    deflateInit2(&z, 1, Z_DEFLATED, -MAX_WBITS, 9, Z_DEFAULT_STRATEGY);
    const QByteArray chunk(1024 * 1024, '\0');
    QByteArray out;
    char buffer[64 * 1024];
    for (qint64 done = 0; done < zeros;) {
        const qint64 step = std::min<qint64>(chunk.size(), zeros - done);
        done += step;
        z.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(chunk.constData()));
        z.avail_in = uInt(step);
        const int flush = done == zeros ? Z_FINISH : Z_NO_FLUSH;
        do {
            z.next_out = reinterpret_cast<Bytef*>(buffer);
            z.avail_out = sizeof buffer;
            deflate(&z, flush);
            out.append(buffer, qsizetype(sizeof buffer - z.avail_out));
        } while (z.avail_out == 0);
    }
    deflateEnd(&z);
    return out;
}

void put16(QByteArray& out, quint32 v)
{
    char b[2];
    qToLittleEndian(quint16(v), b);
    out.append(b, 2);
}
void put32(QByteArray& out, quint32 v)
{
    char b[4];
    qToLittleEndian(v, b);
    out.append(b, 4);
}

// An archive of one deflated local entry `data`, listed `listed` times in
// the central directory (entries sharing one bomb), each declaring `declared`
// bytes uncompressed, whatever the data inflates to.
QByteArray bombArchive(const QByteArray& packed, quint32 declared, int listed)
{
    QByteArray out;
    const QByteArray name("content.xml");
    const auto header = [&](QByteArray& to, bool central) {
        put32(to, central ? 0x02014b50 : 0x04034b50);
        if (central)
            put16(to, 20);
        put16(to, 20);
        put16(to, 0);
        put16(to, 8);
        put16(to, 0);
        put16(to, 0x21);
        put32(to, 0); // crc: never reached
        put32(to, quint32(packed.size()));
        put32(to, declared);
        put16(to, quint32(name.size()));
        put16(to, 0);
        if (central) {
            put16(to, 0);
            put16(to, 0);
            put16(to, 0);
            put32(to, 0);
            put32(to, 0); // every entry at offset 0
        }
        to.append(name);
    };
    header(out, false);
    out.append(packed);
    const auto directoryOffset = quint32(out.size());
    QByteArray directory;
    for (int i = 0; i < listed; ++i)
        header(directory, true);
    out.append(directory);
    put32(out, 0x06054b50);
    put16(out, 0);
    put16(out, 0);
    put16(out, quint32(listed));
    put16(out, quint32(listed));
    put32(out, quint32(directory.size()));
    put32(out, directoryOffset);
    put16(out, 0);
    return out;
}

// The memo of a sample as `tulana-cli memo` writes it, dated as the tests date memos.
MemoDocument memoOf(const Tender& t, const QString& language = QStringLiteral("en"))
{
    MemoOptions options;
    options.date = QDate(2026, 3, 20);
    options.language = language;
    options.sourceFile = QStringLiteral("tender.tulana");
    return buildMemo(t, evaluate(t), options);
}

QByteArray bytesOf(const MemoDocument& memo, MemoFormat format)
{
    QString error;
    const std::optional<QByteArray> bytes = memoFileBytes(memo, format, &error);
    if (!bytes)
        qFatal("the memo could not be written: %s", qPrintable(error));
    return *bytes;
}

MemoReading readingOf(const QByteArray& bytes, MemoFormat format)
{
    QString why;
    const std::optional<MemoReading> reading = readMemoBytes(bytes, format, &why);
    if (!reading)
        qFatal("the memo could not be read back: %s", qPrintable(why));
    return *reading;
}

bool sameText(const MemoText& a, const MemoText& b)
{
    if (a.size() != b.size())
        return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].text != b[i].text || a[i].markup != b[i].markup || a[i].page != b[i].page)
            return false;
    return true;
}

// --- Mutations of what a reader sees ---------------------------------------

// A change at `at` of `text`: a character replaced, inserted or deleted, a
// digit changed, or a word swapped for another word of the memo.
QString mutated(const QString& text, qsizetype at, QRandomGenerator& random,
                const QStringList& words)
{
    static const QString letters = QStringLiteral("abcdefghijklmnopqrstuvwxyzXYZ0123456789");
    QString out = text;
    const QChar other = letters[random.bounded(int(letters.size()))];
    switch (random.bounded(5)) {
    case 0: // replace a character
        out[at] = other == out[at] ? QChar(u'#') : other;
        break;
    case 1: // insert one
        out.insert(at, other);
        break;
    case 2: // delete one
        out.remove(at, 1);
        break;
    case 3: { // change a figure, or the nearest character
        qsizetype digit = at;
        while (digit < out.size() && !out[digit].isDigit())
            ++digit;
        if (digit == out.size())
            digit = at;
        out[digit] = out[digit] == u'7' ? QChar(u'1') : QChar(u'7');
        break;
    }
    default: { // swap the word at `at` for another word of the memo (a name, a bid id)
        qsizetype start = at, end = at;
        while (start > 0 && out[start - 1].isLetterOrNumber())
            --start;
        while (end < out.size() && out[end].isLetterOrNumber())
            ++end;
        QString word = words[random.bounded(int(words.size()))];
        if (word == out.mid(start, end - start))
            word += QLatin1Char('x');
        out.replace(start, std::max<qsizetype>(end - start, 1), word);
        break;
    }
    }
    return out;
}

QStringList wordsOf(const MemoDocument& memo)
{
    QStringList out;
    for (const MemoSection& s : memo.sections)
        for (const MemoBlock& b : s.blocks)
            if (const auto* p = std::get_if<MemoParagraph>(&b))
                for (const QString& w : p->text.split(u' ', Qt::SkipEmptyParts))
                    if (w.size() > 1 && w.size() < 20)
                        out << w;
    out << QStringLiteral("B1") << QStringLiteral("B2") << QStringLiteral("85.25")
        << QStringLiteral("Nirmiti");
    return out;
}

// Runs of text between markup ('>' … '<'), where a change is a change of what a
// reader sees; plain lines for Markdown.
std::vector<std::pair<qsizetype, qsizetype>> textRuns(const QString& source, bool markup)
{
    std::vector<std::pair<qsizetype, qsizetype>> runs;
    if (!markup) {
        qsizetype start = 0;
        for (qsizetype i = 0; i <= source.size(); ++i)
            if (i == source.size() || source[i] == u'\n') {
                // Not the record of what the memo was made with: a reader does not see it.
                const QStringView line = QStringView(source).mid(start, i - start);
                if (line.trimmed().size() > 0 && !line.startsWith(u"<!--"))
                    runs.push_back({start, i});
                start = i + 1;
            }
        return runs;
    }
    qsizetype inStyle = source.indexOf(QStringLiteral("<style"));
    const qsizetype styleEnd = source.indexOf(QStringLiteral("</style>"));
    for (qsizetype i = 0; i < source.size(); ++i) {
        if (source[i] != u'>')
            continue;
        const qsizetype end = source.indexOf(u'<', i + 1);
        if (end < 0)
            break;
        if (inStyle >= 0 && i > inStyle && i < styleEnd)
            continue;
        // Whole words of visible text, no entity or whitespace-only run.
        const QStringView run = QStringView(source).mid(i + 1, end - i - 1);
        if (run.trimmed().size() > 2 && !run.contains(u'&'))
            runs.push_back({i + 1, end});
        i = end - 1;
    }
    return runs;
}

struct Outcome
{
    int tried = 0;     // mutations that changed what a reader sees
    int caught = 0;    // ... that verification refused
    int placed = 0;    // ... and placed in a section (and on a page, for a PDF)
    int invisible = 0; // mutations the reading did not see (skipped; counted)
};

// Mutates `count` times and verifies each mutated memo against the tender.
Outcome mutateAndVerify(const Tender& tender, MemoFormat format, const QByteArray& original,
                        const std::function<QByteArray(QRandomGenerator&)>& mutate, int count)
{
    const MemoReading before = readingOf(original, format);
    QString why;
    const std::optional<RegeneratedMemo> expected = regenerateFor(tender, before, &why);
    if (!expected)
        qFatal("cannot regenerate: %s", qPrintable(why));
    if (!verifyReading(tender, before, *expected).ok())
        qFatal("the unchanged memo does not verify");
    QRandomGenerator random(20261205 + int(format));
    Outcome o;
    for (int i = 0; i < count; ++i) {
        const QByteArray changed = mutate(random);
        QString problem;
        const std::optional<MemoReading> reading = readMemoBytes(changed, format, &problem);
        if (!reading) // the format itself is broken: refused, which is also caught
            qFatal("a mutated memo could not be read: %s", qPrintable(problem));
        if (sameText(reading->text, before.text)) {
            ++o.invisible;
            continue;
        }
        ++o.tried;
        const MemoVerification v = verifyReading(tender, *reading, *expected);
        if (v.ok())
            qWarning("not caught: mutation %d", i);
        o.caught += v.ok() ? 0 : 1;
        if (!v.comparison.shown.empty()) {
            const MemoDifference& d = v.comparison.shown.front();
            const bool hasPage = format != MemoFormat::Pdf || d.page > 0 ||
                                 d.section == QLatin1String("the number of pages");
            o.placed += !d.section.isEmpty() && hasPage ? 1 : 0;
        }
    }
    return o;
}

// Each mutation changes one position of one text run of the file's source
// (HTML, Markdown) or of an ODT's content.xml.
QByteArray mutateSource(const QString& source, bool markup, QRandomGenerator& random,
                        const QStringList& words)
{
    static thread_local std::vector<std::pair<qsizetype, qsizetype>> runs;
    static thread_local QString runsOf;
    if (runsOf != source) {
        runs = textRuns(source, markup);
        runsOf = source;
    }
    const auto [start, end] = runs[random.bounded(quint32(runs.size()))];
    const qsizetype at = start + random.bounded(int(end - start));
    const QString run = source.mid(start, end - start);
    QString changed = mutated(run, at - start, random, words);
    if (markup) // a word with markup's own characters would be markup, not text
        changed.replace(u'<', u'(').replace(u'>', u')').replace(u'&', u'+');
    return (source.left(start) + changed + source.mid(end)).toUtf8();
}

std::vector<zip::Entry> entriesOf(const QByteArray& odt)
{
    std::optional<std::vector<zip::Entry>> entries = zip::read(odt);
    if (!entries)
        qFatal("the memo's ODT cannot be read");
    return std::move(*entries);
}

QByteArray withContent(const QByteArray& odt, const QByteArray& content)
{
    std::vector<zip::Entry> entries = entriesOf(odt);
    for (zip::Entry& e : entries)
        if (e.name == "content.xml")
            e.data = content;
    return zip::write(entries);
}

QByteArray contentOf(const QByteArray& odt)
{
    const std::vector<zip::Entry> entries = entriesOf(odt);
    for (const zip::Entry& e : entries)
        if (e.name == "content.xml")
            return e.data;
    return {};
}

// Every text of a memo document that is printed, with a way to change it:
// the PDF's mutations are made in the memo, which is drawn again.
std::vector<QString*> printedTexts(MemoDocument& m)
{
    std::vector<QString*> out{&m.organisation, &m.fileLine,        &m.dateLine,   &m.subject,
                              &m.reference,    &m.fingerprintLine, &m.generatedBy};
    for (auto* sections : {&m.sections, &m.annex})
        for (MemoSection& s : *sections) {
            out.push_back(&s.heading);
            for (MemoBlock& b : s.blocks) {
                if (auto* p = std::get_if<MemoParagraph>(&b))
                    out.push_back(&p->text);
                if (auto* t = std::get_if<MemoTable>(&b))
                    for (QStringList& row : t->rows)
                        for (QString& cell : row)
                            out.push_back(&cell);
            }
        }
    for (MemoSignatory& s : m.signOff)
        out.push_back(&s.name);
    std::erase_if(out, [](const QString* s) { return s->isEmpty(); });
    return out;
}

} // namespace

class TestMemoVerify : public QObject
{
    Q_OBJECT

private slots:
    void zipBombsAreRefused_data();
    void zipBombsAreRefused();
    void tooManyEntriesAreRefused();
    void everyChangeAReaderSeesIsCaught_data();
    void everyChangeAReaderSeesIsCaught();
    void aDifferenceIsPlacedInTheUsersWords();
    void aChangedDecisionDoesNotVerify_data();
    void aChangedDecisionDoesNotVerify();
    void unchangedMemosOfEverySampleVerify_data();
    void unchangedMemosOfEverySampleVerify();
    void theRecordOfWhatAMemoWasMadeWithIsChecked();
    void aMemoWithoutTheRecordIsNotCalledVerified();
};

void TestMemoVerify::zipBombsAreRefused_data()
{
    QTest::addColumn<qint64>("zeros");
    QTest::addColumn<quint32>("declared");
    QTest::addColumn<int>("listed");
    QTest::addColumn<QString>("reason");
    constexpr qint64 big = 160LL * 1024 * 1024; // inflates to 160 MiB, 5 times the entry limit
    QTest::newRow("declares its true size") << big << quint32(big) << 1 << QStringLiteral("MB");
    QTest::newRow("declares a few bytes")
        << big << quint32(100) << 1 << QStringLiteral("does not hold");
    QTest::newRow("declares just under the limit")
        << big << quint32(31 * 1024 * 1024) << 1 << QStringLiteral("does not hold");
    QTest::newRow("shared by many entries") << qint64(30 * 1024 * 1024) << quint32(30 * 1024 * 1024)
                                            << 200 << QStringLiteral("entries would be more than");
}

void TestMemoVerify::zipBombsAreRefused()
{
    QFETCH(qint64, zeros);
    QFETCH(quint32, declared);
    QFETCH(int, listed);
    QFETCH(QString, reason);
    const QByteArray archive = bombArchive(deflatedZeros(zeros), declared, listed);
    QVERIFY(archive.size() < 1024 * 1024); // a small file...
    QElapsedTimer timer;
    timer.start();
    QString why;
    QVERIFY(!zip::read(archive, &why));
    QVERIFY2(why.contains(reason), qPrintable(why));
    // ... refused as a memo too, in the user's words.
    Tender t = loadSample("citizen-services-chatbot");
    const MemoVerification v = verifyMemoBytes(t, archive, MemoFormat::Odt);
    QCOMPARE(v.result, MemoVerification::Result::Unreadable);
    QVERIFY2(v.problem.startsWith(QStringLiteral("is not an ODT memo Tulana can read: ")),
             qPrintable(v.problem));
    // Not a speed bar, a guard against inflating the whole bomb (minutes and GBs).
    QVERIFY2(timer.elapsed() < 20'000, qPrintable(QString::number(timer.elapsed())));
    if (kPeakIsTheReaders)
        QVERIFY2(peakResidentKb() < kMaxResidentKb, qPrintable(QString::number(peakResidentKb())));
}

void TestMemoVerify::tooManyEntriesAreRefused()
{
    std::vector<zip::Entry> entries;
    for (int i = 0; i < 300; ++i)
        entries.push_back({QByteArray("e") + QByteArray::number(i), QByteArray("x"), true});
    QString why;
    QVERIFY(!zip::read(zip::write(entries), &why));
    QVERIFY2(why.contains(QStringLiteral("300 entries")), qPrintable(why));
    entries.resize(10);
    QVERIFY(zip::read(zip::write(entries), &why)); // a handful is fine
}

void TestMemoVerify::everyChangeAReaderSeesIsCaught_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("count");
    QTest::newRow("Markdown, English") << int(MemoFormat::Markdown) << QStringLiteral("en") << 200;
    QTest::newRow("Markdown, Hindi") << int(MemoFormat::Markdown) << QStringLiteral("hi") << 100;
    QTest::newRow("HTML, English") << int(MemoFormat::Html) << QStringLiteral("en") << 200;
    QTest::newRow("HTML, Hindi") << int(MemoFormat::Html) << QStringLiteral("hi") << 100;
    QTest::newRow("ODT, English") << int(MemoFormat::Odt) << QStringLiteral("en") << 200;
    QTest::newRow("ODT, Hindi") << int(MemoFormat::Odt) << QStringLiteral("hi") << 50;
    // Each PDF mutation lays the memo out and draws it again (~0.6 s).
    QTest::newRow("PDF, English") << int(MemoFormat::Pdf) << QStringLiteral("en") << 30;
}

void TestMemoVerify::everyChangeAReaderSeesIsCaught()
{
    QFETCH(int, format);
    QFETCH(QString, language);
    QFETCH(int, count);
    const auto f = MemoFormat(format);
    const Tender tender = loadSample("citizen-services-chatbot");
    const MemoDocument memo = memoOf(tender, language);
    const QByteArray original = bytesOf(memo, f);
    const QStringList words = wordsOf(memo);
    std::function<QByteArray(QRandomGenerator&)> mutate;
    if (f == MemoFormat::Markdown || f == MemoFormat::Html) {
        const QString source = QString::fromUtf8(original);
        mutate = [=](QRandomGenerator& r) {
            return mutateSource(source, f == MemoFormat::Html, r, words);
        };
    } else if (f == MemoFormat::Odt) {
        const QString content = QString::fromUtf8(contentOf(original));
        mutate = [=](QRandomGenerator& r) {
            return withContent(original, mutateSource(content, true, r, words));
        };
    } else {
        // The PDF's text is drawn glyphs in compressed streams: the change is
        // made in what the memo says and the PDF drawn again.
        mutate = [=](QRandomGenerator& r) {
            MemoDocument changed = memo;
            const std::vector<QString*> texts = printedTexts(changed);
            QString* text = texts[r.bounded(quint32(texts.size()))];
            *text = mutated(*text, r.bounded(int(text->size())), r, words);
            return bytesOf(changed, f);
        };
    }
    const Outcome o = mutateAndVerify(tender, f, original, mutate, count);
    qInfo("%s: %d mutations changed what a reader sees, %d caught, %d placed; %d not visible",
          QTest::currentDataTag(), o.tried, o.caught, o.placed, o.invisible);
    QVERIFY(o.tried >= count * 9 / 10); // the mutations really change the text
    QCOMPARE(o.caught, o.tried);
    QCOMPARE(o.placed, o.tried);
}

void TestMemoVerify::aDifferenceIsPlacedInTheUsersWords()
{
    const Tender tender = loadSample("citizen-services-chatbot");
    const MemoDocument memo = memoOf(tender);
    QString md = QString::fromUtf8(bytesOf(memo, MemoFormat::Markdown));
    // The recommendation's bid, changed in the text of the memo.
    const qsizetype at = md.indexOf(QStringLiteral("Vistaar Conversational AI Solutions"),
                                    md.indexOf(QStringLiteral("Recommendation")));
    QVERIFY(at > 0);
    md.replace(at, 7, QStringLiteral("Sahyadri"));
    const MemoVerification v = verifyMemoBytes(tender, md.toUtf8(), MemoFormat::Markdown);
    QCOMPARE(v.result, MemoVerification::Result::Differs);
    QVERIFY(v.fingerprintMatches()); // the fingerprint alone would have passed it
    QCOMPARE(v.comparison.count, std::size_t(1));
    const QString said = describeDifference(v.comparison.shown.front());
    QVERIFY2(said.startsWith(QStringLiteral("section ")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("the memo says \u201c")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("Sahyadri")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("the tender gives \u201c")), qPrintable(said));
    QVERIFY2(said.contains(QStringLiteral("Vistaar")), qPrintable(said));

    // In a PDF, with its page.
    MemoDocument changed = memo;
    changed.sections[2].heading += QStringLiteral(" (amended)");
    const MemoVerification pdf =
        verifyMemoBytes(tender, bytesOf(changed, MemoFormat::Pdf), MemoFormat::Pdf);
    QCOMPARE(pdf.result, MemoVerification::Result::Differs);
    const QString onPage = describeDifference(pdf.comparison.shown.front());
    QVERIFY2(onPage.startsWith(QStringLiteral("page ")), qPrintable(onPage));
    QVERIFY2(onPage.contains(QStringLiteral("section ") + memo.sections[2].number),
             qPrintable(onPage));
}

void TestMemoVerify::aChangedDecisionDoesNotVerify_data()
{
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("change");
    for (const auto& [name, f] :
         {std::pair{"Markdown", MemoFormat::Markdown}, std::pair{"HTML", MemoFormat::Html},
          std::pair{"ODT", MemoFormat::Odt}, std::pair{"PDF", MemoFormat::Pdf}}) {
        QTest::addRow("%s, selected bid", name) << int(f) << QStringLiteral("selectedBid");
        QTest::addRow("%s, currency and winner's name", name)
            << int(f) << QStringLiteral("currency");
    }
}

void TestMemoVerify::aChangedDecisionDoesNotVerify()
{
    QFETCH(int, format);
    QFETCH(QString, change);
    const Tender original = loadSample("citizen-services-chatbot");
    Tender edited = original;
    if (change == QLatin1String("selectedBid")) {
        edited.decision.selectedBid = QStringLiteral("B1");
    } else {
        edited.currency = QStringLiteral("USD");
        edited.bids[1].bidder = QStringLiteral("Someone Else Pvt Ltd");
    }
    // Outside the fingerprint: only the text can tell.
    QCOMPARE(evaluationFingerprint(edited), evaluationFingerprint(original));
    const QByteArray memo = bytesOf(memoOf(edited), MemoFormat(format));
    const MemoVerification v = verifyMemoBytes(original, memo, MemoFormat(format));
    QCOMPARE(v.result, MemoVerification::Result::Differs);
    QVERIFY(v.comparison.count > 0);
    const QString first = describeDifference(v.comparison.shown.front());
    const QString expected = change == QLatin1String("selectedBid") ? QStringLiteral("B1")
                             : v.comparison.shown.front().memoSays.contains(u'U')
                                 ? QStringLiteral("USD")
                                 : QStringLiteral("Someone Else");
    bool named = false;
    for (const MemoDifference& d : v.comparison.shown)
        named = named || d.memoSays.contains(expected);
    QVERIFY2(named, qPrintable(first));
    // ... and the edited tender's own memo verifies against it.
    QVERIFY(verifyMemoBytes(edited, memo, MemoFormat(format)).ok());
}

void TestMemoVerify::unchangedMemosOfEverySampleVerify_data()
{
    QTest::addColumn<QString>("sample");
    QTest::addColumn<int>("format");
    QTest::addColumn<QString>("language");
    for (const char* sample :
         {"citizen-services-chatbot", "land-records-ocr", "crop-advisory",
          "citizen-services-chatbot-openness-points", "citizen-services-chatbot-lifecycle",
          "citizen-services-chatbot-recorded", "crop-advisory-eligibility"})
        for (const auto& [name, f] :
             {std::pair{"md", MemoFormat::Markdown}, std::pair{"html", MemoFormat::Html},
              std::pair{"odt", MemoFormat::Odt}, std::pair{"pdf", MemoFormat::Pdf}})
            for (const char* language : {"en", "hi"})
                if (f != MemoFormat::Pdf || QLatin1String(language) == QLatin1String("en") ||
                    QLatin1String(sample) == QLatin1String("citizen-services-chatbot"))
                    QTest::addRow("%s, %s, %s", sample, name, language)
                        << QString::fromUtf8(sample) << int(f) << QString::fromUtf8(language);
}

void TestMemoVerify::unchangedMemosOfEverySampleVerify()
{
    QFETCH(QString, sample);
    QFETCH(int, format);
    QFETCH(QString, language);
    const Tender t = loadSample(sample.toUtf8().constData());
    const QByteArray memo = bytesOf(memoOf(t, language), MemoFormat(format));
    const MemoVerification v = verifyMemoBytes(t, memo, MemoFormat(format));
    QString shown;
    for (const MemoDifference& d : v.comparison.shown)
        shown += describeDifference(d) + u'\n';
    QVERIFY2(v.ok(), qPrintable(v.problem + shown));
    QCOMPARE(v.madeWith->options.language, language);
}

void TestMemoVerify::theRecordOfWhatAMemoWasMadeWithIsChecked()
{
    const Tender t = loadSample("citizen-services-chatbot");
    QString md = QString::fromUtf8(bytesOf(memoOf(t), MemoFormat::Markdown));
    // The record says Hindi; the text is English: made again in Hindi, it differs.
    QVERIFY(md.contains(QStringLiteral("language=en")));
    md.replace(QStringLiteral("language=en"), QStringLiteral("language=hi"));
    QVERIFY(!verifyMemoBytes(t, md.toUtf8(), MemoFormat::Markdown).ok());
    // Another date in the record only: the printed date differs.
    md.replace(QStringLiteral("language=hi"), QStringLiteral("language=en"));
    md.replace(QStringLiteral("date=2026-03-20"), QStringLiteral("date=2026-03-21"));
    const MemoVerification v = verifyMemoBytes(t, md.toUtf8(), MemoFormat::Markdown);
    QVERIFY(!v.ok());
    QCOMPARE(v.comparison.shown.front().section, QStringLiteral("the title block"));
}

void TestMemoVerify::aMemoWithoutTheRecordIsNotCalledVerified()
{
    const Tender t = loadSample("citizen-services-chatbot");
    QString md = QString::fromUtf8(bytesOf(memoOf(t), MemoFormat::Markdown));
    const qsizetype at = md.lastIndexOf(QStringLiteral("<!-- tulana-memo-made-with:"));
    QVERIFY(at > 0);
    md.truncate(at);
    const MemoVerification v = verifyMemoBytes(t, md.toUtf8(), MemoFormat::Markdown);
    QCOMPARE(v.result, MemoVerification::Result::NotComparable);
    QVERIFY(v.fingerprintMatches());
    QVERIFY(!v.ok());
    QVERIFY2(v.problem.contains(QStringLiteral("only its fingerprint")), qPrintable(v.problem));
}

QTEST_MAIN(TestMemoVerify)
#include "tst_memoverify.moc"
