#pragma once

#include <QPointer>
#include <QWidget>

namespace tulana::training {

// A frame drawn around one widget to show a trainee where to look. It is an
// overlay on the widget's window, above everything and transparent to the
// mouse, so the highlighted widget's layout and style are untouched; it
// follows the widget when it moves, resizes, scrolls or hides, and it goes
// when cleared (a step without an anchor) or when the widget is destroyed.
class HighlightFrame : public QWidget
{
    Q_OBJECT
public:
    explicit HighlightFrame(QWidget* window);

    void highlight(QWidget* target);
    void clear();
    QWidget* target() const { return m_target; }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    void follow();
    void watch(bool on);

    QPointer<QWidget> m_target;
    QList<QPointer<QWidget>> m_watched;
};

} // namespace tulana::training
