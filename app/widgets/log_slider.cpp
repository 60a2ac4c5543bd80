#include "widgets/log_slider.h"

#include "lessons/number_format.h"
#include "plotting/palette.h"

#include <QPainter>
#include <QStyle>
#include <QStyleOptionSlider>
#include <cmath>

namespace gradlab {

LogSlider::LogSlider(double minimum, double maximum, QWidget* parent)
    : QSlider(Qt::Horizontal, parent)
    , m_min(minimum)
    , m_max(maximum) {
    setRange(0, kSteps);
    setPageStep(kSteps / 20);
    setMinimumHeight(48);
    connect(this, &QSlider::valueChanged, this, [this](int p) { emit logValueChanged(valueAt(p)); });
}

QSize LogSlider::sizeHint() const {
    return {QSlider::sizeHint().width(), 52};
}

int LogSlider::positionOf(double v) const {
    const double t = (std::log10(v) - std::log10(m_min)) / (std::log10(m_max) - std::log10(m_min));
    return static_cast<int>(std::lround(std::clamp(t, 0.0, 1.0) * kSteps));
}

double LogSlider::valueAt(int position) const {
    return std::pow(10.0, std::log10(m_min) + (std::log10(m_max) - std::log10(m_min)) * position / kSteps);
}

void LogSlider::setLogValue(double v) {
    if (positionOf(v) == value()) return;
    const QSignalBlocker block(this);
    setValue(positionOf(v));
}

void LogSlider::setMark(double v, const QString& label) {
    m_mark = v;
    m_markLabel = label;
    update();
}

QFont LogSlider::scaleFont() const {
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    return small;
}

// Right of the mark's triangle where the label fits there, else left of it, and never past either edge (a
// mark near the top of the range kept its label beside it, cut by the widget's edge: "= 1" for 1.9).
QRect LogSlider::markLabelRect() const {
    if (!std::isfinite(m_mark) || m_mark < m_min || m_mark > m_max || m_markLabel.isEmpty()) return {};
    QStyleOptionSlider option;
    initStyleOption(&option);
    const QRect groove = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
    const QRect handle = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
    const int left = groove.left() + handle.width() / 2, right = groove.right() - handle.width() / 2;
    const int x = static_cast<int>(left + (right - left) * positionOf(m_mark) / double(kSteps));
    const int w = QFontMetrics(scaleFont()).horizontalAdvance(m_markLabel) + 2;
    int start = x + 8;
    if (start + w > width()) start = x - 8 - w;
    start = std::clamp(start, 0, std::max(0, width() - w));
    return QRect(start, 0, std::min(w, width()), groove.top());
}

void LogSlider::paintEvent(QPaintEvent* event) {
    QStyleOptionSlider option;
    initStyleOption(&option);
    const QRect groove = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderGroove, this);
    const QRect handle = style()->subControlRect(QStyle::CC_Slider, &option, QStyle::SC_SliderHandle, this);
    const int left = groove.left() + handle.width() / 2, right = groove.right() - handle.width() / 2;
    auto xOf = [&](double v) { return left + (right - left) * positionOf(v) / double(kSteps); };
    QPainter p(this);
    p.setFont(scaleFont());
    p.setPen(palette().color(QPalette::Text));
    const int textY = height() - 2;
    // Decades along the scale.
    for (int e = static_cast<int>(std::ceil(std::log10(m_min)));
         e <= static_cast<int>(std::floor(std::log10(m_max))); ++e) {
        const double v = std::pow(10.0, e);
        const int x = static_cast<int>(xOf(v));
        p.drawLine(x, groove.bottom() + 2, x, groove.bottom() + 6);
        // "0,01" would crowd the scale: below 1 a decade reads "10⁻²", as every power of ten the GUI shows.
        const QString text =
            withDisplayDecimal(e >= 0 ? QString::number(v, 'g', 3) : QStringLiteral("1e%1").arg(e));
        // Kept inside the widget at both ends.
        const int w = p.fontMetrics().horizontalAdvance(text) + 4;
        const int left = std::clamp(x - w / 2, 0, width() - w);
        p.drawText(QRect(left, textY - p.fontMetrics().height(), w, p.fontMetrics().height()),
                   Qt::AlignCenter, text);
    }
    if (std::isfinite(m_mark) && m_mark >= m_min && m_mark <= m_max) {
        const int x = static_cast<int>(xOf(m_mark));
        p.setPen(QPen(palette::gradient, 2));
        p.setBrush(palette::gradient);
        const int y = groove.top() - 2;
        p.drawPolygon(QPolygon({QPoint(x, y), QPoint(x - 6, y - 9), QPoint(x + 6, y - 9)}));
        p.drawText(markLabelRect(), Qt::AlignLeft | Qt::AlignVCenter, m_markLabel);
    }
    p.end();
    QSlider::paintEvent(event);
}

} // namespace gradlab
