#pragma once

#include <QWidget>

class QDoubleSpinBox;
class QSlider;

namespace tulana {

// A spin box and a slider for one number, kept in step: typing moves the
// slider, dragging changes the spin box. valueEdited() is emitted for the
// officer's changes only, never for setValue(), so a page can push an undo
// command for each and refresh from the document without echoes.
class SpinSlider : public QWidget
{
    Q_OBJECT
public:
    explicit SpinSlider(QWidget* parent = nullptr);

    void setRange(double minimum, double maximum);
    void setDecimals(int decimals);
    void setSingleStep(double step);
    void setSuffix(const QString& suffix);
    // Names the two controls for tests and assistive technology.
    void setNames(const QString& objectNamePrefix, const QString& accessibleName);

    double value() const;
    void setValue(double value);

    QDoubleSpinBox* spinBox() const { return m_spin; }
    QSlider* slider() const { return m_slider; }

signals:
    void valueEdited(double value);

private:
    int toSlider(double value) const;

    QDoubleSpinBox* m_spin;
    QSlider* m_slider;
    double m_scale = 10; // slider steps per unit
};

} // namespace tulana
