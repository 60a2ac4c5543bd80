#include "plotting/off_view_marker.h"

#include "plotting/lesson_plot.h"

namespace gradlab {

namespace {
constexpr double kHeight = 0.1;     ///< the arrow's height, a fraction of the axis rectangle from its top
constexpr double kLength = 0.12;    ///< the arrow's length, a fraction of its width
constexpr double kEdgeInset = 0.01; ///< the arrowhead stops this short of the edge
} // namespace

OffViewMarker::OffViewMarker(LessonPlot* plot, const QColor& colour)
    : m_plot(plot) {
    m_arrow = new QCPItemLine(plot);
    m_arrow->setLayer(plot->overlayLayer());
    m_arrow->setPen(QPen(colour, 2.5));
    m_arrow->setHead(QCPLineEnding(QCPLineEnding::esSpikeArrow, 12, 14));
    m_label = new QCPItemText(plot);
    m_label->setLayer(plot->overlayLayer());
    m_label->setColor(colour);
    m_label->setPadding(QMargins(4, 2, 4, 2));
    for (QCPItemPosition* p : {m_arrow->start, m_arrow->end, m_label->position})
        p->setType(QCPItemPosition::ptAxisRectRatio);
    hide();
    // After each layout the axis rectangle may be narrower or wider: the words wrap again.
    m_laidOut = QObject::connect(plot, &QCustomPlot::afterLayout, m_label, [this] { wrap(); });
}

OffViewMarker::~OffViewMarker() {
    QObject::disconnect(m_laidOut);
}

void OffViewMarker::wrap() {
    if (!m_label->visible()) return;
    const QFontMetrics metrics(m_label->font());
    const QMargins padding = m_label->padding();
    const int room = static_cast<int>(m_plot->axisRect()->width() * (1 - 2 * kEdgeInset)) - padding.left() -
                     padding.right();
    QStringList lines;
    QString line;
    for (const QString& word : m_text.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const QString longer = line.isEmpty() ? word : line + QLatin1Char(' ') + word;
        if (!line.isEmpty() && metrics.horizontalAdvance(longer) > room) {
            lines << line;
            line = word;
        } else {
            line = longer;
        }
    }
    if (!line.isEmpty()) lines << line;
    const QString wrapped = lines.join(QLatin1Char('\n'));
    if (wrapped != m_label->text()) m_label->setText(wrapped);
}

void OffViewMarker::show(Edge edge, const QString& text) {
    m_edge = edge;
    const bool right = edge == Edge::Right;
    const double tip = right ? 1 - kEdgeInset : kEdgeInset;
    m_arrow->end->setCoords(tip, kHeight);
    m_arrow->start->setCoords(right ? tip - kLength : tip + kLength, kHeight);
    // The words sit under the arrow, against the same edge, on the plot's background so curves do not
    // run through them.
    m_label->position->setCoords(tip, kHeight + 0.03);
    m_label->setPositionAlignment((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignTop);
    m_label->setTextAlignment(right ? Qt::AlignRight : Qt::AlignLeft);
    QColor base = m_plot->palette().color(QPalette::Base);
    base.setAlpha(225);
    m_label->setBrush(base);
    m_text = text;
    m_arrow->setVisible(true);
    m_label->setVisible(true);
    wrap();
}

void OffViewMarker::hide() {
    m_arrow->setVisible(false);
    m_label->setVisible(false);
}

bool OffViewMarker::isVisible() const {
    return m_label->visible();
}

QString OffViewMarker::text() const {
    return m_text;
}

} // namespace gradlab
