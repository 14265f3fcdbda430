// Every act of a recorded process done in the app, as a committee would do
// it from the Process page: keys chosen from the keys folder, passphrases
// typed, the act signed and the file written at once. The page offers only
// the acts in order, says why one is not ready yet, refuses a wrong
// passphrase or a missing reason in the dialog, keeps typed prices out of
// a recorded tender, and a corrigendum's edits are recorded or abandoned.
// At every step the file on disk verifies.
#include "GuiTestSupport.h"
#include "MainWindowFixture.h"
#include "Samples.h"

#include "commands/BidCommands.h"
#include "commands/CriterionCommands.h"
#include "commands/DecisionCommands.h"
#include "io/FinancialProposal.h"
#include "io/TenderFile.h"
#include "memo/Fingerprint.h"
#include "process/Envelopes.h"
#include "process/KeyFile.h"
#include "process/ProcessState.h"
#include "process/ProcessVerify.h"
#include "recording/ActDialog.h"
#include "recording/EnvelopeForm.h"
#include "recording/KeyPicker.h"
#include "support/SaveFile.h"
#include "util/MessageBar.h"

#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QUndoStack>

#include <limits>
#include <map>

using namespace tulana;
using process::Act;

namespace {

QString passphraseOf(const QString& actor)
{
    return QStringLiteral("passphrase of %1, for this test only").arg(actor);
}

} // namespace

class TestProcessActs : public QObject, private guitest::MainWindowFixture
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_file;
    std::map<QString, FinancialProposal> m_proposals; // the bids' figures, as sent

    QPushButton* button(Act act) const
    {
        return find<QPushButton>(qPrintable(QStringLiteral("act-") + process::actKey(act)));
    }

    // The acts the page offers now.
    std::vector<Act> offered() const
    {
        std::vector<Act> acts;
        for (const Act act : process::allActs())
            if (button(act)->isVisible())
                acts.push_back(act);
        return acts;
    }

    ActDialog* start(Act act)
    {
        button(act)->click();
        return window()->findChild<ActDialog*>(QStringLiteral("actDialog"));
    }

    // Signs with each actor's key (the pickers choose the keys of the
    // actors given, from the keys folder) and presses OK; true when the
    // dialog closed, i.e. the act was done.
    bool sign(ActDialog* dialog, const QStringList& actors)
    {
        if (!dialog || dialog->signers().size() != std::size_t(actors.size()))
            return false;
        for (qsizetype i = 0; i < actors.size(); ++i) {
            KeyPicker* picker = dialog->signers()[std::size_t(i)];
            picker->setPath(keyPath(actors.at(i)));
            picker->setPassphrase(passphraseOf(actors.at(i)));
        }
        QPointer<ActDialog> alive(dialog);
        dialog->accept();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        return !alive || !alive->isVisible();
    }

    QString problemsOf(ActDialog* dialog) const
    {
        return dialog->findChild<MessageBar*>(QStringLiteral("actProblems"))->text();
    }

    static QString keyPath(const QString& actor)
    {
        const QStringList found =
            QDir(process::keysFolder()).entryList({actor + QStringLiteral("-*.tulana-key")});
        return found.size() == 1 ? process::keysFolder() + u'/' + found.first() : QString();
    }

    // The file as written: it must verify after every act.
    Tender onDisk() const
    {
        TenderLoad loaded = loadTenderFile(m_file);
        return loaded.tender ? *loaded.tender : Tender{};
    }

    void verifyFile()
    {
        const Tender t = onDisk();
        QVERIFY(t.process.isRecorded());
        const Problems problems = process::verifyProcess(t);
        QStringList messages;
        for (const Problem& p : problems)
            messages << p.message;
        QVERIFY2(problems.isEmpty(), qPrintable(messages.join(u'\n')));
        QCOMPARE(t, doc()->tender());
    }

    // Draws `widget` (saved to TULANA_GRAB_DIR when set, to look at).
    static bool grab(QWidget* widget, const QString& name)
    {
        QTest::qWait(50); // the layouts settle, as they would on screen
        const QPixmap shot = widget->grab();
        const QString dir = qEnvironmentVariable("TULANA_GRAB_DIR");
        return !shot.isNull() && (dir.isEmpty() || shot.save(dir + u'/' + name));
    }

    void receive(const QString& bid, bool fromFile)
    {
        ActDialog* dialog = start(Act::EnvelopeReceived);
        QVERIFY(dialog);
        auto* form = dialog->findChild<EnvelopeForm*>();
        QCOMPARE(form->bid(), bid);
        const FinancialProposal& p = m_proposals.at(bid);
        if (fromFile) {
            const QString path = m_dir.filePath(bid + QStringLiteral(".envelope"));
            const QByteArray sealed = process::sealProposal(doc()->tender().process.envelopeKey, p);
            QString why;
            QVERIFY(saveFileAtomically(path, envelopeFileJson({bid, sealed}), &why));
            dialog->findChild<QLineEdit*>(QStringLiteral("envelopeFile"))->setText(path);
        } else {
            dialog->findChild<QRadioButton*>(QStringLiteral("envelopeFromFigures"))
                ->setChecked(true);
            dialog->findChild<QDoubleSpinBox*>(QStringLiteral("envelopePrice"))->setValue(p.price);
            dialog->findChild<QDoubleSpinBox*>(QStringLiteral("envelopeTax"))->setValue(p.tax);
        }
        const QPointer<ActDialog> alive(dialog);
        const bool done = sign(dialog, {QStringLiteral("officer")});
        QVERIFY2(done, qPrintable(alive ? problemsOf(alive) : QString()));
    }

