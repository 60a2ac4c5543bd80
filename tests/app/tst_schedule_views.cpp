// The schedule and the gradient noise on real widgets, in the descent, learning-rate and race views:
// choosing "Cosine annealing" in the combo and typing T_max changes the model, the plot shows the falling
// rates and the run's rate per update is core's scheduledRate; a typed σ changes the run, the same seed
// gives it again; undo and a lesson file bring the panel back; a bad γ is said and changes nothing.

#include "descent/schedule.h"
#include "lessons/descent_lesson.h"
#include "lessons/learning_rate_lesson.h"
#include "lessons/lesson_set.h"
#include "lessons/race_lesson.h"
#include "plotting/learning_rate_plot.h"
#include "undo/lesson_document.h"
#include "views/descent_figure.h"
#include "views/descent_view.h"
#include "views/learning_rate_figure.h"
#include "views/learning_rate_view.h"
#include "views/race_figure.h"
#include "views/race_view.h"
#include "views/schedule_panel.h"
#include "widgets/noise_box.h"
#include "widgets/schedule_box.h"
#include "widgets/value_field.h"
#include "window/main_window.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>
#include <cmath>

using namespace gradlab;

namespace {

void typeInto(QLineEdit* field, const QString& text) {
    field->setFocus();
    field->selectAll();
    QTest::keyClicks(field, text);
    QTest::keyClick(field, Qt::Key_Return);
}

/// Opens the combo's list and clicks the entry `title`, as a user does.
void choose(QComboBox* combo, const QString& title) {
    const int index = combo->findText(title);
    QVERIFY2(index >= 0, qPrintable(title));
    combo->showPopup();
    QAbstractItemView* list = combo->view();
    QTRY_VERIFY(list->isVisible());
    const QModelIndex item = list->model()->index(index, 0);
    list->scrollTo(item);
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(item).center());
    QTRY_VERIFY(!list->isVisible());
    QCOMPARE(combo->currentText(), title);
}

/// One of the three views with its panel, and the run(s) it shows.
struct Subject {
    MainWindow* window;
    QString id;
    SchedulePanel* panel() const {
        QWidget* v = window->lesson(id);
        if (id == QLatin1String("race")) return static_cast<RaceView*>(v)->schedulePanel();
        if (id == QLatin1String("learning-rate")) return static_cast<LearningRateView*>(v)->schedulePanel();
        return static_cast<DescentView*>(v)->schedulePanel();
    }
    RaceLesson* race() const { return static_cast<RaceView*>(window->lesson(id))->lesson(); }
    DescentLesson* descent() const {
        QWidget* v = window->lesson(id);
        if (id == QLatin1String("learning-rate")) return static_cast<LearningRateView*>(v)->lesson();
        return static_cast<DescentView*>(v)->lesson();
    }
    bool isRace() const { return id == QLatin1String("race"); }
    Schedule schedule() const { return isRace() ? race()->schedule() : descent()->schedule(); }
    double noise() const { return isRace() ? race()->noise() : descent()->noise(); }
    int seed() const { return isRace() ? race()->seed() : descent()->seed(); }
    /// Takes `n` steps (the learning-rate lesson has run to its end already).
    void step(int n) const {
        for (int i = 0; i < n; ++i)
            isRace() ? (void)race()->step() : (void)descent()->step();
    }
    void reset() const { isRace() ? race()->reset() : descent()->reset(); }
    /// The run checked: gradient descent's in the race, the lesson's run otherwise.
    const Trajectory& run() const {
        return isRace() ? race()->trajectory(OptimizerKind::GradientDescent) : descent()->trajectory();
    }
    double baseRate() const {
        return isRace() ? race()->racer(OptimizerKind::GradientDescent).hyperparameters.learningRate
                        : descent()->learningRate();
    }
};

QVector<double> coordinates(const Trajectory& t) {
    QVector<double> c;
    for (const TrajectoryPoint& p : t.points)
        c << p.point[0] << p.point[1];
    return c;
}

} // namespace

