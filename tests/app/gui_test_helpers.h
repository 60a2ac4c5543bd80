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
#include <QAbstractItemModel>
#include <QAbstractSlider>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyleOptionComboBox>
#include <QStyleOptionFrame>
#include <QTabBar>
#include <QTest>
#include <QTextDocument>
#include <QToolButton>
#include <QWheelEvent>
#include <algorithm>
#include <cmath>
#include <functional>
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

/// The widgets a layout places, in it and in the layouts nested in it.
inline void laidOutWidgets(QLayout* layout, QList<QWidget*>& out) {
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem* item = layout->itemAt(i);
        if (QWidget* w = item->widget())
            out << w;
        else if (QLayout* inner = item->layout())
            laidOutWidgets(inner, out);
    }
}

/// Plain text of a label's text (rich text without its tags).
inline QString plainText(const QString& text) {
    if (!Qt::mightBeRichText(text)) return text;
    QTextDocument document;
    document.setHtml(text);
    return document.toPlainText();
}

/// "legend (x, y)–(x, y) reaches past (x, y)–(x, y)": a box drawn outside the area it must stay in.
inline QString reachesPast(const QString& what, const QRectF& box, const QRectF& area) {
    return QStringLiteral("%1 (%2, %3)–(%4, %5) reaches past (%6, %7)–(%8, %9)")
        .arg(what)
        .arg(box.left())
        .arg(box.top())
        .arg(box.right())
        .arg(box.bottom())
        .arg(area.left())
        .arg(area.top())
        .arg(area.right())
        .arg(area.bottom());
}

