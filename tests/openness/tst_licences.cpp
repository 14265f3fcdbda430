// The licence catalogue: the bundled SPDX snapshot, AI licences and aliases;
// classification of ids and expressions; the messy licence strings of real
// model records read or flagged as unknown.
#include "openness/LicenceCatalogue.h"

#include <QTest>

#include <algorithm>

using namespace tulana::openness;

Q_DECLARE_METATYPE(tulana::openness::LicenceCategory)
Q_DECLARE_METATYPE(tulana::openness::RecognisedLicence::Reading)

namespace {

const LicenceCatalogue& catalogue()
{
    return LicenceCatalogue::builtIn();
}

QString describe(const tulana::Problems& problems)
{
    QStringList lines;
    for (const tulana::Problem& p : problems)
        lines << p.toString();
    return lines.join(u'\n');
}

} // namespace

class TestLicences : public QObject
{
    Q_OBJECT

private slots:
    void bundledDataLoadsWithoutProblems();
    void findsIdsInAnyLetterCase();
    void sentencesNameTulanasOwnLicencesNotTheirIds();
    void classifiesExpressions_data();
    void classifiesExpressions();
    void deprecatedIdsKeepTheirFlagsAndNameTheirReplacement();
    void exceptionsAddPermissionsAndUnknownOnesAreReported();
    void useRestrictedLicencesListTheirRestrictions();
    void readsRealLicenceStrings_data();
    void readsRealLicenceStrings();
    void explanationsSayHowATextWasRead();
};

void TestLicences::bundledDataLoadsWithoutProblems()
{
    QVERIFY2(catalogue().loadProblems().isEmpty(),
             qPrintable(describe(catalogue().loadProblems())));
    QCOMPARE(catalogue().spdxListVersion(), QStringLiteral("d8abdb0"));
    QCOMPARE(catalogue().spdxReleaseDate(), QStringLiteral("2024-05-21"));
    // 659 SPDX entries + the tool's ODC-PDDL-1.0 + the AI licences.
    QVERIFY2(catalogue().licenceCount() > 659 + 20,
             qPrintable(QString::number(catalogue().licenceCount())));
}

// "LicenseRef-Llama-3.1-Community" is an id for machines: a sentence an
// officer reads names the licence; the JSON keeps the id.
void TestLicences::sentencesNameTulanasOwnLicencesNotTheirIds()
{
    const RecognisedLicence r =
        LicenceCatalogue::builtIn().recognise(QStringLiteral("LicenseRef-Llama-3.1-Community"));
    QCOMPARE(r.expression, QStringLiteral("LicenseRef-Llama-3.1-Community"));
    QVERIFY2(!r.explanation().contains(QStringLiteral("LicenseRef")), qPrintable(r.explanation()));
    QVERIFY2(r.explanation().contains(QStringLiteral("Llama 3.1 Community License Agreement")),
             qPrintable(r.explanation()));
    const RecognisedLicence both = LicenceCatalogue::builtIn().recognise(
        QStringLiteral("Apache-2.0 AND LicenseRef-Llama-2-Community"));
    QCOMPARE(both.readableExpression(),
             QStringLiteral("Apache-2.0 AND Llama 2 Community License Agreement"));
}

void TestLicences::findsIdsInAnyLetterCase()
{
    const LicenceInfo* mit = catalogue().find(QStringLiteral("mit"));
    QVERIFY(mit);
    QCOMPARE(mit->id, QStringLiteral("MIT"));
    QVERIFY(mit->spdx);
    QVERIFY(mit->osiApproved);
    const LicenceInfo* llama = catalogue().find(QStringLiteral("licenseref-llama-2-community"));
    QVERIFY(llama);
    QVERIFY(!llama->spdx);
    QVERIFY(llama->useRestricted);
    QVERIFY(!llama->open);
    QVERIFY(!catalogue().find(QStringLiteral("Llama-2")));
    const auto all = catalogue().all();
    QCOMPARE(int(all.size()), catalogue().licenceCount());
    QVERIFY(std::is_sorted(all.begin(), all.end(), [](const LicenceInfo* a, const LicenceInfo* b) {
        return a->id.compare(b->id, Qt::CaseInsensitive) < 0;
    }));
}

