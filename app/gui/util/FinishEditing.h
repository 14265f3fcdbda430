#pragma once

class QWidget;

namespace tulana {

// Hands over what the officer has typed into the field with focus in
// `window` but not yet given to the document: a table cell's open editor
// (its delegate commits when the editor loses focus) and the fields that
// commit when left (the budget, the horizon). Called before saving, closing
// and the like, which a shortcut or tool button starts without moving focus.
// It is Qt's own way: focus leaves the field and comes back, to the field or,
// when a cell's editor closed, to its table.
void finishEditing(QWidget* window);

} // namespace tulana
