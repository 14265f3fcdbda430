#pragma once

#include <QFrame>

class QLabel;
class QUndoStack;
class QToolButton;

namespace tulana {

// A message inside a page, above what it is about (like KMessageWidget): an
// icon, wrapped text and, for messages the officer may dismiss, a close
// button. Its tint is mixed from the palette, so it reads in light and dark
// themes alike. Hidden while it has no text.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind
    {
        Information,
        Positive,
        Warning,
        Error
    };

    explicit MessageBar(QWidget* parent = nullptr);

    void showMessage(Kind kind, const QString& text);
    void clearMessage();
    // A message about the officer's last act (a refused edit, an import)
    // goes when the tender next changes: an edit, an undo or a redo.
    void clearWhenChanged(QUndoStack* stack);
    QString text() const;
    Kind kind() const { return m_kind; }
    void setCloseable(bool closeable);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return false; }

protected:
    void changeEvent(QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void applyStyle();

    Kind m_kind = Kind::Information;
    QLabel* m_icon;
    QLabel* m_text;
    QToolButton* m_close;
};

} // namespace tulana
