// The translation catalogues (translations/*.ts) as committed: every entry
// finished, none obsolete, placeholders and accelerators kept, numerus forms
// filled; the core's texts are in them under the context "tulana".

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

#include <vector>

namespace {

struct Message
{
    QString context;
    QString source;
    bool numerus = false;
    QString type;             // "", "unfinished", "obsolete", "vanished"
    QStringList translations; // one, or one per numerus form
    qint64 line = 0;
};

struct Catalogue
{
    QString language;
    QString sourceLanguage;
    std::vector<Message> messages;
    QString error;
};

Catalogue read(const QString& path)
{
    Catalogue c;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        c.error = file.errorString();
        return c;
    }
    QXmlStreamReader xml(&file);
    QString context;
    Message* current = nullptr;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("TS")) {
            c.language = xml.attributes().value(QLatin1String("language")).toString();
            c.sourceLanguage = xml.attributes().value(QLatin1String("sourcelanguage")).toString();
        } else if (name == QLatin1String("context")) {
            current = nullptr;
        } else if (name == QLatin1String("name") && !current) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            m.line = xml.lineNumber();
            c.messages.push_back(m);
            current = &c.messages.back();
        } else if (current && name == QLatin1String("source")) {
            current->source = xml.readElementText();
        } else if (current && name == QLatin1String("translation")) {
            current->type = xml.attributes().value(QLatin1String("type")).toString();
            if (!current->numerus)
                current->translations << xml.readElementText();
        } else if (current && name == QLatin1String("numerusform")) {
            current->translations << xml.readElementText();
        }
    }
    if (xml.hasError())
        c.error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
    return c;
}

QStringList catalogues()
{
    const QDir dir(QStringLiteral(TULANA_SOURCE_DIR "/translations"));
    QStringList out;
    for (const QString& name : dir.entryList({QStringLiteral("*.ts")}, QDir::Files, QDir::Name))
        out << dir.filePath(name);
    return out;
}

// %1 … %99 and %n, as a sorted list (a placeholder may occur twice).
QStringList placeholders(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("%(\\d{1,2}|n)"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured(0);
    out.sort();
    out.removeDuplicates();
    return out;
}

// The accelerators of a text: "&F" marks F; "&&" is a literal ampersand.
int accelerators(const QString& text)
{
    int count = 0;
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] != u'&')
            continue;
        if (text[i + 1] == u'&') {
            ++i;
            continue;
        }
        if (text[i + 1].isLetterOrNumber())
            ++count;
    }
    return count;
}

QString where(const QString& path, const Message& m)
{
    return QStringLiteral("%1:%2 [%3] \"%4\"")
        .arg(QFileInfo(path).fileName())
        .arg(m.line)
        .arg(m.context, m.source.left(60));
}

} // namespace

class TestCatalogues : public QObject
{
    Q_OBJECT

private slots:
    void everyCatalogueIsComplete_data();
    void everyCatalogueIsComplete();
    void hindiHasTheCoreAndTheApplications();
    void englishHoldsOnlyPluralForms();
};

void TestCatalogues::everyCatalogueIsComplete_data()
{
    QTest::addColumn<QString>("path");
    const QStringList all = catalogues();
    QVERIFY2(all.size() >= 2, "translations/ should hold tulana_hi.ts and tulana_en.ts");
    for (const QString& path : all)
        QTest::newRow(qPrintable(QFileInfo(path).fileName())) << path;
}