class TestScheduleViews : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cosineChosenAndTypedDrivesTheRun_data() { views(); }
    void cosineChosenAndTypedDrivesTheRun();
    void typedNoiseChangesTheRunAndTheSeedRepeatsIt_data() { views(); }
    void typedNoiseChangesTheRunAndTheSeedRepeatsIt();
    void badGammaIsSaidAndChangesNothing_data() { views(); }
    void badGammaIsSaidAndChangesNothing();
    void panelFollowsALessonFile_data() { views(); }
    void panelFollowsALessonFile();
    void boxShowsOnlyTheSettingsItsKindReads_data();
    void boxShowsOnlyTheSettingsItsKindReads();
    void explanationWritesTypedNumbersAsTyped_data();
    void explanationWritesTypedNumbersAsTyped();
    void plotIsLogarithmicOnlyOverADecade_data();
    void plotIsLogarithmicOnlyOverADecade();
    void stepTableShowsEachUpdatesRate();
    void textsNameTheBaseRateAndTheNoise();

private:
    static void views() {
        QTest::addColumn<QString>("id");
        for (const char* id : {"descent1d", "learning-rate", "race"})
            QTest::newRow(id) << id;
    }
};

void TestScheduleViews::cosineChosenAndTypedDrivesTheRun() {
    QFETCH(QString, id);
    MainWindow w;
    w.resize(1500, 950);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.showLesson(id));
    const Subject s{&w, id};
    QUndoStack* stack = w.document()->undoStack();
    const int before = stack->count();
    ScheduleBox* box = s.panel()->scheduleBox();
    LearningRatePlot* plot = s.panel()->ratePlot();
    QVERIFY(plot->isHidden()); // a constant rate needs no plot
    QVERIFY(!box->isShown(ScheduleBox::TMax));

    choose(box->kindBox(), QStringLiteral("Cosine annealing"));
    QCOMPARE(s.schedule().kind, ScheduleKind::Cosine);
    QVERIFY(box->isShown(ScheduleBox::TMax) && box->isShown(ScheduleBox::EtaMin));
    QVERIFY(!box->isShown(ScheduleBox::Gamma));
    // Chosen, the cosine spans the lesson's whole run: T_max is its step limit.
    const int runLength =
        w.document()->lessons()->lesson(id)->save().value(QStringLiteral("maxSteps")).toInt();
    QVERIFY(runLength > 1);
    QCOMPARE(s.schedule().tMax, runLength);
    QCOMPARE(box->field(ScheduleBox::TMax)->value(), double(runLength));
    typeInto(box->field(ScheduleBox::TMax), QStringLiteral("30"));
    QVERIFY2(box->errorText().isEmpty(), qPrintable(box->errorText()));
    QCOMPARE(s.schedule().tMax, 30);
    QCOMPARE(stack->count(), before + 2);
    QCOMPARE(stack->undoText(), QStringLiteral("Change the learning-rate schedule"));

    s.step(12);
    QTRY_VERIFY(plot->isVisible());
    // The plot: the schedule's rates, falling, the marker on the last update taken.
    const QVector<double>& rates = plot->rates();
    QVERIFY(rates.size() >= 30);
    for (int k = 1; k < 30; ++k)
        QVERIFY2(rates[k] < rates[k - 1], qPrintable(QString::number(k)));
    QVERIFY(!s.isRace() || plot->current() >= 12);
    // The run's rate per update is core's, from the run's base rate.
    const Trajectory& t = s.run();
    QVERIFY(t.points.size() > 10);
    for (std::size_t k = 1; k < t.points.size(); ++k)
        QCOMPARE(t.points[k].learningRate, scheduledRate(s.schedule(), s.baseRate(), static_cast<int>(k)));
    if (!s.isRace()) {
        // What the plot draws for the updates taken is the run's rate.
        for (std::size_t k = 1; k < t.points.size() && k <= static_cast<std::size_t>(rates.size()); ++k)
            QCOMPARE(rates[static_cast<int>(k) - 1], t.points[k].learningRate);
        QCOMPARE(plot->current(), static_cast<int>(t.points.size()) - 1);
    } else {
        // Each optimizer's rate times the factor the plot shows.
        QCOMPARE(rates[0], 1.0);
        QCOMPARE(rates[9], scheduledRate(s.schedule(), 1.0, 10));
    }

    // Undo twice: constant again, the combo and the plot follow.
    stack->undo();
    QCOMPARE(box->field(ScheduleBox::TMax)->value(), double(runLength));
    stack->undo();
    QCOMPARE(s.schedule().kind, ScheduleKind::Constant);
    QCOMPARE(box->kindBox()->currentText(), QStringLiteral("Constant"));
    QVERIFY(plot->isHidden());
    QVERIFY(!box->isShown(ScheduleBox::TMax));
    // Plain cosine: the field is torch's T_max. With a warm-up it counts the warm-up too (torch's cosine is
    // given T_max − warm-up), and its label says so.
    const auto tMaxLabel = [box] {
        return static_cast<QLabel*>(
                   box->findChild<QFormLayout*>()->labelForField(box->field(ScheduleBox::TMax)))
            ->text();
    };
    choose(box->kindBox(), QStringLiteral("Cosine annealing"));
    QCOMPARE(tMaxLabel(), QStringLiteral("T_max"));
    choose(box->kindBox(), QStringLiteral("Warm-up, then cosine"));
    QCOMPARE(s.schedule().kind, ScheduleKind::WarmupCosine);
    QCOMPARE(tMaxLabel(), QStringLiteral("T_max with warm-up"));
    choose(box->kindBox(), QStringLiteral("Cosine annealing"));
    QCOMPARE(tMaxLabel(), QStringLiteral("T_max"));
}

