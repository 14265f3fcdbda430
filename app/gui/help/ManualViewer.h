#pragma once

#include <QDialog>

class QAction;
class QListWidget;
class QTextBrowser;

namespace tulana::help {

// The user manual in a window of its own beside the main window, not modal:
// the officer reads and works at once. The contents on the left, the page
// on the right, with Back, Forward and Contents above. It shows the manual
// in the language of the interface (Manual.h).
class ManualViewer : public QDialog
{
    Q_OBJECT
public:
    explicit ManualViewer(QWidget* parent = nullptr);

    // Shows the window, raised, at a topic of manualTopics().
    void showTopic(const QString& topic);

    // The page on screen, for tests: a qrc: URL of manualUrl().
    QUrl source() const;

private:
    void fillContents();
    void followSource(const QUrl& url);

    QTextBrowser* m_browser;
    QListWidget* m_contents;
    QAction* m_back;
    QAction* m_forward;
    QString m_language; // of the contents listed
};

} // namespace tulana::help
