#include "views/UndoKeys.h"

#include "util/FinishEditing.h"

#include <QAbstractSpinBox>
#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

namespace tulana {
namespace {

bool isTextField(const QWidget* w)
{
    return qobject_cast<const QLineEdit*>(w) || qobject_cast<const QPlainTextEdit*>(w) ||
           qobject_cast<const QTextEdit*>(w);
}

QString textOf(const QWidget* w)
{
    if (auto* line = qobject_cast<const QLineEdit*>(w))
        return line->text();
    if (auto* plain = qobject_cast<const QPlainTextEdit*>(w))
        return plain->toPlainText();
    if (auto* rich = qobject_cast<const QTextEdit*>(w))
        return rich->toPlainText();
    return {};
}

// Whether the field has a step of its own to undo (or redo).
bool hasOwnStep(const QWidget* w, bool undo)
{
    if (auto* line = qobject_cast<const QLineEdit*>(w))
        return !line->isReadOnly() && (undo ? line->isUndoAvailable() : line->isRedoAvailable());
    const QTextDocument* text = nullptr;
    if (auto* plain = qobject_cast<const QPlainTextEdit*>(w); plain && !plain->isReadOnly())
        text = plain->document();
    if (auto* rich = qobject_cast<const QTextEdit*>(w); rich && !rich->isReadOnly())
        text = rich->document();
    return text && (undo ? text->isUndoAvailable() : text->isRedoAvailable());
}

} // namespace

UndoKeys::UndoKeys(QWidget* window)
    : QObject(window)
    , m_window(window)
{
    qApp->installEventFilter(this);
}

bool UndoKeys::eventFilter(QObject* watched, QEvent* event)
{
    if (event->type() == QEvent::FocusIn) {
        auto* w = qobject_cast<QWidget*>(watched);
        if (w && isTextField(w) && w->window() == m_window) {
            m_field = w;
            m_textAtFocus = textOf(w);
            m_fieldUndid = false;
        }
        return false;
    }
    if (event->type() != QEvent::ShortcutOverride)
        return false;
    auto* key = static_cast<QKeyEvent*>(event);
    const bool undo = key->matches(QKeySequence::Undo);
    if (!undo && !key->matches(QKeySequence::Redo))
        return false;
    QWidget* focus = QApplication::focusWidget();
    if (!focus || focus->window() != m_window)
        return false;
    const bool spinBox = qobject_cast<QAbstractSpinBox*>(focus);
    if (!spinBox && !isTextField(focus))
        return false;
    if (!spinBox && fieldKeeps(focus, undo))
        return false;
    // The override goes to each widget from the field up to the window; the
    // first time, a half-typed value (the horizon, before it is left) is
    // handed over, so that Ctrl+Z takes back that and not an earlier edit.
    if (spinBox && watched == focus)
        finishEditing(m_window);
    m_fieldUndid = false;
    // Not accepted: no widget wants the keys, so they go to Edit ▸ Undo.
    event->ignore();
    return true;
}

bool UndoKeys::fieldKeeps(QWidget* focus, bool undo)
{
    if (focus != m_field || !hasOwnStep(focus, undo))
        return false;
    const bool typed = textOf(focus) != m_textAtFocus;
    if (undo ? typed : typed || m_fieldUndid) {
        m_fieldUndid = undo;
        return true;
    }
    return false;
}

} // namespace tulana