void TestScheduleViews::typedNoiseChangesTheRunAndTheSeedRepeatsIt() {
    QFETCH(QString, id);
    MainWindow w;
    w.resize(1500, 950);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.showLesson(id));
    const Subject s{&w, id};
    QUndoStack* stack = w.document()->undoStack();
    NoiseBox* box = s.panel()->noiseBox();
    s.step(20);
    const QVector<double> quiet = coordinates(s.run());
    QVERIFY(!box->seedBox()->isEnabled()); // no noise, nothing to seed

    typeInto(box->sigmaField(), QStringLiteral("0.5"));
    QCOMPARE(s.noise(), 0.5);
    QCOMPARE(stack->undoText(), QStringLiteral("Change the gradient noise"));
    QVERIFY(box->seedBox()->isEnabled());
    s.step(20);
    const QVector<double> noisy = coordinates(s.run());
    QVERIFY(noisy != quiet);
    // The same seed: the same run.
    s.reset();
    s.step(20);
    QCOMPARE(coordinates(s.run()), noisy);
    // Another seed, typed: another run; the first seed again: the first run.
    QSpinBox* seed = box->seedBox();
    seed->setFocus();
    seed->selectAll();
    QTest::keyClicks(seed, QStringLiteral("7"));
    QTest::keyClick(seed, Qt::Key_Return);
    QCOMPARE(s.seed(), 7);
    QCOMPARE(stack->undoText(), QStringLiteral("Change the noise seed"));
    s.step(20);
    const QVector<double> seven = coordinates(s.run());
    QVERIFY(seven != noisy);
    stack->undo();
    QCOMPARE(s.seed(), 0);
    QCOMPARE(seed->value(), 0);
    s.step(20);
    QCOMPARE(coordinates(s.run()), noisy);
    stack->undo();
    QCOMPARE(s.noise(), 0.0);
    QCOMPARE(box->sigmaField()->value(), 0.0);
    s.step(20);
    QCOMPARE(coordinates(s.run()), quiet);

    // A negative σ is said at the field and changes nothing.
    const int count = stack->count();
    typeInto(box->sigmaField(), QStringLiteral("-1"));
    QVERIFY2(box->errorText().contains(QStringLiteral("σ must be 0 or positive")),
             qPrintable(box->errorText()));
    QCOMPARE(s.noise(), 0.0);
    QCOMPARE(stack->count(), count);
}

