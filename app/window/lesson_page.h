#pragma once
// The scroll area a lesson sits in: a window smaller than the lesson scrolls it. While the wheel scrolls
// the page, what slides under the pointer (a plot, a table, a spin box) lets the wheel go on scrolling the
// page instead of zooming, scrolling or changing itself: the sweep plot was zoomed from 10⁻⁴…10 to
// 10⁻⁸…10³ by a reader scrolling down, and the step table took over the wheel half-way.

#include <QElapsedTimer>
#include <QScrollArea>

namespace gradlab {

class LessonPage : public QScrollArea {
    Q_OBJECT
public:
    explicit LessonPage(QWidget* parent = nullptr);
    /// A wheel turn this soon (ms) after the last one that scrolled the page scrolls the page too.
    static constexpr int kWheelLatch = 500;

protected:
    bool viewportEvent(QEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QElapsedTimer m_scrolled; ///< since the wheel last scrolled the page; invalid before
};

} // namespace gradlab