private slots:
    void initTestCase()
    {
        isolateSettings();
        QVERIFY(m_dir.isValid());
        QDir(process::keysFolder()).removeRecursively();
        QVERIFY(QDir().mkpath(process::keysFolder()));
        for (const char* actor : {"officer", "E1", "E2", "E3"}) {
            const QString id = QString::fromLatin1(actor);
            const process::KeyFile key = process::newKeyFile(id, QStringLiteral("Test %1").arg(id),
                                                             passphraseOf(id), crypto::testCost());
            QString why;
            QVERIFY(saveFileAtomically(process::keysFolder() + u'/' + process::keyFileName(key),
                                       process::keyFileJson(key), &why));
        }
        // The chatbot sample as the bids arrive: the figures are the
        // bidders' to send, and no decision yet.
        Tender t = testsupport::loadSample("citizen-services-chatbot");
        for (Bid& b : t.bids) {
            m_proposals[b.id] = {b.id, b.price, b.tax, {}};
            b.price = std::numeric_limits<double>::quiet_NaN();
            b.tax = 0;
            b.costs.clear();
        }
        t.decision = {};
        m_file = m_dir.filePath(QStringLiteral("chatbot.tulana"));
        QString why;
        QVERIFY(saveTenderFile(t, m_file, &why));
        QVERIFY(open());
        QVERIFY(window()->openFile(m_file));
        QTest::keyClick(window(), Qt::Key_L, Qt::ControlModifier); // View ▸ Process
    }
    void cleanupTestCase() { close(); }

    void anUnrecordedTenderIsOfferedTheAnnouncement()
    {
        QCOMPARE(offered(), std::vector<Act>{Act::RulesAnnounced});
        // A price can be typed while the process is not recorded.
        QVERIFY(doc()->push(new SetBidFieldCommand(doc(), 0, BidField::Price, 100.0)));
        doc()->undoStack()->undo();
    }

    void theAnnouncementNeedsTheOfficersPassphrase()
    {
        ActDialog* dialog = start(Act::RulesAnnounced);
        QVERIFY(dialog);
        // Each member's key is chosen from the folder by its id.
        QCOMPARE(dialog->publicKeys().size(), std::size_t(3));
        QCOMPARE(dialog->publicKeys()[1]->path(), keyPath(QStringLiteral("E2")));
        QCOMPARE(dialog->findChild<QSpinBox*>(QStringLiteral("threshold"))->value(), 2);
        dialog->signers()[0]->setPassphrase(QStringLiteral("a wrong passphrase"));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(problemsOf(dialog).contains(QStringLiteral("does not unlock")));
        QVERIFY(grab(dialog, QStringLiteral("act-announce.png")));
        QVERIFY(!doc()->tender().process.isRecorded());
        QVERIFY(sign(dialog, {QStringLiteral("officer")}));
        verifyFile();
        QCOMPARE(doc()->tender().process.threshold, 2);
        QCOMPARE(doc()->undoStack()->count(), 0);
        QVERIFY(!doc()->isModified());
    }

    void aPriceCannotBeTypedIntoARecordedTender()
    {
        const double before = doc()->tender().bids[0].price;
        QVERIFY(!doc()->push(new SetBidFieldCommand(doc(), 0, BidField::Price, 100.0)));
        QVERIFY(std::isnan(before) && std::isnan(doc()->tender().bids[0].price));
        QVERIFY(find<MessageBar>("editRefusedBar")->text().contains(QStringLiteral("sealed")));
    }

    void theBidsCloseOnlyWithEveryEnvelope()
    {
        QCOMPARE(offered(),
                 (std::vector<Act>{Act::RulesCorrected, Act::EnvelopeReceived, Act::BidsReceived}));
        QVERIFY(!button(Act::BidsReceived)->isEnabled());
        QVERIFY(find<QLabel>("processNotYet")->text().contains(QStringLiteral("B1")));
        window()->resize(1280, 800);
        QVERIFY(grab(window(), QStringLiteral("process-announced.png")));
        ActDialog* first = start(Act::EnvelopeReceived);
        QVERIFY(grab(first, QStringLiteral("act-envelope.png")));
        first->reject();
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        // B1 seals its own envelope; the others' figures came on paper.
        receive(QStringLiteral("B1"), true);
        for (const QString& bid : {QStringLiteral("B2"), QStringLiteral("B3"), QStringLiteral("B4"),
                                   QStringLiteral("B5")})
            receive(bid, false);
        verifyFile();
        // Nothing of the figures is in the file.
        QFile f(m_file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        for (const auto& [bid, p] : m_proposals)
            QVERIFY2(!bytes.contains(QByteArray::number(qint64(p.price))), qPrintable(bid));
        QVERIFY(button(Act::BidsReceived)->isEnabled());
        QVERIFY(sign(start(Act::BidsReceived), {QStringLiteral("officer")}));
        QCOMPARE(offered(), (std::vector<Act>{Act::RulesCorrected, Act::EligibilityAssessed}));
    }

    void aCorrigendumIsRecordedOrAbandoned()
    {
        const CriterionPath first{0};
        const QString name = doc()->tender().criteria.at(0).name;
        const QString corrected = name + QStringLiteral(" (corrected)");
        const auto correctName = [&] {
            return doc()->push(
                new SetCriterionFieldCommand(doc(), first, CriterionField::Name, corrected));
        };
        // Outside a corrigendum the announced rules are refused.
        QVERIFY(!correctName());
        button(Act::RulesCorrected)->click();
        QVERIFY(doc()->isCorrecting());
        QVERIFY(offered().empty());
        QVERIFY(correctName());
        find<QPushButton>("abandonCorrigendum")->click();
        QVERIFY(!doc()->isCorrecting());
        QCOMPARE(doc()->tender().criteria.at(0).name, name);
        QVERIFY(!doc()->undoStack()->canRedo()); // the abandoned edit cannot come back

        button(Act::RulesCorrected)->click();
        QVERIFY(correctName());
        find<QPushButton>("recordCorrigendum")->click();
        auto* dialog = window()->findChild<ActDialog*>(QStringLiteral("actDialog"));
        QVERIFY(!sign(dialog, {QStringLiteral("officer")})); // no reason given
        QVERIFY(problemsOf(dialog).contains(QStringLiteral("reason")));
        dialog->findChild<QPlainTextEdit*>(QStringLiteral("actReason"))
            ->setPlainText(QStringLiteral("The first criterion's name was misprinted"));
        QVERIFY(sign(dialog, {QStringLiteral("officer")}));
        QVERIFY(!doc()->isCorrecting());
        QCOMPARE(doc()->tender().criteria.at(0).name, corrected);
        QCOMPARE(doc()->tender().process.log.back().reason,
                 QStringLiteral("The first criterion's name was misprinted"));
        verifyFile();
    }

    void theTechnicalScoresAreLockedUnlockedAndLocked()
    {
        QVERIFY(sign(start(Act::EligibilityAssessed), {QStringLiteral("E1")}));
        QVERIFY(sign(start(Act::TechnicalLocked), {QStringLiteral("E2")}));
        QCOMPARE(offered(), (std::vector<Act>{Act::RulesCorrected, Act::TechnicalUnlocked,
                                              Act::FinancialOpened}));
        ActDialog* unlock = start(Act::TechnicalUnlocked);
        unlock->findChild<QPlainTextEdit*>(QStringLiteral("actReason"))
            ->setPlainText(QStringLiteral("E2's marks for B3 were entered against B4"));
        QVERIFY(sign(unlock, {QStringLiteral("E2")}));
        QVERIFY(!button(Act::FinancialOpened)->isVisible());
        QVERIFY(sign(start(Act::TechnicalLocked), {QStringLiteral("E2")}));
        verifyFile();
    }

    void twoMembersOpenTheQualifiedBidsEnvelopes()
    {
        ActDialog* dialog = start(Act::FinancialOpened);
        QVERIFY(dialog);
        QCOMPARE(dialog->signers().size(), std::size_t(2));
        // A member's key with another member's passphrase opens nothing.
        dialog->signers()[0]->setPath(keyPath(QStringLiteral("E1")));
        dialog->signers()[0]->setPassphrase(passphraseOf(QStringLiteral("E3")));
        dialog->accept();
        QVERIFY(dialog->isVisible());
        QVERIFY(std::isnan(doc()->tender().bids[0].price));
        QVERIFY(grab(dialog, QStringLiteral("act-open.png")));
        QVERIFY(sign(dialog, {QStringLiteral("E1"), QStringLiteral("E3")}));
        verifyFile();
        const Tender& t = doc()->tender();
        int opened = 0;
        for (const Bid& b : t.bids) {
            if (b.hasPrice()) {
                QCOMPARE(b.price, m_proposals.at(b.id).price);
                ++opened;
            } else {
                QVERIFY(t.isFinanciallySealed(int(&b - t.bids.data())));
            }
        }
        // B4 is below the minimum technical score: returned unopened.
        QVERIFY2(opened == int(t.bids.size()) - 1, qPrintable(QString::number(opened)));
        QVERIFY(!t.bids[3].hasPrice());
        QCOMPARE(offered(), std::vector<Act>{Act::DecisionFinalised});
        QVERIFY(grab(window(), QStringLiteral("process-opened.png")));
    }

    void theDecisionAndTheMemoAreRecorded()
    {
        QVERIFY(!button(Act::DecisionFinalised)->isEnabled());
        const FinaliseResult proposed = proposeFinalisation(doc());
        QVERIFY(doc()->push(new FinaliseDecisionCommand(doc(), proposed.decision)));
        QVERIFY(button(Act::DecisionFinalised)->isEnabled());
        QVERIFY(sign(start(Act::DecisionFinalised), {QStringLiteral("officer")}));
        QVERIFY(sign(start(Act::MemoIssued), {QStringLiteral("officer")}));
        verifyFile();
        // The log names the memo that went out by the fingerprint it prints.
        QCOMPARE(doc()->tender().process.log.back().digest.toHex(),
                 evaluationFingerprint(doc()->tender()).toLatin1());
        QCOMPARE(doc()->tender().process.log.size(), std::size_t(15));
        QVERIFY(find<QLabel>("processStage")->text().contains(QStringLiteral("Decision")));
    }
};

QTEST_MAIN(TestProcessActs)
#include "tst_processacts.moc"