void TestScheduleViews::badGammaIsSaidAndChangesNothing() {
    QFETCH(QString, id);
    MainWindow w;
    w.resize(1500, 950);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.showLesson(id));
    const Subject s{&w, id};
    QUndoStack* stack = w.document()->undoStack();
    ScheduleBox* box = s.panel()->scheduleBox();
    choose(box->kindBox(), QStringLiteral("Step decay"));
    QCOMPARE(s.schedule().kind, ScheduleKind::Step);
    const Schedule was = s.schedule();
    const int count = stack->count();
    for (const QString& bad : {QStringLiteral("2"), QStringLiteral("0"), QStringLiteral("-0.5")}) {
        typeInto(box->field(ScheduleBox::Gamma), bad);
        QVERIFY2(box->errorText().startsWith(QStringLiteral("γ must be greater than 0 and at most 1")),
                 qPrintable(box->errorText()));
        QVERIFY2(box->errorText().endsWith(QStringLiteral("kept 0.1.")), qPrintable(box->errorText()));
        QVERIFY(s.schedule() == was);
        QCOMPARE(stack->count(), count);
        QCOMPARE(box->field(ScheduleBox::Gamma)->value(), 0.1);
    }
    // A step size that is not whole, and a good γ after the bad ones.
    typeInto(box->field(ScheduleBox::StepSize), QStringLiteral("2.5"));
    QVERIFY2(box->errorText().contains(QStringLiteral("whole number")), qPrintable(box->errorText()));
    QVERIFY(s.schedule() == was);
    typeInto(box->field(ScheduleBox::Gamma), QStringLiteral("0.5"));
    QVERIFY(box->errorText().isEmpty());
    QCOMPARE(s.schedule().gamma, 0.5);
    QCOMPARE(stack->count(), count + 1);
}

void TestScheduleViews::panelFollowsALessonFile() {
    QFETCH(QString, id);
    MainWindow w;
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.showLesson(id));
    const Subject s{&w, id};
    Lesson* model = s.isRace() ? static_cast<Lesson*>(s.race()) : static_cast<Lesson*>(s.descent());
    QJsonObject state = model->save();
    state.insert(QStringLiteral("schedule"),
                 QJsonObject{{QStringLiteral("kind"), QStringLiteral("warmup-cosine")},
                             {QStringLiteral("tMax"), 40},
                             {QStringLiteral("warmup"), 8},
                             {QStringLiteral("startFactor"), 0.2}});
    state.insert(QStringLiteral("noise"), 0.25);
    state.insert(QStringLiteral("seed"), 11);
    QCOMPARE(model->check(state), QString());
    model->restore(state);
    ScheduleBox* box = s.panel()->scheduleBox();
    QCOMPARE(box->kindBox()->currentText(), QStringLiteral("Warm-up, then cosine"));
    QCOMPARE(box->field(ScheduleBox::TMax)->value(), 40.0);
    QCOMPARE(box->field(ScheduleBox::Warmup)->value(), 8.0);
    QCOMPARE(box->field(ScheduleBox::StartFactor)->value(), 0.2);
    QVERIFY(box->isShown(ScheduleBox::Warmup) && !box->isShown(ScheduleBox::Gamma));
    QCOMPARE(s.panel()->noiseBox()->sigmaField()->value(), 0.25);
    QCOMPARE(s.panel()->noiseBox()->seedBox()->value(), 11);
    QTRY_VERIFY(s.panel()->ratePlot()->isVisible());
    // Warm-up: the rate climbs for 8 updates, then falls.
    const QVector<double>& r = s.panel()->ratePlot()->rates();
    QVERIFY(r.size() > 40);
    QVERIFY(r[7] > r[0] && r[8] > r[7] && r[20] < r[8]);
}

void TestScheduleViews::boxShowsOnlyTheSettingsItsKindReads_data() {
    QTest::addColumn<int>("kind");
    for (int k = 0; k < kScheduleCount; ++k)
        QTest::newRow(scheduleName(static_cast<ScheduleKind>(k))) << k;
}

void TestScheduleViews::boxShowsOnlyTheSettingsItsKindReads() {
    QFETCH(int, kind);
    ScheduleBox box;
    box.show();
    QVERIFY(QTest::qWaitForWindowExposed(&box));
    Schedule s;
    s.kind = static_cast<ScheduleKind>(kind);
    box.showSchedule(s);
    QCOMPARE(box.kindBox()->currentText(), QString::fromStdString(scheduleTitle(s.kind).english()));
    for (int i = 0; i < ScheduleBox::SettingCount; ++i) {
        const auto setting = static_cast<ScheduleBox::Setting>(i);
        const bool uses = scheduleUses(s.kind, ScheduleBox::optionName(setting));
        QCOMPARE(box.isShown(setting), uses);
        QCOMPARE(box.field(setting)->isVisible(), uses);
    }
    QVERIFY(!box.explanation().isEmpty());
}

