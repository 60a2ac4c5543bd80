#include "widgets/log_value_control.h"

#include "widgets/value_field.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>
#include <algorithm>
#include <cmath>

namespace gradlab {

int LogValueControl::positionOf(double v, double left, double right, int steps) {
    const double l = std::log10(left), r = std::log10(right);
    return static_cast<int>(std::lround((std::log10(v) - l) / (r - l) * steps));
}

double LogValueControl::valueAt(int position, double left, double right, int steps) {
    const double l = std::log10(left), r = std::log10(right);
    return std::pow(10.0, l + (r - l) * position / steps);
}

LogValueControl::LogValueControl(double left, double right, int steps, const QString& fieldName,
                                 const QString& caption, QWidget* parent)
    : QWidget(parent)
    , m_left(left)
    , m_right(right)
    , m_steps(steps) {
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setRange(0, steps);
    m_field = new ValueField(fieldName, this);
    m_field->setRange(std::min(left, right), std::max(left, right));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_slider, 1);
    if (!caption.isEmpty()) layout->addWidget(new QLabel(caption, this));
    layout->addWidget(m_field);

    connect(m_slider, &QSlider::valueChanged, this, [this](int p) {
        // Only a move of the slider itself chooses a value (not setValue's), so a typed value is kept.
        if (positionOf(m_value, m_left, m_right, m_steps) != p)
            emit valueChosen(valueAt(p, m_left, m_right, m_steps));
    });
    connect(m_field, &ValueField::valueEntered, this, [this](double v) {
        emit valueChosen(v);
        // The model may have clamped or refused it: the field shows what it holds (set again by the view).
        setValue(m_value);
    });
}

void LogValueControl::setValue(double v) {
    m_value = v;
    const QSignalBlocker block(m_slider);
    m_slider->setValue(positionOf(v, m_left, m_right, m_steps));
    m_field->setValue(v);
}

} // namespace gradlab
