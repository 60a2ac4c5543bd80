#include "widgets/formula_field.h"

#include "expression/printer.h"
#include "plotting/palette.h"
#include "widgets/appearance.h"
#include "widgets/error_marker.h"
#include "widgets/preset_list_model.h"

#include <QComboBox>
#include <QCompleter>
#include <QFocusEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>

namespace gradlab {

FormulaField::FormulaField(int dimension, QWidget* parent)
    : FormulaField(dimension, cataloguePresets(dimension), parent) {}

FormulaField::FormulaField(int dimension, const QList<FormulaPreset>& presets, QWidget* parent)
    : QWidget(parent)
    , m_dimension(dimension) {
    m_combo = new QComboBox(this);
    m_combo->setEditable(true);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(24);
    m_model = new PresetListModel(this);
    m_combo->setModel(m_model);
    m_combo->lineEdit()->setPlaceholderText(tr("type a formula, e.g. x^3 - 6x^2 + 9x + 1"));
    m_combo->setToolTip(tr("Type a formula (x^2, 3x² − 12x, sin(x), e^x, sigmoid(w), …) and press Enter, or "
                           "pick a preset"));
    m_combo->setAccessibleName(tr("Formula"));
    QFont mono = m_combo->font();
    mono.setPointSizeF(mono.pointSizeF() * 1.1);
    m_combo->setFont(mono);
    // The presets are offered in a popup as you type; one is taken only when picked (arrow keys and Enter,
    // or a click). Enter alone commits exactly what was typed: the combo's own inline completion would
    // turn "x" into "x²".
    auto* completer = new QCompleter(m_model, m_combo);
    completer->setCompletionMode(QCompleter::PopupCompletion);
    completer->setCompletionRole(Qt::EditRole);
    completer->setCaseSensitivity(Qt::CaseInsensitive);
    completer->setFilterMode(Qt::MatchStartsWith);
    m_combo->setCompleter(completer);
    m_marker = new ErrorMarker(m_combo->lineEdit());

    m_nameLabel = new QLabel(dimension == 1 ? QStringLiteral("f(x) =") : QStringLiteral("f(x, y) ="), this);
    m_derivativeLabel = new QLabel(this);
    m_derivativeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_derivativeLabel->setWordWrap(true); // a long derivative wraps: it never widens the window
    m_derivativeLabel->setAccessibleName(tr("Derivative"));
    // One line, always there (empty when there is nothing to say), so that a message coming and going as
    // you type never moves the plots below; a long one is elided, in full on hover. It never widens the
    // window.
    m_messageLabel = new QLabel(this);
    m_messageLabel->setAccessibleName(tr("Formula message"));
    m_messageLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_messageLabel->setFixedHeight(m_messageLabel->fontMetrics().height());

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_nameLabel, 0, 0);
    layout->addWidget(m_combo, 0, 1);
    layout->addWidget(m_derivativeLabel, 1, 1);
    layout->addWidget(m_messageLabel, 2, 1);
    layout->setColumnStretch(1, 1);

    connect(m_combo, &QComboBox::editTextChanged, this, &FormulaField::review);
    connect(m_combo->lineEdit(), &QLineEdit::returnPressed, this, [this] { commit(false); });
    connect(m_combo, qOverload<int>(&QComboBox::activated), this, [this](int) { commit(true); });
    // Leaving the field commits a valid formula (a popup opening does not leave it).
    m_combo->installEventFilter(this);
    m_combo->lineEdit()->installEventFilter(this);
    for (const FormulaPreset& p : presets)
        addPreset(p);
    applyColours();
}

QLineEdit* FormulaField::lineEdit() const {
    return m_combo->lineEdit();
}

void FormulaField::addPreset(const FormulaPreset& preset) {
    m_presets.append(preset);
    const QSignalBlocker block(m_combo);
    m_model->addPreset(preset.name, unicodeFormula(preset.formula), preset.formula,
                       int(m_presets.size()) - 1);
}

