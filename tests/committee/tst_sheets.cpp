// Evaluator sheets, conflicts of interest and moderation (docs/committee.md):
// sheets round trip, a changed, foreign or wrongly signed sheet is refused
// and changes nothing, the receipt is logged before the marks enter, a
// declared conflict leaves the average to the other members, and a
// moderation keeps the original.
#include "CommitteeKeys.h"
#include "CommitteeMarking.h"
#include "Samples.h"
#include "committee/EvaluatorSheet.h"
#include "committee/Moderation.h"
#include "committee/SheetReceipt.h"
#include "crypto/Digest.h"
#include "crypto/Signing.h"
#include "i18n/Language.h"
#include "io/TenderFile.h"
#include "process/ProcessState.h"
#include "process/ProcessVerify.h"
#include "process/Recording.h"
#include "scoring/Evaluator.h"
#include "support/Csv.h"
#include "support/ListedProblems.h"
#include "support/Money.h"
#include "validation/TenderValidator.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace tulana;
using namespace tulana::committee;
using process::Act;
using testsupport::CommitteeKeys;

namespace {

using testsupport::Marking;

QDateTime day(int d)
{
    return testsupport::marchDay(d);
}

bool mentions(const Problems& problems, const char* words)
{
    for (const Problem& p : problems)
        if (p.message.contains(QString::fromUtf8(words)))
            return true;
    return false;
}

QString messages(const Problems& problems)
{
    QStringList out;
    for (const Problem& p : problems)
        out << p.message;
    return out.join(u'\n');
}

} // namespace

class TestSheets : public QObject
{
    Q_OBJECT

private slots:
    // English's catalogue words the plurals ("50 more problems").
    void initTestCase() { QVERIFY(i18n::useLanguage(QStringLiteral("en"))); }

    void aSheetRoundTripsThroughItsFile()
    {
        Marking m;
        EvaluatorSheet sheet = m.filledSheet(QStringLiteral("E2"));
        sheet.marks.front().note = QStringLiteral("Hindi and Marathi answers checked; \"good\"");
        QVERIFY(!hasErrors(signSheet(sheet, *m.keys.actor(QStringLiteral("E2")).signingKey)));
        Problems problems;
        const std::optional<EvaluatorSheet> read = readSheet(sheetFileBytes(sheet), &problems);
        QVERIFY2(read, qPrintable(messages(problems)));
        QCOMPARE(*read, sheet);
        QVERIFY(signatureHolds(*read, m.keys.signers()[2].signingKey));
        QVERIFY(!signatureHolds(*read, m.keys.signers()[1].signingKey));
    }

    void aSheetHoldsNoPriceAndNoOtherMembersMarks()
    {
        Marking m;
        // E1's marks are in before E2's sheet is issued: they must not travel.
        QVERIFY(!hasErrors(
            m.receive(m.signedBy(m.filledSheet(QStringLiteral("E1")), QStringLiteral("E1")))));
        Problems problems;
        const std::optional<EvaluatorSheet> issued =
            issueSheet(m.tender, QStringLiteral("E2"), &problems);
        QVERIFY(issued);
        QVERIFY(issued->marks.empty());
        QVERIFY(issued->declarations.empty());
        const QByteArray bytes = sheetFileBytes(*issued);
        for (const Bid& b : m.original.bids) {
            QVERIFY2(!bytes.contains(QByteArray::number(qint64(b.price))), qPrintable(b.id));
            QVERIFY2(!bytes.contains(formatAmount(b.price, m.original.currency).toUtf8()),
                     qPrintable(b.id));
        }
        QVERIFY(!bytes.contains(m.original.evaluators[0].name.toUtf8()));
        // No field of the financial proposal, under any name.
        for (const char* key : {"\"price\"", "\"tax\"", "\"costs\"", "\"evaluatedPrice\""})
            QVERIFY2(!bytes.contains(key), key);
    }

