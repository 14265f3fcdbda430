#include "tender/MarkCell.h"
#include "tender/Tender.h"

#include <QHash>
#include <QTest>

#include <cmath>

using namespace tulana;

Q_DECLARE_METATYPE(tulana::Criterion)
Q_DECLARE_METATYPE(tulana::MarksSheet)

namespace {

Criterion leaf(const char* id, double weight = 10)
{
    Criterion c;
    c.id = QString::fromUtf8(id);
    c.name = QStringLiteral("Name of ") + c.id;
    c.maxMarks = 10;
    c.weight = weight;
    return c;
}

Criterion group(const char* id, std::vector<Criterion> children)
{
    Criterion g = leaf(id);
    g.name = QStringLiteral("Group ") + g.id;
    g.children = std::move(children);
    return g;
}

// The leaves' original numbers: a mark is bid × 100 + leaf × 10 + evaluator,
// so every cell says where it came from.
const QHash<QString, int> leafNumber{{QStringLiteral("A"), 1},
                                     {QStringLiteral("G.1"), 2},
                                     {QStringLiteral("G.2"), 3},
                                     {QStringLiteral("B"), 4}};
const QHash<QString, int> evaluatorNumber{
    {QStringLiteral("E1"), 0}, {QStringLiteral("E2"), 1}, {QStringLiteral("E3"), 2}};

double markOf(int bid, const QString& leafId, const QString& evaluatorId)
{
    if (!leafNumber.contains(leafId) || !evaluatorNumber.contains(evaluatorId))
        return MarksSheet::unmarked();
    return bid * 100 + leafNumber[leafId] * 10 + evaluatorNumber[evaluatorId];
}

// criteria: A, G { G.1, G.2 }, B — leaves A, G.1, G.2, B; evaluators E1..E3; bids P, Q.
Tender sample()
{
    Tender t;
    t.reference = QStringLiteral("T/1");
    t.title = QStringLiteral("Sample");
    t.criteria = {leaf("A"), group("G", {leaf("G.1"), leaf("G.2")}), leaf("B")};
    for (const char* id : {"E1", "E2", "E3"})
        t.evaluators.push_back({QString::fromUtf8(id), QString::fromUtf8(id), QString()});
    for (int b = 0; b < 2; ++b) {
        Bid bid = t.newBid();
        bid.id = b == 0 ? QStringLiteral("P") : QStringLiteral("Q");
        const auto leaves = leavesOf(t.criteria);
        for (int c = 0; c < int(leaves.size()); ++c)
            for (int e = 0; e < 3; ++e)
                bid.marks.set(c, e,
                              markOf(b, leaves[std::size_t(c)].criterion->id,
                                     t.evaluators[std::size_t(e)].id));
        t.bids.push_back(bid);
    }
    return t;
}

QStringList leafIds(const Tender& t)
{
    QStringList ids;
    for (const LeafRef& l : leavesOf(t.criteria))
        ids << l.criterion->id;
    return ids;
}

bool same(double a, double b)
{
    return (std::isnan(a) && std::isnan(b)) || a == b;
}

// Every bid's marks sheet has the tender's shape and each cell holds the mark
// its (criterion, evaluator) was given, or none for new ones.
QString marksOutOfStep(const Tender& t)
{
    const auto leaves = leavesOf(t.criteria);
    for (int b = 0; b < int(t.bids.size()); ++b) {
        const MarksSheet& m = t.bids[std::size_t(b)].marks;
        if (m.criteria() != int(leaves.size()) || m.evaluators() != int(t.evaluators.size()))
            return QStringLiteral("bid %1: sheet %2 × %3 for %4 × %5")
                .arg(b)
                .arg(m.criteria())
                .arg(m.evaluators())
                .arg(leaves.size())
                .arg(t.evaluators.size());
        for (int c = 0; c < int(leaves.size()); ++c)
            for (int e = 0; e < m.evaluators(); ++e) {
                const double expected = markOf(b, leaves[std::size_t(c)].criterion->id,
                                               t.evaluators[std::size_t(e)].id);
                if (!same(m.at(c, e), expected))
                    return QStringLiteral("bid %1, %2, %3: %4 instead of %5")
                        .arg(b)
                        .arg(leaves[std::size_t(c)].criterion->id, t.evaluators[std::size_t(e)].id)
                        .arg(m.at(c, e))
                        .arg(expected);
            }
    }
    return {};
}

std::vector<int> path(const QList<int>& p)
{
    return {p.begin(), p.end()};
}

} // namespace

