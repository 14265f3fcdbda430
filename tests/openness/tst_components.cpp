// The data behind the assessment: one component list mapped onto the Model
// Openness Framework's 17 components and Table 1's 11 rows; Table 2; the OSI
// definition's requirements; the index mapping.
#include "OpennessTestSupport.h"

#include "openness/Component.h"
#include "openness/OsaiImport.h"
#include "openness/OsaidCheck.h"
#include "openness/Outcomes.h"

#include <QSet>
#include <QTest>

using namespace tulana::openness;

namespace {

QString describe(const tulana::Problems& problems)
{
    QStringList lines;
    for (const tulana::Problem& p : problems)
        lines << p.toString();
    return lines.join(u'\n');
}

const ComponentCatalogue& catalogue()
{
    return ComponentCatalogue::builtIn();
}

} // namespace

class TestComponents : public QObject
{
    Q_OBJECT

private slots:
    void dataFilesLoadWithoutProblems();
    void theFrameworkHasSeventeenComponentsInThreeClasses();
    void everyFrameworkComponentHasATulanaComponent();
    void everyTable1RowHasATulanaComponent();
    void datasetsSplitIntoPreTrainingAndFineTuningData();
    void frameworkNamesAreFoundAsTheToolWritesThem();
    void indexParametersNameKnownComponents();
};

void TestComponents::dataFilesLoadWithoutProblems()
{
    QVERIFY2(catalogue().loadProblems().isEmpty(),
             qPrintable(describe(catalogue().loadProblems())));
    QVERIFY2(outcomeTableProblems().isEmpty(), qPrintable(describe(outcomeTableProblems())));
    QVERIFY2(osaidRequirementProblems().isEmpty(),
             qPrintable(describe(osaidRequirementProblems())));
}

void TestComponents::theFrameworkHasSeventeenComponentsInThreeClasses()
{
    QCOMPARE(catalogue().mofComponents().size(), std::size_t(17));
    // Table 4 / shared/domain.md §3: six required in Class III, four more in
    // II, four more in I; sample outputs, supporting libraries and model
    // metadata are optional.
    QCOMPARE(catalogue().requiredMof(3), (std::vector<int>{9, 10, 12, 13, 14, 11}));
    QCOMPARE(catalogue().requiredMof(2), (std::vector<int>{7, 8, 18, 19}));
    QCOMPARE(catalogue().requiredMof(1), (std::vector<int>{15, 16, 24, 21}));
    for (int optional : {20, 22, 17}) {
        QVERIFY(catalogue().mofById(optional));
        QVERIFY(!catalogue().mofById(optional)->required);
    }
}

void TestComponents::everyFrameworkComponentHasATulanaComponent()
{
    for (const MofComponent& m : catalogue().mofComponents()) {
        const auto defs = catalogue().forMof(m.id);
        QVERIFY2(!defs.empty(), qPrintable(m.name));
        for (const ComponentDef* d : defs)
            QCOMPARE(d->contentType, m.contentType);
    }
}

void TestComponents::everyTable1RowHasATulanaComponent()
{
    const QStringList rows{QStringLiteral("source-code"),       QStringLiteral("weights"),
                           QStringLiteral("input-selection"),   QStringLiteral("training-process"),
                           QStringLiteral("pretraining-data"),  QStringLiteral("finetuning-data"),
                           QStringLiteral("data-protocols"),    QStringLiteral("data-workers"),
                           QStringLiteral("evaluation-data"),   QStringLiteral("rlhf-workers"),
                           QStringLiteral("evaluation-results")};
    QSet<QString> covered;
    for (const ComponentDef& d : catalogue().components())
        for (const QString& r : d.table1Rows)
            covered.insert(r);
    for (const QString& r : rows)
        QVERIFY2(covered.contains(r), qPrintable(r));
    QCOMPARE(covered.size(), rows.size());
    // The components Table 1 has and the framework lacks.
    for (const char* id : {"input-selection", "data-workers", "rlhf-workers"})
        QCOMPARE(catalogue().find(QString::fromUtf8(id))->mofId, 0);
    // Four outcomes, in Table 1's order.
    const auto outcomes = outcomeNames();
    QCOMPARE(outcomes.size(), std::size_t(4));
    QCOMPARE(outcomes.front().first, QStringLiteral("transparency"));
    QCOMPARE(outcomes.back().first, QStringLiteral("affordability"));
}

void TestComponents::datasetsSplitIntoPreTrainingAndFineTuningData()
{
    const auto defs = catalogue().forMof(15);
    QCOMPARE(defs.size(), std::size_t(2));
    QCOMPARE(defs[0]->id, QStringLiteral("pretraining-data"));
    QCOMPARE(defs[1]->id, QStringLiteral("finetuning-data"));
}

void TestComponents::frameworkNamesAreFoundAsTheToolWritesThem()
{
    QVERIFY(catalogue().mofByName(QStringLiteral("Model parameters (Final)")));
    QCOMPARE(catalogue().mofByName(QStringLiteral(" model parameters (final) "))->id, 10);
    QVERIFY(!catalogue().mofByName(QStringLiteral("Model weights")));
}

void TestComponents::indexParametersNameKnownComponents()
{
    QCOMPARE(indexParameters().size(), std::size_t(12));
    for (const IndexParameter& p : indexParameters()) {
        QVERIFY(p.category == QLatin1String("availability") ||
                p.category == QLatin1String("documentation") ||
                p.category == QLatin1String("access"));
        for (const QString& c : p.components)
            QVERIFY2(catalogue().find(c), qPrintable(c));
    }
}

QTEST_GUILESS_MAIN(TestComponents)
#include "tst_components.moc"