    void theReceiptIsLoggedBeforeTheMarksEnter()
    {
        Marking m;
        const QByteArray bytes =
            m.signedBy(m.filledSheet(QStringLiteral("E2")), QStringLiteral("E2"));
        const Problems problems = m.receive(bytes);
        QVERIFY2(!hasErrors(problems), qPrintable(messages(problems)));
        const ProcessRecord::Entry& last = m.tender.process.log.back();
        QCOMPARE(last.kind, process::actKey(Act::SheetReceived));
        QCOMPARE(last.digest, crypto::sha256(bytes));
        QVERIFY(m.tender.process.sheet(QStringLiteral("E2")));
        QCOMPARE(m.tender.process.sheet(QStringLiteral("E2"))->bytes, bytes);
        // E2's marks are the sample's; E1's and E3's are still empty.
        const Bid& b = m.tender.bids[1];
        QCOMPARE(b.marks.at(0, 1), m.original.bids[1].marks.at(0, 1));
        QVERIFY(std::isnan(b.marks.at(0, 0)));
        QVERIFY(std::isnan(b.marks.at(0, 2)));
        QVERIFY(process::verifyProcess(m.tender).isEmpty());
        // Saved and loaded, the file keeps the sheet and the log verifies.
        const TenderLoad load = readTender(writeTender(m.tender));
        QVERIFY(load.tender);
        QCOMPARE(*load.tender, m.tender);
    }

    void aChangedSheetIsRefusedAndChangesNothing_data()
    {
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a mark changed after signing breaks the signature") << "mark"
                                                                           << "does not hold";
        QTest::newRow("a conflict declared after signing breaks the signature") << "declaration"
                                                                                << "does not hold";
        QTest::newRow("a sheet signed with another member's key is refused") << "foreign key"
                                                                             << "does not hold";
        QTest::newRow("a sheet from a member not on the committee is refused")
            << "stranger"
            << "not a member of this tender's committee";
        QTest::newRow("an unsigned sheet is refused") << "unsigned"
                                                      << "not signed";
        QTest::newRow("a sheet of another tender is refused") << "other tender"
                                                              << "issued for another tender";
        QTest::newRow("a sheet received twice is refused") << "twice"
                                                           << "already received";
        QTest::newRow("a file that is not a sheet is refused") << "not a sheet"
                                                               << "not a Tulana evaluator sheet";
        // Signed by its member outside Tulana, which would not sign it: two
        // marks for one bid and criterion, of which every reader takes the first.
        QTest::newRow("a sheet that marks a bid twice on one criterion is refused")
            << "marked twice"
            << "has two marks for B1 on";
    }

    void aChangedSheetIsRefusedAndChangesNothing()
    {
        QFETCH(QString, change);
        QFETCH(QString, expected);
        Marking m;
        EvaluatorSheet sheet = m.filledSheet(QStringLiteral("E2"));
        QByteArray bytes;
        if (change == QLatin1String("mark")) {
            bytes = m.signedBy(sheet, QStringLiteral("E2"));
            std::optional<EvaluatorSheet> read = readSheet(bytes, nullptr);
            read->marks[3].marks = read->marks[3].marks > 1 ? read->marks[3].marks - 1 : 1;
            bytes = sheetFileBytes(*read);
        } else if (change == QLatin1String("declaration")) {
            bytes = m.signedBy(sheet, QStringLiteral("E2"));
            std::optional<EvaluatorSheet> read = readSheet(bytes, nullptr);
            read->declarations[0].conflict = true;
            read->declarations[0].description = QStringLiteral("added later");
            std::erase_if(read->marks,
                          [&](const SheetMark& x) { return x.bid == read->declarations[0].bid; });
            bytes = sheetFileBytes(*read);
        } else if (change == QLatin1String("foreign key")) {
            bytes = m.signedBy(sheet, QStringLiteral("E3"));
        } else if (change == QLatin1String("stranger")) {
            sheet.member = QStringLiteral("E9");
            bytes = m.signedBy(sheet, QStringLiteral("E3"));
        } else if (change == QLatin1String("unsigned")) {
            bytes = sheetFileBytes(sheet);
        } else if (change == QLatin1String("other tender")) {
            sheet.reference += QStringLiteral("-B");
            bytes = m.signedBy(sheet, QStringLiteral("E2"));
        } else if (change == QLatin1String("marked twice")) {
            SheetMark second = sheet.marks.front();
            second.marks = second.marks > 1 ? second.marks - 1 : 1;
            sheet.marks.push_back(second);
            sheet.signature =
                crypto::sign(*m.keys.actor(QStringLiteral("E2")).signingKey, signedBytes(sheet));
            bytes = sheetFileBytes(sheet);
        } else if (change == QLatin1String("twice")) {
            bytes = m.signedBy(sheet, QStringLiteral("E2"));
            QVERIFY(!hasErrors(m.receive(bytes)));
        } else {
            bytes = writeTender(m.tender);
        }
        const Tender before = m.tender;
        const Problems problems = m.receive(bytes);
        QVERIFY(hasErrors(problems));
        QVERIFY2(mentions(problems, expected.toUtf8().constData()), qPrintable(messages(problems)));
        QCOMPARE(m.tender, before);
    }

