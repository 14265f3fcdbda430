#include "util/FinishEditing.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QPointer>

namespace tulana {
namespace {

// The item view whose cell editor `w` is, or is inside.
QAbstractItemView* viewEditing(QWidget* w)
{
    for (; w; w = w->parentWidget())
        if (auto* view = qobject_cast<QAbstractItemView*>(w->parentWidget()))
            if (w == view->viewport())
                return view;
    return nullptr;
}

} // namespace

void finishEditing(QWidget* window)
{
    QWidget* focus = QApplication::focusWidget();
    if (!focus || focus->window() != window)
        return;
    const QPointer<QWidget> field = focus;
    const QPointer<QAbstractItemView> view = viewEditing(focus);
    focus->clearFocus();
    if (field && field->isVisible())
        field->setFocus(Qt::OtherFocusReason);
    else if (view)
        view->setFocus(Qt::OtherFocusReason);
}

} // namespace tulana
