#pragma once
// Helpers for GUI tests: pressing, dragging and releasing on real plots, and reading lines back.

#include "lessons/contour_lesson.h"
#include "lessons/lesson_set.h"
#include "lessons/numeric_lesson.h"
#include "lessons/slope_lesson.h"
#include "plotting/draggable_handle.h"
#include "plotting/lesson_plot.h"
#include "views/lesson_registry.h"
#include "views/lesson_view.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <memory>
#include <type_traits>

namespace gradlab::test {

/// A lesson's view `V` over a fresh set of models, as the main window builds it (the models live as long
/// as the view): `TestView<SlopeView> view("slope");` then use it as a SlopeView.
template <class V> class TestView : private std::unique_ptr<LessonSet>, public V {
    using Model = std::remove_pointer_t<decltype(std::declval<V&>().lesson())>;

public:
    explicit TestView(const QString& id, QWidget* parent = nullptr)
        : std::unique_ptr<LessonSet>(createLessons())
        , V(static_cast<Model*>(std::unique_ptr<LessonSet>::get()->lesson(id)), parent) {
        this->connectGestures();
    }
    LessonSet* models() const { return std::unique_ptr<LessonSet>::get(); }
};

/// Presses on the handle's pixel, moves in `steps` steps to `target` (widget pixels), releases.
inline void dragHandle(LessonPlot* plot, DraggableHandle* handle, QPoint target, int steps = 8) {
    const QPoint start = handle->pixelPosition().toPoint();
    QTest::mousePress(plot, Qt::LeftButton, {}, start);
    for (int i = 1; i <= steps; ++i)
        QTest::mouseMove(plot, start + (target - start) * i / steps);
    QTest::mouseRelease(plot, Qt::LeftButton, {}, target);
}

/// The slope of a straight line item.
inline double slopeOf(const QCPItemStraightLine* line) {
    const QPointF a = line->point1->coords(), b = line->point2->coords();
    return (b.y() - a.y()) / (b.x() - a.x());
}

/// The plot's x coordinate of pixel column px, and how much one pixel is worth there.
inline double xAt(LessonPlot* plot, int px) {
    return plot->xAxis->pixelToCoord(px);
}
inline double onePixel(LessonPlot* plot) {
    return std::fabs(plot->xAxis->pixelToCoord(1) - plot->xAxis->pixelToCoord(0));
}

/// Turns the mouse wheel over `at` (widget pixels) by `delta` eighths of a degree (120: one notch).
inline void wheel(QWidget* w, QPoint at, int delta) {
    QWheelEvent event(at, w->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(w, &event);
}

/// The widget pixel of plot coordinates p.
inline QPointF pixelOf(LessonPlot* plot, QPointF p) {
    return QPointF(plot->xAxis->coordToPixel(p.x()), plot->yAxis->coordToPixel(p.y()));
}

/// True if plot coordinates p are drawn inside the axis rectangle, at least `margin` pixels from its edges.
inline bool insideView(LessonPlot* plot, QPointF p, double margin) {
    const QPointF px = pixelOf(plot, p);
    return QRectF(plot->axisRect()->rect()).adjusted(margin, margin, -margin, -margin).contains(px);
}

/// The largest on-screen distance between consecutive points of a graph where both are defined and at
/// least one lies in the axis rectangle (how coarse the drawn curve is).
inline double largestScreenGap(LessonPlot* plot, const QCPGraph* graph) {
    const QRectF view = plot->axisRect()->rect();
    double largest = 0;
    auto it = graph->data()->constBegin();
    if (it == graph->data()->constEnd()) return 0;
    QPointF previous = pixelOf(plot, QPointF(it->key, it->value));
    bool previousOk = std::isfinite(it->value);
    for (++it; it != graph->data()->constEnd(); ++it) {
        const bool ok = std::isfinite(it->value);
        const QPointF p = ok ? pixelOf(plot, QPointF(it->key, it->value)) : QPointF();
        if (ok && previousOk && (view.contains(p) || view.contains(previous)))
            largest = std::max(largest, QLineF(previous, p).length());
        previous = p;
        previousOk = ok;
    }
    return largest;
}

/// Why a visible label, button, tab or combo box under `root` does not show its whole text ("" when it does):
/// a label narrower or lower than its text needs (for a word-wrapped one, lower than its text at its width),
/// a button narrower than its text and icon, a tab whose text is elided, a combo box narrower than its
/// longest item. `where` names the view in the messages.
inline QStringList cutTexts(QWidget* root, const QString& where) {
    QStringList problems;
    const auto report = [&](const QString& text, const QString& why) {
        problems << QStringLiteral("%1: '%2' %3").arg(where, text.left(60), why);
    };
    const auto needs = [](QSize hint, QSize has) {
        return QStringLiteral("needs %1×%2, has %3×%4")
            .arg(hint.width())
            .arg(hint.height())
            .arg(has.width())
            .arg(has.height());
    };
    for (QLabel* label : root->findChildren<QLabel*>()) {
        if (!label->isVisible() || label->text().trimmed().isEmpty() || !label->pixmap().isNull()) continue;
        if (label->wordWrap()) {
            const int needed = label->heightForWidth(label->width());
            if (needed > label->height() + 1)
                report(label->text(),
                       QStringLiteral("needs %1 px of height, has %2").arg(needed).arg(label->height()));
        } else if (label->sizeHint().width() > label->width() + 1 ||
                   label->sizeHint().height() > label->height() + 1) {
            report(label->text(), needs(label->sizeHint(), label->size()));
        }
    }
    for (QAbstractButton* button : root->findChildren<QAbstractButton*>()) {
        if (!button->isVisible() || button->text().trimmed().isEmpty() || qobject_cast<QToolButton*>(button))
            continue;
        if (button->sizeHint().width() > button->width() + 1)
            report(button->text(), needs(button->sizeHint(), button->size()));
    }
    for (QTabBar* bar : root->findChildren<QTabBar*>()) {
        // Tabs that do not all fit are elided or scrolled out of sight.
        if (bar->isVisible() && bar->sizeHint().width() > bar->width() + 1)
            report(bar->tabText(0),
                   QStringLiteral("tabs need %1 px, have %2").arg(bar->sizeHint().width()).arg(bar->width()));
    }
    for (QComboBox* combo : root->findChildren<QComboBox*>()) {
        if (!combo->isVisible() || combo->isEditable()) continue;
        int widest = 0;
        for (int i = 0; i < combo->count(); ++i)
            widest = std::max(widest, combo->fontMetrics().horizontalAdvance(combo->itemText(i)));
        // The text area is the box less its arrow and frame: what the style gives the current item's text.
        QStyleOptionComboBox option;
        option.initFrom(combo);
        const QRect text =
            combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
        if (widest > text.width() + 1)
            report(combo->currentText(),
                   QStringLiteral("combo box item needs %1 px, has %2").arg(widest).arg(text.width()));
    }
    return problems;
}

/// Shows `w` (if hidden) and makes it the active window. Without a window manager, and under load, X
/// can refuse a focus request whose timestamp is older than the last focus change (a window of the
/// previous test row closing), so the request is repeated a few times before giving up.
inline bool activate(QWidget* w) {
    if (!w->isVisible()) w->show();
    if (!QTest::qWaitForWindowExposed(w)) return false;
    for (int attempt = 0; attempt < 4; ++attempt) {
        w->raise();
        w->activateWindow();
        if (QTest::qWaitForWindowActive(w, 2500)) return true;
    }
    return false;
}

/// Types `text` into a field (replacing what it shows) and presses Enter.
inline void typeInto(QLineEdit* field, const QString& text) {
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

} // namespace gradlab::test