void TestScheduleViews::explanationWritesTypedNumbersAsTyped_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("shown");
    const int st = static_cast<int>(ScheduleKind::Step), wc = static_cast<int>(ScheduleKind::WarmupCosine);
    QTest::newRow("StepLR γ 0.5") << st << 0.5 << "multiplied by 0.5 every";
    QTest::newRow("StepLR γ 0.999") << st << 0.999 << "multiplied by 0.999 every";
    QTest::newRow("StepLR γ 1e-3") << st << 1e-3 << "multiplied by 0.001 every";
    // torch's default start factor 1/3 has 16 digits: written to four, marked as rounded.
    QTest::newRow("warm-up from 1/3") << wc << 1.0 / 3.0 << "from ≈ 0.3333 × the learning rate";
    QTest::newRow("warm-up from 0.1") << wc << 0.1 << "from 0.1 × the learning rate";
    QTest::newRow("warm-up from 0.125") << wc << 0.125 << "from 0.125 × the learning rate";
}

void TestScheduleViews::explanationWritesTypedNumbersAsTyped() {
    QFETCH(int, kind);
    QFETCH(double, value);
    QFETCH(QString, shown);
    ScheduleBox box;
    Schedule s;
    s.kind = static_cast<ScheduleKind>(kind);
    (s.kind == ScheduleKind::Step ? s.gamma : s.startFactor) = value;
    box.showSchedule(s);
    QVERIFY2(box.explanation().contains(shown), qPrintable(box.explanation()));
    QVERIFY2(!box.explanation().contains(QStringLiteral("3333333")), qPrintable(box.explanation()));
}

void TestScheduleViews::plotIsLogarithmicOnlyOverADecade_data() {
    QTest::addColumn<int>("kind");
    QTest::addColumn<double>("gamma");
    QTest::addColumn<double>("etaMin");
    QTest::addColumn<int>("steps");
    QTest::addColumn<bool>("log");
    const int c = static_cast<int>(ScheduleKind::Constant), st = static_cast<int>(ScheduleKind::Step),
              ex = static_cast<int>(ScheduleKind::Exponential), co = static_cast<int>(ScheduleKind::Cosine);
    QTest::newRow("constant") << c << 0.1 << 0.0 << 50 << false;
    QTest::newRow("step ×0.5 every 10, 30 updates (a factor 4)") << st << 0.5 << 0.0 << 30 << false;
    QTest::newRow("step ×0.5 every 10, 50 updates (a factor 16)") << st << 0.5 << 0.0 << 50 << true;
    QTest::newRow("exponential 0.99, 100 updates (a factor 2.7)") << ex << 0.99 << 0.0 << 100 << false;
    QTest::newRow("exponential 0.9, 100 updates") << ex << 0.9 << 0.0 << 100 << true;
    QTest::newRow("cosine to half the rate") << co << 0.1 << 0.05 << 100 << false;
    QTest::newRow("cosine to 0 over 100 of 50 updates") << co << 0.1 << 0.0 << 50 << false;
    QTest::newRow("cosine to 0 over 100 of 100 updates") << co << 0.1 << 0.0 << 100 << true;
}

void TestScheduleViews::plotIsLogarithmicOnlyOverADecade() {
    QFETCH(int, kind);
    QFETCH(double, gamma);
    QFETCH(double, etaMin);
    QFETCH(int, steps);
    QFETCH(bool, log);
    Schedule s;
    s.kind = static_cast<ScheduleKind>(kind);
    s.gamma = gamma;
    s.etaMin = etaMin;
    LearningRatePlot plot;
    plot.resize(300, 200);
    plot.setRates(s, 0.2, steps, 5);
    QCOMPARE(plot.isLogScale(), log);
    QCOMPARE(plot.rates().size(), steps);
    for (int k = 1; k <= steps; ++k)
        QCOMPARE(plot.rates()[k - 1], scheduledRate(s, 0.2, k));
    // The marker on update 5, the taken line up to it, the dashed one from it.
    QCOMPARE(plot.current(), 5);
    QCOMPARE(plot.takenGraph()->data()->size(), steps);
    QVERIFY(std::isnan(plot.takenGraph()->data()->at(5)->value));
    QVERIFY(std::isnan(plot.plannedGraph()->data()->at(3)->value));
    // Every rate drawn lies inside the y-range.
    for (double r : plot.rates())
        if (r > 0) QVERIFY2(plot.yAxis->range().contains(r), qPrintable(QString::number(r)));
    QCOMPARE(plot.xAxis->label(), QStringLiteral("update k"));
    QCOMPARE(plot.yAxis->label(), QStringLiteral("learning rate"));
    // And back to a constant: linear again.
    plot.setRates(Schedule(), 0.2, steps, 0);
    QVERIFY(!plot.isLogScale());
}

