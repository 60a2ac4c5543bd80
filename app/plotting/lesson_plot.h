#pragma once
// The plot every lesson uses: QCustomPlot with GradLab's look, pan and zoom with the mouse, a home view
// to reset to, draggable handles, and a buffered overlay layer so that dragging a point repaints only
// the moving items, not the curves under them.

#include <QList>
#include <qcustomplot.h>

namespace gradlab {

class DraggableHandle;

class LessonPlot : public QCustomPlot {
    Q_OBJECT
public:
    explicit LessonPlot(QWidget* parent = nullptr);
    /// Lays the plot out again for the ranges it has now (ticks, their labels, margins): for a range set in
    /// afterLayout, when the ticks of this frame were already made for the ranges before it.
    void layOutAgain();
    /// Whether the plot was made under OffScreenPlots: it is laid out at each resize but never drawn into
    /// its buffers, and an export draws it with toPainter.
    bool drawsOffScreen() const { return m_offScreen; }

    /// The layer for moving items (points, tangent, secant). Replot it alone with replotOverlay().
    QCPLayer* overlayLayer() const { return m_overlay; }
    /// Repaints only the overlay when the axes have not moved since the last full replot.
    void replotOverlay();
    /// Sets the ranges that View → Reset view returns to, and shows them.
    void setHomeRanges(const QCPRange& x, const QCPRange& y);
    void resetView();
    /// Widens the home ranges so that every finite point lies inside with `margin` (a fraction of each
    /// range) to spare, and shows them (after a change of function: the points stay in view).
    void showInHome(const QVector<QPointF>& points, double margin = 0.08);
    /// Moves and widens the current view as little as needed so that every finite point lies inside with
    /// `margin` to spare (a point typed outside the view). Nothing changes if they already do.
    void reveal(const QVector<QPointF>& points, double margin = 0.08);
    /// Shows what `other` shows (the same plot in a window that replaces its own): its home, its ranges and
    /// whether the learner moved them (a plot left at home goes on fitting its home to its own size).
    void continueFrom(const LessonPlot& other);
    /// Keeps the x-ranges of two plots equal: panning or zooming either moves the other.
    static void linkXAxes(LessonPlot* a, LessonPlot* b);

    void registerHandle(DraggableHandle* handle);
    /// The handle under the pixel (within the grab radius), or null.
    DraggableHandle* handleAt(const QPointF& pixel) const;
    DraggableHandle* activeHandle() const { return m_active; }
    /// The handle the arrow keys move: the one last clicked or chosen with Tab, else this one, else the
    /// visible one of highest priority. While the plot has focus it is drawn with a ring.
    void setKeyboardHandle(DraggableHandle* handle);
    DraggableHandle* keyboardHandle() const;
    /// Whether the arrow keys move the keyboard handle (the default); false while something else takes them
    /// (a chosen step walked with ←/→): no handle then shows the focus ring.
    void setHandlesTakeKeys(bool on);

    /// Keeps one unit of x as long as one unit of y on screen (maps where angles matter), through
    /// resizes, zooms and resets: the y-range is kept, the x-range widened or narrowed about its centre.
    void setEqualAspect(bool on);

    /// Puts `axis` on a base-10 logarithmic scale with round labels that never repeat (10⁻³, 10⁰, …, or
    /// 3·10¹, 10², 3·10² on a narrow range): see LogTicker.
    static void setLogScale(QCPAxis* axis);
    /// Makes `axis` an axis of counts (steps, updates): ticks on whole numbers only (NumberTicker).
    static void setCountScale(QCPAxis* axis);
    /// Shows [lo, hi] on a log axis with a third of a decade's margin, and at least a factor of 20 in all
    /// (a nearly constant series is not blown up into noise). `floor` bounds the lower end.
    static void setLogRange(QCPAxis* axis, double lo, double hi, double floor = 1e-300);

    /// What the plot shows now, in words, for screen readers ("slope at x = 1.20 is 2.40, rising"): set as
    /// the accessible description and announced as changed.
    void setLiveDescription(const QString& text);

    /// Takes background, axes, grid and text colours from the widget's palette (light or dark).
    void applyPalette();