    void anUnfinishedSheetCannotBeSigned()
    {
        Marking m;
        EvaluatorSheet sheet = m.filledSheet(QStringLiteral("E1"));
        sheet.marks.pop_back();
        sheet.declarations.erase(sheet.declarations.begin());
        const Problems problems = signSheet(sheet, *m.keys.actor(QStringLiteral("E1")).signingKey);
        QVERIFY(hasErrors(problems));
        QVERIFY(sheet.signature.isEmpty());
        QVERIFY2(mentions(problems, "declare a conflict of interest with B1"),
                 qPrintable(messages(problems)));
        QVERIFY2(mentions(problems, "is not yet marked"), qPrintable(messages(problems)));
        // Nor one that marks a bid twice on a criterion, or declares on it twice.
        sheet = m.filledSheet(QStringLiteral("E1"));
        sheet.marks.push_back(sheet.marks.back());
        sheet.declarations.push_back(sheet.declarations.front());
        const Problems twice = signSheet(sheet, *m.keys.actor(QStringLiteral("E1")).signingKey);
        QVERIFY(sheet.signature.isEmpty());
        QVERIFY2(mentions(twice, "the sheet has two marks for"), qPrintable(messages(twice)));
        QVERIFY2(mentions(twice, "the sheet has two declarations for"),
                 qPrintable(messages(twice)));
        QCOMPARE(twice.size(), 2);
    }

    void theSameMarksInAnyOrderAreSignedAlike()
    {
        // The sheet window keeps the member's marks in the order they were
        // made; what is signed must not depend on it.
        Marking m;
        const crypto::SecretBytes& key = *m.keys.actor(QStringLiteral("E1")).signingKey;
        EvaluatorSheet inOrder = m.filledSheet(QStringLiteral("E1"));
        EvaluatorSheet reversed = inOrder;
        std::reverse(reversed.marks.begin(), reversed.marks.end());
        std::reverse(reversed.declarations.begin(), reversed.declarations.end());
        QVERIFY(reversed.marks.size() > 1 && reversed.declarations.size() > 1);
        QVERIFY(signedBytes(reversed) != signedBytes(inOrder));
        QVERIFY(!hasErrors(signSheet(inOrder, key)));
        QVERIFY(!hasErrors(signSheet(reversed, key)));
        QCOMPARE(signedBytes(reversed), signedBytes(inOrder));
        QCOMPARE(sheetFileBytes(reversed), sheetFileBytes(inOrder));
        // A sheet signed before this rule, in another order, still holds.
        EvaluatorSheet signedAsMade = reversed;
        std::reverse(signedAsMade.marks.begin(), signedAsMade.marks.end());
        std::reverse(signedAsMade.declarations.begin(), signedAsMade.declarations.end());
        signedAsMade.signature = crypto::sign(key, signedBytes(signedAsMade));
        const std::optional<EvaluatorSheet> read = readSheet(sheetFileBytes(signedAsMade), nullptr);
        QVERIFY(read);
        QCOMPARE(read->marks, signedAsMade.marks);
        QCOMPARE(read->declarations, signedAsMade.declarations);
        QVERIFY(signatureHolds(*read, m.keys.members[0].publicKey));
    }

