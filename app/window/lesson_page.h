#pragma once
// The scroll area a lesson sits in: a window smaller than the lesson scrolls it. While the wheel scrolls
// the page, the plots that slide under the pointer let the wheel go on scrolling instead of zooming (the
// sweep plot was zoomed from 10⁻⁴…10 to 10⁻⁸…10³ by a reader scrolling down).

#include <QScrollArea>

namespace gradlab {

class LessonPage : public QScrollArea {
    Q_OBJECT
public:
    explicit LessonPage(QWidget* parent = nullptr);

protected:
    bool viewportEvent(QEvent* event) override;
};

} // namespace gradlab