void TestLicences::classifiesExpressions_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<LicenceCategory>("category");
    QTest::addColumn<bool>("open");
    QTest::addColumn<bool>("restricted");
    QTest::addColumn<bool>("unknown");
    using C = LicenceCategory;
    QTest::newRow("Apache-2.0 is OSI-approved")
        << "Apache-2.0" << C::OsiApproved << true << false << false;
    QTest::newRow("CC-BY-SA-4.0 is FSF-free")
        << "CC-BY-SA-4.0" << C::FsfFree << true << false << false;
    QTest::newRow("CDLA-Permissive-2.0 is an open-data licence")
        << "CDLA-Permissive-2.0" << C::OpenData << true << false << false;
    QTest::newRow("ODC-By-1.0 is an open-data licence")
        << "ODC-By-1.0" << C::OpenData << true << false << false;
    QTest::newRow("ODbL-1.0 is FSF-free before it is open data")
        << "ODbL-1.0" << C::FsfFree << true << false << false;
    QTest::newRow("OpenMDW-1.0 is open for models and data")
        << "OpenMDW-1.0" << C::OpenOther << true << false << false;
    QTest::newRow("CC-BY-NC-4.0 is use-restricted (non-commercial)")
        << "CC-BY-NC-4.0" << C::UseRestricted << false << true << false;
    QTest::newRow("the Llama 2 licence is use-restricted")
        << "LicenseRef-Llama-2-Community" << C::UseRestricted << false << true << false;
    QTest::newRow("the Gemma terms are use-restricted")
        << "LicenseRef-Gemma-Terms" << C::UseRestricted << false << true << false;
    QTest::newRow("OpenRAIL-M is use-restricted")
        << "LicenseRef-BigScience-OpenRAIL-M" << C::UseRestricted << false << true << false;
    QTest::newRow("Xfig is known but not open") << "Xfig" << C::NotOpen << false << false << false;
    QTest::newRow("an unknown LicenseRef is unknown")
        << "LicenseRef-Vendor-Terms" << C::Unknown << false << false << true;
    QTest::newRow("a DocumentRef'd LicenseRef is unknown")
        << "DocumentRef-bid:LicenseRef-Llama-2-Community" << C::Unknown << false << false << true;
    QTest::newRow("AND is only as open as its weakest part")
        << "Apache-2.0 AND CC-BY-SA-4.0" << C::FsfFree << true << false << false;
    QTest::newRow("AND with a restricted part is restricted")
        << "Apache-2.0 AND LicenseRef-Llama-2-Community" << C::UseRestricted << false << true
        << false;
    QTest::newRow("AND with an unknown part is unknown")
        << "MIT AND LicenseRef-Vendor" << C::Unknown << false << false << true;
    QTest::newRow("OR lets the licensee pick the open branch")
        << "LicenseRef-Llama-2-Community OR MIT" << C::OsiApproved << true << false << false;
    QTest::newRow("OR of two restricted branches stays restricted")
        << "CC-BY-NC-4.0 OR LicenseRef-Gemma-Terms" << C::UseRestricted << false << true << false;
    QTest::newRow("WITH keeps the licence's openness")
        << "GPL-2.0-only WITH Classpath-exception-2.0" << C::OsiApproved << true << false << false;
    QTest::newRow("a deprecated id keeps its flags")
        << "GPL-2.0+" << C::OsiApproved << true << false << false;
}

void TestLicences::classifiesExpressions()
{
    QFETCH(QString, expression);
    QFETCH(LicenceCategory, category);
    QFETCH(bool, open);
    QFETCH(bool, restricted);
    QFETCH(bool, unknown);
    const SpdxParse parse = parseSpdxExpression(expression);
    QVERIFY2(parse.expression, qPrintable(parse.error));
    const LicenceVerdict v = catalogue().classify(*parse.expression);
    QCOMPARE(v.category, category);
    QCOMPARE(v.open, open);
    QCOMPARE(v.useRestricted, restricted);
    QCOMPARE(v.unknown, unknown);
}

