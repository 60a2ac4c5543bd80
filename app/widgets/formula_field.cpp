#include "widgets/formula_field.h"

#include "expression/printer.h"
#include "plotting/palette.h"
#include "presets/catalogue.h"
#include "widgets/error_marker.h"

#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace gradlab {

namespace {
QString unicodeOf(const QString& formula) {
    const ParseResult r = parse(formula.toStdString());
    return r.ok ? QString::fromStdString(toUnicode(r.formula.expr)) : formula;
}

QString variableList(const std::vector<std::string>& names) {
    QStringList l;
    for (const auto& n : names)
        l << QString::fromStdString(n);
    return l.join(QStringLiteral(", "));
}
} // namespace

FormulaField::FormulaField(int dimension, QWidget* parent)
    : QWidget(parent)
    , m_dimension(dimension) {
    m_combo = new QComboBox(this);
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(24);
    m_combo->lineEdit()->setPlaceholderText(tr("type a formula, e.g. x^3 - 6x^2 + 9x + 1"));
    m_combo->setToolTip(tr("Type a formula (x^2, 3x² − 12x, sin(x), e^x, sigmoid(w), …) or pick a preset"));
    m_combo->setAccessibleName(tr("Formula"));
    QFont mono = m_combo->font();
    mono.setPointSizeF(mono.pointSizeF() * 1.1);
    m_combo->setFont(mono);
    m_marker = new ErrorMarker(m_combo->lineEdit());

    m_nameLabel = new QLabel(dimension == 1 ? QStringLiteral("f(x) =") : QStringLiteral("f(x, y) ="), this);
    m_derivativeLabel = new QLabel(this);
    m_derivativeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_derivativeLabel->setWordWrap(true); // a long derivative wraps: it never widens the window
    m_derivativeLabel->setAccessibleName(tr("Derivative"));
    m_messageLabel = new QLabel(this);
    m_messageLabel->setStyleSheet(QStringLiteral("color: %1;").arg(palette::error.name()));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setAccessibleName(tr("Formula error"));
    m_messageLabel->hide();

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_nameLabel, 0, 0);
    layout->addWidget(m_combo, 0, 1);
    layout->addWidget(m_derivativeLabel, 1, 1);
    layout->addWidget(m_messageLabel, 2, 1);
    layout->setColumnStretch(1, 1);

    connect(m_combo, &QComboBox::editTextChanged, this, &FormulaField::validate);
    connect(m_combo, qOverload<int>(&QComboBox::activated), this,
            [this](int) { validate(m_combo->currentText()); });
}

QLineEdit* FormulaField::lineEdit() const {
    return m_combo->lineEdit();
}

void FormulaField::addPreset(const FormulaPreset& preset) {
    m_presets.append(preset);
    const QSignalBlocker block(m_combo);
    m_combo->addItem(unicodeOf(preset.formula), m_presets.size() - 1);
}

void FormulaField::addCataloguePresets() {
    for (const Preset& p : presetCatalogue()) {
        if (p.dimension != m_dimension) continue;
        FormulaPreset fp;
        fp.formula = QString::fromStdString(p.formula);
        for (int i = 0; i < 4; ++i)
            fp.domain[i] = p.domain[i];
        fp.start[0] = p.start[0];
        fp.start[1] = p.start[1];
        fp.learningRate = p.learningRate;
        addPreset(fp);
    }
}

const FormulaPreset* FormulaField::preset() const {
    return (m_presetIndex >= 0 && m_presetIndex < m_presets.size()) ? &m_presets[m_presetIndex] : nullptr;
}

void FormulaField::setFormula(const QString& text) {
    // The line edit's text; editTextChanged validates (and a same-text set validates explicitly).
    if (m_combo->currentText() == text)
        validate(text);
    else
        m_combo->setEditText(text);
}

FormulaCheck FormulaField::check(const QString& text, int dimension) {
    FunctionResult r = CompiledFunction::create(text.toStdString());
    if (r.ok && r.function->dimension() < dimension) {
        // "3" or "x" in a two-variable lesson: the missing variables are simply unused.
        ParseOptions options;
        options.variables =
            dimension == 1 ? std::vector<std::string>{"x"} : std::vector<std::string>{"x", "y"};
        if (r.function->dimension() == 1 && dimension == 2) {
            const std::string v = r.function->variables()[0];
            options.variables = v == "y" ? std::vector<std::string>{"x", "y"}
                                         : std::vector<std::string>{v, v == "x" ? "y" : (v + "2")};
        }
        r = CompiledFunction::create(text.toStdString(), options);
    }
    FormulaCheck result;
    if (!r.ok) {
        result.message = QString::fromStdString(r.error.message);
        result.column = r.error.column;
    } else if (r.function->dimension() > dimension) {
        result.message = dimension == 1
                             ? tr("this lesson needs a function of one variable; this one has %1 (%2)")
                                   .arg(r.function->dimension())
                                   .arg(variableList(r.function->variables()))
                             : tr("this lesson needs a function of two variables");
    } else {
        result.function = r.function;
    }
    return result;
}

void FormulaField::validate(const QString& text) {
    const FormulaCheck checked = check(text, m_dimension);
    const QString message = checked.message;
    const int column = checked.column;
    m_error = message;
    m_errorColumn = column;
    m_marker->setColumn(column);
    if (!message.isEmpty()) {
        m_messageLabel->setText(message + tr(" — still showing %1").arg(unicodeOf(m_formula)));
        m_messageLabel->show();
        m_combo->lineEdit()->setStyleSheet(QStringLiteral("color: %1;").arg(palette::error.name()));
        return;
    }
    m_messageLabel->hide();
    m_combo->lineEdit()->setStyleSheet(QString());
    m_function = checked.function;
    m_formula = text;
    // A preset is recognised by its text, whether picked or typed.
    m_presetIndex = -1;
    for (int i = 0; i < m_combo->count(); ++i)
        if (m_combo->itemText(i) == text || m_presets[m_combo->itemData(i).toInt()].formula == text)
            m_presetIndex = m_combo->itemData(i).toInt();
    showDerivative();
    emit functionChanged(m_function, m_formula, preset());
}

void FormulaField::showDerivative() {
    const auto& vars = m_function->variables();
    if (m_dimension == 1) {
        const QString v = vars.empty() ? QStringLiteral("x") : QString::fromStdString(vars[0]);
        m_nameLabel->setText(QStringLiteral("f(%1) =").arg(v));
        m_derivativeLabel->setText(
            QStringLiteral("f′(%1) = %2").arg(v, QString::fromStdString(toUnicode(m_function->partial(0)))));
    } else {
        const QString a = QString::fromStdString(vars[0]), b = QString::fromStdString(vars[1]);
        m_nameLabel->setText(QStringLiteral("f(%1, %2) =").arg(a, b));
        m_derivativeLabel->setText(QStringLiteral("∂f/∂%1 = %2     ∂f/∂%3 = %4")
                                       .arg(a, QString::fromStdString(toUnicode(m_function->partial(0))), b,
                                            QString::fromStdString(toUnicode(m_function->partial(1)))));
    }
}

} // namespace gradlab
