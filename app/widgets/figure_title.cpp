#include "widgets/figure_title.h"

#include "expression/printer.h"
#include "function/compiled_function.h"
#include "plotting/palette.h"
#include "widgets/appearance.h"

#include <QEvent>
#include <QLabel>

namespace gradlab {

namespace {
const QString kCurveColour = QStringLiteral("@curve-colour@");
} // namespace

FigureTitle::FigureTitle(QWidget* parent)
    : SteadyLabel(parent) {
    label()->setTextFormat(Qt::RichText);
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    setFont(f);
    label()->setAccessibleName(tr("Function"));
    label()->setWordWrap(true); // a long formula wraps: it never widens the window
}

void FigureTitle::setFunction(const CompiledFunction& f, bool withDerivative, const QString& extra) {
    auto html = [](const Expr& e) { return QString::fromStdString(toUnicode(e)).toHtmlEscaped(); };
    QStringList vars;
    for (const auto& v : f.variables())
        vars << QString::fromStdString(v);
    if (vars.isEmpty()) vars << QStringLiteral("x");
    // The curve's colour is filled in when shown (showText()), readable in the appearance in use.
    QString text = QStringLiteral("<span style='color:%1'><b>f(%2) = %3</b></span>")
                       .arg(kCurveColour, vars.join(QStringLiteral(", ")), html(f.expression()));
    if (withDerivative) {
        if (f.dimension() <= 1)
            text += QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;f′(%1) = %2").arg(vars[0], html(f.partial(0)));
        else
            for (int i = 0; i < f.dimension(); ++i)
                text +=
                    QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;∂f/∂%1 = %2").arg(vars[i], html(f.partial(i)));
    }
    if (!extra.isEmpty()) text += QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;") + extra;
    m_template = text;
    showText();
}

void FigureTitle::showText() {
    QString text = m_template;
    setText(text.replace(kCurveColour, htmlColour(palette::curve, this)));
}

void FigureTitle::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange && !m_template.isEmpty()) showText();
    SteadyLabel::changeEvent(event);
}

} // namespace gradlab
