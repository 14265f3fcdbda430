// The new-tender wizard, driven as an officer does: its fields, its checks
// before Finish, the committee's names and the criteria templates.
#include "GuiTestSupport.h"
#include "TenderBuilder.h"
#include "i18n/Language.h"
#include "io/TenderFile.h"
#include "scoring/Evaluator.h"
#include "tender/CriteriaTemplate.h"
#include "validation/TenderValidator.h"
#include "widgets/NewTenderWizard.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace tulana;
using guitest::field;

namespace {

void fillParticulars(NewTenderWizard& wizard)
{
    field<QLineEdit>(&wizard, "referenceEdit")->setText(QStringLiteral("DIT/AI/2026/001"));
    field<QLineEdit>(&wizard, "titleEdit")->setText(QStringLiteral("A chatbot for citizens"));
    field<QLineEdit>(&wizard, "procuringEntityEdit")->setText(QStringLiteral("e-Governance"));
}

QString errorsOf(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        if (p.isError())
            lines << p.toString();
    return lines.join(u'\n');
}

} // namespace

class TestWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void wizardKeepsWeightSpinAndSliderInStep();
    void wizardNeedsAReferenceATitleAndACurrencyCode();
    void wizardTakesTheCommitteesNames();
    void wizardRefusesFinishWhileARulebookErrorIsBreached();
    void wizardGivesAValidEditableTender();
    void wizardAsksForABudgetUnderFbs();
    void wizardStartsFromACriteriaTemplate_data();
    void wizardStartsFromACriteriaTemplate();
    void everyCriteriaTemplateLoadsAndGivesAValidTender();

private:
    QTemporaryDir m_settingsDir;
};

void TestWizard::initTestCase()
{
    // Never touch the user's own settings.
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_settingsDir.isValid());
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestWizard::wizardKeepsWeightSpinAndSliderInStep()
{
    NewTenderWizard wizard;
    QCOMPARE(wizard.objectName(), QStringLiteral("newTenderWizard"));
    auto* spin = field<QSpinBox>(&wizard, "technicalWeightSpin");
    auto* slider = field<QSlider>(&wizard, "technicalWeightSlider");
    auto* financial = field<QLabel>(&wizard, "financialWeightLabel");
    spin->setValue(60);
    QCOMPARE(slider->value(), 60);
    QVERIFY2(financial->text().contains(QStringLiteral("40")), qPrintable(financial->text()));
    slider->setValue(75);
    QCOMPARE(spin->value(), 75);
    QVERIFY2(financial->text().contains(QStringLiteral("25")), qPrintable(financial->text()));
    QCOMPARE(wizard.tender().financialWeight, 25.0);
}

