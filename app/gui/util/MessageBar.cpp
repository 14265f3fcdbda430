#include "util/MessageBar.h"

#include "util/Colours.h"
#include "util/Icons.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QResizeEvent>
#include <QStyle>
#include <QToolButton>
#include <QUndoStack>

#include <algorithm>

namespace tulana {
namespace {

// The hue of each kind; only ever used as a tint over the palette's window
// colour and as a border, never as the text colour.
QColor hueOf(MessageBar::Kind kind, const QPalette& palette)
{
    switch (kind) {
    case MessageBar::Kind::Information:
        return palette.color(QPalette::Highlight);
    case MessageBar::Kind::Positive:
        return QColor(0x2e, 0x9e, 0x4f);
    case MessageBar::Kind::Warning:
        return QColor(0xd9, 0x8b, 0x00);
    case MessageBar::Kind::Error:
        return QColor(0xd3, 0x2f, 0x2f);
    }
    return palette.color(QPalette::Highlight);
}

} // namespace

MessageBar::MessageBar(QWidget* parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    // Selectable for copying, but not a stop in the tab chain of every page.
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_text->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Minimum);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Dismiss"));
    m_close->setAccessibleName(tr("Dismiss message"));
    m_close->hide();
    connect(m_close, &QToolButton::clicked, this, &MessageBar::clearMessage);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 6, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void MessageBar::setCloseable(bool closeable)
{
    m_close->setVisible(closeable);
}

void MessageBar::showMessage(Kind kind, const QString& text)
{
    m_kind = kind;
    m_text->setText(text);
    setAccessibleDescription(text);
    applyStyle();
    setVisible(!text.isEmpty());
    updateGeometry();
}

void MessageBar::clearWhenChanged(QUndoStack* stack)
{
    connect(stack, &QUndoStack::indexChanged, this, &MessageBar::clearMessage);
}

void MessageBar::clearMessage()
{
    m_text->clear();
    hide();
}

QString MessageBar::text() const
{
    return m_text->text();
}

// Layouts, QFormLayout above all, do not reliably size a field by height
// for width, so a wrapped text could get the height of a narrow label, or
// none. Instead the hints give the height the text needs at the width the
// bar has now, and a change of width asks for a new layout.
QSize MessageBar::sizeHint() const
{
    QSize hint = QFrame::sizeHint();
    hint.setHeight(layout()->totalHeightForWidth(std::max(width(), hint.width())));
    return hint;
}

QSize MessageBar::minimumSizeHint() const
{
    QSize hint = QFrame::minimumSizeHint();
    hint.setHeight(layout()->totalHeightForWidth(std::max(width(), hint.width())));
    return hint;
}

void MessageBar::resizeEvent(QResizeEvent* event)
{
    QFrame::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        updateGeometry();
}

void MessageBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        applyStyle();
    QFrame::changeEvent(event);
}

void MessageBar::applyStyle()
{
    // Setting the palette raises a PaletteChange: take the base colours from
    // the parent (or the application), not from our own tinted palette.
    const QPalette base = parentWidget() ? parentWidget()->palette() : QPalette();
    const QColor hue = hueOf(m_kind, base);
    QPalette tinted = base;
    tinted.setColor(QPalette::Window, blended(base.color(QPalette::Window), hue, 0.16));
    tinted.setColor(QPalette::Light, hue);
    tinted.setColor(QPalette::Dark, hue);
    tinted.setColor(QPalette::Mid, hue);
    if (tinted != palette())
        setPalette(tinted);

    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    QIcon icon;
    switch (m_kind) {
    case Kind::Information:
        icon = themedIcon(QStringLiteral("info"));
        break;
    case Kind::Positive:
        icon = themedIcon(QStringLiteral("winner"));
        break;
    case Kind::Warning:
        icon = themedIcon(QStringLiteral("warning"));
        break;
    case Kind::Error:
        icon = style()->standardIcon(QStyle::SP_MessageBoxCritical);
        break;
    }
    m_icon->setPixmap(icon.pixmap(QSize(size, size), devicePixelRatio()));
}

} // namespace tulana