    void aSheetFilledFromItsCsvIsTheSame()
    {
        Marking m;
        const EvaluatorSheet filled = m.filledSheet(QStringLiteral("E3"), QStringLiteral("B4"));
        EvaluatorSheet blank = filled;
        blank.declarations.clear();
        blank.marks.clear();
        const Problems problems = fillSheetFromCsv(blank, sheetCsv(filled));
        QVERIFY2(!hasErrors(problems), qPrintable(messages(problems)));
        QCOMPARE(blank.declarations, filled.declarations);
        QCOMPARE(blank.marks.size(), filled.marks.size());
        for (const SheetMark& mark : filled.marks)
            QCOMPARE(blank.mark(mark.bid, mark.criterion)->marks, mark.marks);
        // A row for a bid not on the sheet is refused with its line.
        QByteArray csv = sheetCsv(filled);
        csv.replace("\r\nB2,", "\r\nB9,");
        const Problems wrong = fillSheetFromCsv(blank, csv);
        QVERIFY(mentions(wrong, "is not on this sheet"));
        QVERIFY(mentions(wrong, "line "));
        // So is a second row for one bid and criterion (found by fuzz_sheet_csv:
        // one criterion's row retyped as another's), and the sheet is unchanged.
        const QByteArray whole = sheetCsv(filled);
        const QList<QByteArray> lines = whole.split('\n');
        QByteArray twice = whole;
        twice.append(lines.at(3) + '\n');
        const QByteArray unchanged = sheetFileBytes(blank);
        const Problems repeated = fillSheetFromCsv(blank, twice);
        // Rows are bid by bid, criterion by criterion: line 4 is the first
        // bid's third criterion, and the copy is the file's last line.
        const QString expected = QStringLiteral("line %1: %2 on \"%3\" is on line 4 already")
                                     .arg(lines.size())
                                     .arg(filled.bids.at(0).id, filled.criteria.at(2).id);
        QVERIFY2(mentions(repeated, expected.toUtf8().constData()), qPrintable(messages(repeated)));
        QCOMPARE(sheetFileBytes(blank), unchanged);
        // A bid not yet declared stays undeclared through its CSV: a blank
        // "conflict" is no declaration, never "no conflict" (also found by
        // fuzz_sheet_csv: the CSV of a sheet filled without a bid's rows
        // declared for the member once filled back).
        EvaluatorSheet partly = filled;
        const QString undeclared = partly.bids.at(1).id;
        std::erase_if(partly.declarations,
                      [&](const SheetDeclaration& d) { return d.bid == undeclared; });
        std::erase_if(partly.marks, [&](const SheetMark& x) { return x.bid == undeclared; });
        EvaluatorSheet back = filled;
        const Problems roundTrip = fillSheetFromCsv(back, sheetCsv(partly));
        QVERIFY2(!hasErrors(roundTrip), qPrintable(messages(roundTrip)));
        QVERIFY(!back.declaration(undeclared));
        QCOMPARE(sheetFileBytes(back), sheetFileBytes(partly));
        // Rows in another order fill the same sheet, byte for byte.
        QList<QByteArray> shuffled = sheetCsv(filled).split('\n');
        shuffled.removeLast(); // after the last line break
        std::reverse(shuffled.begin() + 1, shuffled.end());
        EvaluatorSheet reordered = filled;
        QVERIFY(!hasErrors(fillSheetFromCsv(reordered, shuffled.join('\n') + '\n')));
        EvaluatorSheet inOrder = filled;
        QVERIFY(!hasErrors(fillSheetFromCsv(inOrder, sheetCsv(filled))));
        QCOMPARE(sheetFileBytes(reordered), sheetFileBytes(inOrder));
        // A mark with many digits is written whole and fills back the same
        // (the CSV rounded it to 12 digits), and a bid's conflict description
        // counts from any of its rows.
        EvaluatorSheet precise = inOrder;
        precise.marks.front().marks = 7.1234567890123;
        QVERIFY(sheetCsv(precise).contains(",7.1234567890123,"));
        EvaluatorSheet refilled = filled;
        QVERIFY(!hasErrors(fillSheetFromCsv(refilled, sheetCsv(precise))));
        QCOMPARE(refilled.mark(precise.marks.front().bid, precise.marks.front().criterion)->marks,
                 7.1234567890123);
        QList<QByteArray> rows = sheetCsv(filled).split('\n');
        const QString conflicted = QStringLiteral("B4");
        const SheetDeclaration* declared = filled.declaration(conflicted);
        QVERIFY(declared && declared->conflict && !declared->description.isEmpty());
        const QByteArray described = csvField(declared->description).toUtf8();
        int withDescription = 0;
        for (QByteArray& row : rows)
            if (row.startsWith(QByteArray(conflicted.toUtf8() + ',')) && row.contains(described)) {
                // Only the last row of the bid keeps its description, and
                // that row's "conflict" is left blank.
                if (withDescription++ < int(filled.criteria.size()) - 1)
                    row.replace(described, QByteArray());
                else
                    row.replace(",yes,", ",,");
            }
        QCOMPARE(withDescription, int(filled.criteria.size()));
        EvaluatorSheet lateDescription = filled;
        QVERIFY(!hasErrors(fillSheetFromCsv(lateDescription, rows.join('\n'))));
        QCOMPARE(lateDescription.declaration(conflicted)->description, declared->description);
        QVERIFY(
            mentions(unfinishedSheet(back), QStringLiteral("declare a conflict of interest with %1")
                                                .arg(undeclared)
                                                .toUtf8()
                                                .constData()));
    }