void TestLicences::deprecatedIdsKeepTheirFlagsAndNameTheirReplacement()
{
    const LicenceInfo* gpl = catalogue().find(QStringLiteral("GPL-2.0"));
    QVERIFY(gpl);
    QVERIFY(gpl->deprecated);
    QCOMPARE(gpl->replacement, QStringLiteral("GPL-2.0-only"));
    const RecognisedLicence r = catalogue().recognise(QStringLiteral("StandardML-NJ"));
    QCOMPARE(r.reading, RecognisedLicence::Reading::Spdx);
    QCOMPARE(r.verdict.deprecatedIds, QStringList{QStringLiteral("StandardML-NJ")});
    QVERIFY(r.verdict.fsfLibre); // the Model Openness Tool counts it as open too
    QCOMPARE(catalogue().find(QStringLiteral("StandardML-NJ"))->replacement,
             QStringLiteral("SMLNJ"));
    QVERIFY(catalogue().recognise(QStringLiteral("MIT")).verdict.deprecatedIds.isEmpty());
}

void TestLicences::exceptionsAddPermissionsAndUnknownOnesAreReported()
{
    const RecognisedLicence known =
        catalogue().recognise(QStringLiteral("Apache-2.0 WITH LLVM-exception"));
    QVERIFY(known.verdict.osiApproved);
    QVERIFY(known.verdict.uncheckedExceptions.isEmpty());
    const RecognisedLicence odd =
        catalogue().recognise(QStringLiteral("MIT WITH Vendor-exception"));
    QVERIFY(odd.verdict.open);
    QCOMPARE(odd.verdict.uncheckedExceptions, QStringList{QStringLiteral("Vendor-exception")});
}

void TestLicences::useRestrictedLicencesListTheirRestrictions()
{
    const RecognisedLicence llama =
        catalogue().recognise(QStringLiteral("Llama 2 Community License"));
    QVERIFY(llama.verdict.restrictions.contains(QStringLiteral("user-threshold")));
    QVERIFY(llama.verdict.restrictions.contains(QStringLiteral("acceptable-use")));
    QVERIFY(catalogue()
                .restrictionText(QStringLiteral("user-threshold"))
                .contains(QStringLiteral("monthly active users")));
    const RecognisedLicence nc = catalogue().recognise(QStringLiteral("CC-BY-NC-SA-4.0"));
    QCOMPARE(nc.verdict.restrictions, QStringList{QStringLiteral("non-commercial")});
    const RecognisedLicence mit = catalogue().recognise(QStringLiteral("MIT"));
    QVERIFY(mit.verdict.restrictions.isEmpty());
}

