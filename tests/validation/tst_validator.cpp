#include "validation/TenderValidator.h"

#include <QTest>

#include <cmath>
#include <functional>
#include <limits>

using namespace tulana;

Q_DECLARE_METATYPE(tulana::Tender)

namespace {

Criterion leaf(const char* id, const char* name, double maxMarks, double weight)
{
    Criterion c;
    c.id = QString::fromUtf8(id);
    c.name = QString::fromUtf8(name);
    c.maxMarks = maxMarks;
    c.weight = weight;
    return c;
}

// A valid tender: two groups, three marked criteria (rows 0, 1, 2 of the
// marks: T1.1, T1.2, T2.1), two evaluators, three bids.
Tender base()
{
    Tender t;
    t.reference = QStringLiteral("DIT/AI/2026/014");
    t.title = QStringLiteral("Conversational assistant for citizen services");
    Criterion approach = leaf("T1", "Technical approach", 10, 60);
    approach.children = {leaf("T1.1", "Methodology", 10, 30), leaf("T1.2", "Team", 20, 30)};
    Criterion experience = leaf("T2", "Experience", 10, 40);
    experience.children = {leaf("T2.1", "Past deployments", 5, 40)};
    t.criteria = {approach, experience};
    t.evaluators = {{QStringLiteral("E1"), QStringLiteral("Asha Rao"), QString()},
                    {QStringLiteral("E2"), QStringLiteral("Bala Iyer"), QString()}};
    for (int i = 1; i <= 3; ++i) {
        Bid b = t.newBid();
        b.id = QStringLiteral("B%1").arg(i);
        b.bidder = QStringLiteral("Bidder %1").arg(i);
        b.price = 1'000'000.0 * i;
        b.tax = 180'000.0 * i;
        for (int e = 0; e < 2; ++e) {
            b.marks.set(0, e, 8);
            b.marks.set(1, e, 15);
            b.marks.set(2, e, 4);
        }
        t.bids.push_back(b);
    }
    return t;
}

Tender with(const std::function<void(Tender&)>& change)
{
    Tender t = base();
    change(t);
    return t;
}

QString describe(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << p.toString();
    return lines.join(u'\n');
}

const double missing = std::numeric_limits<double>::quiet_NaN(); // NaN: a value not given
const double inf = std::numeric_limits<double>::infinity();

} // namespace

class TestValidator : public QObject
{
    Q_OBJECT

private slots:
    void noProblem_data();
    void noProblem();
    void problem_data();
    void problem();
    void documentedExampleReadsExactly();
    void validateBidReportsOnlyThatBid();
    void everyProblemIsLocated();
};

void TestValidator::noProblem_data()
{
    QTest::addColumn<Tender>("tender");
    QTest::newRow("a complete tender") << base();
    QTest::newRow("weights that are not QCBS's business under LCS") << with([](Tender& t) {
        t.method = SelectionMethod::Lcs;
        t.technicalWeight = 70;
        t.financialWeight = 20;
    });
    QTest::newRow("weights of 100 and 0") << with([](Tender& t) {
        t.technicalWeight = 100;
        t.financialWeight = 0;
    });
    QTest::newRow("weights adding up to 100 within rounding (70.1 + 29.9)") << with([](Tender& t) {
        t.technicalWeight = 70.1;
        t.financialWeight = 29.9;
    });
    QTest::newRow("a minimum technical score of 0")
        << with([](Tender& t) { t.minimumTechnicalScore = 0; });
    QTest::newRow("a minimum technical score of 100")
        << with([](Tender& t) { t.minimumTechnicalScore = 100; });
    QTest::newRow("no decimals") << with([](Tender& t) { t.options.decimals = 0; });
    QTest::newRow("six decimals") << with([](Tender& t) { t.options.decimals = 6; });
    QTest::newRow("FBS with a budget") << with([](Tender& t) {
        t.method = SelectionMethod::Fbs;
        t.budget = 2'000'000;
    });
    QTest::newRow("a non-responsive bid needs neither price nor marks, only its reason")
        << with([](Tender& t) {
               Bid& b = t.bids[1];
               b.status = BidStatus::NonResponsive;
               b.statusReason = QStringLiteral("EMD not paid");
               b.price = missing;
               b.marks = MarksSheet();
           });
    QTest::newRow("marks of zero and of the maximum") << with([](Tender& t) {
        t.bids[0].marks.set(0, 0, 0);
        t.bids[0].marks.set(1, 1, 20);
    });
    QTest::newRow("a tax of zero") << with([](Tender& t) { t.bids[0].tax = 0; });
    QTest::newRow("minimum marks equal to the maximum")
        << with([](Tender& t) { t.criteria[0].children[0].minMarks = 10; });
    QTest::newRow("no bids yet") << with([](Tender& t) { t.bids.clear(); });
}

