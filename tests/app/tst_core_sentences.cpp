// Core's sentences (gradlab::Text) reach the screen in the interface's language: with a test translation
// installed that marks every message of core's contexts (⟦…⟧), each view that shows a run's outcome, a
// regime, a fit's state or a step's explanation shows the marked words, never core's English. A call site
// that printed Text::english() instead of translated() would show the English and fail here.

#include "descent/step_explanation.h"
#include "function/read_function.h"
#include "gui_test_helpers.h"
#include "lessons/descent_lesson.h"
#include "lessons/fit_lesson.h"
#include "lessons/learning_rate_lesson.h"
#include "lessons/number_format.h"
#include "views/descent_view.h"
#include "views/fit_view.h"
#include "views/learning_rate_view.h"
#include "views/step_inspector.h"

#include <QLabel>
#include <QTest>
#include <QTranslator>

using namespace gradlab;

namespace {

/// Every message of core's sentence contexts, marked: "⟦" + the English source + "⟧" (placeholders kept).
class MarkingTranslator : public QTranslator {
public:
    bool isEmpty() const override { return false; }
    QString translate(const char* context, const char* source, const char*, int) const override {
        static const char* const kContexts[] = {"RunJudgement", "DescentRun", "StopWording",
                                                "FitWording",   "FitRun",     "StepExplanation"};
        for (const char* c : kContexts)
            if (qstrcmp(context, c) == 0) return QStringLiteral("⟦%1⟧").arg(QString::fromUtf8(source));
        return {};
    }
};

/// Every label's text under `w`, one per line.
QString labelTexts(const QWidget* w) {
    QStringList texts;
    for (const QLabel* l : w->findChildren<QLabel*>())
        texts << l->text();
    return texts.join(QLatin1Char('\n'));
}

} // namespace

class TestCoreSentences : public QObject {
    Q_OBJECT
private slots:
    void init() { QCoreApplication::installTranslator(&m_marking); }
    void cleanup() { QCoreApplication::removeTranslator(&m_marking); }
    void descentStatus();
    void learningRateRegimeAndLegend();
    void fitBatchAndRunState();
    void stepInspectorRuleStateAndNote();

private:
    MarkingTranslator m_marking;
};

void TestCoreSentences::descentStatus() {
    gradlab::test::TestView<DescentView> view(QStringLiteral("descent1d"));
    view.resize(1360, 800);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY2(labelTexts(&view).contains(QStringLiteral("⟦Ready at the start")),
             qPrintable(labelTexts(&view)));
    for (int i = 0; i < 3; ++i)
        QTest::mouseClick(view.stepButton(), Qt::LeftButton);
    const QString texts = labelTexts(&view);
    QVERIFY2(texts.contains(QStringLiteral("⟦Step 3: the loss is ")), qPrintable(texts));
    // The whole outcome is the marked sentence (one pattern, numbers filled in), not core's English.
    const QString english = QString::fromStdString(view.lesson()->judgement().outcome.english());
    QVERIFY2(texts.contains(QStringLiteral("⟦%1⟧").arg(english)), qPrintable(texts));
}

void TestCoreSentences::learningRateRegimeAndLegend() {
    gradlab::test::TestView<LearningRateView> view(QStringLiteral("learning-rate"));
    view.resize(1360, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    const RunJudgement j = view.lesson()->judgement();
    const QString verdict = QString::fromStdString(j.verdict.english());
    const QString head = verdict.left(verdict.indexOf(QLatin1Char(':')));
    // The verdict (its head in bold), the outcome, and the sweep's legend of regime titles, all marked.
    QTRY_VERIFY2(labelTexts(&view).contains(QStringLiteral("<b>⟦%1</b>").arg(head)),
                 qPrintable(labelTexts(&view)));
    QTRY_VERIFY2(labelTexts(&view).contains(
                     QStringLiteral("⟦%1⟧").arg(QString::fromStdString(regimeTitle(j.regime).english()))),
                 qPrintable(labelTexts(&view)));
    QVERIFY2(
        labelTexts(&view).contains(QStringLiteral("⟦%1⟧").arg(
            withDisplayDecimal(
                QString::fromStdString(j.outcome.english()).replace(QLatin1Char('-'), QStringLiteral("−")))
                .toHtmlEscaped())),
        qPrintable(labelTexts(&view)));
}

void TestCoreSentences::fitBatchAndRunState() {
    gradlab::test::TestView<FitView> view(QStringLiteral("fit-line"));
    view.resize(1360, 860);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY2(view.batchLabel()->text().startsWith(QStringLiteral("⟦batch ")),
             qPrintable(view.batchLabel()->text()));
    // Numbers with a count take the language's plural form: "%n points" is looked up as a numerus message.
    QVERIFY2(view.batchLabel()->text().contains(
                 QStringLiteral("⟦%n points⟧")
                     .replace(QStringLiteral("%n"), QString::number(view.lesson()->pointCount()))),
             qPrintable(view.batchLabel()->text()));
    QVERIFY2(view.lesson()->runState().startsWith(QStringLiteral("⟦")),
             qPrintable(view.lesson()->runState()));
    QVERIFY2(labelTexts(&view).contains(view.lesson()->runState().toHtmlEscaped()) ||
                 labelTexts(&view).contains(view.lesson()->runState()),
             qPrintable(labelTexts(&view)));
}

void TestCoreSentences::stepInspectorRuleStateAndNote() {
    // Newton's method on x⁴ − x² from 0.1, where f″ < 0: it falls back to a gradient step and says why.
    const FunctionResult read = readFunction("x^4 - x^2", 1);
    QVERIFY(read.function);
    DescentSettings s;
    s.optimizer = OptimizerKind::Newton;
    s.hyperparameters.learningRate = 0.1;
    s.maxSteps = 3;
    const double start[1] = {0.1};
    const Trajectory t = runDescent(read.function, start, s);
    StepInspector inspector;
    inspector.showStep(explainStep(t, 0, *read.function));
    QVERIFY2(inspector.text().contains(QStringLiteral("⟦f″ = ")), qPrintable(inspector.text()));
    QVERIFY2(inspector.text().contains(QStringLiteral("so Newton's method takes a gradient step.⟧")),
             qPrintable(inspector.text()));
    // The momentum buffer's name and the first update's rule.
    s.optimizer = OptimizerKind::Momentum;
    const Trajectory m = runDescent(read.function, start, s);
    inspector.showStep(explainStep(m, 0, *read.function));
    QVERIFY2(inspector.text().contains(QStringLiteral("⟦velocity⟧")), qPrintable(inspector.text()));
    QVERIFY2(inspector.text().contains(QStringLiteral("⟦v ← g (the first update")),
             qPrintable(inspector.text()));
}

QTEST_MAIN(TestCoreSentences)
#include "tst_core_sentences.moc"
