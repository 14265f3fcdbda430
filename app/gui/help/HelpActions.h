#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QTabWidget;
class QWidget;

namespace tulana::help {

class ManualViewer;

// The Help menu's ways into the manual: Help ▸ User Manual (the contents),
// Help ▸ Help on This Page (F1: the topic of the page on screen) and
// Help ▸ What's This? (Shift+F1, then a click on a field). The viewer is
// made on first use and kept, so Back and Forward last the session.
class HelpActions : public QObject
{
    Q_OBJECT
public:
    // `pages`: the main window's tabs, whose current page F1 explains.
    HelpActions(QWidget* window, QTabWidget* pages);

    QAction* manualAction() const { return m_manual; }
    QAction* pageHelpAction() const { return m_pageHelp; }
    QAction* whatsThisAction() const { return m_whatsThis; }

    void showTopic(const QString& topic);

private:
    QWidget* m_window;
    QTabWidget* m_pages;
    QAction* m_manual;
    QAction* m_pageHelp;
    QAction* m_whatsThis;
    QPointer<ManualViewer> m_viewer;
};

} // namespace tulana::help