void TestWizard::wizardNeedsAReferenceATitleAndACurrencyCode()
{
    NewTenderWizard wizard;
    wizard.show();
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    field<QLineEdit>(&wizard, "referenceEdit")->setText(QStringLiteral("R/1"));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    field<QLineEdit>(&wizard, "titleEdit")->setText(QStringLiteral("Title"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(wizard.tender().currency, QStringLiteral("INR"));

    auto* currency = field<QComboBox>(&wizard, "currencyCombo");
    currency->setEditText(QStringLiteral("us"));
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    currency->setEditText(QStringLiteral("usd"));
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    QCOMPARE(wizard.tender().currency, QStringLiteral("USD"));
}

// The committee typed on the first page, one member per line as "Name,
// designation", becomes the tender's evaluators E1, E2...; none typed gives
// three unnamed ones.
void TestWizard::wizardTakesTheCommitteesNames()
{
    NewTenderWizard wizard;
    wizard.show();
    QCOMPARE(wizard.tender().evaluators.size(), std::size_t(3));
    auto* committee = field<QPlainTextEdit>(&wizard, "committeeEdit");
    committee->setFocus();
    QTest::keyClicks(committee, QStringLiteral("Dr. Meera Iyer, Director (IT)"));
    QTest::keyClick(committee, Qt::Key_Return);
    QTest::keyClick(committee, Qt::Key_Return); // a blank line is skipped
    QTest::keyClicks(committee, QStringLiteral("Shri Arun Kumar"));
    const Tender t = wizard.tender();
    QCOMPARE(t.evaluators.size(), std::size_t(2));
    QCOMPARE(t.evaluators[0].id, QStringLiteral("E1"));
    QCOMPARE(t.evaluators[0].name, QStringLiteral("Dr. Meera Iyer"));
    QCOMPARE(t.evaluators[0].designation, QStringLiteral("Director (IT)"));
    QCOMPARE(t.evaluators[1].id, QStringLiteral("E2"));
    QCOMPARE(t.evaluators[1].name, QStringLiteral("Shri Arun Kumar"));
    QVERIFY(t.evaluators[1].designation.isEmpty());
}

void TestWizard::wizardRefusesFinishWhileARulebookErrorIsBreached()
{
    NewTenderWizard wizard;
    wizard.show();
    fillParticulars(wizard);
    wizard.next();
    auto* rulebook = field<QComboBox>(&wizard, "rulebookCombo");
    rulebook->setCurrentIndex(rulebook->findData(QStringLiteral("gfr-2017-rule-192")));
    QVERIFY(rulebook->currentIndex() > 0);
    auto* spin = field<QSpinBox>(&wizard, "technicalWeightSpin");
    auto* limits = field<QLabel>(&wizard, "rulebookLimitsLabel");

    spin->setValue(80);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    spin->setValue(85);
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    QVERIFY(!wizard.validateCurrentPage());
    QTextDocument doc;
    doc.setHtml(limits->text());
    const QString shown = doc.toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("Under QCBS the technical weight may not exceed 80%")),
             qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("GFR 2017, Rule 192")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("85")), qPrintable(shown));

    // On the last page (the criteria, after the options), a breach disables Finish.
    spin->setValue(80);
    wizard.next();
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    wizard.next();
    QCOMPARE(wizard.currentPage()->isFinalPage() || wizard.nextId() == -1, true);
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
    spin->setValue(85);
    QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());
    QVERIFY(!wizard.validateCurrentPage());
    spin->setValue(70);
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
}

void TestWizard::wizardGivesAValidEditableTender()
{
    NewTenderWizard wizard;
    wizard.show();
    fillParticulars(wizard);
    field<QSpinBox>(&wizard, "technicalWeightSpin")->setValue(80);
    field<QDoubleSpinBox>(&wizard, "minimumTechnicalSpin")->setValue(75);
    field<QCheckBox>(&wizard, "pricesIncludeTaxCheck")->setChecked(false);
    field<QSpinBox>(&wizard, "decimalsSpin")->setValue(3);
    auto* tieBreak = field<QComboBox>(&wizard, "tieBreakCombo");
    tieBreak->setCurrentIndex(1);

    const Tender t = wizard.tender();
    QCOMPARE(t.reference, QStringLiteral("DIT/AI/2026/001"));
    QCOMPARE(t.title, QStringLiteral("A chatbot for citizens"));
    QCOMPARE(t.currency, QStringLiteral("INR"));
    QCOMPARE(t.method, SelectionMethod::Qcbs);
    QCOMPARE(t.technicalWeight, 80.0);
    QCOMPARE(t.financialWeight, 20.0);
    QCOMPARE(t.minimumTechnicalScore, 75.0);
    QVERIFY(!t.budget);
    QCOMPARE(t.options.pricesIncludeTax, false);
    QCOMPARE(t.options.decimals, 3);
    QCOMPARE(t.options.tieBreak, TieBreak::LowerPriceThenHigherTechnical);

    QCOMPARE(t.criteria.size(), std::size_t(1));
    QCOMPARE(t.criteria[0].id, QStringLiteral("T1"));
    QCOMPARE(t.criteria[0].weight, 100.0);
    QCOMPARE(t.criteria[0].children.size(), std::size_t(1));
    const Criterion& c = t.criteria[0].children[0];
    QCOMPARE(c.id, QStringLiteral("T1.1"));
    QCOMPARE(c.maxMarks, 10.0);
    QCOMPARE(c.weight, 100.0);
    QCOMPARE(t.evaluators.size(), std::size_t(3));
    QCOMPARE(t.evaluators[2].id, QStringLiteral("E3"));
    QCOMPARE(t.evaluators[2].name, QStringLiteral("Evaluator 3"));

    QVERIFY2(errorsOf(validateTender(t)).isEmpty(), qPrintable(errorsOf(validateTender(t))));
    QVERIFY2(errorsOf(checkTenderValues(t)).isEmpty(), qPrintable(errorsOf(checkTenderValues(t))));
    // The starter tender round-trips through the file format.
    const TenderLoad again = readTender(writeTender(t));
    QVERIFY(again.tender);
    QCOMPARE(*again.tender, t);
}

