#include "util/SpinSlider.h"

#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QSignalBlocker>
#include <QSlider>

#include <cmath>

namespace tulana {

SpinSlider::SpinSlider(QWidget* parent)
    : QWidget(parent)
    , m_spin(new QDoubleSpinBox(this))
    , m_slider(new QSlider(Qt::Horizontal, this))
{
    m_spin->setKeyboardTracking(true);
    m_spin->setAlignment(Qt::AlignRight);
    m_spin->setMinimumWidth(90);
    m_slider->setMinimumWidth(120);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_spin);
    layout->addWidget(m_slider, 1);
    setFocusProxy(m_spin);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setTabOrder(m_spin, m_slider);
    setRange(0, 100);
    setDecimals(1);

    connect(m_spin, &QDoubleSpinBox::valueChanged, this, [this](double v) {
        const QSignalBlocker block(m_slider);
        m_slider->setValue(toSlider(v));
        emit valueEdited(v);
    });
    connect(m_slider, &QSlider::valueChanged, this, [this](int position) {
        const QSignalBlocker block(m_spin);
        m_spin->setValue(position / m_scale);
        emit valueEdited(m_spin->value());
    });
}

int SpinSlider::toSlider(double value) const
{
    return int(std::lround(value * m_scale));
}

void SpinSlider::setRange(double minimum, double maximum)
{
    const QSignalBlocker spinBlock(m_spin);
    const QSignalBlocker sliderBlock(m_slider);
    m_spin->setRange(minimum, maximum);
    m_slider->setRange(toSlider(minimum), toSlider(maximum));
    m_slider->setPageStep(toSlider(5));
}

void SpinSlider::setDecimals(int decimals)
{
    const QSignalBlocker block(m_spin);
    m_spin->setDecimals(decimals);
}

void SpinSlider::setSingleStep(double step)
{
    m_spin->setSingleStep(step);
    m_slider->setSingleStep(std::max(1, toSlider(step)));
}

void SpinSlider::setSuffix(const QString& suffix)
{
    m_spin->setSuffix(suffix);
}

void SpinSlider::setNames(const QString& prefix, const QString& accessibleName)
{
    setObjectName(prefix);
    m_spin->setObjectName(prefix + QStringLiteral("Spin"));
    m_slider->setObjectName(prefix + QStringLiteral("Slider"));
    m_spin->setAccessibleName(accessibleName);
    m_slider->setAccessibleName(tr("%1 (slider)").arg(accessibleName));
}

double SpinSlider::value() const
{
    return m_spin->value();
}

void SpinSlider::setValue(double value)
{
    const QSignalBlocker spinBlock(m_spin);
    const QSignalBlocker sliderBlock(m_slider);
    m_spin->setValue(value);
    m_slider->setValue(toSlider(value));
}

} // namespace tulana
