// Openness marks in the technical score: the tender's announced scheme (off,
// by MOF class, by outcomes, by a points table) applied to an assessment.
#include "OpennessTestSupport.h"

#include "openness/OpennessPoints.h"

#include <QTest>

using namespace tulana::openness;
using namespace openness_test;

namespace {

OpennessAssessment fullyOpen()
{
    return assessOpenness(everythingReleased("Apache-2.0"));
}

// Class III only: the Class III components open, nothing else released.
OpennessAssessment classThree()
{
    return assessOpenness(record({{"model-architecture", ReleaseState::Released, "MIT"},
                                  {"final-parameters", ReleaseState::Released, "Apache-2.0"},
                                  {"evaluation-results", ReleaseState::Released, "CC-BY-4.0"},
                                  {"model-card", ReleaseState::Released, "CC-BY-4.0"},
                                  {"data-card", ReleaseState::Released, "CC-BY-4.0"},
                                  {"technical-report", ReleaseState::Released, "CC-BY-4.0"}}));
}

OpennessAssessment restrictedWeights()
{
    return assessOpenness(
        record({{"final-parameters", ReleaseState::Released, "Llama 2 Community License"},
                {"model-card", ReleaseState::Released, "Llama 2 Community License"}}));
}

} // namespace

class TestOpennessPoints : public QObject
{
    Q_OBJECT

private slots:
    void offGivesNoLine();
    void byMofClass_data();
    void byMofClass();
    void byOutcomes();
    void byPointsTable();
    void marksNeverExceedTheMaximum();
    void defaultsAddUpToTheMaximum_data();
    void defaultsAddUpToTheMaximum();
    void checkFindsBadSchemes();
    void derivationCarriesTheWorking();
};

void TestOpennessPoints::offGivesNoLine()
{
    const OpennessMarks m = opennessMarks(OpennessScheme{}, fullyOpen());
    QVERIFY(!m.applies);
    QCOMPARE(m.marks, 0.0);
    QVERIFY(checkScheme(OpennessScheme{}, QStringLiteral("tender.openness")).isEmpty());
    QVERIFY(!toDerivation(m, QStringLiteral("B1")).available);
}

void TestOpennessPoints::byMofClass_data()
{
    QTest::addColumn<int>("which");
    QTest::addColumn<double>("marks");
    QTest::newRow("Class I earns the Class I marks") << 1 << 10.0;
    QTest::newRow("Class III earns the Class III marks") << 3 << 4.0;
    QTest::newRow("unclassified earns nothing") << 0 << 0.0;
}

void TestOpennessPoints::byMofClass()
{
    QFETCH(int, which);
    QFETCH(double, marks);
    OpennessScheme s = OpennessScheme::defaults(OpennessBasis::MofClass, 10);
    s.classMarks = {10, 7, 4};
    const OpennessAssessment a = which == 1   ? fullyOpen()
                                 : which == 3 ? classThree()
                                              : restrictedWeights();
    QCOMPARE(int(a.mof.mofClass), which);
    const OpennessMarks m = opennessMarks(s, a);
    QVERIFY(m.applies);
    QCOMPARE(m.marks, marks);
    QCOMPARE(m.maxMarks, 10.0);
    QVERIFY2(m.working.startsWith(displayName(a.mof.mofClass)), qPrintable(m.working));
    QVERIFY(m.working.endsWith(QStringLiteral("(of 10.00)")));
}

void TestOpennessPoints::byOutcomes()
{
    OpennessScheme s;
    s.basis = OpennessBasis::Outcomes;
    s.maxMarks = 8;
    s.partialCredit = 0.5;
    s.outcomeMarks = {{QStringLiteral("transparency"), 2},
                      {QStringLiteral("reproducibility"), 2},
                      {QStringLiteral("innovation"), 2},
                      {QStringLiteral("affordability"), 2}};
    QCOMPARE(opennessMarks(s, fullyOpen()).marks, 8.0);
    // Restricted weights and a model card: transparency enabled, reuse only
    // partly (the licence), reproducibility not at all.
    const OpennessMarks m = opennessMarks(s, restrictedWeights());
    QCOMPARE(m.marks, 2.0 + 0.0 + 1.0 + 1.0);
    QCOMPARE(m.lines.size(), 4);
    QVERIFY2(m.lines[0].startsWith(QStringLiteral("Transparency: enabled")),
             qPrintable(m.lines[0]));
    QCOMPARE(
        m.working,
        QStringLiteral("2.00 × 1.00 + 2.00 × 0.00 + 2.00 × 0.50 + 2.00 × 0.50 = 4.00 (of 8.00)"));
    s.partialCredit = 0;
    QCOMPARE(opennessMarks(s, restrictedWeights()).marks, 2.0);
}