    // A CSV wrong on each of 150 rows: the first hundred problems, then a
    // count of the rest; the sheet unchanged.
    void aCsvWrongOnEveryRowListsAHundredProblems()
    {
        Marking m;
        const EvaluatorSheet filled = m.filledSheet(QStringLiteral("E3"), QStringLiteral("B4"));
        const QByteArray whole = sheetCsv(filled);
        QByteArray wrong = whole.left(whole.indexOf('\n') + 1);
        for (int i = 0; i < 150; ++i)
            wrong += "B9,,," + filled.criteria.at(0).id.toUtf8() + ",,,,,7,\r\n";
        EvaluatorSheet sheet = filled;
        const Problems problems = fillSheetFromCsv(sheet, wrong);
        QCOMPARE(problems.size(), kMaxListedProblems + 1);
        QVERIFY(problems.at(0).message.startsWith(QStringLiteral("line 2: B9 on ")));
        QVERIFY(
            problems.at(kMaxListedProblems - 1)
                .message.startsWith(QStringLiteral("line %1: B9 on ").arg(kMaxListedProblems + 1)));
        QVERIFY(problems.constLast().isError());
        QCOMPARE(problems.constLast().message,
                 QStringLiteral("50 more problems not listed: only the first 100 are shown"));
        QCOMPARE(sheetFileBytes(sheet), sheetFileBytes(filled));
    }

    void theLockWaitsForEveryMembersSheet()
    {
        Marking m;
        m.filledSheet(QStringLiteral("E1")); // issued: from now on marks come from sheets
        const std::optional<QString> why =
            process::actRefusedBecause(m.tender, Act::TechnicalLocked);
        QVERIFY(why);
        QVERIFY2(why->contains(QStringLiteral("E1's evaluator sheet")), qPrintable(*why));
    }