class TestTender : public QObject
{
    Q_OBJECT

private slots:
    void sampleIsInStep();
    void insertCriterion_data();
    void insertCriterion();
    void removeCriterion_data();
    void removeCriterion();
    void insertIntoNestedGroup();
    void insertEvaluator_data();
    void insertEvaluator();
    void removeEvaluator_data();
    void removeEvaluator();
    void leavesOfOrderAndPaths();
    void leafIndexOf_data();
    void leafIndexOf();
    void criterionAt();
    void newBidHasTheTendersShape();
    void marksSheetEquality_data();
    void marksSheetEquality();
    void bidEqualityWithMissingPrice();
    void lookupsById();
};

void TestTender::sampleIsInStep()
{
    const Tender t = sample();
    QCOMPARE(leafIds(t), (QStringList{QStringLiteral("A"), QStringLiteral("G.1"),
                                      QStringLiteral("G.2"), QStringLiteral("B")}));
    QCOMPARE(marksOutOfStep(t), QString());
    QCOMPARE(t.bids[1].marks.at(2, 1), 100.0 + 30 + 1); // Q, G.2, E2
}

void TestTender::insertCriterion_data()
{
    QTest::addColumn<QList<int>>("parent");
    QTest::addColumn<int>("position");
    QTest::addColumn<Criterion>("criterion");
    QTest::addColumn<QStringList>("leaves");
    QTest::addColumn<bool>("reversible"); // removing it again gives back the tender

    const Criterion n = leaf("N");
    const Criterion h = group("H", {leaf("H.1"), leaf("H.2")});
    const auto ids = [](std::initializer_list<const char*> list) {
        QStringList out;
        for (const char* id : list)
            out << QString::fromUtf8(id);
        return out;
    };
    QTest::newRow("a criterion inserted first at the top level")
        << QList<int>{} << 0 << n << ids({"N", "A", "G.1", "G.2", "B"}) << true;
    QTest::newRow("a criterion appended at the top level")
        << QList<int>{} << 3 << n << ids({"A", "G.1", "G.2", "B", "N"}) << true;
    QTest::newRow("a criterion inserted after a group")
        << QList<int>{} << 2 << n << ids({"A", "G.1", "G.2", "N", "B"}) << true;
    QTest::newRow("a criterion inserted first in a group")
        << QList<int>{1} << 0 << n << ids({"A", "N", "G.1", "G.2", "B"}) << true;
    QTest::newRow("a criterion inserted between a group's children")
        << QList<int>{1} << 1 << n << ids({"A", "G.1", "N", "G.2", "B"}) << true;
    QTest::newRow("a criterion appended to a group")
        << QList<int>{1} << 2 << n << ids({"A", "G.1", "G.2", "N", "B"}) << true;
    QTest::newRow("a group of two inserted at the top level")
        << QList<int>{} << 1 << h << ids({"A", "H.1", "H.2", "G.1", "G.2", "B"}) << true;
    QTest::newRow("a group of two inserted into a group")
        << QList<int>{1} << 1 << h << ids({"A", "G.1", "H.1", "H.2", "G.2", "B"}) << true;
    // A's marks row goes: A is a group now and is not marked.
    QTest::newRow("a criterion under the first leaf, which becomes a group")
        << QList<int>{0} << 0 << n << ids({"N", "G.1", "G.2", "B"}) << false;
    QTest::newRow("a criterion under the last leaf, which becomes a group")
        << QList<int>{2} << 0 << n << ids({"A", "G.1", "G.2", "N"}) << false;
    QTest::newRow("a group under a leaf of a group")
        << QList<int>{1, 0} << 0 << h << ids({"A", "H.1", "H.2", "G.2", "B"}) << false;
}