/// Why a visible text under `root` is not shown whole ("" when all are), once the layouts asked for by the
/// latest changes are done:
/// - a label narrower or lower than its text needs (for a word-wrapped one, lower than its text at its
/// width);
/// - a button narrower than its text and icon;
/// - a tab whose text is elided, a combo box narrower than its longest item;
/// - a line edit (a value field, a spin box's text) narrower than the text it shows;
/// - a table's header section narrower than its title;
/// - two widgets placed by the same layout that overlap (an over-full row lays a field over its label);
/// - a plot's text item, axis label or legend reaching past the area it is drawn in;
/// - a plot squeezed below its minimum size (its ticks and labels then pile up: a window too small for the
/// lesson scrolls it instead);
/// - a horizontal slider shorter than its minimum width, or than 120 px (lesson 3's zoom slider was left its
/// handle only at 1024 px).
/// `where` names the view in the messages.
inline QStringList cutTexts(QWidget* root, const QString& where) {
    // A text change asks for a layout later; judge the window as it will be shown.
    for (int pass = 0; pass < 3; ++pass)
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QStringList problems;
    const auto report = [&](const QString& text, const QString& why) {
        problems << QStringLiteral("%1: '%2' %3").arg(where, plainText(text).simplified().left(60), why);
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
    for (QLineEdit* field : root->findChildren<QLineEdit*>()) {
        if (!field->isVisible() || field->displayText().isEmpty()) continue;
        // The room QLineEdit gives its text: the style's contents rectangle, less the text margins and the
        // 2 px QLineEdit keeps on each side.
        QStyleOptionFrame option;
        option.initFrom(field);
        option.rect = field->rect();
        option.lineWidth =
            field->hasFrame() ? field->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, &option, field) : 0;
        const QRect contents = field->style()
                                   ->subElementRect(QStyle::SE_LineEditContents, &option, field)
                                   .marginsRemoved(field->textMargins());
        const int room = contents.width() - 2 * 2;
        const int text = field->fontMetrics().horizontalAdvance(field->displayText());
        if (text > room + 1)
            report(field->displayText(),
                   QStringLiteral("field text needs %1 px, has %2").arg(text).arg(room));
    }
    for (QHeaderView* header : root->findChildren<QHeaderView*>()) {
        if (!header->isVisible() || !header->model()) continue;
        const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (int i = 0; i < header->count(); ++i) {
            if (header->isSectionHidden(i)) continue;
            const QString title = header->model()->headerData(i, header->orientation()).toString();
            if (title.isEmpty()) continue;
            QFont font = header->font();
            const QVariant modelFont = header->model()->headerData(i, header->orientation(), Qt::FontRole);
            if (modelFont.isValid()) font = modelFont.value<QFont>();
            // A title of several lines is as wide as its longest line, and needs the header's height.
            const QSize text = QFontMetrics(font).size(0, title);
            const int has = header->sectionSize(i);
            const int need =
                header->orientation() == Qt::Horizontal ? text.width() + 2 * margin : text.height();
            if (header->orientation() == Qt::Horizontal && text.height() > header->height())
                report(title, QStringLiteral("header needs %1 px of height, has %2")
                                  .arg(text.height())
                                  .arg(header->height()));
            if (need > has + 1)
                report(title, QStringLiteral("header section needs %1 px, has %2").arg(need).arg(has));
        }
    }
    // Widgets one layout places side by side never overlap: when they do, the row is over-full and a field
    // covers the end of its label.
    QList<QWidget*> parents{root};
    parents += root->findChildren<QWidget*>();
    for (QWidget* parent : parents) {
        if (!parent->isVisible() || !parent->layout()) continue;
        QList<QWidget*> placed;
        laidOutWidgets(parent->layout(), placed);
        placed.erase(std::remove_if(placed.begin(), placed.end(), [](QWidget* w) { return !w->isVisible(); }),
                     placed.end());
        for (int i = 0; i < placed.size(); ++i)
            for (int j = i + 1; j < placed.size(); ++j) {
                const QRect both = placed[i]->geometry().intersected(placed[j]->geometry());
                if (both.width() > 1 && both.height() > 1) {
                    const auto name = [](QWidget* w) {
                        if (auto* l = qobject_cast<QLabel*>(w)) return l->text();
                        if (auto* b = qobject_cast<QAbstractButton*>(w)) return b->text();
                        if (!w->accessibleName().isEmpty()) return w->accessibleName();
                        return QString::fromLatin1(w->metaObject()->className());
                    };
                    report(name(placed[i]), QStringLiteral("is overlapped by '%1' (%2×%3 px)")
                                                .arg(plainText(name(placed[j])).simplified().left(40))
                                                .arg(both.width())
                                                .arg(both.height()));
                }
            }
    }
    // A plot's words stay inside what it draws: a text item inside the axis rectangle it is clipped to (or
    // the plot), a legend inside the plot.
    for (QAbstractSlider* slider : root->findChildren<QAbstractSlider*>()) {
        if (!slider->isVisible() || slider->orientation() != Qt::Horizontal) continue;
        if (qobject_cast<QScrollBar*>(slider)) continue;
        const int least = std::max(120, slider->minimumWidth());
        if (slider->width() + 1 < least)
            report(slider->accessibleName(),
                   QStringLiteral("slider squeezed to %1 px, needs %2").arg(slider->width()).arg(least));
    }
    for (QCustomPlot* plot : root->findChildren<QCustomPlot*>()) {
        if (!plot->isVisible()) continue;
        const QRectF whole = plot->viewport();
        // (QCustomPlot makes minimumSizeHint() protected; QWidget's is the same virtual function.)
        const QSize hint = static_cast<const QWidget*>(plot)->minimumSizeHint();
        QSize least = plot->minimumSize();
        if (least.width() <= 0) least.setWidth(hint.width());
        if (least.height() <= 0) least.setHeight(hint.height());
        if (plot->width() + 1 < least.width() || plot->height() + 1 < least.height())
            report(plot->accessibleName().isEmpty() ? plot->xAxis->label() : plot->accessibleName(),
                   QStringLiteral("plot squeezed to %1×%2, needs at least %3×%4")
                       .arg(plot->width())
                       .arg(plot->height())
                       .arg(least.width())
                       .arg(least.height()));
        for (int i = 0; i < plot->itemCount(); ++i) {
            auto* text = qobject_cast<QCPItemText*>(plot->item(i));
            if (!text || !text->visible() || text->text().trimmed().isEmpty()) continue;
            if (!text->realVisibility()) continue;
            const QRectF area =
                text->clipToAxisRect() && text->clipAxisRect() ? QRectF(text->clipAxisRect()->rect()) : whole;
            const QRectF box =
                QRectF(text->topLeft->pixelPosition(), text->bottomRight->pixelPosition()).normalized();
            // Only a text that is in view at all can be cut (one scrolled away with its point is not).
            if (box.intersects(area) && !area.adjusted(-1, -1, 1, 1).contains(box))
                report(text->text(), reachesPast(QStringLiteral("plot text"), box, area));
        }
        // An axis label is centred on its axis: it must fit along the plot (a long title on a short plot runs
        // past the plot's top and bottom).
        for (QCPAxisRect* axes : plot->axisRects())
            for (QCPAxis* axis : axes->axes()) {
                if (!axis->visible() || axis->label().trimmed().isEmpty()) continue;
                const int length = QFontMetrics(axis->labelFont()).size(0, axis->label()).width();
                const bool vertical = axis->orientation() == Qt::Vertical;
                const double centre = vertical ? axes->rect().center().y() : axes->rect().center().x();
                const double lo = vertical ? whole.top() : whole.left();
                const double hi = vertical ? whole.bottom() : whole.right();
                if (centre - length / 2.0 < lo - 1 || centre + length / 2.0 > hi + 1)
                    report(axis->label(),
                           QStringLiteral("axis label needs %1 px along the axis, the plot has %2")
                               .arg(length)
                               .arg(hi - lo));
            }
        for (QCPLayoutElement* element : plot->plotLayout()->elements(true)) {
            auto* legend = qobject_cast<QCPLegend*>(element);
            if (!legend || !legend->realVisibility() || legend->itemCount() == 0) continue;
            // A legend inside an axis rectangle stays inside it (else it runs over the ticks or is cut).
            QRectF area = whole;
            for (QCPAxisRect* axes : plot->axisRects())
                if (legend->layout() == axes->insetLayout()) area = axes->rect();
            const QRectF box = legend->outerRect();
            if (!area.adjusted(-1, -1, 1, 1).contains(box)) {
                auto* first = qobject_cast<QCPAbstractLegendItem*>(legend->elementAt(0));
                auto* named = qobject_cast<QCPPlottableLegendItem*>(first);
                report(named ? named->plottable()->name() : QStringLiteral("legend"),
                       reachesPast(QStringLiteral("legend"), box, area));
            }
        }
    }
    return problems;
}

