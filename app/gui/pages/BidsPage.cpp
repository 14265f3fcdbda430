#include "pages/BidsPage.h"

#include "commands/BidCommands.h"
#include "delegates/AmountDelegate.h"
#include "delegates/ChoiceDelegate.h"
#include "document/Identifiers.h"
#include "document/TenderDocument.h"
#include "io/BidCsvImport.h"
#include "io/BidXlsxImport.h"
#include "models/BidsModel.h"
#include "process/ProcessState.h"
#include "spreadsheet/BidTemplateWorkbook.h"
#include "support/InputFile.h"
#include "support/SaveFile.h"
#include "training/Anchors.h"
#include "util/Icons.h"
#include "util/MessageBar.h"
#include "util/ProblemsDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tulana {
BidsPage::BidsPage(TenderDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(new BidsModel(document, this))
    , m_table(new QTableView(this))
    , m_message(new MessageBar(this))
    , m_add(iconButton(QStringLiteral("add"), tr("&Add bid"), "addBidButton", this))
    , m_remove(iconButton(QStringLiteral("remove"), tr("&Remove bid"), "removeBidButton", this))
    , m_import(iconButton(QStringLiteral("import"), tr("&Import…"), "importCsvButton", this))
{
    setObjectName(QStringLiteral("bidsPage"));
    training::setAnchor(this, QStringLiteral("page.bids"));
    m_table->setObjectName(QStringLiteral("bidsTable"));
    training::setAnchor(m_table, QStringLiteral("bids.table"));
    m_table->setAccessibleName(tr("Bids"));
    m_table->setModel(m_model);
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                             QAbstractItemView::AnyKeyPressed);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->setMinimumSize(560, 200);
    auto* choices = new ChoiceDelegate(m_table);
    auto* amounts = new AmountDelegate(m_table);
    m_table->setItemDelegateForColumn(BidsModel::NatureColumn, choices);
    m_table->setItemDelegateForColumn(BidsModel::StatusColumn, choices);
    m_table->setItemDelegateForColumn(BidsModel::PriceColumn, amounts);
    m_table->setItemDelegateForColumn(BidsModel::TaxColumn, amounts);
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(BidsModel::BidderColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(BidsModel::SystemColumn, QHeaderView::Stretch);
    header->setStretchLastSection(true);
    header->resizeSection(BidsModel::PriceColumn, 140);
    header->resizeSection(BidsModel::TaxColumn, 120);
    m_message->setObjectName(QStringLiteral("bidsMessage"));
    m_message->setCloseable(true);
    m_import->setToolTip(tr("Add bids from a CSV file: bidder, system, nature, price, tax…"));

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    buttons->addWidget(m_import);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    setTabOrder(m_table, m_add);
    setTabOrder(m_add, m_remove);
    setTabOrder(m_remove, m_import);

    connect(m_add, &QPushButton::clicked, this, &BidsPage::addBid);
    connect(m_remove, &QPushButton::clicked, this, &BidsPage::removeCurrent);
    connect(m_import, &QPushButton::clicked, this, &BidsPage::importBids);
    connect(m_model, &BidsModel::editRejected, this, [this](const QString& message) {
        m_message->showMessage(MessageBar::Kind::Error, message);
    });
    // A change of the tender, or an undo, makes an old complaint stale.
    m_message->clearWhenChanged(document->undoStack());
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &BidsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &BidsPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &BidsPage::updateButtons);
    updateButtons();
}

void BidsPage::addBid()
{
    const Tender& t = m_document->tender();
    Bid bid = t.newBid();
    bid.id = nextBidId(t);
    bid.bidder = tr("New bidder");
    const int row = int(t.bids.size());
    if (!m_document->push(new AddBidCommand(m_document, row, std::move(bid))))
        return; // refused: the process has fixed the bids as received
    const QModelIndex bidder = m_model->index(row, BidsModel::BidderColumn);
    m_table->setCurrentIndex(bidder);
    m_table->scrollTo(bidder);
    m_table->setFocus();
    m_table->edit(bidder);
}

void BidsPage::removeCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (current.isValid())
        m_document->push(new RemoveBidCommand(m_document, current.row()));
}

void BidsPage::importBids()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import bids"), QString(),
        tr("Bids files (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx);;All files "
           "(*)"));
    if (!path.isEmpty())
        importBidsFile(path);
}

bool BidsPage::importBidsFile(const QString& path)
{
    const QString name = QFileInfo(path).fileName();
    QString why;
    const std::optional<QByteArray> csv = readInputFile(path, kMaxCsvFileBytes, &why);
    if (!csv) {
        ProblemsDialog::showModal(this, tr("Cannot import bids"), tr("The file could not be read."),
                                  {error(name, why)});
        return false;
    }
    // A bids file carries prices: a recorded process receives them sealed.
    if (const std::optional<QString> sealed = process::figuresSealedBecause(m_document->tender())) {
        ProblemsDialog::showModal(this, tr("Cannot import bids"),
                                  tr("No bid was imported from %1.").arg(name),
                                  {error(name, *sealed)});
        return false;
    }
    // A workbook by its name or, whatever its name, by the ZIP signature;
    // its first sheet, as the import command reads without --sheet.
    const bool workbook =
        path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive) || csv->startsWith("PK\x03\x04");
    BidImport imported = workbook ? importBidsXlsx(m_document->tender(), *csv, name)
                                  : importBidsCsv(m_document->tender(), *csv, name);
    if (hasErrors(imported.problems)) {
        ProblemsDialog::showModal(
            this, tr("Cannot import bids"),
            tr("No bid was imported from %1. Fix these places in the file and import it again:")
                .arg(name),
            imported.problems);
        return false;
    }
    const int count = int(imported.bids.size());
    if (count > 0)
        m_document->push(new ImportBidsCommand(m_document, std::move(imported.bids), name));
    if (!imported.problems.isEmpty())
        ProblemsDialog::showModal(
            this, tr("Bids imported"),
            tr("%n bid(s) imported from %1, with these remarks:", nullptr, count).arg(name),
            imported.problems);
    else
        m_message->showMessage(MessageBar::Kind::Information,
                               tr("%n bid(s) imported from %1.", nullptr, count).arg(name));
    return count > 0;
}

void BidsPage::saveTemplate()
{
    QString suggested = (m_document->tender().reference.isEmpty()
                             ? QStringLiteral("bids")
                             : m_document->tender().reference + QStringLiteral("-bids")) +
                        QStringLiteral(".xlsx");
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save a template for bids"), suggested.replace(u'/', u'-'),
        tr("Excel workbooks (*.xlsx);;CSV files (*.csv)"));
    if (!path.isEmpty())
        saveTemplateFile(path);
}

bool BidsPage::saveTemplateFile(const QString& path)
{
    QString why;
    const QByteArray bytes = path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
                                 ? bidTemplateWorkbook(m_document->tender(), &why)
                                 : bidCsvTemplate(m_document->tender());
    if (bytes.isEmpty() || !saveFileAtomically(path, bytes, &why)) {
        m_message->showMessage(MessageBar::Kind::Error,
                               tr("The template was not saved: %1").arg(why));
        return false;
    }
    m_message->showMessage(
        MessageBar::Kind::Information,
        tr("Template saved as %1: one row per bid, marks in the columns named criterion/member; "
           "then Import Bids.")
            .arg(QDir::toNativeSeparators(path)));
    return true;
}

void BidsPage::updateButtons()
{
    m_remove->setEnabled(m_table->currentIndex().isValid());
}

} // namespace tulana