    void aDeclaredConflictLeavesTheAverageToTheOthers()
    {
        Marking m;
        for (const char* member : {"E1", "E2"})
            QVERIFY(!hasErrors(m.receive(m.signedBy(m.filledSheet(QString::fromLatin1(member)),
                                                    QString::fromLatin1(member)))));
        const Problems third = m.receive(m.signedBy(
            m.filledSheet(QStringLiteral("E3"), QStringLiteral("B4")), QStringLiteral("E3")));
        QVERIFY2(!hasErrors(third), qPrintable(messages(third)));
        QVERIFY(m.tender.committee.declaredConflict(QStringLiteral("E3"), QStringLiteral("B4")));
        const Evaluation ev = evaluate(m.tender);
        const std::size_t b4 = 3;
        const Bid& original = m.original.bids[b4];
        for (int k = 0; k < original.marks.criteria(); ++k) {
            const double expected = (original.marks.at(k, 0) + original.marks.at(k, 1)) / 2;
            QCOMPARE(ev.results[b4].criterionAverages[std::size_t(k)], expected);
        }
        // Every other bid keeps the three members' average.
        for (int k = 0; k < original.marks.criteria(); ++k) {
            const Bid& b1 = m.original.bids[0];
            QCOMPARE(ev.results[0].criterionAverages[std::size_t(k)],
                     (b1.marks.at(k, 0) + b1.marks.at(k, 1) + b1.marks.at(k, 2)) / 3);
        }
        // A mark slipped in for the conflicted member is refused by the checks.
        Tender slipped = m.tender;
        slipped.bids[b4].marks.set(0, 2, 5);
        QVERIFY(mentions(validateTender(slipped), "declared a conflict of interest with B4"));
    }

    void aModerationKeepsTheOriginal()
    {
        Marking m;
        for (const char* member : {"E1", "E2", "E3"})
            QVERIFY(!hasErrors(m.receive(m.signedBy(m.filledSheet(QString::fromLatin1(member)),
                                                    QString::fromLatin1(member)))));
        const process::Actor e2 = m.keys.actor(QStringLiteral("E2"));
        const double before = m.tender.bids[2].marks.at(1, 2);
        // Without a reason: refused.
        QVERIFY(
            hasErrors(moderateMark(m.tender, QStringLiteral("B3"), QStringLiteral("T1.2"),
                                   QStringLiteral("E3"), 8, QStringLiteral("  "), &e2, day(7))));
        const Problems problems = moderateMark(
            m.tender, QStringLiteral("B3"), QStringLiteral("T1.2"), QStringLiteral("E3"), 8,
            QStringLiteral("Annex 4 reviewed together"), &e2, day(7));
        QVERIFY2(!hasErrors(problems), qPrintable(messages(problems)));
        QCOMPARE(m.tender.bids[2].marks.at(1, 2), 8.0);
        QCOMPARE(m.tender.committee.moderations.size(), std::size_t(1));
        QCOMPARE(m.tender.committee.moderations[0].original, before);
        QCOMPARE(m.tender.process.log.back().kind, process::actKey(Act::MarkModerated));
        QCOMPARE(m.tender.process.log.back().reason, QStringLiteral("Annex 4 reviewed together"));
        QCOMPARE(withOriginalMarks(m.tender).bids[2].marks.at(1, 2), before);
        QVERIFY(process::verifyProcess(m.tender).isEmpty());
        // Changing a moderated mark without a moderation is refused by the checks.
        Tender changed = m.tender;
        changed.bids[2].marks.set(1, 2, 6);
        QVERIFY(mentions(validateTender(changed), "moderated it to 8"));
        // Moderated again: the second starts where the first ended, and the
        // member's original mark is still the first one's.
        QVERIFY(!hasErrors(moderateMark(m.tender, QStringLiteral("B3"), QStringLiteral("T1.2"),
                                        QStringLiteral("E3"), 9, QStringLiteral("Second look"), &e2,
                                        day(7))));
        QCOMPARE(m.tender.committee.moderations[1].original, 8.0);
        QCOMPARE(m.tender.bids[2].marks.at(1, 2), 9.0);
        QCOMPARE(withOriginalMarks(m.tender).bids[2].marks.at(1, 2), before);
        Tender broken = m.tender;
        broken.committee.moderations[1].original = 7;
        QVERIFY(mentions(validateTender(broken), "after the moderation before, not 7"));
        // After the lock no moderation is possible.
        QVERIFY(!hasErrors(process::recordAct(m.tender, Act::TechnicalLocked,
                                              QStringLiteral("Locked"), {}, e2, day(8))));
        QVERIFY(
            hasErrors(moderateMark(m.tender, QStringLiteral("B3"), QStringLiteral("T1.2"),
                                   QStringLiteral("E3"), 7, QStringLiteral("again"), &e2, day(9))));
    }
};

QTEST_GUILESS_MAIN(TestSheets)
#include "tst_sheets.moc"
