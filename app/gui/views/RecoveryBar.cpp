#include "views/RecoveryBar.h"

#include "document/TenderDocument.h"
#include "util/ProblemsDialog.h"
#include "views/MainWindow.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

namespace tulana {

RecoveryBar::RecoveryBar(MainWindow* window)
    : QFrame(window)
    , m_window(window)
    , m_text(new QLabel(this))
{
    setObjectName(QStringLiteral("recoveryBar"));
    setFrameShape(QFrame::StyledPanel);
    m_text->setObjectName(QStringLiteral("recoveryText"));
    m_text->setWordWrap(true);
    auto* restoreButton = new QPushButton(tr("Restore"), this);
    restoreButton->setObjectName(QStringLiteral("recoveryRestore"));
    auto* discardButton = new QPushButton(tr("Discard"), this);
    discardButton->setObjectName(QStringLiteral("recoveryDiscard"));
    connect(restoreButton, &QPushButton::clicked, this, &RecoveryBar::restore);
    connect(discardButton, &QPushButton::clicked, this, &RecoveryBar::discard);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(restoreButton);
    layout->addWidget(discardButton);
    hide();
}

void RecoveryBar::offer()
{
    m_found = orphanedWork();
    showNext();
}

void RecoveryBar::showNext()
{
    if (m_found.empty()) {
        hide();
        return;
    }
    const RecoveredWork& work = m_found.front();
    const QString when = QLocale().toString(work.written.toLocalTime(), QLocale::ShortFormat);
    const QString what = work.originalFile.isEmpty()
                             ? tr("a new tender")
                             : QDir::toNativeSeparators(QFileInfo(work.originalFile).fileName());
    m_text->setText(tr("Tulana closed without saving your changes to %1. A copy of them was kept "
                       "at %2. Restore it as an unsaved tender, or discard it?")
                        .arg(what, when));
    show();
}

void RecoveryBar::restore()
{
    if (m_found.empty() || !m_window->maybeSave())
        return;
    const RecoveredWork work = m_found.front();
    Problems problems;
    const std::optional<Tender> tender = loadRecoveredWork(work, &problems);
    if (!tender) {
        ProblemsDialog::showModal(this, tr("Cannot restore"),
                                  tr("The copy could not be read, and was left where it is."),
                                  problems);
        return;
    }
    // Unsaved, with the file it belonged to: saving writes it there.
    m_window->document()->reset(*tender, work.originalFile, true);
    m_window->autosave()->keepNow(); // this window's copy, before the old one goes
    removeRecoveredWork(work);
    m_found.erase(m_found.begin());
    showNext();
}

void RecoveryBar::discard()
{
    if (m_found.empty())
        return;
    removeRecoveredWork(m_found.front());
    m_found.erase(m_found.begin());
    showNext();
}

} // namespace tulana
