#pragma once

#include <QString>

class QLineEdit;

namespace tulana {

// Shows the document's value in a line edit after an edit or an undo. Only
// when it differs, so the cursor stays where the officer types; and a long
// value is shown from its start, not its end, until the field is edited.
void showText(QLineEdit* edit, const QString& text);

} // namespace tulana
