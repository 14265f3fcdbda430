#include "help/HelpActions.h"

#include "help/Manual.h"
#include "help/ManualViewer.h"

#include <QAction>
#include <QTabWidget>
#include <QWhatsThis>

namespace tulana::help {

HelpActions::HelpActions(QWidget* window, QTabWidget* pages)
    : QObject(window)
    , m_window(window)
    , m_pages(pages)
    , m_manual(new QAction(tr("&User Manual"), this))
    , m_pageHelp(new QAction(tr("Help on This &Page"), this))
    , m_whatsThis(QWhatsThis::createAction(this))
{
    m_manual->setObjectName(QStringLiteral("actionUserManual"));
    m_manual->setStatusTip(tr("Open the user manual at its contents"));
    connect(m_manual, &QAction::triggered, this,
            [this] { showTopic(manualTopics().constFirst()); });

    m_pageHelp->setObjectName(QStringLiteral("actionPageHelp"));
    m_pageHelp->setShortcut(QKeySequence::HelpContents);
    m_pageHelp->setStatusTip(tr("Open the user manual at the page on screen"));
    connect(m_pageHelp, &QAction::triggered, this,
            [this] { showTopic(topicOfPage(m_pages->currentWidget())); });

    // Qt's own action (Shift+F1), with a text of ours so that it is translated.
    m_whatsThis->setObjectName(QStringLiteral("actionWhatsThis"));
    m_whatsThis->setText(tr("What's &This?"));
    m_whatsThis->setStatusTip(tr("Click a field afterwards to see what it means"));
    // The main window's, so that the shortcuts work on every page.
    window->addAction(m_manual);
    window->addAction(m_pageHelp);
    window->addAction(m_whatsThis);
}

void HelpActions::showTopic(const QString& topic)
{
    if (!m_viewer)
        m_viewer = new ManualViewer(m_window);
    m_viewer->showTopic(topic);
}

} // namespace tulana::help
