#pragma once

#include <QString>

class QWidget;

// The places in the app a training step can point at ("page.evaluation",
// "bids.table"; the list is resources/training/anchors.json). A widget is
// named as an anchor with setAnchor(); objectNames stay as they are, because
// tests, screenshots and style sheets already find widgets by them. A widget
// whose objectName is "anchor:<name>" is found too, so a page can also be
// anchored by naming it that way.
namespace tulana::training {

void setAnchor(QWidget* widget, const QString& name);
QString anchorOf(const QWidget* widget);

// The widget under `root` (root included) anchored as `name`, or nullptr.
QWidget* findAnchor(QWidget* root, const QString& name);

// Brings `widget` on screen: selects the tab or stacked page holding it at
// every level (the main window's page, a page's own tabs) and scrolls any
// scroll area around it so that it shows.
void revealWidget(QWidget* widget);

} // namespace tulana::training