void TestTender::insertCriterion()
{
    QFETCH(QList<int>, parent);
    QFETCH(int, position);
    QFETCH(Criterion, criterion);
    QFETCH(QStringList, leaves);
    QFETCH(bool, reversible);

    const Tender before = sample();
    Tender t = before;
    t.insertCriterion(path(parent), position, criterion);
    QCOMPARE(leafIds(t), leaves);
    QCOMPARE(marksOutOfStep(t), QString());
    std::vector<int> at = path(parent);
    at.push_back(position);
    QVERIFY(t.criterionAt(at));
    QCOMPARE(*t.criterionAt(at), criterion);

    if (reversible) {
        const Criterion removed = t.removeCriterion(at);
        QCOMPARE(removed, criterion);
        QVERIFY(t == before);
    }
}

void TestTender::removeCriterion_data()
{
    QTest::addColumn<QList<QList<int>>>("paths"); // removed in turn
    QTest::addColumn<QString>("lastRemoved");
    QTest::addColumn<QStringList>("leaves");

    QTest::newRow("the first top-level criterion")
        << QList<QList<int>>{{0}} << QStringLiteral("A")
        << QStringList{QStringLiteral("G.1"), QStringLiteral("G.2"), QStringLiteral("B")};
    QTest::newRow("the last top-level criterion")
        << QList<QList<int>>{{2}} << QStringLiteral("B")
        << QStringList{QStringLiteral("A"), QStringLiteral("G.1"), QStringLiteral("G.2")};
    QTest::newRow("a whole group, with its children's marks")
        << QList<QList<int>>{{1}} << QStringLiteral("G")
        << QStringList{QStringLiteral("A"), QStringLiteral("B")};
    QTest::newRow("a group's first child")
        << QList<QList<int>>{{1, 0}} << QStringLiteral("G.1")
        << QStringList{QStringLiteral("A"), QStringLiteral("G.2"), QStringLiteral("B")};
    QTest::newRow("a group's last child")
        << QList<QList<int>>{{1, 1}} << QStringLiteral("G.2")
        << QStringList{QStringLiteral("A"), QStringLiteral("G.1"), QStringLiteral("B")};
    // G is marked again, with an empty row of its own.
    QTest::newRow("both children of a group, which becomes a criterion again")
        << QList<QList<int>>{{1, 1}, {1, 0}} << QStringLiteral("G.1")
        << QStringList{QStringLiteral("A"), QStringLiteral("G"), QStringLiteral("B")};
    QTest::newRow("everything, one at a time")
        << QList<QList<int>>{{2}, {0}, {0}} << QStringLiteral("G") << QStringList{};
}

void TestTender::removeCriterion()
{
    QFETCH(QList<QList<int>>, paths);
    QFETCH(QString, lastRemoved);
    QFETCH(QStringList, leaves);

    Tender t = sample();
    Criterion removed;
    for (const QList<int>& p : paths) {
        removed = t.removeCriterion(path(p));
        QCOMPARE(marksOutOfStep(t), QString());
    }
    QCOMPARE(removed.id, lastRemoved);
    QCOMPARE(leafIds(t), leaves);
    for (const Bid& b : t.bids)
        QCOMPARE(b.marks.criteria(), int(leaves.size()));
}

