#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QWidget;

namespace tulana {

// Lets Ctrl+Z and Ctrl+Shift+Z (Edit ▸ Undo, Redo) reach the document from
// every field of `window`. Line edits, text boxes and spin boxes claim the
// keys for their own text (a ShortcutOverride), so in a spin box whose every
// value is already an undo step of the document Ctrl+Z did nothing for the
// tender. Now:
//  - a spin box never keeps them: its value, finished first if half typed,
//    is the document's to undo;
//  - a text field keeps them only while it holds typing of its own to take
//    back, done since it got focus, as in any text field; after that, and in
//    a field merely clicked into, they undo the tender.
// Installed on the application, as the override goes to the field with focus.
class UndoKeys : public QObject
{
    Q_OBJECT
public:
    explicit UndoKeys(QWidget* window);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool fieldKeeps(QWidget* focus, bool undo);

    QWidget* m_window;
    // The text field with focus, its text when it got focus, and whether the
    // last Ctrl+Z there was its own (then Ctrl+Shift+Z is its own too).
    QPointer<QWidget> m_field;
    QString m_textAtFocus;
    bool m_fieldUndid = false;
};

} // namespace tulana
