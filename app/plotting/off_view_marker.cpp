#include "plotting/off_view_marker.h"

#include "plotting/clear_spot.h"
#include "plotting/lesson_plot.h"

#include <iterator>

namespace gradlab {

namespace {
constexpr double kLength = 0.12;    ///< the arrow's length, a fraction of its width
constexpr double kEdgeInset = 0.01; ///< the arrowhead stops this short of the edge
constexpr double kGap = 0.03;       ///< between the arrow and its words, a fraction of the height
/// Where arrow and words may go, in order of preference: the arrow's height (a fraction of the axis
/// rectangle from its top; the words under it, or over it near the bottom) and the words' widest line (a
/// fraction of the rectangle's width).
struct Spot {
    double height;
    double width;
};
constexpr Spot kSpots[] = {{0.1, 1.0},  {0.92, 1.0},  {0.1, 0.6},  {0.92, 0.6}, {0.1, 0.4},
                           {0.92, 0.4}, {0.5, 0.6},   {0.5, 0.4},  {0.92, 0.3}, {0.1, 0.3},
                           {0.5, 0.3},  {0.92, 0.25}, {0.1, 0.25}, {0.5, 0.25}};
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
    m_spot = std::make_unique<ClearSpot>(plot, QList<QCPAbstractItem*>{m_arrow, m_label},
                                         static_cast<int>(std::size(kSpots)), [this](int i) { placeAt(i); });
    hide();
    // After each layout the axis rectangle may be narrower or wider: the words wrap and find room again.
    m_laidOut = QObject::connect(plot, &QCustomPlot::afterLayout, m_label, [this] { place(); });
}

OffViewMarker::~OffViewMarker() {
    QObject::disconnect(m_laidOut);
}

void OffViewMarker::wrap(double width) {
    const QFontMetrics metrics(m_label->font());
    const QMargins padding = m_label->padding();
    const int room = static_cast<int>(m_plot->axisRect()->width() * (width - 2 * kEdgeInset)) -
                     padding.left() - padding.right();
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

void OffViewMarker::placeAt(int i) {
    const Spot spot = kSpots[i];
    const bool right = m_edge == Edge::Right;
    const double tip = right ? 1 - kEdgeInset : kEdgeInset;
    m_arrow->end->setCoords(tip, spot.height);
    m_arrow->start->setCoords(right ? tip - kLength : tip + kLength, spot.height);
    // The words against the same edge as the arrow: under it, or over it when it is near the bottom.
    const bool under = spot.height < 0.75;
    m_label->position->setCoords(tip, spot.height + (under ? kGap : -kGap));
    m_label->setPositionAlignment((right ? Qt::AlignRight : Qt::AlignLeft) |
                                  (under ? Qt::AlignTop : Qt::AlignBottom));
    m_label->setTextAlignment(right ? Qt::AlignRight : Qt::AlignLeft);
    wrap(spot.width);
}

void OffViewMarker::place() {
    if (m_label->visible()) m_spot->place();
}

void OffViewMarker::show(Edge edge, const QString& text) {
    m_edge = edge;
    m_text = text;
    // On the plot's background, so that what the spot could not avoid does not run through the words.
    QColor base = m_plot->palette().color(QPalette::Base);
    base.setAlpha(225);
    m_label->setBrush(base);
    m_arrow->setVisible(true);
    m_label->setVisible(true);
    place();
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