void TestTender::insertIntoNestedGroup()
{
    // G { G.1, K { K.1 }, G.2 }: then insert into K and remove again.
    Tender t = sample();
    t.insertCriterion({1}, 1, group("K", {leaf("K.1")}));
    t.insertCriterion({1, 1}, 0, leaf("K.0"));
    QCOMPARE(leafIds(t),
             (QStringList{QStringLiteral("A"), QStringLiteral("G.1"), QStringLiteral("K.0"),
                          QStringLiteral("K.1"), QStringLiteral("G.2"), QStringLiteral("B")}));
    QCOMPARE(marksOutOfStep(t), QString());
    QCOMPARE(t.leafIndexOf({1, 1, 1}), 3);
    QCOMPARE(t.leafIndexOf({1, 2}), 4);
    t.removeCriterion({1, 1, 1});
    t.removeCriterion({1, 1, 0}); // K is a criterion again
    QCOMPARE(leafIds(t),
             (QStringList{QStringLiteral("A"), QStringLiteral("G.1"), QStringLiteral("K"),
                          QStringLiteral("G.2"), QStringLiteral("B")}));
    QCOMPARE(marksOutOfStep(t), QString());
}

void TestTender::insertEvaluator_data()
{
    QTest::addColumn<int>("position");
    QTest::addColumn<QStringList>("evaluators");
    QTest::newRow("a new first evaluator")
        << 0
        << QStringList{QStringLiteral("EN"), QStringLiteral("E1"), QStringLiteral("E2"),
                       QStringLiteral("E3")};
    QTest::newRow("a new evaluator in the middle")
        << 1
        << QStringList{QStringLiteral("E1"), QStringLiteral("EN"), QStringLiteral("E2"),
                       QStringLiteral("E3")};
    QTest::newRow("a new last evaluator")
        << 3
        << QStringList{QStringLiteral("E1"), QStringLiteral("E2"), QStringLiteral("E3"),
                       QStringLiteral("EN")};
}

void TestTender::insertEvaluator()
{
    QFETCH(int, position);
    QFETCH(QStringList, evaluators);
    const Tender before = sample();
    Tender t = before;
    t.insertEvaluator(position, {QStringLiteral("EN"), QStringLiteral("New"), QString()});
    QStringList ids;
    for (const Evaluator& e : t.evaluators)
        ids << e.id;
    QCOMPARE(ids, evaluators);
    QCOMPARE(marksOutOfStep(t), QString());
    for (const Bid& b : t.bids)
        for (int c = 0; c < b.marks.criteria(); ++c)
            QVERIFY(!b.marks.isMarked(c, position));
    t.removeEvaluator(position);
    QVERIFY(t == before);
}

void TestTender::removeEvaluator_data()
{
    QTest::addColumn<int>("position");
    QTest::addColumn<QStringList>("evaluators");
    QTest::newRow("the first evaluator")
        << 0 << QStringList{QStringLiteral("E2"), QStringLiteral("E3")};
    QTest::newRow("the middle evaluator")
        << 1 << QStringList{QStringLiteral("E1"), QStringLiteral("E3")};
    QTest::newRow("the last evaluator")
        << 2 << QStringList{QStringLiteral("E1"), QStringLiteral("E2")};
}

void TestTender::removeEvaluator()
{
    QFETCH(int, position);
    QFETCH(QStringList, evaluators);
    Tender t = sample();
    t.removeEvaluator(position);
    QStringList ids;
    for (const Evaluator& e : t.evaluators)
        ids << e.id;
    QCOMPARE(ids, evaluators);
    QCOMPARE(marksOutOfStep(t), QString());
}

void TestTender::leavesOfOrderAndPaths()
{
    // A, G { G.1, K { K.1, K.2 } }, B
    const std::vector<Criterion> roots{
        leaf("A"), group("G", {leaf("G.1"), group("K", {leaf("K.1"), leaf("K.2")})}), leaf("B")};
    const std::vector<LeafRef> leaves = leavesOf(roots);
    QCOMPARE(int(leaves.size()), 5);
    QCOMPARE(countLeaves(roots), 5);
    QStringList ids, paths, groups;
    for (const LeafRef& l : leaves) {
        ids << l.criterion->id;
        paths << l.path;
        groups << l.groupName;
    }
    QCOMPARE(ids, (QStringList{QStringLiteral("A"), QStringLiteral("G.1"), QStringLiteral("K.1"),
                               QStringLiteral("K.2"), QStringLiteral("B")}));
    QCOMPARE(paths,
             (QStringList{QStringLiteral("criteria[0]"), QStringLiteral("criteria[1].children[0]"),
                          QStringLiteral("criteria[1].children[1].children[0]"),
                          QStringLiteral("criteria[1].children[1].children[1]"),
                          QStringLiteral("criteria[2]")}));
    QCOMPARE(groups, (QStringList{QString(), QStringLiteral("Group G"), QStringLiteral("Group K"),
                                  QStringLiteral("Group K"), QString()}));
    // The references point into the tree itself.
    QCOMPARE(leaves[2].criterion, &roots[1].children[1].children[0]);
    QVERIFY(leavesOf({}).empty());
    QCOMPARE(countLeaves({}), 0);
}

