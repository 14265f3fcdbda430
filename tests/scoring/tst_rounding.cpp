#include "scoring/Rounding.h"

#include <QTest>

#include <cmath>

using namespace tulana;

// Rounded values are compared exactly (as their shortest round-trip text), not
// fuzzily: a rounding function that is off by one unit in the last decimal
// must fail.
static QString exact(double v)
{
    return QString::number(v, 'g', 17);
}

class TestRounding : public QObject
{
    Q_OBJECT

private slots:
    void rounds_data();
    void rounds();
    void keepsTheSignOfZero();
};

void TestRounding::rounds_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<int>("decimals");
    QTest::addColumn<double>("expected");

    // Halves go away from zero.
    QTest::newRow("84.425 to two decimals is 84.43 (stored as 84.42499999...)")
        << 84.425 << 2 << 84.43;
    QTest::newRow("-84.425 to two decimals is -84.43") << -84.425 << 2 << -84.43;
    QTest::newRow("2.5 to no decimals is 3") << 2.5 << 0 << 3.0;
    QTest::newRow("-2.5 to no decimals is -3") << -2.5 << 0 << -3.0;
    QTest::newRow("0.5 to no decimals is 1") << 0.5 << 0 << 1.0;
    QTest::newRow("-0.5 to no decimals is -1") << -0.5 << 0 << -1.0;
    QTest::newRow("3.5 to no decimals is 4") << 3.5 << 0 << 4.0;
    QTest::newRow("4.5 to no decimals is 5, not banker's 4") << 4.5 << 0 << 5.0;
    QTest::newRow("1.125 to two decimals is 1.13, not banker's 1.12") << 1.125 << 2 << 1.13;

    // Not halves: nearest.
    QTest::newRow("2.4 to no decimals is 2") << 2.4 << 0 << 2.0;
    QTest::newRow("2.6 to no decimals is 3") << 2.6 << 0 << 3.0;
    QTest::newRow("-2.4 to no decimals is -2") << -2.4 << 0 << -2.0;
    QTest::newRow("84.42499 to two decimals is 84.42 (just below a half)")
        << 84.42499 << 2 << 84.42;
    QTest::newRow("1.4999999 to no decimals is 1") << 1.4999999 << 0 << 1.0;
    QTest::newRow("71.428571 to two decimals is 71.43") << 100.0 * 100.0 / 140.0 << 2 << 71.43;
    QTest::newRow("57.142857 to two decimals is 57.14") << 100.0 * 80.0 / 140.0 << 2 << 57.14;
    QTest::newRow("two thirds to one decimal is 0.7") << 2.0 / 3.0 << 1 << 0.7;

    // Six decimals, the most a tender may announce.
    QTest::newRow("1.2345675 to six decimals is 1.234568") << 1.2345675 << 6 << 1.234568;
    QTest::newRow("1.2345674 to six decimals is 1.234567") << 1.2345674 << 6 << 1.234567;
    QTest::newRow("one third to six decimals is 0.333333") << 1.0 / 3.0 << 6 << 0.333333;
    QTest::newRow("84.4285714 to six decimals is 84.428571") << 84.4285714 << 6 << 84.428571;
    // Scores near 100 at six decimals: 90.12345645 is below the half
    // 90.1234565 and must round down.
    QTest::newRow("90.12345645 to six decimals is 90.123456 (below the half)")
        << 90.12345645 << 6 << 90.123456;
    QTest::newRow("99.9999994 to six decimals is 99.999999 (below the half)")
        << 99.9999994 << 6 << 99.999999;

    // Values already exact stay as they are.
    QTest::newRow("84.43 to two decimals stays 84.43") << 84.43 << 2 << 84.43;
    QTest::newRow("100 to two decimals stays 100") << 100.0 << 2 << 100.0;
    QTest::newRow("0 stays 0") << 0.0 << 2 << 0.0;
    QTest::newRow("86 to no decimals stays 86") << 86.0 << 0 << 86.0;
    QTest::newRow("0.000001 to six decimals stays 0.000001") << 0.000001 << 6 << 0.000001;
    QTest::newRow("a price of 5,000,000 to two decimals stays 5,000,000")
        << 5'000'000.0 << 2 << 5'000'000.0;
    QTest::newRow("a price of 12,345,678.10 to two decimals stays 12,345,678.10")
        << 12'345'678.10 << 2 << 12'345'678.10;

    // Tiny binary errors of sums and products of decimals.
    QTest::newRow("0.1 + 0.2 (0.30000000000000004) to two decimals is 0.3")
        << 0.1 + 0.2 << 2 << 0.3;
    QTest::newRow("1.005 (stored as 1.00499999...) to two decimals is 1.01") << 1.005 << 2 << 1.01;
    QTest::newRow("2.675 (stored as 2.67499999...) to two decimals is 2.68") << 2.675 << 2 << 2.68;
    QTest::newRow("63 + 21.429 (X's combined score) to two decimals is 84.43")
        << 90 * 0.7 + 71.43 * 0.3 << 2 << 84.43;
    QTest::newRow("80 × 0.7 + 100 × 0.3 to two decimals is 86")
        << 80 * 0.7 + 100 * 0.3 << 2 << 86.0;
    QTest::newRow("0.285 (stored as 0.28499999...) to two decimals is 0.29")
        << 28.5 / 100.0 << 2 << 0.29;
}

void TestRounding::rounds()
{
    QFETCH(double, value);
    QFETCH(int, decimals);
    QFETCH(double, expected);
    QCOMPARE(exact(roundHalfAwayFromZero(value, decimals)), exact(expected));
}

void TestRounding::keepsTheSignOfZero()
{
    // -0.001 rounds to zero; it must still be a finite zero, whatever its sign.
    const double r = roundHalfAwayFromZero(-0.001, 2);
    QVERIFY(std::isfinite(r));
    QVERIFY(r == 0.0);
    QCOMPARE(exact(roundHalfAwayFromZero(0.004, 2)), exact(0.0));
}

QTEST_GUILESS_MAIN(TestRounding)
#include "tst_rounding.moc"
