// The descent and fit scripts' text: what each language imports and calls, for every optimizer and
// schedule, and the refusals (tests/code/check_descent.py runs the scripts against gradlab's numbers).

#include "codegen/descent_script.h"
#include "codegen/fit_script.h"
#include "codegen/run_script_parts.h"
#include "test_helpers.h"

#include <QTest>

using namespace gradlab;

Q_DECLARE_METATYPE(OptimizerKind)
Q_DECLARE_METATYPE(ScheduleKind)
Q_DECLARE_METATYPE(ScriptLanguage)

class TestRunScripts : public QObject {
    Q_OBJECT
private slots:
    void everyOptimizerAndSchedule_data();
    void everyOptimizerAndSchedule();
    void noiseBringsTheGenerator();
    void refusals();
    void parameterNames();
};

namespace {

bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// torch.optim's class for each optimizer ("" for Newton, taken by hand) and torch's scheduler per schedule.
const char* torchOptimizer(OptimizerKind k) {
    switch (k) {
    case OptimizerKind::GradientDescent:
    case OptimizerKind::Momentum:
    case OptimizerKind::Nesterov:
        return "torch.optim.SGD(";
    case OptimizerKind::Adagrad:
        return "torch.optim.Adagrad(";
    case OptimizerKind::RMSprop:
        return "torch.optim.RMSprop(";
    case OptimizerKind::Adam:
        return "torch.optim.Adam(";
    case OptimizerKind::Newton:
        return "torch.linalg.cholesky_ex(";
    }
    return "";
}

const char* torchScheduler(ScheduleKind k) {
    switch (k) {
    case ScheduleKind::Constant:
        return "return None  # a constant rate needs no scheduler";
    case ScheduleKind::Step:
        return "lr_scheduler.StepLR(";
    case ScheduleKind::Exponential:
        return "lr_scheduler.ExponentialLR(";
    case ScheduleKind::Cosine:
        return "lr_scheduler.CosineAnnealingLR(";
    case ScheduleKind::WarmupCosine:
        return "lr_scheduler.SequentialLR(";
    }
    return "";
}

} // namespace

void TestRunScripts::everyOptimizerAndSchedule_data() {
    QTest::addColumn<OptimizerKind>("optimizer");
    QTest::addColumn<ScheduleKind>("schedule");
    QTest::addColumn<ScriptLanguage>("language");
    for (OptimizerKind k : kOptimizers)
        for (ScheduleKind s : {ScheduleKind::Constant, ScheduleKind::Step, ScheduleKind::Exponential,
                               ScheduleKind::Cosine, ScheduleKind::WarmupCosine})
            for (ScriptLanguage l : {ScriptLanguage::NumPy, ScriptLanguage::Torch})
                QTest::addRow("%s %s %s", optimizerName(k), scheduleName(s), scriptLanguageName(l))
                    << k << s << l;
}

void TestRunScripts::everyOptimizerAndSchedule() {
    QFETCH(OptimizerKind, optimizer);
    QFETCH(ScheduleKind, schedule);
    QFETCH(ScriptLanguage, language);
    DescentScriptSettings d;
    d.lessonTitle = "Gradient descent in 1-D";
    d.function = test::compile("(w-3)^2");
    QVERIFY(d.function);
    d.start = {1.5};
    DescentSettings run;
    run.optimizer = optimizer;
    run.schedule.kind = schedule;
    d.runs = {run};
    FitScriptSettings f;
    f.lessonTitle = "Fitting a line";
    f.data = {{0.0, 1.0}, {1.0, 3.0}, {2.0, 4.5}};
    f.settings.optimizer = optimizer;
    f.settings.schedule.kind = schedule;
    f.settings.batchSize = 2;
    for (const PythonScript& script : {descentScript(d, language), fitScript(f, language)}) {
        QVERIFY2(script.ok(), script.problem.c_str());
        const std::string& t = script.text;
        const bool numpy = language == ScriptLanguage::NumPy;
        // Each flavour needs only its own library, and says so in its header.
        QCOMPARE(has(t, "import numpy as np"), numpy);
        QCOMPARE(has(t, "import torch"), !numpy);
        QVERIFY(has(t, std::string("run it with python3; it needs only ") + (numpy ? "NumPy" : "PyTorch")));
        QVERIFY(!has(t, "gradlab import") && !has(t, "import gradlab"));
        // The PyTorch flavour uses torch's optimizer and scheduler; the NumPy one writes them out.
        QCOMPARE(has(t, torchOptimizer(optimizer)), !numpy);
        QCOMPARE(has(t, torchScheduler(schedule)), !numpy);
        QCOMPARE(has(t, "def update(optimizer"), numpy);
        QCOMPARE(has(t, "def scheduled_rate(lr, k)"), numpy);
        const std::string last = "\nprint(json.dumps(result))\n";
        QVERIFY(t.size() > last.size() && t.compare(t.size() - last.size(), last.size(), last) == 0);
    }
}

void TestRunScripts::noiseBringsTheGenerator() {
    DescentScriptSettings d;
    d.lessonTitle = "Descent on a surface";
    d.function = test::compile("x^2 + 10*y^2");
    d.start = {1.0, 2.0};
    d.runs = {DescentSettings{}};
    QVERIFY(!has(descentScript(d, ScriptLanguage::NumPy).text, "class SeededRandom"));
    d.runs[0].noise = 0.5;
    d.runs[0].seed = 7;
    for (ScriptLanguage l : {ScriptLanguage::NumPy, ScriptLanguage::Torch}) {
        const std::string t = descentScript(d, l).text;
        QVERIFY(has(t, "class SeededRandom"));
        QVERIFY(has(t, "seed = 7"));
        QVERIFY(has(t, "--noise 0.5 --seed 7 --json"));
    }
}

void TestRunScripts::refusals() {
    DescentScriptSettings d;
    d.lessonTitle = "Descent on a surface";
    d.function = test::compile("x^2 + y^2");
    d.start = {1.0, 1.0};
    // A race with no runner has nothing to write.
    QCOMPARE(descentScript(d, ScriptLanguage::NumPy).problem, std::string("there is no run to write"));
    FitScriptSettings f;
    QCOMPARE(fitScript(f, ScriptLanguage::Torch).problem, std::string("there are no data to fit"));
    f.data = {{0.0, 1.0}};
    f.settings.hyperparameters.beta2 = 1.0;
    f.settings.optimizer = OptimizerKind::Adam;
    QCOMPARE(fitScript(f, ScriptLanguage::NumPy).problem,
             std::string("beta2 must be at least 0 and less than 1, got 1"));
}

void TestRunScripts::parameterNames() {
    const std::vector<std::string> got = pythonParameterNames({"np", "x", "lambda", "torch", "w"});
    const std::vector<std::string> expected = {"np_", "x", "lambda_", "torch_", "w"};
    QVERIFY(got == expected);
}

QTEST_GUILESS_MAIN(TestRunScripts)
#include "tst_run_scripts.moc"
