#include "sheet/SheetWindow.h"

#include "committee/EvaluatorSheet.h"
#include "process/KeyFile.h"
#include "recording/KeyPicker.h"
#include "sheet/SheetMarksModel.h"
#include "support/InputFile.h"
#include "support/SaveFile.h"
#include "util/MessageBar.h"

#include <QButtonGroup>
#include <QCloseEvent>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace tulana {
namespace {

constexpr qint64 kMaxSheetBytes = 64 * 1024 * 1024;

QString problemsText(const Problems& problems)
{
    QStringList lines;
    for (const Problem& p : problems)
        lines << p.message;
    return lines.join(u'\n');
}

} // namespace

SheetWindow::SheetWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_heading(new QLabel(this))
    , m_message(new MessageBar(this))
    , m_bids(new QListWidget(this))
    , m_bidDetails(new QPlainTextEdit(this))
    , m_noConflict(new QRadioButton(tr("I have no conflict of interest with this bidder"), this))
    , m_conflict(new QRadioButton(tr("I have a conflict of interest:"), this))
    , m_declaration(new QButtonGroup(this))
    , m_conflictText(new QLineEdit(this))
    , m_model(new SheetMarksModel(&m_sheet, this))
    , m_marks(new QTableView(this))
    , m_criterionText(new QLabel(this))
    , m_progress(new QLabel(this))
{
    setObjectName(QStringLiteral("sheetWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_heading->setObjectName(QStringLiteral("sheetHeading"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::PlainText);
    m_bids->setObjectName(QStringLiteral("sheetBids"));
    m_bids->setAccessibleName(tr("Bids to mark"));
    m_bidDetails->setObjectName(QStringLiteral("sheetBidDetails"));
    m_bidDetails->setReadOnly(true);
    m_bidDetails->setAccessibleName(tr("The bid's technical side"));
    m_bidDetails->setMaximumHeight(fontMetrics().lineSpacing() * 8);
    m_noConflict->setObjectName(QStringLiteral("sheetNoConflict"));
    m_conflict->setObjectName(QStringLiteral("sheetConflict"));
    m_declaration->setExclusive(false); // neither is checked until the member declares
    m_declaration->addButton(m_noConflict);
    m_declaration->addButton(m_conflict);
    m_conflictText->setObjectName(QStringLiteral("sheetConflictText"));
    m_conflictText->setPlaceholderText(tr("What the interest is (a relation, a past contract…)"));
    m_conflictText->setAccessibleName(tr("Description of the conflict of interest"));
    m_marks->setObjectName(QStringLiteral("sheetMarks"));
    m_marks->setAccessibleName(tr("Your marks"));
    m_marks->setModel(m_model);
    m_marks->verticalHeader()->hide();
    m_marks->horizontalHeader()->setSectionResizeMode(SheetMarksModel::CriterionColumn,
                                                      QHeaderView::ResizeToContents);
    m_marks->horizontalHeader()->setSectionResizeMode(SheetMarksModel::NoteColumn,
                                                      QHeaderView::Stretch);
    m_criterionText->setObjectName(QStringLiteral("sheetCriterionText"));
    m_criterionText->setWordWrap(true);
    m_criterionText->setTextFormat(Qt::PlainText);
    m_criterionText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_criterionText->setMinimumWidth(220);
    m_progress->setObjectName(QStringLiteral("sheetProgress"));

    auto* declaration = new QGroupBox(tr("Declaration"), this);
    auto* declarationLayout = new QVBoxLayout(declaration);
    declarationLayout->addWidget(m_noConflict);
    auto* conflictRow = new QHBoxLayout;
    conflictRow->addWidget(m_conflict);
    conflictRow->addWidget(m_conflictText, 1);
    declarationLayout->addLayout(conflictRow);

    auto* criterionBox = new QGroupBox(tr("The criterion"), this);
    auto* criterionLayout = new QVBoxLayout(criterionBox);
    criterionLayout->addWidget(m_criterionText, 1);
    auto* marksRow = new QSplitter(this);
    marksRow->addWidget(m_marks);
    marksRow->addWidget(criterionBox);
    marksRow->setStretchFactor(0, 3);
    marksRow->setStretchFactor(1, 1);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_bidDetails);
    rightLayout->addWidget(declaration);
    rightLayout->addWidget(marksRow, 1);
    auto* split = new QSplitter(this);
    split->addWidget(m_bids);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    // Room for "B2 — " and a bidder's name as tenders write them.
    const int listWidth = fontMetrics().horizontalAdvance(QLatin1Char('x')) * 46;
    m_bids->setMinimumWidth(listWidth);
    split->setSizes({listWidth, 3 * listWidth});

    auto* saveButton = new QPushButton(tr("Save"), this);
    saveButton->setObjectName(QStringLiteral("sheetSave"));
    auto* fromCsv = new QPushButton(tr("Fill from CSV…"), this);
    auto* toCsv = new QPushButton(tr("Save as CSV…"), this);
    auto* signButton = new QPushButton(tr("Sign and Save…"), this);
    signButton->setObjectName(QStringLiteral("sheetSign"));
    signButton->setDefault(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_progress, 1);
    buttons->addWidget(fromCsv);
    buttons->addWidget(toCsv);
    buttons->addWidget(saveButton);
    buttons->addWidget(signButton);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->addWidget(m_heading);
    layout->addWidget(m_message);
    layout->addWidget(split, 1);
    layout->addLayout(buttons);
    setCentralWidget(central);
    resize(1100, 720);

    connect(m_bids, &QListWidget::currentRowChanged, this, &SheetWindow::showBid);
    connect(m_noConflict, &QRadioButton::clicked, this, [this] {
        m_conflict->setChecked(false);
        declare();
    });
    connect(m_conflict, &QRadioButton::clicked, this, [this] {
        m_noConflict->setChecked(false);
        declare();
    });
    connect(m_conflictText, &QLineEdit::textEdited, this, &SheetWindow::declare);
    connect(m_marks->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SheetWindow::showCriterion);
    connect(m_model, &SheetMarksModel::sheetEdited, this, [this] {
        m_modified = true;
        updateProgress();
    });
    connect(saveButton, &QPushButton::clicked, this, [this] {
        QString why;
        if (!save(&why))
            m_message->showMessage(MessageBar::Kind::Error, why);
    });
    connect(signButton, &QPushButton::clicked, this, &SheetWindow::signDialog);
    connect(fromCsv, &QPushButton::clicked, this, &SheetWindow::fillFromCsv);
    connect(toCsv, &QPushButton::clicked, this, &SheetWindow::saveCsv);
}

bool SheetWindow::isSheetFile(const QString& path)
{
    return path.endsWith(QLatin1String(".tulana-sheet"), Qt::CaseInsensitive);
}

bool SheetWindow::openSheet(const QString& path)
{
    QString why;
    const std::optional<QByteArray> bytes = readInputFile(path, kMaxSheetBytes, &why);
    Problems problems;
    std::optional<committee::EvaluatorSheet> sheet =
        bytes ? committee::readSheet(*bytes, &problems) : std::nullopt;
    if (!sheet) {
        QMessageBox::warning(
            this, tr("Cannot Open the Sheet"),
            tr("%1 cannot be opened as an evaluator sheet:\n%2")
                .arg(QFileInfo(path).fileName(), bytes ? problemsText(problems) : why));
        return false;
    }
    m_sheet = std::move(*sheet);
    m_path = path;
    m_modified = false;
    setWindowTitle(tr("Evaluator Sheet of %1 — %2").arg(m_sheet.memberName, m_sheet.reference));
    m_heading->setText(
        tr("%1 (%2), your evaluator sheet for %3: %4.\nThis sheet shows what you mark and "
           "nothing more: the announced criteria and each bid's technical side. It holds no "
           "price and no other member's marks. For each bid, declare first whether you have a "
           "conflict of interest; then mark it, with a note where it helps. Sign it with your "
           "key and return the file to the convenor.")
            .arg(m_sheet.memberName, m_sheet.member, m_sheet.reference, m_sheet.title));
    refreshBidList();
    m_bids->setCurrentRow(m_sheet.bids.empty() ? -1 : 0);
    updateProgress();
    if (!m_sheet.signature.isEmpty())
        m_message->showMessage(MessageBar::Kind::Positive,
                               tr("This sheet is signed. A change removes the signature; sign "
                                  "it again before returning it."));
    return true;
}

void SheetWindow::refreshBidList()
{
    const int row = m_bids->currentRow();
    const QSignalBlocker block(m_bids);
    m_bids->clear();
    for (const committee::SheetBid& b : m_sheet.bids) {
        const committee::SheetDeclaration* d = m_sheet.declaration(b.id);
        int marked = 0;
        for (const committee::SheetCriterion& c : m_sheet.criteria)
            marked += m_sheet.mark(b.id, c.id) != nullptr;
        const QString state = !d ? tr("to declare")
                              : d->conflict
                                  ? tr("conflict declared, not marked")
                                  : tr("%1 of %2 marked").arg(marked).arg(m_sheet.criteria.size());
        m_bids->addItem(QStringLiteral("%1 — %2\n%3").arg(b.id, b.bidder, state));
    }
    m_bids->setCurrentRow(row);
}

void SheetWindow::showBid(int row)
{
    m_model->showBid(row);
    const bool any = row >= 0 && std::size_t(row) < m_sheet.bids.size();
    m_noConflict->setEnabled(any);
    m_conflict->setEnabled(any);
    if (!any)
        return;
    const committee::SheetBid& b = m_sheet.bids[std::size_t(row)];
    QStringList details{tr("%1: %2, offered by %3 (%4)").arg(b.id, b.system, b.bidder, b.nature)};
    if (!b.eligibility.isEmpty())
        details << tr("Eligibility: %1").arg(b.eligibility);
    if (!b.openness.isEmpty())
        details << tr("Openness:") << b.openness;
    m_bidDetails->setPlainText(details.join(u'\n'));
    const committee::SheetDeclaration* d = m_sheet.declaration(b.id);
    m_noConflict->setChecked(d && !d->conflict);
    m_conflict->setChecked(d && d->conflict);
    m_conflictText->setText(d ? d->description : QString());
    m_conflictText->setEnabled(d && d->conflict);
    if (m_model->rowCount() > 0)
        m_marks->setCurrentIndex(m_model->index(0, SheetMarksModel::MarksColumn));
    showCriterion();
}

void SheetWindow::declare()
{
    const int row = m_bids->currentRow();
    if (row < 0)
        return;
    const QString bid = m_sheet.bids[std::size_t(row)].id;
    auto& declarations = m_sheet.declarations;
    std::erase_if(declarations, [&](const committee::SheetDeclaration& d) { return d.bid == bid; });
    if (m_noConflict->isChecked() || m_conflict->isChecked())
        declarations.push_back({bid, m_conflict->isChecked(),
                                m_conflict->isChecked() ? m_conflictText->text() : QString()});
    // A conflict means no marks for that bid: any given are taken off.
    if (m_conflict->isChecked())
        std::erase_if(m_sheet.marks, [&](const committee::SheetMark& m) { return m.bid == bid; });
    m_conflictText->setEnabled(m_conflict->isChecked());
    m_sheet.signature.clear();
    m_modified = true;
    m_model->showBid(row);
    updateProgress();
}

void SheetWindow::showCriterion()
{
    const QModelIndex current = m_marks->currentIndex();
    if (!current.isValid()) {
        m_criterionText->clear();
        return;
    }
    const committee::SheetCriterion& c = m_sheet.criteria[std::size_t(current.row())];
    m_criterionText->setText(tr("%1\nMaximum %2 marks; weight %3 points.\n\n%4")
                                 .arg(c.name, QLocale().toString(c.maxMarks),
                                      QLocale().toString(c.weight), c.description));
}

void SheetWindow::updateProgress()
{
    const Problems unfinished = committee::unfinishedSheet(m_sheet);
    m_progress->setText(
        unfinished.isEmpty()
            ? (m_sheet.signature.isEmpty() ? tr("Every bid is declared and marked: ready to sign.")
                                           : tr("Signed."))
            : tr("%n thing(s) still to do; the first: %1", "", int(unfinished.size()))
                  .arg(unfinished.first().message));
    refreshBidList();
}

bool SheetWindow::save(QString* why)
{
    if (!saveFileAtomically(m_path, committee::sheetFileBytes(m_sheet), why))
        return false;
    m_modified = false;
    m_message->showMessage(
        MessageBar::Kind::Information,
        m_sheet.signature.isEmpty()
            ? tr("Saved; not yet signed.")
            : tr("Signed and saved: return %1 to the convenor.").arg(QFileInfo(m_path).fileName()));
    return true;
}

bool SheetWindow::signAndSave(const QString& keyPath, const QString& passphrase, QString* why)
{
    const std::optional<QByteArray> bytes = readInputFile(keyPath, 1024 * 1024, why);
    if (!bytes)
        return false;
    Problems problems;
    const std::optional<process::KeyFile> key = process::readKeyFile(*bytes, &problems);
    if (!key) {
        *why = problemsText(problems);
        return false;
    }
    if (key->actor != m_sheet.member) {
        *why = tr("This is %1's key; the sheet is %2's.").arg(key->actor, m_sheet.member);
        return false;
    }
    const std::optional<crypto::SecretBytes> secret = process::unlockKeyFile(*key, passphrase);
    if (!secret) {
        *why = tr("The passphrase does not unlock this key.");
        return false;
    }
    problems = committee::signSheet(m_sheet, *secret);
    if (hasErrors(problems)) {
        *why = problemsText(problems);
        return false;
    }
    updateProgress();
    return save(why);
}

void SheetWindow::signDialog()
{
    const Problems unfinished = committee::unfinishedSheet(m_sheet);
    if (!unfinished.isEmpty()) {
        m_message->showMessage(MessageBar::Kind::Warning,
                               tr("Not yet ready to sign:\n%1").arg(problemsText(unfinished)));
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Sign the Sheet"));
    auto* picker = new KeyPicker(KeyPicker::Use::Sign, m_sheet.member, &dialog);
    auto* error = new QLabel(&dialog);
    error->setWordWrap(true);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("Your signature tells the convenor that these are your own marks "
                               "and declarations, as you made them."),
                            &dialog));
    form->addRow(tr("Your key:"), picker);
    form->addRow(error);
    form->addRow(box);
    connect(box, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    connect(box, &QDialogButtonBox::accepted, &dialog, [&] {
        QString why;
        if (signAndSave(picker->path(), picker->passphrase(), &why))
            dialog.accept();
        else
            error->setText(why);
    });
    dialog.exec();
}

void SheetWindow::fillFromCsv()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Fill from CSV"), QString(), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString why;
    const std::optional<QByteArray> bytes = readInputFile(path, kMaxSheetBytes, &why);
    const Problems problems =
        bytes ? committee::fillSheetFromCsv(m_sheet, *bytes) : Problems{error(path, why)};
    if (hasErrors(problems)) {
        m_message->showMessage(MessageBar::Kind::Error,
                               tr("Nothing was filled in:\n%1").arg(problemsText(problems)));
        return;
    }
    m_modified = true;
    showBid(m_bids->currentRow());
    updateProgress();
}

void SheetWindow::saveCsv()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save as CSV"), QFileInfo(m_path).completeBaseName() + QStringLiteral(".csv"),
        tr("CSV files (*.csv)"));
    QString why;
    if (!path.isEmpty() && !saveFileAtomically(path, committee::sheetCsv(m_sheet), &why))
        m_message->showMessage(MessageBar::Kind::Error, why);
}

void SheetWindow::closeEvent(QCloseEvent* event)
{
    if (m_modified) {
        const auto answer = QMessageBox::question(
            this, tr("Save the Sheet?"), tr("Your sheet has changes that are not saved."),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
        QString why;
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !save(&why))) {
            event->ignore();
            return;
        }
    }
    event->accept();
}

} // namespace tulana