void TestCatalogues::everyCatalogueIsComplete()
{
    QFETCH(QString, path);
    const Catalogue c = read(path);
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QVERIFY2(!c.messages.empty(), "the catalogue has no messages");
    QCOMPARE(c.sourceLanguage, QStringLiteral("en"));
    QVERIFY2(!c.language.isEmpty(), "the TS element names no language");

    QStringList wrong;
    for (const Message& m : c.messages) {
        if (m.type == QLatin1String("unfinished"))
            wrong << where(path, m) + QStringLiteral(": unfinished");
        else if (m.type == QLatin1String("obsolete") || m.type == QLatin1String("vanished"))
            wrong << where(path, m) + QStringLiteral(": obsolete, run tulana_lupdate");
        if (m.type == QLatin1String("unfinished"))
            continue;
        if (m.numerus && m.translations.size() < 2)
            wrong << where(path, m) + QStringLiteral(": fewer than two plural forms");
        for (const QString& t : m.translations) {
            if (t.trimmed().isEmpty() && !m.source.trimmed().isEmpty()) {
                wrong << where(path, m) + QStringLiteral(": an empty translation");
                continue;
            }
            // Every placeholder of the source, no other. A plural form may
            // spell "one" out only where the source has %n besides others.
            QStringList want = placeholders(m.source);
            QStringList got = placeholders(t);
            if (got != want)
                wrong << where(path, m) + QStringLiteral(": placeholders %1, the source has %2")
                                              .arg(got.join(u' '), want.join(u' '));
            if (accelerators(m.source) != accelerators(t))
                wrong << where(path, m) +
                             QStringLiteral(": %1 accelerator(s) in \"%2\", the source has %3")
                                 .arg(accelerators(t))
                                 .arg(t)
                                 .arg(accelerators(m.source));
        }
    }
    const int shown = 25;
    QVERIFY2(wrong.isEmpty(),
             qPrintable(QStringLiteral("%1 problem(s):\n").arg(wrong.size()) +
                        wrong.mid(0, shown).join(u'\n') +
                        (wrong.size() > shown ? QStringLiteral("\n…") : QString())));
}

void TestCatalogues::hindiHasTheCoreAndTheApplications()
{
    const Catalogue c = read(QStringLiteral(TULANA_SOURCE_DIR "/translations/tulana_hi.ts"));
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QCOMPARE(c.language, QStringLiteral("hi_IN"));
    QSet<QString> contexts;
    int core = 0;
    bool memoTitle = false;
    for (const Message& m : c.messages) {
        contexts.insert(m.context);
        if (m.context == QLatin1String("tulana")) {
            ++core;
            memoTitle = memoTitle || m.source == QLatin1String("OFFICE NOTE");
        }
    }
    // The core's texts (errors, explanations, the memo) reach lupdate only
    // when their tr() calls are qualified (core/i18n/Translate.h).
    QVERIFY2(core > 300, qPrintable(QStringLiteral("only %1 core texts").arg(core)));
    QVERIFY(memoTitle);
    // A scattering of lupdate's wrong contexts means unqualified tr() calls.
    for (const char* wrong : {"tulana::openness", "tulana::memo", "tulana::cli", "nlohmann"})
        QVERIFY2(!contexts.contains(QLatin1String(wrong)), wrong);
    QVERIFY(contexts.contains(QStringLiteral("tulana::MainWindow")));
    QVERIFY(contexts.contains(QStringLiteral("main")));
}

void TestCatalogues::englishHoldsOnlyPluralForms()
{
    const Catalogue c = read(QStringLiteral(TULANA_SOURCE_DIR "/translations/tulana_en.ts"));
    QVERIFY2(c.error.isEmpty(), qPrintable(c.error));
    QCOMPARE(c.language, QStringLiteral("en"));
    for (const Message& m : c.messages) {
        QVERIFY2(m.numerus, qPrintable(m.source));
        QCOMPARE(m.translations.size(), 2);
        // The singular reads without "(s)"; the plural has the plural noun.
        QVERIFY2(!m.translations.at(0).contains(QLatin1String("(s)")),
                 qPrintable(m.translations.at(0)));
        QVERIFY2(!m.translations.at(1).contains(QLatin1String("(s)")),
                 qPrintable(m.translations.at(1)));
    }
}

QTEST_GUILESS_MAIN(TestCatalogues)
#include "tst_catalogues.moc"
