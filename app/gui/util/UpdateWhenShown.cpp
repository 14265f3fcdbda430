#include "util/UpdateWhenShown.h"

#include <QEvent>
#include <QWidget>

namespace tulana {

UpdateWhenShown::UpdateWhenShown(QWidget* page, std::function<void()> update)
    : QObject(page)
    , m_page(page)
    , m_update(std::move(update))
{
    page->installEventFilter(this);
}

void UpdateWhenShown::request()
{
    // Deferred only while the window is on screen and this page is not (a
    // page in another tab). A window not shown yet, as in tests and while
    // starting, keeps every page up to date at once.
    if (m_page->isVisible() || !m_page->window()->isVisible()) {
        m_stale = false;
        m_update();
        return;
    }
    m_stale = true;
}

bool UpdateWhenShown::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_page && event->type() == QEvent::Show && m_stale) {
        m_stale = false;
        m_update();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace tulana
