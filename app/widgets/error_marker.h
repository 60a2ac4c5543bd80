#pragma once
// A red underline drawn over a line edit under the character where a formula is wrong.

#include <QWidget>

class QLineEdit;

namespace gradlab {

class ErrorMarker : public QWidget {
    Q_OBJECT
public:
    explicit ErrorMarker(QLineEdit* edit);
    /// Marks the 1-based character column; 0 hides the marker.
    void setColumn(int column);
    int column() const { return m_column; }

protected:
    void paintEvent(QPaintEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    QLineEdit* m_edit;
    int m_column = 0;
};

} // namespace gradlab