const FormulaPreset* FormulaField::preset() const {
    return findPreset(m_presets, m_formula);
}

void FormulaField::showFormula(const QString& formula, const FunctionPtr& function) {
    m_function = function;
    m_formula = formula;
    {
        const QSignalBlocker block(m_combo);
        if (m_combo->currentText() != formula) m_combo->setEditText(formula);
    }
    review(m_combo->currentText());
    showDerivative();
}

void FormulaField::setFormula(const QString& text) {
    if (m_combo->currentText() == text)
        review(text);
    else
        m_combo->setEditText(text); // reviewed through editTextChanged
    commit(true);
}

QString FormulaField::message() const {
    return m_message;
}

void FormulaField::review(const QString& text) {
    const FormulaCheck checked = checkFormula(text, m_dimension);
    m_error = checked.message;
    m_errorColumn = checked.column;
    m_marker->setColumn(checked.column);
    if (!m_error.isEmpty())
        //: %1 is why the typed formula cannot be plotted, %2 the formula the plot still shows (x³)
        m_message = tr("%1 — still showing %2").arg(m_error, unicodeFormula(m_formula));
    else if (m_function && text != m_formula)
        m_message = tr("Press Enter to plot this formula");
    else
        m_message.clear();
    showMessage();
    applyColours();
}

void FormulaField::showMessage() {
    const int width = m_messageLabel->contentsRect().width();
    m_messageLabel->setText(
        width > 0 ? m_messageLabel->fontMetrics().elidedText(m_message, Qt::ElideRight, width) : m_message);
    m_messageLabel->setToolTip(m_message);
}

void FormulaField::resizeEvent(QResizeEvent* event) {
    QWidget::resizeEvent(event);
    showMessage();
}

void FormulaField::commit(bool always) {
    const QString text = m_combo->currentText();
    if (!always && m_function && text == m_formula) return;
    if (!checkFormula(text, m_dimension).function) return; // the message under the field says why
    emit formulaEntered(text); // the model reads it and the field shows it back (showFormula)
}

bool FormulaField::eventFilter(QObject* watched, QEvent* event) {
    // Leaving the field for another part of GradLab enters what it holds; the completions' popup does not,
    // and neither does switching to another window (the text stays half-typed and the focus comes back
    // to it: "fo" is not a formula anybody entered).
    if (event->type() == QEvent::FocusOut) {
        const Qt::FocusReason reason = static_cast<QFocusEvent*>(event)->reason();
        if (reason != Qt::PopupFocusReason && reason != Qt::ActiveWindowFocusReason && !m_combo->hasFocus())
            commit(false);
    }
    return QWidget::eventFilter(watched, event);
}

void FormulaField::changeEvent(QEvent* event) {
    if (event->type() == QEvent::PaletteChange) applyColours();
    if (event->type() == QEvent::FontChange) showMessage();
    QWidget::changeEvent(event);
}

void FormulaField::applyColours() {
    // Colours from the palette, made readable on it, so they follow a switch of appearance (a style sheet
    // would freeze the field in the colours it had when it was set).
    const QPalette own = palette();
    QPalette edit = m_combo->lineEdit()->palette();
    edit.setColor(QPalette::Text, m_error.isEmpty() ? own.color(QPalette::Text)
                                                    : readableOn(palette::error, own.color(QPalette::Base)));
    if (edit != m_combo->lineEdit()->palette()) m_combo->lineEdit()->setPalette(edit);
    QPalette message = m_messageLabel->palette();
    message.setColor(QPalette::WindowText, m_error.isEmpty()
                                               ? own.color(QPalette::WindowText)
                                               : readableOn(palette::error, own.color(QPalette::Window)));
    if (message != m_messageLabel->palette()) m_messageLabel->setPalette(message);
}

void FormulaField::showDerivative() {
    const auto& vars = m_function->variables();
    if (m_dimension == 1 || vars.size() < 2) {
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
