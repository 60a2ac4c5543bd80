#pragma once
// A lesson's body: its figure with a column beside it (the schedule panel and the step inspector), or, when
// the window is too narrow for both side by side, the column under the figure. The lesson then scrolls down
// rather than sideways (controls past the right edge were out of sight at 1024 px in German). The figure
// takes the room the column leaves; the column is as wide as it asks to be.

#include <QLayout>

namespace gradlab {

class SideColumnLayout : public QLayout {
public:
    SideColumnLayout() = default;
    ~SideColumnLayout() override;

    /// The figure (first) and the column (second); each either a widget or a layout.
    void setParts(QLayoutItem* main, QLayoutItem* side);
    void setParts(QWidget* main, QLayout* side);
    void setParts(QWidget* main, QWidget* side);
    /// Beside the figure, the column is as narrow as it can be (a flow of buttons becomes a column), not as
    /// wide as it asks; under it, it still has the whole width.
    void setNarrowSide(bool narrow);
    /// Whether `width` puts the column beside the figure (else under it).
    bool sideBySide(int width) const;

    void addItem(QLayoutItem* item) override;
    int count() const override;
    QLayoutItem* itemAt(int index) const override;
    QLayoutItem* takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize minimumSize() const override;
    QSize sizeHint() const override;
    void setGeometry(const QRect& rect) override;

private:
    int gap() const;
    /// The column's height at `width`.
    int sideHeight(int width) const;
    /// The column's width beside a figure in `width`.
    int sideWidth(int width) const;

    QLayoutItem* m_main = nullptr;
    QLayoutItem* m_side = nullptr;
    bool m_narrowSide = false;
};

} // namespace gradlab