void TestTender::leafIndexOf_data()
{
    QTest::addColumn<QList<int>>("path");
    QTest::addColumn<int>("index");
    QTest::newRow("the first leaf") << QList<int>{0} << 0;
    QTest::newRow("a group's first child") << QList<int>{1, 0} << 1;
    QTest::newRow("a group's second child") << QList<int>{1, 1} << 2;
    QTest::newRow("the leaf after a group") << QList<int>{2} << 3;
    QTest::newRow("a group is not a leaf") << QList<int>{1} << -1;
    QTest::newRow("a position past the end") << QList<int>{3} << -1;
    QTest::newRow("a child past the end of a group") << QList<int>{1, 2} << -1;
    QTest::newRow("a negative position") << QList<int>{-1} << -1;
    QTest::newRow("the empty path") << QList<int>{} << -1;
    QTest::newRow("a child of a leaf") << QList<int>{0, 0} << -1;
}

void TestTender::leafIndexOf()
{
    QFETCH(QList<int>, path);
    QFETCH(int, index);
    QCOMPARE(sample().leafIndexOf(::path(path)), index);
}

void TestTender::criterionAt()
{
    Tender t = sample();
    QCOMPARE(t.criterionAt({1, 1})->id, QStringLiteral("G.2"));
    QCOMPARE(t.criterionAt({1})->id, QStringLiteral("G"));
    QCOMPARE(t.criterionAt({}), nullptr);
    QCOMPARE(t.criterionAt({4}), nullptr);
    t.criterionAt({2})->weight = 55;
    QCOMPARE(t.criteria[2].weight, 55.0);
    const Tender& c = t;
    QCOMPARE(c.criterionAt({1, 0})->id, QStringLiteral("G.1"));
}

void TestTender::newBidHasTheTendersShape()
{
    const Tender t = sample();
    const Bid b = t.newBid();
    QCOMPARE(b.marks.criteria(), 4);
    QCOMPARE(b.marks.evaluators(), 3);
    for (int c = 0; c < 4; ++c)
        for (int e = 0; e < 3; ++e)
            QVERIFY(!b.marks.isMarked(c, e));
    QVERIFY(!b.hasPrice());
}

void TestTender::marksSheetEquality_data()
{
    QTest::addColumn<MarksSheet>("a");
    QTest::addColumn<MarksSheet>("b");
    QTest::addColumn<bool>("equal");

    const auto filled = [](int criteria, int evaluators, double value) {
        MarksSheet m(criteria, evaluators);
        for (int c = 0; c < criteria; ++c)
            for (int e = 0; e < evaluators; ++e)
                m.set(c, e, value);
        return m;
    };
    MarksSheet oneNaN = filled(2, 2, 5);
    oneNaN.set(1, 0, MarksSheet::unmarked());
    MarksSheet otherNaN = filled(2, 2, 5);
    otherNaN.set(0, 1, MarksSheet::unmarked());
    MarksSheet zeroForNaN = filled(2, 2, 5);
    zeroForNaN.set(1, 0, 0);
    MarksSheet oneDifferent = filled(2, 2, 5);
    oneDifferent.set(1, 1, 6);

    QTest::newRow("two unmarked sheets of the same shape are equal")
        << MarksSheet(2, 3) << MarksSheet(2, 3) << true;
    QTest::newRow("the same marks are equal") << filled(2, 2, 5) << filled(2, 2, 5) << true;
    QTest::newRow("unmarked cells in the same places are equal") << oneNaN << oneNaN << true;
    QTest::newRow("unmarked cells in different places are not") << oneNaN << otherNaN << false;
    QTest::newRow("an unmarked cell is not a zero") << oneNaN << zeroForNaN << false;
    QTest::newRow("one different mark") << filled(2, 2, 5) << oneDifferent << false;
    QTest::newRow("2 × 3 is not 3 × 2 though they hold as many cells")
        << MarksSheet(2, 3) << MarksSheet(3, 2) << false;
    QTest::newRow("an empty sheet equals a 0 × 0 sheet")
        << MarksSheet() << MarksSheet(0, 0) << true;
    QTest::newRow("0 × 2 is not 0 × 3") << MarksSheet(0, 2) << MarksSheet(0, 3) << false;
}