/// The scroll area the window shows `view` in (null if there is none).
inline QScrollArea* pageOf(QWidget* view) {
    for (QWidget* p = view ? view->parentWidget() : nullptr; p; p = p->parentWidget())
        if (auto* area = qobject_cast<QScrollArea*>(p)) return area;
    return nullptr;
}

/// The deepest visible widgets under `root` that ask for more than `width` px (their class, text and
/// least width), to say what makes a lesson wider than its window.
inline QString widestChildren(QWidget* root, int width) {
    QStringList found;
    const std::function<void(QWidget*)> visit = [&](QWidget* w) {
        bool deeper = false;
        for (QWidget* c : w->findChildren<QWidget*>(Qt::FindDirectChildrenOnly)) {
            if (!c->isVisible() || c->isWindow()) continue;
            const int least = std::max(c->minimumSizeHint().width(), c->minimumWidth());
            if (least > width) {
                deeper = true;
                visit(c);
            }
        }
        if (deeper) return;
        // No child alone is too wide: list them, the sum (with the layout's spacing) is.
        const auto name = [](QWidget* c) {
            QString text;
            if (auto* l = qobject_cast<QLabel*>(c))
                text = l->text().left(30);
            else if (auto* b = qobject_cast<QAbstractButton*>(c))
                text = b->text();
            return QStringLiteral("%1 '%2' %3")
                .arg(QString::fromLatin1(c->metaObject()->className()), text)
                .arg(std::max(c->minimumSizeHint().width(), c->minimumWidth()));
        };
        QStringList children;
        for (QWidget* c : w->findChildren<QWidget*>(Qt::FindDirectChildrenOnly))
            if (c->isVisible() && !c->isWindow()) children << name(c);
        found << QStringLiteral("%1 [%2]").arg(name(w), children.join(QStringLiteral(", ")));
    };
    visit(root);
    return found.join(QStringLiteral("; "));
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