void TestScheduleViews::stepTableShowsEachUpdatesRate() {
    MainWindow w;
    w.resize(1500, 950);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.showLesson(QStringLiteral("descent1d")));
    auto* view = static_cast<DescentView*>(w.lesson(QStringLiteral("descent1d")));
    QTableWidget* table = view->figure()->stepTable();
    QVERIFY(table->isColumnHidden(5));
    Schedule s;
    s.kind = ScheduleKind::Exponential;
    s.gamma = 0.5;
    view->lesson()->setSchedule(s);
    QVERIFY(!table->isColumnHidden(5));
    QCOMPARE(table->horizontalHeaderItem(5)->text(), QStringLiteral("lr"));
    for (int i = 0; i < 3; ++i)
        QTest::mouseClick(view->stepButton(), Qt::LeftButton);
    // Row k holds the rate of the update from w_k: 0.1, 0.05, 0.025; the last row has none yet.
    QCOMPARE(table->item(0, 5)->data(Qt::DisplayRole).toString(), QStringLiteral("0.1"));
    QCOMPARE(table->item(1, 5)->data(Qt::DisplayRole).toString(), QStringLiteral("0.05"));
    QCOMPARE(table->item(2, 5)->data(Qt::DisplayRole).toString(), QStringLiteral("0.025"));
    QCOMPARE(table->item(3, 5)->data(Qt::DisplayRole).toString(), QStringLiteral("—"));
}

void TestScheduleViews::textsNameTheBaseRateAndTheNoise() {
    MainWindow w;
    w.resize(1500, 950);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.showLesson(QStringLiteral("learning-rate")));
    auto* view = static_cast<LearningRateView*>(w.lesson(QStringLiteral("learning-rate")));
    LearningRateLesson* l = view->lesson();
    l->waitForSweep();
    QVERIFY(view->figure()->regimeText().contains(QStringLiteral("only with a learning rate below")));
    QVERIFY(!view->figure()->sweepLegendText().contains(QStringLiteral("schedule")));
    Schedule s;
    s.kind = ScheduleKind::Cosine;
    s.tMax = 100;
    l->setSchedule(s);
    l->setNoise(0.1);
    l->waitForSweep();
    const QString regime = view->figure()->regimeText();
    // The critical rate is compared with the rate of the updates, which the schedule changes.
    QVERIFY2(!regime.contains(QStringLiteral("only with a learning rate below")), qPrintable(regime));
    QVERIFY2(regime.contains(QStringLiteral("cosine annealing schedule changes the rate")),
             qPrintable(regime));
    QVERIFY2(regime.contains(QStringLiteral("this run's rates run from")), qPrintable(regime));
    QVERIFY2(regime.contains(QStringLiteral("does not come to rest")), qPrintable(regime));
    // The last rate is written alike in the figure's sentence and in the run's own ("of update N to …").
    const QRegularExpression figureLast(QStringLiteral("the last ([^ ,]+), so")),
        runLast(QStringLiteral("and of step [0-9]+ to ([^ ;.]+(?:\\.[0-9]+)?[^ ;]*)[;.]"));
    const QRegularExpressionMatch a = figureLast.match(regime), b = runLast.match(regime);
    QVERIFY2(a.hasMatch() && b.hasMatch(), qPrintable(regime));
    QCOMPARE(a.captured(1), b.captured(1));
    const QString legend = view->figure()->sweepLegendText();
    QVERIFY2(legend.contains(QStringLiteral("Each base learning rate")), qPrintable(legend));
    QVERIFY2(legend.contains(QStringLiteral("cosine annealing schedule and gradient noise σ = 0.1 (seed 0)")),
             qPrintable(legend));
    QCOMPARE(view->figure()->sweepPlot()->xAxis->label(), QStringLiteral("base learning rate"));
}

QTEST_MAIN(TestScheduleViews)
#include "tst_schedule_views.moc"
