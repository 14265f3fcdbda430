#include "training/Anchors.h"

#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVariant>
#include <QWidget>

namespace tulana::training {
namespace {

// A dynamic property rather than the objectName: see Anchors.h.
constexpr char kAnchorProperty[] = "tulanaTrainingAnchor";

bool isAnchor(const QWidget* widget, const QString& name)
{
    return anchorOf(widget) == name || widget->objectName() == QStringLiteral("anchor:") + name;
}

} // namespace

void setAnchor(QWidget* widget, const QString& name)
{
    widget->setProperty(kAnchorProperty, name);
}

QString anchorOf(const QWidget* widget)
{
    return widget->property(kAnchorProperty).toString();
}

QWidget* findAnchor(QWidget* root, const QString& name)
{
    if (!root || name.isEmpty())
        return nullptr;
    if (isAnchor(root, name))
        return root;
    const QList<QWidget*> all = root->findChildren<QWidget*>();
    for (QWidget* w : all)
        if (isAnchor(w, name))
            return w;
    return nullptr;
}

void revealWidget(QWidget* widget)
{
    // From the widget outwards: each stack on the way shows the child that
    // holds it. A QTabWidget's pages sit in its own QStackedWidget; going
    // through the tab widget keeps its tab bar in step.
    QWidget* child = widget;
    for (QWidget* parent = widget ? widget->parentWidget() : nullptr; parent;
         child = parent, parent = parent->parentWidget()) {
        auto* stack = qobject_cast<QStackedWidget*>(parent);
        if (!stack)
            continue;
        if (auto* tabs = qobject_cast<QTabWidget*>(stack->parentWidget())) {
            const int index = tabs->indexOf(child);
            if (index >= 0)
                tabs->setCurrentIndex(index);
        } else {
            stack->setCurrentWidget(child);
        }
    }
    // Scroll areas once the pages are shown, innermost first.
    for (QWidget* parent = widget ? widget->parentWidget() : nullptr; parent;
         parent = parent->parentWidget())
        if (auto* scroll = qobject_cast<QScrollArea*>(parent)) {
            if (!scroll->widget() || !scroll->widget()->isAncestorOf(widget))
                continue;
            // A widget taller or wider than the view shows from its start
            // (ensureWidgetVisible would show its middle).
            const QPoint at = widget->mapTo(scroll->widget(), QPoint(0, 0));
            const QSize view = scroll->viewport()->size();
            if (widget->height() <= view.height() && widget->width() <= view.width()) {
                scroll->ensureWidgetVisible(widget, 8, 8);
                continue;
            }
            scroll->verticalScrollBar()->setValue(at.y() - 8);
            scroll->horizontalScrollBar()->setValue(at.x() - 8);
        }
}

} // namespace tulana::training
