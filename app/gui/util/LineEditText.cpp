#include "util/LineEditText.h"

#include <QLineEdit>

namespace tulana {

void showText(QLineEdit* edit, const QString& text)
{
    if (edit->text() == text)
        return;
    edit->setText(text);
    if (!edit->hasFocus())
        edit->setCursorPosition(0);
}

} // namespace tulana
