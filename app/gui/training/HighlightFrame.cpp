#include "training/HighlightFrame.h"

#include <QEvent>
#include <QPainter>
#include <QTimer>

namespace tulana::training {
namespace {

constexpr int kPen = 3;
constexpr int kOutset = 4; // the frame sits just outside the widget

// A warm orange that reads on light and dark palettes and is not the
// selection colour, so it is not mistaken for a selected row.
QColor frameColour()
{
    return QColor(0xe8, 0x59, 0x0c);
}

} // namespace

HighlightFrame::HighlightFrame(QWidget* window)
    : QWidget(window)
{
    setObjectName(QStringLiteral("trainingHighlight"));
    setAttribute(Qt::WA_TransparentForMouseEvents);
    setAttribute(Qt::WA_NoSystemBackground);
    setFocusPolicy(Qt::NoFocus);
    hide();
}

void HighlightFrame::highlight(QWidget* target)
{
    watch(false);
    m_target = target;
    if (!target) {
        hide();
        return;
    }
    watch(true);
    // Tab switches and scrolling done just before settle their geometry
    // with queued layout requests: follow now, and once they have run.
    follow();
    QTimer::singleShot(0, this, &HighlightFrame::follow);
}

void HighlightFrame::clear()
{
    highlight(nullptr);
}

void HighlightFrame::watch(bool on)
{
    for (const QPointer<QWidget>& w : std::as_const(m_watched))
        if (w)
            w->removeEventFilter(this);
    m_watched.clear();
    if (!on || !m_target)
        return;
    // The target and each of its ancestors: a splitter or a scroll area
    // moving any of them moves the target without a move event of its own.
    for (QWidget* w = m_target; w && w != parentWidget(); w = w->parentWidget()) {
        w->installEventFilter(this);
        m_watched << w;
    }
}

bool HighlightFrame::eventFilter(QObject* watched, QEvent* event)
{
    switch (event->type()) {
    case QEvent::Move:
    case QEvent::Resize:
    case QEvent::Show:
    case QEvent::Hide:
    case QEvent::ShowToParent:
    case QEvent::HideToParent:
        QTimer::singleShot(0, this, &HighlightFrame::follow);
        break;
    default:
        break;
    }
    return QWidget::eventFilter(watched, event);
}

void HighlightFrame::follow()
{
    if (!m_target || !m_target->isVisible() || !parentWidget()) {
        hide();
        return;
    }
    // Only the part of the target that shows: a table scrolled half out of
    // its scroll area is framed where it can be seen. Each ancestor clips.
    QWidget* window = parentWidget();
    QRect visible(m_target->mapTo(window, QPoint(0, 0)), m_target->size());
    for (QWidget* w = m_target->parentWidget(); w && w != window; w = w->parentWidget())
        visible &= QRect(w->mapTo(window, QPoint(0, 0)), w->size());
    if (visible.isEmpty()) {
        hide();
        return;
    }
    const QRect frame =
        visible.adjusted(-kOutset, -kOutset, kOutset, kOutset).intersected(window->rect());
    setGeometry(frame);
    show();
    raise();
    update();
}

void HighlightFrame::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPen pen(frameColour(), kPen);
    painter.setPen(pen);
    painter.setBrush(Qt::NoBrush);
    const qreal half = kPen / 2.0;
    painter.drawRoundedRect(QRectF(rect()).adjusted(half, half, -half, -half), 4, 4);
}

} // namespace tulana::training