void TestTender::marksSheetEquality()
{
    QFETCH(MarksSheet, a);
    QFETCH(MarksSheet, b);
    QFETCH(bool, equal);
    QCOMPARE(a == b, equal);
    QCOMPARE(b == a, equal);
    QCOMPARE(a != b, !equal);
}

void TestTender::bidEqualityWithMissingPrice()
{
    const Tender t = sample();
    Bid a = t.bids[0];
    Bid b = t.bids[0];
    QVERIFY(!a.hasPrice());
    QVERIFY(a == b); // both prices missing
    b.price = 100;
    QVERIFY(!(a == b));
    a.price = 100;
    QVERIFY(a == b);
    a.marks.set(0, 0, MarksSheet::unmarked());
    QVERIFY(!(a == b));
    b.marks.set(0, 0, MarksSheet::unmarked());
    QVERIFY(a == b);
}

// bidIndex, evaluatorIndex and leafIndex: the position of what an id
// names, -1 for an id nothing has, and -1 for an empty id even where a bid
// has one (the loader reads such a bid; an empty selection must not pick it).
void TestTender::lookupsById()
{
    Tender t = sample();
    QCOMPARE(bidIndex(t, QStringLiteral("P")), 0);
    QCOMPARE(bidIndex(t, QStringLiteral("Q")), 1);
    QCOMPARE(bidIndex(t, QStringLiteral("p")), -1); // ids are compared exactly
    QCOMPARE(evaluatorIndex(t, QStringLiteral("E3")), 2);
    QCOMPARE(evaluatorIndex(t, QStringLiteral("E4")), -1);
    const std::vector<LeafRef> leaves = leavesOf(t.criteria);
    QCOMPARE(leafIndex(leaves, QStringLiteral("G.2")), 2);
    QCOMPARE(leafIndex(leaves, QStringLiteral("G")), -1); // a group is not marked
    QCOMPARE(leafIndex(leaves, QStringLiteral("C")), -1);
    const MarkCell cell =
        markCell(t, leaves, QStringLiteral("Q"), QStringLiteral("G.2"), QStringLiteral("E3"));
    QCOMPARE(cell, (MarkCell{1, 2, 2}));
    QVERIFY(cell.exists());
    const MarkCell noCriterion =
        markCell(t, leaves, QStringLiteral("Q"), QStringLiteral("G"), QStringLiteral("E3"));
    QCOMPARE(noCriterion, (MarkCell{1, -1, 2}));
    QVERIFY(!noCriterion.exists());
    QVERIFY(!markCell(t, leaves, QStringLiteral("R"), QStringLiteral("G.2"), QStringLiteral("E3"))
                 .exists());
    QVERIFY(!markCell(t, leaves, QStringLiteral("Q"), QStringLiteral("G.2"), QStringLiteral("E9"))
                 .exists());

    t.bids[1].id.clear();
    t.evaluators[0].id.clear();
    QCOMPARE(bidIndex(t, QString()), -1);
    QCOMPARE(evaluatorIndex(t, QString()), -1);
}

QTEST_GUILESS_MAIN(TestTender)
#include "tst_tender.moc"