void TestWizard::wizardAsksForABudgetUnderFbs()
{
    NewTenderWizard wizard;
    wizard.show();
    fillParticulars(wizard);
    wizard.next();
    auto* method = field<QComboBox>(&wizard, "methodCombo");
    auto* budget = field<QDoubleSpinBox>(&wizard, "budgetSpin");
    QVERIFY(!budget->isEnabled());
    method->setCurrentIndex(method->findData(int(SelectionMethod::Fbs)));
    QVERIFY(budget->isEnabled());
    QVERIFY(!field<QSpinBox>(&wizard, "technicalWeightSpin")->isEnabled());
    QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    budget->setValue(15000000);
    QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    const Tender t = wizard.tender();
    QCOMPARE(t.method, SelectionMethod::Fbs);
    QCOMPARE(t.budget.value_or(0), 15000000.0);
    QVERIFY2(errorsOf(checkTenderValues(t)).isEmpty(), qPrintable(errorsOf(checkTenderValues(t))));
}

void TestWizard::wizardStartsFromACriteriaTemplate_data()
{
    QTest::addColumn<QString>("templateId");
    QTest::addColumn<QString>("firstLeaf");
    QTest::newRow("a chatbot tender starts from the conversational assistant's criteria")
        << QStringLiteral("conversational-assistant")
        << QStringLiteral("Language coverage and answer quality");
    QTest::newRow("an OCR tender starts from the document system's criteria")
        << QStringLiteral("document-ocr")
        << QStringLiteral("Accuracy on the department's test sample");
    QTest::newRow("an analytics tender starts from the predictive model's criteria")
        << QStringLiteral("predictive-analytics")
        << QStringLiteral("Accuracy on the department's held-out data");
    QTest::newRow("start empty gives the one criterion to rename")
        << QStringLiteral("empty") << QStringLiteral("Methodology and work plan");
}