// Every text below occurs in tests/data/third-party/mot/models or .../osai-index.
void TestLicences::readsRealLicenceStrings_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<RecognisedLicence::Reading>("reading");
    QTest::addColumn<QString>("expression");
    QTest::addColumn<LicenceCategory>("category");
    using R = RecognisedLicence::Reading;
    using C = LicenceCategory;
    QTest::newRow("an exact SPDX id") << "Apache-2.0" << R::Spdx << "Apache-2.0" << C::OsiApproved;
    QTest::newRow("an SPDX id in lower case")
        << "apache-2.0" << R::SpdxCaseFixed << "Apache-2.0" << C::OsiApproved;
    QTest::newRow("\"Apache 2.0\"") << "Apache 2.0" << R::Alias << "Apache-2.0" << C::OsiApproved;
    QTest::newRow("\"Apache license 2.0\"")
        << "Apache license 2.0" << R::Alias << "Apache-2.0" << C::OsiApproved;
    QTest::newRow("\"MIT License\"") << "MIT License" << R::Alias << "MIT" << C::OsiApproved;
    QTest::newRow("\"BSD-3\"") << "BSD-3" << R::Alias << "BSD-3-Clause" << C::OsiApproved;
    QTest::newRow("\"CC BY-SA 4.0\"") << "CC BY-SA 4.0" << R::Alias << "CC-BY-SA-4.0" << C::FsfFree;
    QTest::newRow("\"Llama 2 Community License\"")
        << "Llama 2 Community License" << R::Alias << "LicenseRef-Llama-2-Community"
        << C::UseRestricted;
    QTest::newRow("\"Meta Llama 3 Community License Agreement\"")
        << "Meta Llama 3 Community License Agreement" << R::Alias << "LicenseRef-Llama-3-Community"
        << C::UseRestricted;
    QTest::newRow("\"Gemma Terms of Use\"")
        << "Gemma Terms of Use" << R::Alias << "LicenseRef-Gemma-Terms" << C::UseRestricted;
    QTest::newRow("\"gemma\"") << "gemma" << R::Alias << "LicenseRef-Gemma-Terms"
                               << C::UseRestricted;
    QTest::newRow("\"OpenRAIL\"") << "OpenRAIL" << R::Alias << "LicenseRef-OpenRAIL"
                                  << C::UseRestricted;
    QTest::newRow("\"CreativeML Open RAIL-M\"")
        << "CreativeML Open RAIL-M" << R::Alias << "LicenseRef-CreativeML-OpenRAIL-M"
        << C::UseRestricted;
    QTest::newRow("\"Creative Commons Attribution Non Commercial 4.0\"")
        << "Creative Commons Attribution Non Commercial 4.0" << R::Alias << "CC-BY-NC-4.0"
        << C::UseRestricted;
    QTest::newRow("\"arXiv.org perpetual, non-exclusive license 1.0\"")
        << "arXiv.org perpetual, non-exclusive license 1.0" << R::Alias
        << "LicenseRef-arXiv-Nonexclusive-1.0" << C::NotOpen;
    QTest::newRow("two licences joined by \"and\"")
        << "Apache-2.0 and BigScience RAIL License v1.0" << R::Compound
        << "Apache-2.0 AND LicenseRef-BigScience-BLOOM-RAIL-1.0" << C::UseRestricted;
    QTest::newRow("a list with a part that is not a licence")
        << "Apache-2.0 and CC-BY-NC-4.0 and additional terms" << R::Compound
        << "Apache-2.0 AND CC-BY-NC-4.0" << C::UseRestricted;
    QTest::newRow("a list with an unknown licence stays unknown")
        << "Apache-2.0 and Community License for Baichuan2 Model" << R::Compound << "Apache-2.0"
        << C::Unknown;
    QTest::newRow("\"unlicensed\" means no licence")
        << "unlicensed" << R::NoLicence << "" << C::NoLicence;
    QTest::newRow("\"Component not included\" is not a licence")
        << "Component not include." << R::NotIncluded << "" << C::NoLicence;
    QTest::newRow("\"Undisclosed\" is an unstated licence")
        << "Undisclosed" << R::Unstated << "" << C::Unknown;
    QTest::newRow("\"Unclear\" is an unstated licence")
        << "Unclear" << R::Unstated << "" << C::Unknown;
    QTest::newRow("a bespoke licence is flagged unknown")
        << "Tencent Hunyuan Community License Agreement" << R::Unrecognised << "" << C::Unknown;
    QTest::newRow("an ambiguous \"BSD\" is flagged unknown")
        << "BSD" << R::Unrecognised << "BSD" << C::Unknown;
    QTest::newRow("\"Modified MIT License\" is not MIT")
        << "Modified MIT License" << R::Unrecognised << "" << C::Unknown;
    QTest::newRow("an empty text is empty") << "  " << R::Empty << "" << C::Unknown;
}

void TestLicences::readsRealLicenceStrings()
{
    QFETCH(QString, text);
    QFETCH(RecognisedLicence::Reading, reading);
    QFETCH(QString, expression);
    QFETCH(LicenceCategory, category);
    const RecognisedLicence r = catalogue().recognise(text);
    QCOMPARE(r.reading, reading);
    QCOMPARE(r.expression, expression);
    QCOMPARE(r.verdict.category, category);
    QCOMPARE(r.given, text);
    QCOMPARE(r.isRecognised(), reading != RecognisedLicence::Reading::Empty &&
                                   reading != RecognisedLicence::Reading::Unstated &&
                                   reading != RecognisedLicence::Reading::Unrecognised);
}

void TestLicences::explanationsSayHowATextWasRead()
{
    QCOMPARE(catalogue().recognise(QStringLiteral("Apache 2.0")).explanation(),
             QStringLiteral("\"Apache 2.0\" read as Apache-2.0 (OSI-approved)"));
    QCOMPARE(catalogue().recognise(QStringLiteral("MIT")).explanation(),
             QStringLiteral("MIT (OSI-approved)"));
    const QString unknown =
        catalogue().recognise(QStringLiteral("Upstage Solar License")).explanation();
    QVERIFY2(unknown.contains(QStringLiteral("not a licence Tulana recognises")),
             qPrintable(unknown));
    const QString partly =
        catalogue()
            .recognise(QStringLiteral("Apache-2.0 and CC-BY-NC-4.0 and additional terms"))
            .explanation();
    QVERIFY2(partly.contains(QStringLiteral("not recognised: additional terms")),
             qPrintable(partly));
}

QTEST_GUILESS_MAIN(TestLicences)
#include "tst_licences.moc"
