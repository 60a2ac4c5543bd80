#pragma once
// A label for text that changes on every move of a drag (a readout, a note under a plot) without relaying out
// the window each time. QLabel::setText asks the layout above it to recompute, which measures every wrapped
// label of the window again; this widget holds its label outside any layout (so the label's requests stop
// here) and asks for a new layout only when the new text needs another height at the current width (a wrapped
// line more or less) or is wider than the room it has. A wrapped label grows at once but shrinks only once
// its text has needed fewer lines for RestTimer::kRestMs with no mouse button held: a drag whose readout goes
// 3, 2, 3 lines tall moves nothing below it (each change of height relays out and repaints the whole window
// around it).

#include <QWidget>

class QLabel;

namespace gradlab {

class RestTimer;

class SteadyLabel : public QWidget {
    Q_OBJECT
public:
    explicit SteadyLabel(QWidget* parent = nullptr);
    /// The label shown (its font, palette, tool tip, accessible name and format are set on it as usual);
    /// change its text through setText, not on it.
    QLabel* label() const { return m_label; }
    void setText(const QString& text);
    QString text() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    /// The height the text needs at this widget's width (with wrapping), or its one-line size.
    QSize needed() const;

    QLabel* m_label;
    QSize m_needed; ///< needed() for the text shown, at the width it was measured at
    int m_held = 0; ///< the height a wrapped label keeps at its width (≥ m_needed's while a shrink waits)
    RestTimer* m_shrink; ///< gives back a height the text no longer needs
};

} // namespace gradlab
