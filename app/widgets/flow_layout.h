#pragma once
// A row of controls that wraps onto further lines when the window is too narrow for it, as words wrap in a
// paragraph, instead of squeezing its fields over their labels. Widgets added together with addGroup() stay
// on one line (a label and its field are never split); a group added as filling takes the room its line has
// left (a slider); items added after addStretch() are pushed to the right end of whichever line they end up
// on (Play, Step and Reset). Lines are as high as their tallest item, and each item is centred in its line.

#include <QLayout>
#include <QList>

namespace gradlab {

class FlowLayout : public QLayout {
public:
    explicit FlowLayout(QWidget* parent = nullptr);
    ~FlowLayout() override;

    enum class Width { Natural, FillsLine };
    /// `widgets` side by side as one item that never wraps inside (a label and its field). A group that
    /// fills its line gets the room the line's other items leave.
    void addGroup(std::initializer_list<QWidget*> widgets, Width width = Width::Natural);
    /// From here on, items go to the right end of their line.
    void addStretch();

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
    /// Places the items in `rect` (only measures when `apply` is false); returns the height used.
    int arrange(const QRect& rect, bool apply) const;
    int gap() const;

    QList<QLayoutItem*> m_items;
    int m_stretchAt = -1;          ///< index of the first right-aligned item, -1 for none
    QList<QLayoutItem*> m_filling; ///< the groups that fill their line
};

} // namespace gradlab