// Driven as an officer does: typing, clicking Next, picking a template on
// the last page and clicking Finish; then the tender has its criteria.
void TestWizard::wizardStartsFromACriteriaTemplate()
{
    QFETCH(QString, templateId);
    QFETCH(QString, firstLeaf);
    const i18n::ScopedLanguage english(QStringLiteral("en"));
    NewTenderWizard wizard;
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    QTest::keyClicks(field<QLineEdit>(&wizard, "referenceEdit"), QStringLiteral("DIT/AI/7"));
    QTest::keyClicks(field<QLineEdit>(&wizard, "titleEdit"), QStringLiteral("An AI system"));
    auto* committee = field<QPlainTextEdit>(&wizard, "committeeEdit");
    committee->setFocus();
    QTest::keyClicks(committee, QStringLiteral("Dr. Meera Iyer, Director (IT)"));
    for (int page = 0; page < 3; ++page) {
        QAbstractButton* next = wizard.button(QWizard::NextButton);
        QVERIFY2(next->isVisible() && next->isEnabled(), qPrintable(QString::number(page)));
        QTest::mouseClick(next, Qt::LeftButton);
    }
    QCOMPARE(wizard.nextId(), -1); // the criteria page is the last
    auto* choice = field<QAbstractButton>(
        &wizard, QByteArray("criteriaTemplate_" + templateId.toUtf8()).constData());
    QVERIFY(choice->isVisible());
    QTest::mouseClick(choice, Qt::LeftButton, {}, QPoint(8, choice->height() / 2));
    QVERIFY(choice->isChecked());
    // The page shows what the tender will get.
    auto* preview = field<QTreeWidget>(&wizard, "criteriaPreview");
    QVERIFY(!preview->findItems(firstLeaf, Qt::MatchContains | Qt::MatchRecursive).isEmpty());
    QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
    QCOMPARE(wizard.result(), int(QDialog::Accepted));

    const Tender t = wizard.tender();
    const std::vector<LeafRef> leaves = leavesOf(t.criteria);
    QVERIFY(!leaves.empty());
    QCOMPARE(leaves.front().criterion->name, firstLeaf);
    if (templateId != QLatin1String("empty")) {
        const CriteriaTemplate* chosen = findCriteriaTemplate(templateId);
        QVERIFY(chosen);
        QCOMPARE(t.criteria, chosen->criteria);
        QVERIFY(leaves.size() >= 6);
    }
    double top = 0;
    for (const Criterion& c : t.criteria)
        top += c.weight;
    QCOMPARE(top, criteriaWeightTarget(t));
    QCOMPARE(t.evaluators.size(), std::size_t(1));
    QCOMPARE(t.evaluators[0].name, QStringLiteral("Dr. Meera Iyer"));
    QVERIFY2(errorsOf(validateTender(t)).isEmpty(), qPrintable(errorsOf(validateTender(t))));
    QVERIFY2(errorsOf(checkTenderValues(t)).isEmpty(), qPrintable(errorsOf(checkTenderValues(t))));
}

// The shipped templates are data: each file reads without a problem, every
// criterion cites its source, and a tender made of it passes the tender's
// own validation (weights add up to the target, groups to their weight).
void TestWizard::everyCriteriaTemplateLoadsAndGivesAValidTender()
{
    const QDir dir(QStringLiteral(TULANA_SOURCE_DIR "/resources/criteria-templates"));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(files.size() >= 3);
    QCOMPARE(builtInCriteriaTemplates().size(), std::size_t(files.size()));
    for (const QString& name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        for (const char* language : {"en", "hi"}) {
            Problems problems;
            const auto loaded =
                parseCriteriaTemplate(bytes, name, QString::fromLatin1(language), &problems);
            QVERIFY2(loaded && problems.isEmpty(), qPrintable(name + u'\n' + errorsOf(problems)));
            Tender t = TenderBuilder().build();
            t.criteria = loaded->criteria;
            // Marks of the builder's bids no longer fit these criteria: the
            // tender's own rules for criteria are what is checked.
            t.bids.clear();
            QVERIFY2(errorsOf(validateTender(t)).isEmpty(),
                     qPrintable(name + u'\n' + errorsOf(validateTender(t))));
        }
    }
    // A criterion without its source is refused, with its place.
    Problems problems;
    const QByteArray noSource = R"({"format": "tulana-criteria-template", "version": 1,
        "id": "x", "name": "X", "criteria": [{"id": "T1", "name": "A", "weight": 100,
        "maxMarks": 10}]})";
    QVERIFY(!parseCriteriaTemplate(noSource, QStringLiteral("x.json"), QStringLiteral("en"),
                                   &problems));
    QVERIFY2(errorsOf(problems).contains(QLatin1String("x.json: criteria[0].source")),
             qPrintable(errorsOf(problems)));
}

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
