#pragma once
// A lesson as the main window sees it: a title, the live figure, a fresh figure of the same state for
// export, and a view to reset. MainWindow knows nothing else about lessons.

#include <QImage>
#include <QJsonObject>
#include <QStringList>
#include <QVector>
#include <QWidget>
#include <functional>
#include <memory>

class QCPPainter;

namespace gradlab {

class FormulaField;
class FunctionLesson;
class PointFields;
class SurfaceLesson;
class ValueField;

/// What `gradlab render` can say about a lesson's state; each view applies the parts it understands.
struct RenderOptions {
    QString formula;
    QVector<double> at;     ///< --at: the point
    double h = 0.0;         ///< --h: Δx (0: keep the lesson's)
    QString scheme;         ///< --scheme: forward|backward|central ("" keeps the lesson's)
    QVector<double> start;  ///< --start
    QVector<double> rates;  ///< --lr, one or one per optimizer
    QStringList optimizers; ///< --optimizer
    int steps = 0;          ///< --steps (0: keep)
};

/// A lesson's animation for export: a figure showing a copy of the lesson, and a way to put it at frame
/// `frame` of `count` (frames are asked for in order, but seeking back works too).
struct LessonAnimation {
    std::unique_ptr<QWidget> figure; ///< null: the lesson has no animation
    std::function<void(int frame, int count)> seek;
    int frames = 60; ///< the number of frames that shows it best
    double fps = 15; ///< frames per second
};

class LessonView : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;

    /// Stable id, as used by `gradlab render` and in settings ("slope", "secant", …).
    virtual QString id() const = 0;
    /// Title for the navigation list.
    virtual QString title() const = 0;
    /// A new figure showing a copy of the current state, owned by the caller (for export).
    virtual std::unique_ptr<QWidget> createExportFigure() const = 0;
    /// The figure as an image of logicalSize × scale pixels (by default: createExportFigure() rendered).
    virtual QImage renderImage(QSize logicalSize, double scale, bool transparent = false) const;
    /// The figure drawn on a vector painter (PDF, SVG) at logicalSize (by default: createExportFigure()
    /// painted with vectors). False if it cannot be drawn.
    virtual bool paintFigure(QCPPainter* painter, QSize logicalSize, bool transparent) const;
    /// The lesson's table as CSV with a header row (the limit table, the steps, the sweep), or empty if
    /// the lesson shows no table.
    virtual QByteArray tableCsv() const { return {}; }
    /// What the table is, for menus and file names ("limit-table", "steps"); empty without a table.
    virtual QString tableName() const { return {}; }
    /// The lesson's animation (the secant closing on the tangent, a descent run), or one with no figure.
    virtual LessonAnimation createAnimation() const { return {}; }
    /// True if createAnimation() gives one (cheap: for enabling menu entries).
    virtual bool hasAnimation() const { return false; }
    /// Returns the plots to their home ranges.
    virtual void resetView() = 0;
    /// Space: play or pause what this lesson animates (nothing by default).
    virtual void togglePlay() {}
    /// Applies render options; false with a message (the parser's, with its column) if they do not fit.
    virtual bool applyOptions(const RenderOptions& options, QString* error) = 0;

    /// Every setting of the lesson a user can change, as a .gradlab file holds it (not a run's progress
    /// or the zoom). restoreState(saveState()) changes nothing.
    virtual QJsonObject saveState() const = 0;
    /// Why `state` (with saveState()'s keys and types) cannot be applied, or "" if it can.
    virtual QString checkState(const QJsonObject& state) const = 0;
    /// Applies a state that checkState() accepted.
    virtual void restoreState(const QJsonObject& state) = 0;
    /// True while an animation changes the state by itself (undo records the change when it stops).
    virtual bool isPlaying() const { return false; }

signals:
    /// A setting may have changed (by the user, an animation or a restore), or playing started or stopped.
    void stateChanged();

protected:
    /// Feeds a formula field's valid functions into a lesson: a preset brings its range and start point,
    /// a typed formula keeps the current range.
    static void connectFormula(FormulaField* field, FunctionLesson* lesson);
    /// The same for two-variable lessons: a preset brings its rectangle and start point.
    static void connectFormula(FormulaField* field, SurfaceLesson* lesson);
    /// Typed coordinates move a two-variable lesson's point (widening its rectangle to show it), and the
    /// fields show the point and the variables' names.
    static void connectPointFields(PointFields* fields, SurfaceLesson* lesson);
    /// The options every two-variable lesson understands: the formula and --at A,B.
    static bool applySurfaceOptions(const RenderOptions& options, FormulaField* field, SurfaceLesson* lesson,
                                    QString* error);
    /// A field for the point of a one-variable lesson: any number or constant expression (pi/2) at full
    /// precision; a point outside the range moves the view to show it, nothing is clamped.
    static ValueField* createPointField(FunctionLesson* lesson, QWidget* parent);
    /// The options every one-variable lesson understands: the formula and --at.
    static bool applyFunctionOptions(const RenderOptions& options, FormulaField* field,
                                     FunctionLesson* lesson, QString* error);
};

} // namespace gradlab
