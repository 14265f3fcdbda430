#pragma once

#include "document/Autosave.h"

#include <QFrame>

#include <vector>

class QLabel;

namespace tulana {

class MainWindow;

// Above the pages at start, when a window closed without saving (a crash, a
// kill, a power cut) left a recovery copy (document/Autosave.h): says when
// and of which file, and offers to restore the work as an unsaved tender or
// to discard it. One copy at a time, the newest first.
class RecoveryBar : public QFrame
{
    Q_OBJECT
public:
    explicit RecoveryBar(MainWindow* window);

    // Looks for copies left behind; shows the bar when there is one.
    void offer();
    void restore();
    void discard();

private:
    void showNext();

    MainWindow* m_window;
    QLabel* m_text;
    std::vector<RecoveredWork> m_found;
};

} // namespace tulana
