// SPDX licence expressions: the grammar (AND, OR, WITH, parentheses, "+",
// LicenseRef-, DocumentRef-) and the errors, with where they are.
#include "openness/SpdxExpression.h"

#include <QTest>

using namespace tulana::openness;

Q_DECLARE_METATYPE(tulana::openness::SpdxExpression::Kind)

class TestSpdxExpression : public QObject
{
    Q_OBJECT

private slots:
    void parsesValidExpressions_data();
    void parsesValidExpressions();
    void withBindsTighterThanAndThanOr();
    void parenthesesOverridePrecedence();
    void orLaterAndRefsAreKeptApart();
    void licenceIdsAreListedLeftToRight();
    void rejectsInvalidExpressions_data();
    void rejectsInvalidExpressions();
};

void TestSpdxExpression::parsesValidExpressions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<SpdxExpression::Kind>("kind");
    QTest::addColumn<QString>("canonical");
    using K = SpdxExpression::Kind;
    QTest::newRow("a single id is a licence") << "MIT" << K::Licence << "MIT";
    QTest::newRow("spaces around an id are ignored")
        << "  Apache-2.0 " << K::Licence << "Apache-2.0";
    QTest::newRow("AND joins two licences")
        << "MIT AND Apache-2.0" << K::And << "MIT AND Apache-2.0";
    QTest::newRow("lower-case operators are accepted")
        << "mit and apache-2.0" << K::And << "mit AND apache-2.0";
    QTest::newRow("OR joins alternatives")
        << "GPL-2.0-only OR MIT" << K::Or << "GPL-2.0-only OR MIT";
    QTest::newRow("a chain of ANDs is one level") << "A AND B AND C" << K::And << "A AND B AND C";
    QTest::newRow("WITH attaches an exception")
        << "Apache-2.0 WITH LLVM-exception" << K::With << "Apache-2.0 WITH LLVM-exception";
    QTest::newRow("redundant parentheses are dropped") << "((MIT))" << K::Licence << "MIT";
    QTest::newRow("an OR inside an AND keeps its parentheses")
        << "(MIT OR BSD-3-Clause) AND CC-BY-4.0" << K::And << "(MIT OR BSD-3-Clause) AND CC-BY-4.0";
    QTest::newRow("an AND inside an OR needs none")
        << "(MIT AND CC0-1.0) OR Apache-2.0" << K::Or << "MIT AND CC0-1.0 OR Apache-2.0";
    QTest::newRow("or-later is a trailing plus") << "GPL-2.0+" << K::Licence << "GPL-2.0+";
    QTest::newRow("a LicenseRef is an id")
        << "LicenseRef-Llama-2-Community" << K::Licence << "LicenseRef-Llama-2-Community";
    QTest::newRow("a DocumentRef prefixes a LicenseRef")
        << "DocumentRef-bid-7:LicenseRef-vendor" << K::Licence
        << "DocumentRef-bid-7:LicenseRef-vendor";
    QTest::newRow("no space is needed next to parentheses")
        << "(MIT)AND(Apache-2.0)" << K::And << "MIT AND Apache-2.0";
}

void TestSpdxExpression::parsesValidExpressions()
{
    QFETCH(QString, text);
    QFETCH(SpdxExpression::Kind, kind);
    QFETCH(QString, canonical);
    const SpdxParse parse = parseSpdxExpression(text);
    QVERIFY2(parse.expression.has_value(), qPrintable(parse.error));
    QCOMPARE(parse.error, QString());
    QCOMPARE(parse.expression->kind, kind);
    QCOMPARE(parse.expression->toString(), canonical);
    // Writing it out and reading it again gives the same expression.
    const SpdxParse again = parseSpdxExpression(canonical);
    QVERIFY(again.expression.has_value());
    QVERIFY(*again.expression == *parse.expression);
}

void TestSpdxExpression::withBindsTighterThanAndThanOr()
{
    const SpdxParse parse = parseSpdxExpression(
        QStringLiteral("MIT OR GPL-2.0-only WITH Classpath-exception-2.0 AND BSD-2-Clause"));
    QVERIFY(parse.expression);
    const SpdxExpression& e = *parse.expression;
    QCOMPARE(e.kind, SpdxExpression::Kind::Or);
    QCOMPARE(e.operands.size(), std::size_t(2));
    QCOMPARE(e.operands[0].id, QStringLiteral("MIT"));
    const SpdxExpression& conj = e.operands[1];
    QCOMPARE(conj.kind, SpdxExpression::Kind::And);
    QCOMPARE(conj.operands[0].kind, SpdxExpression::Kind::With);
    QCOMPARE(conj.operands[0].exception, QStringLiteral("Classpath-exception-2.0"));
    QCOMPARE(conj.operands[0].operands[0].id, QStringLiteral("GPL-2.0-only"));
    QCOMPARE(conj.operands[1].id, QStringLiteral("BSD-2-Clause"));
}

