#include "RegistryActions.h"

#include "RegistryKeychain.h"
#include "document/TenderDocument.h"
#include "settings/Settings.h"
#include "util/StandardButtons.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>

namespace tulana {

using namespace tulana::registry;

Connection configuredRegistry(QString* errorMessage)
{
    const QString text = settings::registryConnection();
    if (text.isEmpty())
        return defaultConnection();
    if (const std::optional<Connection> c = parseConnection(text, errorMessage))
        return *c;
    return defaultConnection();
}

namespace {

// The rows both registry dialogs end with: the system's status, the date
// it holds from, and OK/Cancel.
struct StatusRows
{
    QComboBox* status = nullptr;
    QDateEdit* from = nullptr;
};

StatusRows addStatusRows(QDialog& dialog, QFormLayout* form, const QDate& from)
{
    StatusRows rows;
    rows.status = new QComboBox(&dialog);
    for (SystemStatus s : {SystemStatus::InDevelopment, SystemStatus::InUse, SystemStatus::Retired})
        rows.status->addItem(displayName(s), toKey(s));
    form->addRow(RegistryActions::tr("S&tatus:"), rows.status);
    rows.from = new QDateEdit(from, &dialog);
    rows.from->setCalendarPopup(true);
    rows.from->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    form->addRow(RegistryActions::tr("&From:"), rows.from);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    nameStandardButtons(*buttons);
    form->addRow(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    return rows;
}

} // namespace

RegistryActions::RegistryActions(TenderDocument* document, QWidget* window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_add(new QAction(tr("Add to &Registry…"), this))
    , m_status(new QAction(tr("Update Registry &Status…"), this))
{
    m_add->setObjectName(QStringLiteral("actionAddToRegistry"));
    m_add->setStatusTip(tr("Put the finalised decision into the registry of AI procurements"));
    m_status->setObjectName(QStringLiteral("actionUpdateRegistryStatus"));
    m_status->setStatusTip(
        tr("Record that the procured system is in development, in use or retired"));
    connect(m_add, &QAction::triggered, this, &RegistryActions::addWithDialog);
    connect(m_status, &QAction::triggered, this, &RegistryActions::updateStatusWithDialog);
    connect(m_document, &TenderDocument::evaluated, this, &RegistryActions::updateEnabled);
    updateEnabled();
}

void RegistryActions::updateEnabled()
{
    const bool finalised = m_document->tender().decision.finalised;
    m_add->setEnabled(finalised);
    m_status->setEnabled(finalised);
}

std::optional<AddOutcome> RegistryActions::addTo(const Connection& connection,
                                                 const RecordOptions& options,
                                                 QString* errorMessage) const
{
    const RecordBuild build =
        buildRegistryRecord(m_document->tender(), m_document->evaluation(), options);
    if (!build.record) {
        QStringList lines;
        for (const Problem& p : build.problems)
            lines << p.message;
        *errorMessage = lines.join(u'\n');
        return std::nullopt;
    }
    // Read before the keychain is asked, which may take a while.
    const QString tenderFile = m_document->filePath();
    const std::unique_ptr<RegistryStore> store = keychain::openRegistry(connection, errorMessage);
    if (!store)
        return std::nullopt;
    return store->add(*build.record, tenderFile, errorMessage);
}

void RegistryActions::addWithDialog()
{
    QString why;
    const Connection connection = configuredRegistry(&why);
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Add to Registry"));
    auto* form = new QFormLayout(&dialog);
    form->addRow(new QLabel(tr("The registry: %1").arg(connection.text()), &dialog));
    auto* publish =
        new QCheckBox(tr("Publish the scores of the bids whose prices were opened"), &dialog);
    publish->setObjectName(QStringLiteral("publishScores"));
    form->addRow(publish);
    auto* contact = new QLineEdit(&dialog);
    contact->setObjectName(QStringLiteral("registryContact"));
    contact->setPlaceholderText(tr("The office's name and address, when left empty"));
    form->addRow(tr("&Contact:"), contact);
    const QDate decided = m_document->tender().decision.date;
    const auto [status, date] =
        addStatusRows(dialog, form, decided.isValid() ? decided : QDate::currentDate());
    if (dialog.exec() != QDialog::Accepted)
        return;

    RecordOptions options;
    options.publishScores = publish->isChecked();
    options.contact = contact->text();
    options.status =
        systemStatusFromKey(status->currentData().toString()).value_or(SystemStatus::InDevelopment);
    options.statusDate = date->date();
    const std::optional<AddOutcome> added = addTo(connection, options, &why);
    if (!added) {
        QMessageBox::warning(m_window, tr("Add to Registry"),
                             tr("The decision was not added to the registry.\n\n%1").arg(why));
        return;
    }
    QMessageBox::information(
        m_window, tr("Add to Registry"),
        added->created
            ? tr("Added as record %1 of the registry.").arg(added->id)
            : tr("Record %1 of the registry is updated (the tender was in it).").arg(added->id));
    emit registryChanged();
}

void RegistryActions::updateStatusWithDialog()
{
    QString why;
    const Connection connection = configuredRegistry(&why);
    const RecordBuild build =
        buildRegistryRecord(m_document->tender(), m_document->evaluation(), {});
    const std::unique_ptr<RegistryStore> store =
        build.record ? keychain::openRegistry(connection, &why) : nullptr;
    const std::optional<qint64> id =
        store ? store->findRecord(build.record->key(), &why) : std::nullopt;
    if (!id || *id == 0) {
        QMessageBox::warning(m_window, tr("Update Registry Status"),
                             id ? tr("The registry at %1 has no record of this tender: add it "
                                     "first.")
                                      .arg(connection.text())
                                : why);
        return;
    }
    QDialog dialog(m_window);
    dialog.setWindowTitle(tr("Update Registry Status"));
    auto* form = new QFormLayout(&dialog);
    const auto [status, date] = addStatusRows(dialog, form, QDate::currentDate());
    status->setCurrentIndex(1); // in use: what a recorded system usually moves to
    if (dialog.exec() != QDialog::Accepted)
        return;
    const SystemStatus chosen =
        systemStatusFromKey(status->currentData().toString()).value_or(SystemStatus::InUse);
    if (!store->setStatus(*id, chosen, date->date(), &why)) {
        QMessageBox::warning(m_window, tr("Update Registry Status"), why);
        return;
    }
    emit registryChanged();
}

} // namespace tulana
