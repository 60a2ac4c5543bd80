#include "views/step_inspector.h"

#include "lessons/number_format.h"
#include "lessons/translated_text.h"

#include <QLabel>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTextDocument>
#include <QVBoxLayout>
#include <algorithm>

namespace gradlab {

QString inspectorNumber(double v) {
    return withDisplayDecimal(QString::fromStdString(explanationNumber(v)));
}

namespace {

QString html(const QString& s) {
    // A letter with a combining hat (m̂, v̂): sans-serif fonts (DejaVu Sans among them) place the hat beside
    // the letter or on the next glyph; serif fonts set it on top.
    static const QRegularExpression hatted(QStringLiteral("(\\w\u0302)"));
    return s.toHtmlEscaped().replace(hatted, QStringLiteral("<span style=\"font-family:serif\">\\1</span>"));
}

QString html(const std::string& s) {
    return html(QString::fromStdString(s));
}

/// A core sentence in the interface's language, as HTML.
QString html(const Text& t) {
    return html(translated(t));
}

// "2.32" in one variable, "(1.2, −3.4)" in two ("(1,2; −3,4)" where the decimal separator is a comma).
QString vector(const double* v, int dimension) {
    if (dimension == 1) return inspectorNumber(v[0]);
    return shownPoint(inspectorNumber(v[0]), inspectorNumber(v[1]));
}

// The 2×2 matrix h by rows: "[[a, b], [c, d]]" ("[[a; b]; [c; d]]" where the decimal separator is a comma).
QString matrix(const double* h) {
    const auto row = [h](int i) {
        return QLatin1Char('[') + shownList({inspectorNumber(h[2 * i]), inspectorNumber(h[2 * i + 1])}) +
               QLatin1Char(']');
    };
    return QLatin1Char('[') + shownList({row(0), row(1)}) + QLatin1Char(']');
}

// "θ" for the point in two variables, the variable's own name in one ("w").
QString pointName(const StepExplanation& e) {
    return e.dimension == 1 ? QString::fromStdString(e.variables[0]) : QStringLiteral("θ");
}

} // namespace

QVBoxLayout* besideInspector(QWidget* above, StepInspector* inspector) {
    auto* scroll = new QScrollArea(inspector->parentWidget());
    scroll->setWidget(inspector);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setMinimumWidth(330);
    // One width for the column (at most 400 px): under the figure in a narrow window, its height is measured
    // at the width its parts are given.
    scroll->setMaximumWidth(400);
    above->setMaximumWidth(400);
    auto* column = new QVBoxLayout;
    column->addWidget(above);
    column->addWidget(scroll, 1);
    return column;
}

StepInspector::StepInspector(QWidget* parent)
    : QFrame(parent) {
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Step inspector"));
    m_hint =
        new QLabel(tr("Click a step on the plot or a row of the step table to see inside it; ←/→ walk the "
                      "steps, Esc closes."),
                   this);
    m_hint->setWordWrap(true);
    m_body = new QLabel(this);
    m_body->setTextFormat(Qt::RichText);
    m_body->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_body->setWordWrap(true);
    m_body->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    layout->addWidget(m_hint);
    layout->addWidget(m_body, 1);
    clear();
}

void StepInspector::clear() {
    m_hasStep = false;
    m_explanation = StepExplanation();
    m_body->clear();
    m_body->hide();
    m_hint->show();
}

void StepInspector::showStep(const StepExplanation& e, const QString& runName) {
    if (!e.valid) return clear();
    m_explanation = e;
    m_hasStep = true;
    const int n = e.dimension;
    const QString x = pointName(e);
    const QString k = QString::number(e.step), k1 = QString::number(e.step + 1);
    QString s;
    s += QStringLiteral("<b>%1</b><br>")
             .arg(tr("Step %1 → %2: %3%4, η = %5")
                      .arg(k, k1, translated(optimizerTitle(e.optimizer)),
                           runName.isEmpty() || runName == translated(optimizerTitle(e.optimizer))
                               ? QString()
                               : QStringLiteral(" (%1)").arg(runName.toHtmlEscaped()),
                           inspectorNumber(e.learningRate)));
    s += tr("Start %1<sub>%2</sub> = %3, f = %4").arg(x, k, vector(e.point, n), inspectorNumber(e.loss)) +
         QStringLiteral("<br>");
    s += tr("Gradient ∇f(%1<sub>%2</sub>) = %3").arg(x, k, vector(e.gradient, n)) + QStringLiteral("<br>");
    if (e.noisy)
        s += tr("Gradient the update used, with noise: g = %1").arg(vector(e.stepGradient, n)) +
             QStringLiteral("<br>");
    if (!e.state.empty()) {
        s += QStringLiteral(
                 "<table cellspacing=0 cellpadding=2><tr><th align=left>%1</th><th>%2</th><th>%3</th>"
                 "</tr>")
                 .arg(tr("state"), tr("before"), tr("after"));
        for (const StepStateVector& v : e.state) {
            const QString name =
                QStringLiteral("%1 %2").arg(html(v.name), html(v.symbol)) +
                (v.torchName.empty() ? QString() : QStringLiteral(" <i>(%1)</i>").arg(html(v.torchName)));
            s += QStringLiteral("<tr><td>%1</td><td align=right>%2</td><td align=right>%3</td></tr>")
                     .arg(name,
                          v.hasBefore
                              ? vector(v.before, n)
                              : (e.step == 0 && !v.torchName.empty() ? tr("none yet") : QStringLiteral("—")),
                          vector(v.after, n));
        }
        s += QStringLiteral("</table>");
    }
    if (e.hasEffectiveStepSize)
        s += tr("Step size per coordinate η′ = %1").arg(vector(e.effectiveStepSize, n)) +
             QStringLiteral("<br>");
    if (e.optimizer == OptimizerKind::Newton)
        s += (n == 1 ? tr("Curvature f″(%1<sub>%2</sub>) = %3").arg(x, k, inspectorNumber(e.curvature[0]))
                     : tr("Hessian H = %1").arg(matrix(e.curvature))) +
             QStringLiteral("<br>");
    s += QStringLiteral("<b>%1</b> ").arg(tr("Rule:"));
    QStringList rule;
    // θ is the point; in one variable the point is that variable, as everywhere else in the lesson.
    for (const Text& line : e.rule)
        rule << (n == 1 ? html(line).replace(QStringLiteral("θ"), x) : html(line));
    s += rule.join(QStringLiteral("; ")) + QStringLiteral("<br><b>%1</b><br>").arg(tr("With the numbers:"));
    for (const StepEquation& q : e.equations)
        s += QStringLiteral("&nbsp;&nbsp;%1<br>")
                 .arg(html(withDisplayDecimal(QString::fromStdString(q.text()))));
    if (!e.note.empty()) s += QStringLiteral("<i>%1</i><br>").arg(html(e.note));
    s += QStringLiteral("<b>%1</b>")
             .arg(tr("Lands at %1<sub>%2</sub> = %3, f = %4")
                      .arg(x, k1, vector(e.next, n), inspectorNumber(e.nextLoss)));
    m_body->setText(s);
    m_hint->hide();
    m_body->show();
}

void StepInspector::showCurrentPoint(const Trajectory& t, const CompiledFunction& f, const QString& runName) {
    if (t.points.empty()) return clear();
    const int last = static_cast<int>(t.points.size()) - 1;
    // The update that led here holds the state this point carries (its "after"), under the same names.
    const StepExplanation before = last > 0 ? explainStep(t, last - 1, f) : StepExplanation();
    StepExplanation e;
    e.step = last;
    e.dimension = t.dimension;
    e.optimizer = t.optimizer;
    e.variables = f.variables();
    if (static_cast<int>(e.variables.size()) < e.dimension) return clear();
    const TrajectoryPoint& p = t.points.back();
    for (int i = 0; i < e.dimension; ++i) {
        e.point[i] = p.point[i];
        e.gradient[i] = p.gradient[i];
    }
    e.loss = p.loss;
    e.learningRate = p.learningRate;
    if (before.valid) e.state = before.state;
    m_explanation = e;
    m_hasStep = true;
    const int n = e.dimension;
    const QString x = pointName(e), k = QString::number(last);
    const QString title = translated(optimizerTitle(e.optimizer));
    QString s = QStringLiteral("<b>%1</b><br>")
                    .arg(tr("Step %1: %2%3, the run's current point")
                             .arg(k, title,
                                  runName.isEmpty() || runName == title
                                      ? QString()
                                      : QStringLiteral(" (%1)").arg(runName.toHtmlEscaped())));
    s += tr("Point %1<sub>%2</sub> = %3, f = %4").arg(x, k, vector(e.point, n), inspectorNumber(e.loss)) +
         QStringLiteral("<br>");
    s += tr("Gradient ∇f(%1<sub>%2</sub>) = %3").arg(x, k, vector(e.gradient, n)) + QStringLiteral("<br>");
    if (!e.state.empty()) {
        s += QStringLiteral("<table cellspacing=0 cellpadding=2><tr><th align=left>%1</th><th>%2</th></tr>")
                 .arg(tr("state"), tr("after step %1 → %2").arg(last - 1).arg(k));
        for (const StepStateVector& v : e.state)
            s += QStringLiteral("<tr><td>%1</td><td align=right>%2</td></tr>")
                     .arg(QStringLiteral("%1 %2").arg(html(v.name), html(v.symbol)) +
                              (v.torchName.empty() ? QString()
                                                   : QStringLiteral(" <i>(%1)</i>").arg(html(v.torchName))),
                          vector(v.after, n));
        s += QStringLiteral("</table>");
    }
    s += QStringLiteral("<i>%1</i>")
             .arg(t.stopReason == StopReason::Running
                      ? tr("No update has left this point yet: Step or Play takes the next one; ← shows the "
                           "update that led here.")
                      : tr("The run stopped here (%1); ← shows the update that led here.")
                            .arg((t.stopDetail.empty() ? QString::fromLatin1(stopReasonName(t.stopReason))
                                                       : translated(t.stopDetail))
                                     .toHtmlEscaped()));
    m_body->setText(s);
    m_hint->hide();
    m_body->show();
}

QString StepInspector::text() const {
    if (!m_hasStep) return m_hint->text();
    QTextDocument doc;
    doc.setHtml(m_body->text());
    return doc.toPlainText();
}

void StepInspector::setHint(const QString& text) {
    m_hint->setText(text);
}

} // namespace gradlab
