#pragma once
// The line above every figure that names the function (and its derivative), so an exported image says
// what it shows. A steady label: a title that changes with every move of a slider (the learning rate in it)
// relays out the window only when it needs another height.

#include "widgets/steady_label.h"

namespace gradlab {

class CompiledFunction;

class FigureTitle : public SteadyLabel {
    Q_OBJECT
public:
    explicit FigureTitle(QWidget* parent = nullptr);
    /// "f(x) = x²     f′(x) = 2x" (with the partials for two variables); `extra` is appended.
    void setFunction(const CompiledFunction& f, bool withDerivative = true, const QString& extra = QString());

protected:
    void changeEvent(QEvent* event) override;

private:
    void showText();

    QString m_template; ///< the text with a placeholder for the curve's colour
};

} // namespace gradlab
