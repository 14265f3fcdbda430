#pragma once

#include <QMessageBox>

class QDialogButtonBox;
class QWidget;

namespace tulana {

// Qt ships no Hindi catalogue for its own widgets (Debian's Qt 6.4 has no
// qtbase_hi), so the buttons of its standard boxes would read "Save",
// "Discard", "Cancel" in a Hindi session. Tulana names them itself, from its
// own catalogue. The file dialogs and the print preview's toolbar stay as
// Qt draws them (README, "Languages").
void nameStandardButtons(QMessageBox& box);
void nameStandardButtons(QDialogButtonBox& buttons);

// QMessageBox's static boxes, with the buttons named by Tulana.
namespace messageBox {
void information(QWidget* parent, const QString& title, const QString& text);
void warning(QWidget* parent, const QString& title, const QString& text);
void critical(QWidget* parent, const QString& title, const QString& text);
} // namespace messageBox

} // namespace tulana