void TestOpennessPoints::byPointsTable()
{
    OpennessScheme s;
    s.basis = OpennessBasis::PointsTable;
    s.maxMarks = 10;
    s.partialCredit = 0.25;
    s.table = {{QStringLiteral("final-parameters"), 4},
               {QStringLiteral("training-code"), 3},
               {QStringLiteral("pretraining-data"), 3}};
    QCOMPARE(opennessMarks(s, fullyOpen()).marks, 10.0);
    // Weights under a restrictive licence: partial credit; the rest not stated.
    const OpennessMarks m = opennessMarks(s, restrictedWeights());
    QCOMPARE(m.marks, 1.0);
    QCOMPARE(m.inputs.size(), 3);
    QCOMPARE(m.inputs[0].source, QStringLiteral("tender.openness.table[0]"));
    QVERIFY2(m.lines[1].contains(QStringLiteral("not stated")), qPrintable(m.lines[1]));
}

void TestOpennessPoints::marksNeverExceedTheMaximum()
{
    OpennessScheme s;
    s.basis = OpennessBasis::PointsTable;
    s.maxMarks = 5;
    s.table = {{QStringLiteral("final-parameters"), 4}, {QStringLiteral("training-code"), 4}};
    const OpennessMarks m = opennessMarks(s, fullyOpen());
    QCOMPARE(m.marks, 5.0);
    QVERIFY(m.note.contains(QStringLiteral("capped")));
    const tulana::Problems p = checkScheme(s, QStringLiteral("tender.openness"));
    QCOMPARE(p.size(), 1);
    QVERIFY(!p.front().isError());
    QCOMPARE(p.front().where, QStringLiteral("tender.openness.table"));
}

void TestOpennessPoints::defaultsAddUpToTheMaximum_data()
{
    QTest::addColumn<int>("basis");
    QTest::newRow("by class") << int(OpennessBasis::MofClass);
    QTest::newRow("by outcomes") << int(OpennessBasis::Outcomes);
    QTest::newRow("by points table") << int(OpennessBasis::PointsTable);
}

void TestOpennessPoints::defaultsAddUpToTheMaximum()
{
    QFETCH(int, basis);
    const OpennessScheme s = OpennessScheme::defaults(OpennessBasis(basis), 12);
    const tulana::Problems p = checkScheme(s, QStringLiteral("tender.openness"));
    QVERIFY2(p.isEmpty(), qPrintable(p.isEmpty() ? QString() : p.front().toString()));
    // A fully open system earns the maximum under every default scheme.
    QVERIFY(qAbs(opennessMarks(s, fullyOpen()).marks - 12.0) < 1e-9);
}

void TestOpennessPoints::checkFindsBadSchemes()
{
    OpennessScheme s = OpennessScheme::defaults(OpennessBasis::MofClass, 0);
    tulana::Problems p = checkScheme(s, QStringLiteral("tender.openness"));
    QVERIFY(tulana::hasErrors(p));
    QCOMPARE(p.front().where, QStringLiteral("tender.openness.maxMarks"));

    s = OpennessScheme::defaults(OpennessBasis::MofClass, 10);
    s.classMarks = {3, 6, 9};
    p = checkScheme(s, QStringLiteral("t"));
    QCOMPARE(p.size(), 1);
    QVERIFY(p.front().message.contains(QStringLiteral("more open class earns fewer")));

    s = OpennessScheme::defaults(OpennessBasis::Outcomes, 10);
    s.outcomeMarks.push_back({QStringLiteral("happiness"), 1});
    p = checkScheme(s, QStringLiteral("t"));
    QVERIFY(tulana::hasErrors(p));
    QCOMPARE(p.front().where, QStringLiteral("t.outcomeMarks[4]"));

    s = OpennessScheme::defaults(OpennessBasis::PointsTable, 10);
    s.table.push_back(s.table.front());
    s.partialCredit = 2;
    p = checkScheme(s, QStringLiteral("t"));
    QVERIFY(tulana::hasErrors(p));
    QStringList where;
    for (const tulana::Problem& x : p)
        where << x.where;
    QVERIFY(where.contains(QStringLiteral("t.partialCredit")));
    QVERIFY(where.contains(QStringLiteral("t.table[%1]").arg(s.table.size() - 1)));
}

void TestOpennessPoints::derivationCarriesTheWorking()
{
    OpennessScheme s = OpennessScheme::defaults(OpennessBasis::MofClass, 9);
    const OpennessMarks m = opennessMarks(s, classThree());
    QCOMPARE(m.marks, 3.0);
    const tulana::Derivation d = toDerivation(m, QStringLiteral("B2"));
    QVERIFY(d.available);
    QCOMPARE(d.quantity, QStringLiteral("Openness marks of B2"));
    QCOMPARE(d.value, 3.0);
    QCOMPARE(d.exact, 3.0);
    QCOMPARE(d.formula, m.formula);
    QCOMPARE(d.inputs.size(), 2);
    QCOMPARE(d.inputs[1].source, QStringLiteral("tender.openness.classMarks[2]"));
    QVERIFY(d.note.contains(QStringLiteral("Class III – Open Model: met")));
}

QTEST_GUILESS_MAIN(TestOpennessPoints)
#include "tst_opennesspoints.moc"