void TestSpdxExpression::parenthesesOverridePrecedence()
{
    const SpdxParse parse =
        parseSpdxExpression(QStringLiteral("(MIT OR Apache-2.0) AND CC-BY-4.0"));
    QVERIFY(parse.expression);
    QCOMPARE(parse.expression->kind, SpdxExpression::Kind::And);
    QCOMPARE(parse.expression->operands[0].kind, SpdxExpression::Kind::Or);
    QCOMPARE(parse.expression->operands[1].id, QStringLiteral("CC-BY-4.0"));
}

void TestSpdxExpression::orLaterAndRefsAreKeptApart()
{
    const SpdxParse plus = parseSpdxExpression(QStringLiteral("LGPL-2.1+"));
    QVERIFY(plus.expression);
    QCOMPARE(plus.expression->id, QStringLiteral("LGPL-2.1"));
    QVERIFY(plus.expression->orLater);

    const SpdxParse ref = parseSpdxExpression(QStringLiteral("DocumentRef-x:LicenseRef-y"));
    QVERIFY(ref.expression);
    QCOMPARE(ref.expression->documentRef, QStringLiteral("DocumentRef-x"));
    QCOMPARE(ref.expression->id, QStringLiteral("LicenseRef-y"));
    QVERIFY(ref.expression->isLicenceRef());
    QVERIFY(!ref.expression->orLater);
}

void TestSpdxExpression::licenceIdsAreListedLeftToRight()
{
    const SpdxParse parse = parseSpdxExpression(
        QStringLiteral("(MIT OR Apache-2.0 WITH LLVM-exception) AND LicenseRef-a"));
    QVERIFY(parse.expression);
    QCOMPARE(parse.expression->licenceIds(),
             (QStringList{QStringLiteral("MIT"), QStringLiteral("Apache-2.0"),
                          QStringLiteral("LicenseRef-a")}));
}

void TestSpdxExpression::rejectsInvalidExpressions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("position");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("an empty text") << "" << 0 << "empty";
    QTest::newRow("two ids without an operator") << "Apache 2.0" << 7 << "operator";
    QTest::newRow("an operator with nothing after it") << "MIT AND" << 7 << "missing at the end";
    QTest::newRow("an operator first") << "OR MIT" << 0 << "missing before \"OR\"";
    QTest::newRow("an unclosed parenthesis") << "(MIT OR Apache-2.0" << 18 << "not closed";
    QTest::newRow("a closing parenthesis too many") << "MIT)" << 3 << "without its";
    QTest::newRow("WITH after a parenthesis")
        << "(MIT) WITH LLVM-exception" << 6 << "WITH must follow";
    QTest::newRow("WITH after a LicenseRef")
        << "LicenseRef-x WITH LLVM-exception" << 13 << "WITH must follow";
    QTest::newRow("WITH without an exception") << "MIT WITH" << 8 << "exception id";
    QTest::newRow("a character an id may not have") << "MIT AND Apache_2.0" << 8 << "not allowed";
    QTest::newRow("a plus inside an id") << "GPL+2.0" << 0 << "\"+\" may only end";
    QTest::newRow("a colon outside DocumentRef") << "Foo:Bar" << 0 << "DocumentRef";
    QTest::newRow("a bare LicenseRef-") << "LicenseRef-" << 0 << "followed by a name";
}

void TestSpdxExpression::rejectsInvalidExpressions()
{
    QFETCH(QString, text);
    QFETCH(int, position);
    QFETCH(QString, messagePart);
    const SpdxParse parse = parseSpdxExpression(text);
    QVERIFY(!parse.expression.has_value());
    QVERIFY2(parse.error.contains(messagePart), qPrintable(parse.error));
    QCOMPARE(parse.position, position);
}

QTEST_GUILESS_MAIN(TestSpdxExpression)
#include "tst_spdxexpression.moc"