    /// Draws every line of the plot (graphs, curves, line items) highContrastPlots() times thicker, or at
    /// the width it was set to: called before each replot, so pens set since are widened too.
    void applyLineScale();

    /// Axis label helpers with the plot's font.
    void setAxisLabels(const QString& x, const QString& y);
    /// The y axis's label as it was set, before fitAxisLabels() broke it into lines.
    QString yLabel() const;

    /// Never smaller than can show its data and axes legibly: the rectangle inside the axes at least as
    /// large as setLeastDataArea() says, besides what the layout puts around it (tick labels, titles, a
    /// legend). A window smaller than its lesson scrolls instead.
    QSize minimumSizeHint() const override;
    /// The least room inside the axes, in lines of the plot's text (so that it follows the text size):
    /// 8 wide and 4 high unless set.
    void setLeastDataArea(int widthInLines, int heightInLines);

    static constexpr double kGrabRadius = 14.0;
    /// Arrow keys move the plot's first handle by this fraction of the visible range (Shift: a tenth of
    /// it, Ctrl: ten times it).
    static constexpr double kKeyStep = 0.01;

signals:
    /// The mouse is over plot coordinates `p` (for the status bar).
    void cursorMoved(QPointF p);
    /// The mouse left the plot.
    void cursorLeft();
    /// A click (press and release in place) on the background, not on a handle.
    void backgroundClicked(QPointF p);
    /// A handle was pressed with the mouse, and let go: what happens between is one gesture (one undo
    /// step of the lesson).
    void dragStarted();
    void dragFinished();

protected:
    void changeEvent(QEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void leaveEvent(QEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusInEvent(QFocusEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;
    bool focusNextPrevChild(bool next) override;
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    /// Lays the plot out as a replot does first, its beforeReplot and afterLayout hooks included, without
    /// drawing anything: an off-screen plot's replot, at each resize (what the figure's texts say of the
    /// plot, set by those hooks, is settled before the texts are drawn).
    void layOut();
    /// A y axis label longer than the axis goes onto two lines, broken at the space nearest its middle (and
    /// back onto one when the axis grows): "L (toutes données)" on a short plot. True when a label changed.
    /// Fits the number of ticks to the axis rectangle's size; true if that changed them.
    bool fitTickCounts();
    bool fitAxisLabels();
    /// x and y widened to take in `points` with `margin` (a fraction of each range) to spare.
    static void widen(QCPRange& x, QCPRange& y, const QVector<QPointF>& points, double margin);
    /// The visible handles in Tab order: highest priority first.
    QList<DraggableHandle*> tabOrder() const;
    /// Rings the keyboard handle while the plot has focus.
    void updateSelection();
    /// Scales every text of the plot (axes, legend, titles, text items) with the widget's font, after a
    /// change of text size.
    void scaleText();
    /// With an equal aspect: fits the home rectangle (until the learner moved the view) to the axis rectangle
    /// as laid out; true if that changed a range.
    bool fitEqualAspect();

    QCPLayer* m_overlay = nullptr;
    QList<DraggableHandle*> m_handles;
    DraggableHandle* m_active = nullptr;
    DraggableHandle* m_keyboard = nullptr;
    bool m_handlesTakeKeys = true;
    QPointF m_pressPixel{-1e9, -1e9};
    QCPRange m_homeX, m_homeY;
    QCPRange m_lastX, m_lastY; ///< axis ranges at the last full replot
    QSize m_lastSize;
    QString m_yLabelSet;          ///< the y label as set
    QString m_yLabelShown;        ///< the same broken into lines by fitAxisLabels() (equal when it fits)
    double m_textPointSize = 0;   ///< the widget font's size the plot's texts were made for
    QSize m_lastMinimumHint;      ///< minimumSizeHint() when the layout last heard of it
    QSize m_leastDataLines{8, 4}; ///< setLeastDataArea()
    bool m_fullReplotDone = false;
    bool m_offScreen = false; ///< made under OffScreenPlots
    bool m_equalAspect = false;
    bool m_userMoved = false; ///< panned or zoomed since the last reset
};

} // namespace gradlab