void TestValidator::noProblem()
{
    QFETCH(Tender, tender);
    const Problems problems = validateTender(tender);
    QVERIFY2(problems.isEmpty(), qPrintable(describe(problems)));
}

void TestValidator::problem_data()
{
    QTest::addColumn<Tender>("tender");
    QTest::addColumn<QString>("where");
    QTest::addColumn<QString>("message"); // the whole message, or a part of it
    QTest::addColumn<int>("count");       // problems in all

    // Tender fields
    QTest::newRow("the tender needs a reference number")
        << with([](Tender& t) { t.reference.clear(); }) << QStringLiteral("tender.reference")
        << QStringLiteral("the tender needs a reference number") << 1;
    QTest::newRow("a reference of blanks is no reference")
        << with([](Tender& t) { t.reference = QStringLiteral("   "); })
        << QStringLiteral("tender.reference") << QStringLiteral("reference number") << 1;
    QTest::newRow("the tender needs a title")
        << with([](Tender& t) { t.title.clear(); }) << QStringLiteral("tender.title")
        << QStringLiteral("the tender needs a title") << 1;
    const Tender outOfRange = with([](Tender& t) {
        t.technicalWeight = 120;
        t.financialWeight = -20;
    });
    QTest::newRow("a technical weight above 100 percent")
        << outOfRange << QStringLiteral("tender.technicalWeight")
        << QStringLiteral("a weight must be a percentage between 0 and 100, not 120") << 2;
    QTest::newRow("a negative financial weight")
        << outOfRange << QStringLiteral("tender.financialWeight")
        << QStringLiteral("a weight must be a percentage between 0 and 100, not -20") << 2;
    QTest::newRow("a technical weight that is not a number")
        << with([](Tender& t) { t.technicalWeight = missing; })
        << QStringLiteral("tender.technicalWeight") << QStringLiteral("between 0 and 100, not nan")
        << 2;
    QTest::newRow("technical and financial weights that do not add up to 100")
        << with([](Tender& t) { t.financialWeight = 20; })
        << QStringLiteral("tender.financialWeight")
        << QStringLiteral(
               "the technical weight (70%) and the financial weight (20%) must add up to 100%")
        << 1;
    QTest::newRow("a negative minimum technical score")
        << with([](Tender& t) { t.minimumTechnicalScore = -1; })
        << QStringLiteral("tender.minimumTechnicalScore")
        << QStringLiteral("the minimum technical score must be between 0 and 100, not -1") << 1;
    QTest::newRow("a minimum technical score above 100")
        << with([](Tender& t) { t.minimumTechnicalScore = 101; })
        << QStringLiteral("tender.minimumTechnicalScore") << QStringLiteral("not 101") << 1;
    QTest::newRow("a minimum technical score that is not a number")
        << with([](Tender& t) { t.minimumTechnicalScore = missing; })
        << QStringLiteral("tender.minimumTechnicalScore") << QStringLiteral("not nan") << 1;
    QTest::newRow("FBS needs the budget")
        << with([](Tender& t) { t.method = SelectionMethod::Fbs; })
        << QStringLiteral("tender.budget")
        << QStringLiteral("Fixed-Budget Selection needs the budget") << 1;
    QTest::newRow("a budget of zero")
        << with([](Tender& t) {
               t.method = SelectionMethod::Fbs;
               t.budget = 0;
           })
        << QStringLiteral("tender.budget")
        << QStringLiteral("the budget must be greater than zero, not 0") << 1;
    QTest::newRow("a negative budget") << with([](Tender& t) {
        t.method = SelectionMethod::Fbs;
        t.budget = -5;
    }) << QStringLiteral("tender.budget")
                                       << QStringLiteral("not -5") << 1;
    QTest::newRow("an infinite budget") << with([](Tender& t) {
        t.method = SelectionMethod::Fbs;
        t.budget = inf;
    }) << QStringLiteral("tender.budget")
                                        << QStringLiteral("not inf") << 1;
    QTest::newRow("seven decimals")
        << with([](Tender& t) { t.options.decimals = 7; })
        << QStringLiteral("tender.evaluation.decimals")
        << QStringLiteral("decimals must be between 0 and 6, not 7") << 1;
    QTest::newRow("negative decimals")
        << with([](Tender& t) { t.options.decimals = -1; })
        << QStringLiteral("tender.evaluation.decimals") << QStringLiteral("not -1") << 1;

    // Criteria
    QTest::newRow("the tender needs at least one criterion") << with([](Tender& t) {
        t.criteria.clear();
        t.bids.clear();
    }) << QStringLiteral("criteria") << QStringLiteral("the tender needs at least one criterion")
                                                             << 1;
    QTest::newRow("every criterion needs an id")
        << with([](Tender& t) { t.criteria[0].children[1].id.clear(); })
        << QStringLiteral("criteria[0].children[1].id")
        << QStringLiteral("every criterion needs an id") << 1;
    QTest::newRow("criterion ids are unique across groups")
        << with([](Tender& t) { t.criteria[1].children[0].id = QStringLiteral("T1.1"); })
        << QStringLiteral("criteria[1].children[0].id")
        << QStringLiteral("the id \"T1.1\" is used by another criterion") << 1;
    QTest::newRow("a group's id is unique too")
        << with([](Tender& t) { t.criteria[1].id = QStringLiteral("T1"); })
        << QStringLiteral("criteria[1].id")
        << QStringLiteral("the id \"T1\" is used by another criterion") << 1;
    QTest::newRow("every criterion needs a name")
        << with([](Tender& t) { t.criteria[0].children[0].name = QStringLiteral(" "); })
        << QStringLiteral("criteria[0].children[0].name")
        << QStringLiteral("every criterion needs a name") << 1;
    QTest::newRow("a negative weight, which also spoils its group's sum")
        << with([](Tender& t) { t.criteria[0].children[1].weight = -30; })
        << QStringLiteral("criteria[0].children[1].weight")
        << QStringLiteral("a weight cannot be negative or missing (-30)") << 2;
    QTest::newRow("a weight that is not a number")
        << with([](Tender& t) { t.criteria[0].children[1].weight = missing; })
        << QStringLiteral("criteria[0].children[1].weight") << QStringLiteral("(nan)") << 2;
    QTest::newRow("a group's children must add up to the group's weight")
        << with([](Tender& t) { t.criteria[0].children[1].weight = 20; })
        << QStringLiteral("criteria[0].children")
        << QStringLiteral("the weights add up to 50 but must add up to 60 (the weight of group "
                          "\"Technical approach\")")
        << 1;
    QTest::newRow("top-level weights must add up to 100")
        << with([](Tender& t) {
               t.criteria[1].weight = 30;
               t.criteria[1].children[0].weight = 30;
           })
        << QStringLiteral("criteria")
        << QStringLiteral("the weights add up to 90 but must add up to 100 (the technical score is "
                          "out of 100)")
        << 1;
    const auto zeroRow = [](Tender& t, int row) {
        for (Bid& b : t.bids)
            for (int e = 0; e < b.marks.evaluators(); ++e)
                b.marks.set(row, e, 0);
    };
    QTest::newRow("maximum marks of zero")
        << with([&](Tender& t) {
               t.criteria[0].children[1].maxMarks = 0;
               zeroRow(t, 1);
           })
        << QStringLiteral("criteria[0].children[1].maxMarks")
        << QStringLiteral("maximum marks must be greater than zero, not 0") << 1;
    QTest::newRow("negative maximum marks") << with([&](Tender& t) {
        t.criteria[1].children[0].maxMarks = -5;
        t.bids.clear();
    }) << QStringLiteral("criteria[1].children[0].maxMarks")
                                            << QStringLiteral("not -5") << 1;
    QTest::newRow("maximum marks that are not a number") << with([&](Tender& t) {
        t.criteria[1].children[0].maxMarks = missing;
        t.bids.clear();
    }) << QStringLiteral("criteria[1].children[0].maxMarks")
                                                         << QStringLiteral("not nan") << 1;
    QTest::newRow("minimum marks above the maximum")
        << with([](Tender& t) { t.criteria[0].children[0].minMarks = 11; })
        << QStringLiteral("criteria[0].children[0].minMarks")
        << QStringLiteral("minimum marks must be between 0 and the maximum of 10, not 11") << 1;
    QTest::newRow("negative minimum marks")
        << with([](Tender& t) { t.criteria[0].children[1].minMarks = -1; })
        << QStringLiteral("criteria[0].children[1].minMarks")
        << QStringLiteral("between 0 and the maximum of 20, not -1") << 1;

    // Evaluators
    QTest::newRow("the committee needs at least one evaluator")
        << with([](Tender& t) {
               t.evaluators.clear();
               t.bids.clear();
           })
        << QStringLiteral("evaluators")
        << QStringLiteral("the evaluation committee needs at least one evaluator") << 1;
    QTest::newRow("every evaluator needs an id")
        << with([](Tender& t) { t.evaluators[1].id.clear(); }) << QStringLiteral("evaluators[1].id")
        << QStringLiteral("every evaluator needs an id") << 1;
    QTest::newRow("evaluator ids are unique")
        << with([](Tender& t) { t.evaluators[1].id = QStringLiteral("E1"); })
        << QStringLiteral("evaluators[1].id")
        << QStringLiteral("the id \"E1\" is used by another evaluator") << 1;

    // Bids
    QTest::newRow("every bid needs an id")
        << with([](Tender& t) { t.bids[1].id.clear(); }) << QStringLiteral("bids[1].id")
        << QStringLiteral("every bid needs an id") << 1;
    QTest::newRow("bid ids are unique")
        << with([](Tender& t) { t.bids[2].id = QStringLiteral("B1"); })
        << QStringLiteral("bids[2].id") << QStringLiteral("the id \"B1\" is used by another bid")
        << 1;
    QTest::newRow("the bid needs the bidder's name")
        << with([](Tender& t) { t.bids[0].bidder.clear(); }) << QStringLiteral("bids[0].bidder")
        << QStringLiteral("the bid needs the bidder's name") << 1;
    QTest::newRow("a non-responsive bid needs its reason")
        << with([](Tender& t) { t.bids[1].status = BidStatus::NonResponsive; })
        << QStringLiteral("bids[1].statusReason")
        << QStringLiteral("a bid that is non-responsive needs the reason recorded") << 1;
    QTest::newRow("a withdrawn bid needs its reason")
        << with([](Tender& t) {
               t.bids[2].status = BidStatus::Withdrawn;
               t.bids[2].statusReason = QStringLiteral("  ");
           })
        << QStringLiteral("bids[2].statusReason")
        << QStringLiteral("a bid that is withdrawn needs the reason recorded") << 1;
    QTest::newRow("the quoted price is missing")
        << with([](Tender& t) { t.bids[0].price = missing; }) << QStringLiteral("bids[0].price")
        << QStringLiteral("the quoted price is missing") << 1;
    QTest::newRow("a price of zero")
        << with([](Tender& t) { t.bids[0].price = 0; }) << QStringLiteral("bids[0].price")
        << QStringLiteral("the quoted price must be greater than zero, not 0") << 1;
    QTest::newRow("a negative price")
        << with([](Tender& t) { t.bids[1].price = -100; }) << QStringLiteral("bids[1].price")
        << QStringLiteral("not -100") << 1;
    QTest::newRow("an infinite price")
        << with([](Tender& t) { t.bids[1].price = inf; }) << QStringLiteral("bids[1].price")
        << QStringLiteral("not inf") << 1;
    QTest::newRow("a negative tax")
        << with([](Tender& t) { t.bids[0].tax = -1; }) << QStringLiteral("bids[0].tax")
        << QStringLiteral("the tax must be zero or more, not -1") << 1;
    QTest::newRow("a tax that is not a number")
        << with([](Tender& t) { t.bids[0].tax = missing; }) << QStringLiteral("bids[0].tax")
        << QStringLiteral("not nan") << 1;
    QTest::newRow("a marks sheet of the wrong shape")
        << with([](Tender& t) { t.bids[0].marks = MarksSheet(2, 2); })
        << QStringLiteral("bids[0].marks")
        << QStringLiteral(
               "the marks sheet has 2 × 2 cells but the tender has 3 criteria × 2 evaluators")
        << 1;
    QTest::newRow("a mark not yet given")
        << with([](Tender& t) { t.bids[2].marks.set(0, 0, missing); })
        << QStringLiteral("bids[2].marks.T1.1[0]")
        << QStringLiteral("Asha Rao has not marked \"Methodology\"") << 1;
    QTest::newRow("a mark above the maximum")
        << with([](Tender& t) { t.bids[2].marks.set(0, 0, 11); })
        << QStringLiteral("bids[2].marks.T1.1[0]")
        << QStringLiteral("11 marks is more than the maximum of 10 for \"Methodology\"") << 1;
    QTest::newRow("a negative mark from the second evaluator")
        << with([](Tender& t) { t.bids[1].marks.set(1, 1, -2); })
        << QStringLiteral("bids[1].marks.T1.2[1]")
        << QStringLiteral("marks must be zero or more, not -2") << 1;
    QTest::newRow("an infinite mark")
        << with([](Tender& t) { t.bids[1].marks.set(1, 0, inf); })
        << QStringLiteral("bids[1].marks.T1.2[0]") << QStringLiteral("not inf") << 1;
    QTest::newRow("a mark above the maximum of the last criterion")
        << with([](Tender& t) { t.bids[0].marks.set(2, 1, 5.5); })
        << QStringLiteral("bids[0].marks.T2.1[1]")
        << QStringLiteral("5.5 marks is more than the maximum of 5 for \"Past deployments\"") << 1;
    QTest::newRow("every missing mark is reported")
        << with([](Tender& t) { t.bids[1].marks = MarksSheet(3, 2); })
        << QStringLiteral("bids[1].marks.T2.1[1]") << QStringLiteral("Bala Iyer has not marked")
        << 6;
}

