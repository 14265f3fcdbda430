#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace tulana {

// Runs a page's update at once while the page is on screen, and otherwise
// once, when the page is next shown. Every edit re-evaluates the tender and
// every page hears of it; the pages not in view (with tables and charts over
// a thousand bids) would otherwise redo their work on each keystroke.
class UpdateWhenShown : public QObject
{
public:
    UpdateWhenShown(QWidget* page, std::function<void()> update);

    void request();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QWidget* m_page;
    std::function<void()> m_update;
    bool m_stale = false;
};

} // namespace tulana
