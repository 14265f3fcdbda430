#include "views/ExchangeActions.h"

#include "document/TenderDocument.h"
#include "ocds/OcdsImport.h"
#include "ocds/OcdsRelease.h"
#include "settings/Settings.h"
#include "spreadsheet/EvaluationWorkbook.h"
#include "support/InputFile.h"
#include "support/SaveFile.h"

#include <QAction>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>
#include <QWidget>

namespace tulana {

ExchangeActions::ExchangeActions(TenderDocument* document, QWidget* window)
    : QObject(window)
    , m_document(document)
    , m_window(window)
    , m_workbook(new QAction(tr("Evaluation &Workbook…"), this))
    , m_ocds(new QAction(tr("&OCDS Release…"), this))
    , m_newFromOcds(new QAction(tr("New from &OCDS Release…"), this))
{
    m_workbook->setObjectName(QStringLiteral("actionExportWorkbook"));
    m_workbook->setStatusTip(tr("An Excel workbook in which every score is a formula over the "
                                "marks and prices, for an auditor to recalculate"));
    m_ocds->setObjectName(QStringLiteral("actionExportOcds"));
    m_ocds->setStatusTip(tr("The award as an Open Contracting Data Standard release, with the "
                            "bids and their scores, to publish"));
    m_newFromOcds->setObjectName(QStringLiteral("actionNewFromOcds"));
    m_newFromOcds->setStatusTip(
        tr("Start a tender from a published OCDS release: title, entity, weights, criteria and "
           "bidders"));
    connect(m_workbook, &QAction::triggered, this, &ExchangeActions::chooseWorkbook);
    connect(m_ocds, &QAction::triggered, this, &ExchangeActions::chooseOcds);
}

QString ExchangeActions::suggestedName(const QString& extension) const
{
    const QString reference = m_document->tender().reference;
    QString base = reference.isEmpty() ? QStringLiteral("tender") : reference;
    base.replace(u'/', u'-');
    const QString folder = m_document->filePath().isEmpty()
                               ? QDir::homePath()
                               : QFileInfo(m_document->filePath()).absolutePath();
    return QDir(folder).filePath(base + extension);
}

bool ExchangeActions::exportWorkbookTo(const QString& path, QString* why) const
{
    const QByteArray bytes =
        evaluationWorkbook(m_document->tender(), m_document->evaluation(), why);
    return !bytes.isEmpty() && saveFileAtomically(path, bytes, why);
}

bool ExchangeActions::exportOcdsTo(const QString& path, QString* why) const
{
    OcdsOptions options;
    options.ocidPrefix = settings::ocidPrefix();
    options.published = QDateTime::currentDateTimeUtc();
    return saveFileAtomically(
        path, ocdsReleasePackage(m_document->tender(), m_document->evaluation(), options), why);
}

void ExchangeActions::chooseWorkbook()
{
    const QString path = QFileDialog::getSaveFileName(
        m_window, tr("Export the evaluation workbook"),
        suggestedName(QStringLiteral("-evaluation.xlsx")), tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    QString why;
    if (!exportWorkbookTo(path, &why))
        QMessageBox::warning(m_window, tr("Export the evaluation workbook"),
                             tr("The workbook was not written: %1").arg(why));
}

void ExchangeActions::chooseOcds()
{
    // The publisher's registered prefix, asked the first times and kept.
    bool ok = false;
    const QString prefix = QInputDialog::getText(
        m_window, tr("Export an OCDS release"),
        tr("The ocid prefix your office registered with OCDS (\"ocds-\" and six letters or "
           "digits; %1 is the prefix for tests):")
            .arg(QString::fromLatin1(kOcdsTestPrefix)),
        QLineEdit::Normal, settings::ocidPrefix(), &ok);
    if (!ok)
        return;
    if (!isOcidPrefix(prefix.trimmed())) {
        QMessageBox::warning(m_window, tr("Export an OCDS release"),
                             tr("\"%1\" is not an ocid prefix: it is \"ocds-\" and six "
                                "lowercase letters or digits.")
                                 .arg(prefix));
        return;
    }
    settings::setOcidPrefix(prefix.trimmed());
    const QString path = QFileDialog::getSaveFileName(m_window, tr("Export an OCDS release"),
                                                      suggestedName(QStringLiteral("-ocds.json")),
                                                      tr("OCDS release packages (*.json)"));
    if (path.isEmpty())
        return;
    QString why;
    if (!exportOcdsTo(path, &why))
        QMessageBox::warning(m_window, tr("Export an OCDS release"),
                             tr("The release was not written: %1").arg(why));
}

bool ExchangeActions::readOcds(const QString& path, QString* why, QStringList* notMapped)
{
    const std::optional<QByteArray> bytes = readInputFile(path, kMaxTenderFileBytes, why);
    if (!bytes)
        return false;
    const OcdsImport imported = importOcds(*bytes, QFileInfo(path).fileName());
    if (!imported.tender) {
        QStringList lines;
        for (const Problem& p : imported.problems)
            lines << p.message;
        *why = lines.join(u'\n');
        return false;
    }
    // Unsaved until the officer saves it, like a tender from the wizard.
    m_document->reset(*imported.tender, QString(), true);
    *notMapped = imported.notMapped;
    return true;
}

} // namespace tulana