void TestValidator::problem()
{
    QFETCH(Tender, tender);
    QFETCH(QString, where);
    QFETCH(QString, message);
    QFETCH(int, count);

    const Problems problems = validateTender(tender);
    QCOMPARE(problems.size(), qsizetype(count));
    const auto it = std::find_if(problems.begin(), problems.end(),
                                 [&](const Problem& p) { return p.where == where; });
    QVERIFY2(it != problems.end(), qPrintable(describe(problems)));
    QVERIFY(it->isError());
    QVERIFY2(it->message.contains(message), qPrintable(it->message));
}

void TestValidator::documentedExampleReadsExactly()
{
    // docs/file-format.md gives this message as the example.
    const Problems problems =
        validateTender(with([](Tender& t) { t.bids[2].marks.set(0, 0, 11); }));
    QCOMPARE(problems.size(), qsizetype(1));
    QCOMPARE(problems.front().toString(),
             QStringLiteral("bids[2].marks.T1.1[0]: 11 marks is more than the maximum of 10 for "
                            "\"Methodology\""));
}

void TestValidator::validateBidReportsOnlyThatBid()
{
    const Tender tender = with([](Tender& t) {
        t.title.clear();
        t.bids[0].price = missing;
        t.bids[2].marks.set(2, 0, 6);
        t.bids[2].tax = -1;
    });
    const Problems forBid2 = validateBid(tender, 2);
    QCOMPARE(forBid2.size(), qsizetype(2));
    for (const Problem& p : forBid2)
        QVERIFY2(p.where.startsWith(QLatin1String("bids[2].")), qPrintable(p.toString()));
    QVERIFY(validateBid(tender, 1).isEmpty());
    QCOMPARE(validateBid(tender, 0).size(), qsizetype(1));
    QCOMPARE(validateTender(tender).size(), qsizetype(4));
}

void TestValidator::everyProblemIsLocated()
{
    // Many things wrong at once: every problem still names where it is.
    const Tender tender = with([](Tender& t) {
        t.reference.clear();
        t.financialWeight = 50;
        t.criteria[0].children[0].id = QStringLiteral("T2.1");
        t.criteria[0].children[1].weight = 10;
        t.evaluators[1].id = QStringLiteral("E1");
        t.bids[1].id = QStringLiteral("B1");
        t.bids[1].price = -1;
        t.bids[2].marks.set(1, 1, 21);
    });
    const Problems problems = validateTender(tender);
    QVERIFY(problems.size() >= 8);
    for (const Problem& p : problems) {
        QVERIFY2(!p.where.isEmpty(), qPrintable(p.toString()));
        QVERIFY2(!p.message.isEmpty(), qPrintable(p.toString()));
        QVERIFY(p.isError());
    }
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
