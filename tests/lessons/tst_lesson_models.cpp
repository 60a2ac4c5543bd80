// The lesson models without a window (QTEST_GUILESS_MAIN, no QtWidgets): every lesson of the catalogue
// saves, checks and restores its own state; setters clamp and refuse what they cannot use; every user
// action is one undo step (a drag one step from press to release) whose undo and redo put back every
// earlier state; a setter that changes something says so once, and one that changes nothing is silent.

#include "descent/run_judgement.h"
#include "function/compiled_function.h"
#include "lessons/autograd_lesson.h"
#include "lessons/contour_lesson.h"
#include "lessons/descent_lesson.h"
#include "lessons/fit_lesson.h"
#include "lessons/learning_rate_lesson.h"
#include "lessons/lesson_catalogue.h"
#include "lessons/lesson_file.h"
#include "lessons/lesson_set.h"
#include "lessons/numeric_lesson.h"
#include "lessons/race_lesson.h"
#include "lessons/secant_lesson.h"
#include "lessons/slope_lesson.h"
#include "lessons/surface3d_lesson.h"
#include "lessons/zoom_lesson.h"
#include "undo/lesson_document.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <cmath>
#include <limits>

using namespace gradlab;

namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

/// One user action on a set of lessons, and the undo text it must leave.
struct Action {
    QString text;
    std::function<void(LessonSet&)> run;
};
using Actions = QList<Action>;
/// Something done to a set of lessons (a setter call).
using Change = std::function<void(LessonSet&)>;
/// Step `i` (1, 2, …) of a drag: each step goes somewhere else.
using Move = std::function<void(LessonSet&, int i)>;

template <class T> T* get(LessonSet& set, const char* id) {
    T* lesson = set.get<T>(QString::fromLatin1(id));
    Q_ASSERT(lesson);
    return lesson;
}

/// Hyperparameters unlike the defaults in every field, different for each `seed`.
Hyperparameters unusualHyperparameters(int seed) {
    Hyperparameters hp;
    hp.learningRate = 0.002 * (seed + 1);
    hp.momentum = 0.5 + 0.01 * seed;
    hp.alpha = 0.9 + 0.001 * seed;
    hp.beta1 = 0.8 + 0.01 * seed;
    hp.beta2 = 0.99 - 0.001 * seed;
    hp.eps = 1e-6 * (seed + 1);
    return hp;
}

/// A schedule unlike the default (constant) in its kind and every setting.
Schedule unusualSchedule() {
    Schedule s;
    s.kind = ScheduleKind::WarmupCosine;
    s.stepSize = 7;
    s.gamma = 0.5;
    s.tMax = 40;
    s.etaMin = 0.001;
    s.warmup = 5;
    s.startFactor = 0.25;
    return s;
}

/// The schedule, the noise and the seed of a descent or race lesson, each one user action.
template <class L> Actions scheduleActions(const char* id) {
    return {
        {QStringLiteral("Change the learning-rate schedule"),
         [id](LessonSet& s) { get<L>(s, id)->setSchedule(unusualSchedule()); }},
        {QStringLiteral("Change the gradient noise"), [id](LessonSet& s) { get<L>(s, id)->setNoise(0.3); }},
        {QStringLiteral("Change the noise seed"), [id](LessonSet& s) { get<L>(s, id)->setSeed(7); }}};
}

/// What moving a one-variable lesson's point is called in the undo menu (autograd's is its input).
QString moveText(const char* id) {
    return QLatin1String(id) == QLatin1String("autograd") ? QStringLiteral("Change the input value")
                                                          : QStringLiteral("Move the point");
}

/// Actions that change every setting of a one-variable lesson: its formula, its point and its range.
Actions functionActions(const char* id) {
    return {
        {QStringLiteral("Change the function"),
         [id](LessonSet& s) { get<FunctionLesson>(s, id)->setFormula(QStringLiteral("x^3 - 2x")); }},
        {moveText(id), [id](LessonSet& s) { get<FunctionLesson>(s, id)->setX(0.5); }},
        {moveText(id),
         [id](LessonSet& s) {
             FunctionLesson* l = get<FunctionLesson>(s, id);
             l->setXShowing(l->xMax() + 2); // widens the range
         }},
    };
}

/// The descent settings on top of the function's: learning rate, optimizer, steps, tolerance and every
/// hyperparameter.
Actions descentActions(const char* id) {
    Actions a = functionActions(id);
    a << Action{QStringLiteral("Change the learning rate"),
                [id](LessonSet& s) { get<DescentLesson>(s, id)->setLearningRate(0.05); }}
      << Action{QStringLiteral("Change the optimizer settings"),
                [id](LessonSet& s) { get<DescentLesson>(s, id)->setOptimizer(OptimizerKind::Momentum); }}
      << Action{QStringLiteral("Change the number of steps"),
                [id](LessonSet& s) { get<DescentLesson>(s, id)->setMaxSteps(77); }}
      << Action{QStringLiteral("Change the tolerance"),
                [id](LessonSet& s) { get<DescentLesson>(s, id)->setTolerance(1e-4); }}
      << Action{QStringLiteral("Change the optimizer settings"), [id](LessonSet& s) {
                    DescentLesson* l = get<DescentLesson>(s, id);
                    l->setSettings(OptimizerKind::Adam, unusualHyperparameters(3), 66, 1e-3);
                }};
    a << scheduleActions<DescentLesson>(id);
    // The optimizer-state overlay: lesson 6 draws it; the learning-rate lesson has no such setting.
    if (QLatin1String(id) == QLatin1String("descent1d"))
        a << Action{QStringLiteral("Show the optimizer state"),
                    [id](LessonSet& s) { get<DescentLesson>(s, id)->setShowState(true); }};
    return a;
}

/// Actions that change every setting of the lesson `id`, each one user action.
Actions actionsOf(const QString& id) {
    if (id == QLatin1String("slope")) return functionActions("slope");
    if (id == QLatin1String("numeric")) return functionActions("numeric");
    if (id == QLatin1String("autograd")) return functionActions("autograd");
    if (id == QLatin1String("secant"))
        return functionActions("secant")
               << Action{QStringLiteral("Change Δx"),
                         [](LessonSet& s) { get<SecantLesson>(s, "secant")->setDx(0.25); }}
               << Action{QStringLiteral("Change the difference scheme"), [](LessonSet& s) {
                             get<SecantLesson>(s, "secant")->setScheme(DifferenceScheme::Central);
                         }};
    if (id == QLatin1String("descent1d")) return descentActions("descent1d");
    if (id == QLatin1String("learning-rate"))
        return descentActions("learning-rate")
               << Action{QStringLiteral("Change the map's second axis"),
                         [](LessonSet& s) {
                             get<LearningRateLesson>(s, "learning-rate")
                                 ->setMapParameter(Hyperparameter::Beta2);
                         }}
               << Action{QStringLiteral("Change the map's colour"),
                         [](LessonSet& s) {
                             get<LearningRateLesson>(s, "learning-rate")
                                 ->setMapColour(StabilityMapper::Colour::StepsToConverge);
                         }}
               << Action{
                      QStringLiteral("Show the stability map"), [](LessonSet& s) {
                          get<LearningRateLesson>(s, "learning-rate")->setView(LearningRateLesson::View::Map);
                      }};
    if (id == QLatin1String("contour") || id == QLatin1String("race")) {
        const char* name = id == QLatin1String("race") ? "race" : "contour";
        Actions a{
            {QStringLiteral("Change the function"),
             [name](LessonSet& s) {
                 get<SurfaceLesson>(s, name)->setFormula(QStringLiteral("x^2 + 2y^2 + x*y"));
             }},
            {QStringLiteral("Move the point"),
             [name](LessonSet& s) { get<SurfaceLesson>(s, name)->setPoint(QPointF(0.5, -0.25)); }},
            {QStringLiteral("Move the point"),
             [name](LessonSet& s) {
                 SurfaceLesson* l = get<SurfaceLesson>(s, name);
                 l->setPointShowing(QPointF(l->xMax() + 1, l->yMax() + 1)); // widens the rectangle
             }},
        };
        if (id == QLatin1String("contour"))
            return a << Action{QStringLiteral("Show the Hessian"),
                               [](LessonSet& s) { get<ContourLesson>(s, "contour")->setShowHessian(true); }};
        a << Action{QStringLiteral("Change the number of steps"),
                    [](LessonSet& s) { get<RaceLesson>(s, "race")->setMaxSteps(321); }}
          << Action{QStringLiteral("Change the speed"),
                    [](LessonSet& s) { get<RaceLesson>(s, "race")->setSpeed(17); }}
          << scheduleActions<RaceLesson>("race");
        a << Action{QStringLiteral("Show the optimizer state"),
                    [](LessonSet& s) { get<RaceLesson>(s, "race")->setShowState(true); }};
        a << Action{QStringLiteral("Map another optimizer"),
                    [](LessonSet& s) { get<RaceLesson>(s, "race")->setMappedOptimizer(OptimizerKind::Adam); }}
          << Action{QStringLiteral("Change the map's second axis"),
                    [](LessonSet& s) { get<RaceLesson>(s, "race")->setMapParameter(Hyperparameter::Beta2); }}
          << Action{QStringLiteral("Change the map's colour"),
                    [](LessonSet& s) {
                        get<RaceLesson>(s, "race")->setMapColour(StabilityMapper::Colour::StepsToConverge);
                    }}
          << Action{QStringLiteral("Show the stability map"),
                    [](LessonSet& s) { get<RaceLesson>(s, "race")->setView(RaceLesson::View::Map); }};
        for (OptimizerKind k : kOptimizers) {
            const int i = static_cast<int>(k);
            a << Action{QStringLiteral("Change the optimizer settings"), [k](LessonSet& s) {
                            RaceLesson* r = get<RaceLesson>(s, "race");
                            r->setEnabled(k, !r->isEnabled(k));
                        }};
            a << Action{QStringLiteral("Change the optimizer settings"), [k, i](LessonSet& s) {
                            get<RaceLesson>(s, "race")->setHyperparameters(k, unusualHyperparameters(i));
                        }};
            a << Action{QStringLiteral("Change the optimizer settings"), [k, i](LessonSet& s) {
                            get<RaceLesson>(s, "race")->setSecondRate(k, 0.01 * (i + 1));
                        }};
        }
        return a;
    }
    if (id == QLatin1String("zoom")) {
        const auto zoom = [](std::function<void(ZoomLesson*)> f) {
            return [f](LessonSet& s) { f(get<ZoomLesson>(s, "zoom")); };
        };
        return functionActions("zoom")
               << Action{QStringLiteral("Zoom"), zoom([](ZoomLesson* l) { l->setHalfWidth(0.003); })}
               << Action{QStringLiteral("Show the Taylor parabola"),
                         zoom([](ZoomLesson* l) { l->setShowsParabola(false); })}
               << Action{QStringLiteral("Show the Taylor cubic"),
                         zoom([](ZoomLesson* l) { l->setShowsCubic(true); })}
               << Action{QStringLiteral("Show the osculating circle"),
                         zoom([](ZoomLesson* l) { l->setShowsCircle(true); })}
               << Action{QStringLiteral("Show Newton's step"),
                         zoom([](ZoomLesson* l) { l->setShowsNewton(false); })};
    }
    if (id == QLatin1String("fit-line")) {
        const auto fit = [](std::function<void(FitLesson*)> f) {
            return [f](LessonSet& s) { f(get<FitLesson>(s, "fit-line")); };
        };
        Schedule cosine;
        cosine.kind = ScheduleKind::Cosine;
        cosine.tMax = 40;
        cosine.etaMin = 0.001;
        return {
            {QStringLiteral("Choose the data set"), fit([](FitLesson* l) { l->setPreset("outlier"); })},
            {QStringLiteral("Move data point"),
             fit([](FitLesson* l) { l->movePoint(2, QPointF(1.25, 4.5)); })},
            {QStringLiteral("Add data point"), fit([](FitLesson* l) { l->addPoint(QPointF(6, 7)); })},
            {QStringLiteral("Remove data point"), fit([](FitLesson* l) { l->removePoint(0); })},
            {QStringLiteral("Import data"),
             fit([](FitLesson* l) { QVERIFY(l->importCsv("x,y\n1,2\n2,3.5\n4,4\n-1,0.25\n", nullptr)); })},
            {QStringLiteral("Move line"), fit([](FitLesson* l) { l->setLine(-0.75, 2.5); })},
            {QStringLiteral("Move line"),
             fit([](FitLesson* l) { l->setLineThrough(QPointF(0, 1), QPointF(2, 4)); })},
            {QStringLiteral("Change the optimizer"),
             fit([](FitLesson* l) { l->setOptimizer(OptimizerKind::Adam); })},
            {QStringLiteral("Change the optimizer settings"),
             fit([](FitLesson* l) { l->setHyperparameters(unusualHyperparameters(4)); })},
            {QStringLiteral("Change the learning rate"), fit([](FitLesson* l) { l->setLearningRate(0.03); })},
            {QStringLiteral("Change the learning-rate schedule"),
             fit([cosine](FitLesson* l) { l->setSchedule(cosine); })},
            {QStringLiteral("Change the number of epochs"), fit([](FitLesson* l) { l->setEpochs(37); })},
            {QStringLiteral("Change the batch size"), fit([](FitLesson* l) { l->setBatchSize(2); })},
            {QStringLiteral("Change the seed"), fit([](FitLesson* l) { l->setSeed(4242); })},
        };
    }
    if (id == QLatin1String("surface3d"))
        return {
            {QStringLiteral("Follow another optimizer"),
             [](LessonSet& s) { get<Surface3dLesson>(s, "surface3d")->setFollowed(OptimizerKind::Adam); }},
            {QStringLiteral("Change the height scale"),
             [](LessonSet& s) { get<Surface3dLesson>(s, "surface3d")->setLogHeight(true); }}};
    return {};
}

/// Every lesson's saved state.
QMap<QString, QJsonObject> statesOf(const LessonSet& set) {
    QMap<QString, QJsonObject> states;
    for (Lesson* l : set.lessons())
        states.insert(l->id(), l->save());
    return states;
}

/// Waits for work a lesson started in the background (the learning-rate sweep), so that nothing runs
/// on after a test.
void settle(LessonSet& set) {
    if (auto* l = set.get<LearningRateLesson>(QStringLiteral("learning-rate"))) l->waitForSweep();
}

} // namespace

Q_DECLARE_METATYPE(Change)
Q_DECLARE_METATYPE(Move)

class TestLessonModels : public QObject {
    Q_OBJECT
private slots:
    // Every lesson of the catalogue.
    void catalogueMakesEveryLesson();
    void defaultsPassCheck_data() { catalogueRows(); }
    void defaultsPassCheck();
    void restoreOfSaveChangesNothing_data() { catalogueRows(); }
    void restoreOfSaveChangesNothing();
    void saveRestoreRoundTripsEverySetting_data() { catalogueRows(); }
    void saveRestoreRoundTripsEverySetting();
    void lessonFileRoundTripsEverySetting_data() { catalogueRows(); }
    void lessonFileRoundTripsEverySetting();
    void checkRefusesWrongValues_data();
    void checkRefusesWrongValues();
    void cloneHasTheSameState_data() { catalogueRows(); }
    void cloneHasTheSameState();
    void undoAndRedoRestoreEveryEarlierState_data() { catalogueRows(); }
    void undoAndRedoRestoreEveryEarlierState();

    // Setters clamp and validate.
    void setXClampsToTheRange_data();
    void setXClampsToTheRange();
    void setDxClamps_data();
    void setDxClamps();
    void setSchemeIsSaved_data();
    void setSchemeIsSaved();
    void descentSettersRefuseBadValues_data();
    void descentSettersRefuseBadValues();
    void scheduleAndNoiseSettersRefuseBadValues_data();
    void scheduleAndNoiseSettersRefuseBadValues();
    void stateWithoutScheduleOrNoiseLoadsConstantAndQuiet_data();
    void stateWithoutScheduleOrNoiseLoadsConstantAndQuiet();
    void runFollowsTheScheduleAndTheSeed_data();
    void runFollowsTheScheduleAndTheSeed();
    void sweepRunsWithTheRunsScheduleAndNoise();
    void setSpeedClamps_data();
    void setSpeedClamps();
    void setSecondRate_data();
    void setSecondRate();
    void surface3dFollowsAnEnabledOptimizer();
    void badFormulaChangesNothing_data();
    void badFormulaChangesNothing();
    void presetBringsItsRangeAndStart_data();
    void presetBringsItsRangeAndStart();
    void typedFormulaKeepsTheRange_data();
    void typedFormulaKeepsTheRange();
    void racePresetBringsDefaultRates();
    void fitSeed001Numbers();
    void fitImportRefusesBadDataAndChangesNothing_data();
    void fitImportRefusesBadDataAndChangesNothing();
    void fitBatchSizeOfAllIsKeptAsTheDataGrow();
    void fitRemovesNoLastPoint();
    void fitRunSentences();

    // Undo steps and signals.
    void dragIsOneUndoStep_data();
    void dragIsOneUndoStep();
    void changedOncePerChange_data();
    void changedOncePerChange();

private:
    static void catalogueRows();
};

void TestLessonModels::catalogueRows() {
    QTest::addColumn<QString>("id");
    for (const QString& id : lessonIds())
        QTest::newRow(qPrintable(id)) << id;
}

void TestLessonModels::catalogueMakesEveryLesson() {
    const auto set = createLessons();
    QCOMPARE(set->lessons().size(), static_cast<qsizetype>(lessonCatalogue().size()));
    QStringList ids;
    for (Lesson* l : set->lessons())
        ids << l->id();
    QCOMPARE(ids, lessonIds());
    QCOMPARE(ids.size(), qsizetype{11});
    for (const QString& id : ids)
        QVERIFY2(!actionsOf(id).isEmpty(), qPrintable(id + QStringLiteral(" has no actions in this test")));
    settle(*set);
}

void TestLessonModels::defaultsPassCheck() {
    QFETCH(QString, id);
    const auto set = createLessons();
    Lesson* l = set->lesson(id);
    QVERIFY(l);
    QVERIFY(!l->save().isEmpty());
    QCOMPARE(l->check(l->save()), QString());
    settle(*set);
}

void TestLessonModels::restoreOfSaveChangesNothing() {
    QFETCH(QString, id);
    const auto set = createLessons();
    for (const Action& a : actionsOf(id))
        a.run(*set);
    const QMap<QString, QJsonObject> before = statesOf(*set);
    LessonDocument document(set.get());
    set->lesson(id)->restore(set->lesson(id)->save());
    QCOMPARE(statesOf(*set), before);
    QCOMPARE(document.undoStack()->count(), 0); // a restore is no user action
    settle(*set);
}

void TestLessonModels::saveRestoreRoundTripsEverySetting() {
    QFETCH(QString, id);
    const auto set = createLessons();
    Lesson* l = set->lesson(id);
    const QJsonObject defaults = l->save();
    for (const Action& a : actionsOf(id))
        a.run(*set);
    const QJsonObject changed = l->save();
    QCOMPARE(l->check(changed), QString());
    // The actions change every setting (else the round trip below could not see a setting dropped).
    for (auto it = defaults.begin(); it != defaults.end(); ++it)
        QVERIFY2(changed.value(it.key()) != it.value(), qPrintable(it.key() + QStringLiteral(" unchanged")));
    if (id == QLatin1String("race")) {
        const QJsonObject was = defaults.value(QStringLiteral("optimizers")).toObject();
        const QJsonObject is = changed.value(QStringLiteral("optimizers")).toObject();
        QCOMPARE(is.keys(), was.keys());
        for (const QString& k : was.keys())
            QVERIFY2(is.value(k) != was.value(k), qPrintable(k + QStringLiteral(" unchanged")));
    }

    const auto fresh = createLessons();
    Lesson* copy = fresh->lesson(id);
    QCOMPARE(copy->save(), defaults);
    copy->restore(changed);
    QCOMPARE(copy->save(), changed);
    QCOMPARE(copy->check(copy->save()), QString());
    // And back: the defaults restore the defaults.
    l->restore(defaults);
    QCOMPARE(l->save(), defaults);
    settle(*set);
    settle(*fresh);
}

void TestLessonModels::lessonFileRoundTripsEverySetting() {
    QFETCH(QString, id);
    // A document saved with every setting changed opens in a fresh window (whose defaults are the models')
    // to the same state, without warnings.
    const auto set = createLessons();
    const QMap<QString, QJsonObject> defaults = statesOf(*set);
    for (const Action& a : actionsOf(id))
        a.run(*set);
    const QByteArray file = encodeLessonFile(statesOf(*set), id);
    const auto fresh = createLessons();
    LessonDocument document(fresh.get());
    QCOMPARE(document.defaults(), defaults);
    LessonFileContents contents;
    QString error;
    QVERIFY2(document.decode(file, &contents, &error), qPrintable(error));
    QCOMPARE(contents.warnings, QStringList());
    QCOMPARE(contents.active, id);
    document.apply(contents, QString());
    QCOMPARE(statesOf(*fresh), statesOf(*set));
    settle(*set);
    settle(*fresh);
}

void TestLessonModels::checkRefusesWrongValues_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QJsonValue>("value");
    for (const char* id : {"slope", "secant", "numeric", "autograd", "descent1d", "learning-rate"}) {
        const QByteArray name(id);
        QTest::newRow((name + " bad formula").constData())
            << id << "formula" << QJsonValue(QStringLiteral("x^"));
        // Lesson 4 takes two variables (the neuron's b and w); three are too many.
        QTest::newRow((name + " two variables").constData())
            << id << "formula"
            << QJsonValue(name == "autograd" ? QStringLiteral("x*y*z") : QStringLiteral("x*y"));
        QTest::newRow((name + " empty range").constData()) << id << "range" << QJsonValue(QJsonArray{2, 2});
        QTest::newRow((name + " reversed range").constData())
            << id << "range" << QJsonValue(QJsonArray{3, -3});
    }
    QTest::newRow("secant dx 0") << "secant"
                                 << "dx" << QJsonValue(0.0);
    QTest::newRow("secant dx huge") << "secant"
                                    << "dx" << QJsonValue(100.0);
    QTest::newRow("secant unknown scheme") << "secant"
                                           << "scheme" << QJsonValue(QStringLiteral("sideways"));
    QTest::newRow("descent unknown optimizer") << "descent1d"
                                               << "optimizer" << QJsonValue(QStringLiteral("sgd9"));
    QTest::newRow("descent 0 steps") << "descent1d"
                                     << "maxSteps" << QJsonValue(0);
    QTest::newRow("descent tolerance 1") << "descent1d"
                                         << "tolerance" << QJsonValue(1.0);
    QTest::newRow("descent negative rate") << "descent1d"
                                           << "learningRate" << QJsonValue(-0.1);
    for (const char* id : {"contour", "race"}) {
        const QByteArray name(id);
        QTest::newRow((name + " three variables").constData())
            << id << "formula" << QJsonValue(QStringLiteral("x*y*z"));
        QTest::newRow((name + " empty domain").constData())
            << id << "domain" << QJsonValue(QJsonArray{1, 1, -1, 1});
    }
    QTest::newRow("race speed 0") << "race"
                                  << "speed" << QJsonValue(0);
    QTest::newRow("race speed too fast") << "race"
                                         << "speed" << QJsonValue(RaceLesson::kMaxSpeed + 1);
    QTest::newRow("race 0 steps") << "race"
                                  << "maxSteps" << QJsonValue(0);
    for (const double rate : {-1.0, kInf}) {
        const QByteArray name = rate > 0 ? "race second rate infinity" : "race second rate -1";
        QJsonObject optimizers = RaceLesson().save().value(QStringLiteral("optimizers")).toObject();
        QJsonObject adam = optimizers.value(QStringLiteral("adam")).toObject();
        adam.insert(QStringLiteral("secondRate"), rate);
        optimizers.insert(QStringLiteral("adam"), adam);
        QTest::newRow(name.constData()) << "race"
                                        << "optimizers" << QJsonValue(optimizers);
    }
    for (const char* id : {"descent1d", "learning-rate", "race"}) {
        const QByteArray name(id);
        const auto schedule = [](const char* kind, const char* key, QJsonValue v) {
            QJsonObject o{{QStringLiteral("kind"), QLatin1String(kind)}};
            o.insert(QLatin1String(key), v);
            return QJsonValue(o);
        };
        QTest::newRow((name + " schedule not an object").constData()) << id << "schedule" << QJsonValue(3);
        QTest::newRow((name + " unknown schedule").constData())
            << id << "schedule" << schedule("linear", "gamma", 0.5);
        QTest::newRow((name + " step gamma 2").constData())
            << id << "schedule" << schedule("step", "gamma", 2);
        QTest::newRow((name + " exponential gamma 0").constData())
            << id << "schedule" << schedule("exponential", "gamma", 0);
        QTest::newRow((name + " step size 0").constData())
            << id << "schedule" << schedule("step", "stepSize", 0);
        QTest::newRow((name + " step size 2.5").constData())
            << id << "schedule" << schedule("step", "stepSize", 2.5);
        QTest::newRow((name + " cosine t-max 0").constData())
            << id << "schedule" << schedule("cosine", "tMax", 0);
        QTest::newRow((name + " cosine eta-min -1").constData())
            << id << "schedule" << schedule("cosine", "etaMin", -1);
        QTest::newRow((name + " warm-up as long as t-max").constData())
            << id << "schedule" << schedule("warmup-cosine", "warmup", 100);
        QTest::newRow((name + " start factor 0").constData())
            << id << "schedule" << schedule("warmup-cosine", "startFactor", 0);
        QTest::newRow((name + " gamma a string").constData())
            << id << "schedule" << schedule("step", "gamma", QStringLiteral("half"));
        QTest::newRow((name + " noise -1").constData()) << id << "noise" << QJsonValue(-1.0);
        QTest::newRow((name + " noise a string").constData())
            << id << "noise" << QJsonValue(QStringLiteral("lots"));
        QTest::newRow((name + " seed -1").constData()) << id << "seed" << QJsonValue(-1);
        QTest::newRow((name + " seed 2.5").constData()) << id << "seed" << QJsonValue(2.5);
    }
    QTest::newRow("fit no data") << "fit-line"
                                 << "data" << QJsonValue(QJsonArray{});
    QTest::newRow("fit data not a list") << "fit-line"
                                         << "data" << QJsonValue(3);
    QTest::newRow("fit point of one number")
        << "fit-line"
        << "data" << QJsonValue(QJsonArray{QJsonArray{1, 2}, QJsonArray{3}});
    QTest::newRow("fit point not numbers")
        << "fit-line"
        << "data" << QJsonValue(QJsonArray{QJsonArray{QStringLiteral("a"), 2}});
    QTest::newRow("fit point null") << "fit-line"
                                    << "data" << QJsonValue(QJsonArray{QJsonArray{1, QJsonValue()}});
    QTest::newRow("fit start of one number") << "fit-line"
                                             << "start" << QJsonValue(QJsonArray{1});
    QTest::newRow("fit 0 epochs") << "fit-line"
                                  << "epochs" << QJsonValue(0);
    QTest::newRow("fit negative batch") << "fit-line"
                                        << "batchSize" << QJsonValue(-1);
    QTest::newRow("fit fractional batch") << "fit-line"
                                          << "batchSize" << QJsonValue(2.5);
    QTest::newRow("fit negative seed") << "fit-line"
                                       << "seed" << QJsonValue(-3);
    QTest::newRow("fit unknown optimizer") << "fit-line"
                                           << "optimizer" << QJsonValue(QStringLiteral("sgd9"));
    QTest::newRow("fit zero rate") << "fit-line"
                                   << "learningRate" << QJsonValue(0.0);
    QTest::newRow("fit unknown schedule")
        << "fit-line"
        << "schedule" << QJsonValue(QJsonObject{{QStringLiteral("kind"), QStringLiteral("sideways")}});
    QTest::newRow("surface3d unknown optimizer") << "surface3d"
                                                 << "follow" << QJsonValue(QStringLiteral("sgd9"));
    QTest::newRow("surface3d logHeight not a bool") << "surface3d"
                                                    << "logHeight" << QJsonValue(1);
    QTest::newRow("contour hessian not a bool") << "contour"
                                                << "hessian" << QJsonValue(QStringLiteral("yes"));
}

void TestLessonModels::checkRefusesWrongValues() {
    QFETCH(QString, id);
    QFETCH(QString, key);
    QFETCH(QJsonValue, value);
    const auto set = createLessons();
    Lesson* l = set->lesson(id);
    QJsonObject state = l->save();
    state.insert(key, value);
    QVERIFY(!l->check(state).isEmpty());
    settle(*set);
}

void TestLessonModels::cloneHasTheSameState() {
    QFETCH(QString, id);
    const auto set = createLessons();
    for (const Action& a : actionsOf(id))
        a.run(*set);
    Lesson* l = set->lesson(id);
    const std::unique_ptr<Lesson> copy = l->clone();
    QCOMPARE(copy->id(), id);
    QCOMPARE(copy->save(), l->save());
    QCOMPARE(copy->tableCsv(), l->tableCsv());
    if (auto* rate = qobject_cast<LearningRateLesson*>(copy.get())) rate->waitForSweep();
    settle(*set);
}

void TestLessonModels::undoAndRedoRestoreEveryEarlierState() {
    QFETCH(QString, id);
    const auto set = createLessons();
    LessonDocument document(set.get());
    QUndoStack* stack = document.undoStack();
    QList<QMap<QString, QJsonObject>> states{statesOf(*set)};
    for (const Action& a : actionsOf(id)) {
        a.run(*set);
        states << statesOf(*set);
        QVERIFY2(states.last() != states.at(states.size() - 2),
                 qPrintable(a.text + QStringLiteral(" changed nothing")));
        QCOMPARE(stack->count(), static_cast<int>(states.size()) - 1);
        QCOMPARE(stack->undoText(), a.text);
    }
    for (int i = states.size() - 2; i >= 0; --i) {
        stack->undo();
        QCOMPARE(statesOf(*set), states.at(i));
    }
    QVERIFY(!stack->canUndo());
    QVERIFY(!document.isModified());
    for (int i = 1; i < states.size(); ++i) {
        stack->redo();
        QCOMPARE(statesOf(*set), states.at(i));
    }
    QVERIFY(!stack->canRedo());
    settle(*set);
}

void TestLessonModels::setXClampsToTheRange_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<double>("to");
    QTest::addColumn<QString>("expected"); // "min", "max", "same" (ignored) or "to"
    for (const char* id : {"slope", "secant", "numeric", "autograd", "descent1d", "learning-rate"}) {
        const QByteArray name(id);
        QTest::newRow((name + " inside").constData()) << id << 0.25 << "to";
        QTest::newRow((name + " above").constData()) << id << 1e6 << "max";
        QTest::newRow((name + " below").constData()) << id << -1e6 << "min";
        QTest::newRow((name + " NaN").constData()) << id << kNaN << "same";
        QTest::newRow((name + " infinity").constData()) << id << kInf << "same";
        QTest::newRow((name + " -infinity").constData()) << id << -kInf << "same";
    }
}

void TestLessonModels::setXClampsToTheRange() {
    QFETCH(QString, id);
    QFETCH(double, to);
    QFETCH(QString, expected);
    const auto set = createLessons();
    auto* l = set->get<FunctionLesson>(id);
    QVERIFY(l);
    const double xMin = l->xMin(), xMax = l->xMax(), before = l->x();
    l->setX(to);
    const double want = expected == QLatin1String("min")   ? xMin
                        : expected == QLatin1String("max") ? xMax
                        : expected == QLatin1String("to")  ? to
                                                           : before;
    QCOMPARE(l->x(), want);
    QCOMPARE(l->xMin(), xMin);
    QCOMPARE(l->xMax(), xMax);
    settle(*set);
}

void TestLessonModels::setDxClamps_data() {
    QTest::addColumn<double>("dx");
    QTest::addColumn<double>("expected");
    QTest::newRow("inside") << 0.3 << 0.3;
    QTest::newRow("smallest") << SecantLesson::kMinDx << SecantLesson::kMinDx;
    QTest::newRow("largest") << SecantLesson::kMaxDx << SecantLesson::kMaxDx;
    QTest::newRow("above") << 10.0 << SecantLesson::kMaxDx;
    QTest::newRow("zero") << 0.0 << SecantLesson::kMinDx;
    QTest::newRow("negative") << -1.0 << SecantLesson::kMinDx;
    QTest::newRow("NaN") << kNaN << 1.0;
    QTest::newRow("infinity") << kInf << 1.0;
}

void TestLessonModels::setDxClamps() {
    QFETCH(double, dx);
    QFETCH(double, expected);
    SecantLesson l;
    QCOMPARE(l.dx(), 1.0);
    l.setDx(dx);
    QCOMPARE(l.dx(), expected);
    QCOMPARE(l.save().value(QStringLiteral("dx")).toDouble(), expected);
}

void TestLessonModels::setSchemeIsSaved_data() {
    QTest::addColumn<int>("scheme");
    QTest::addColumn<QString>("name");
    QTest::newRow("forward") << static_cast<int>(DifferenceScheme::Forward) << "forward";
    QTest::newRow("backward") << static_cast<int>(DifferenceScheme::Backward) << "backward";
    QTest::newRow("central") << static_cast<int>(DifferenceScheme::Central) << "central";
}

void TestLessonModels::setSchemeIsSaved() {
    QFETCH(int, scheme);
    QFETCH(QString, name);
    SecantLesson l;
    l.setDx(0.5);
    l.setScheme(static_cast<DifferenceScheme>(scheme));
    QCOMPARE(static_cast<int>(l.scheme()), scheme);
    QCOMPARE(l.save().value(QStringLiteral("scheme")).toString(), name);
    // The secant's ends follow the scheme.
    const double left = scheme == static_cast<int>(DifferenceScheme::Forward) ? l.x() : l.x() - 0.5;
    const double right = scheme == static_cast<int>(DifferenceScheme::Backward) ? l.x() : l.x() + 0.5;
    QCOMPARE(l.leftX(), left);
    QCOMPARE(l.rightX(), right);
}

void TestLessonModels::descentSettersRefuseBadValues_data() {
    QTest::addColumn<QString>("setting");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("accepted");
    QTest::newRow("rate 0.5") << "learningRate" << 0.5 << true;
    QTest::newRow("rate 0") << "learningRate" << 0.0 << false;
    QTest::newRow("rate negative") << "learningRate" << -0.1 << false;
    QTest::newRow("rate NaN") << "learningRate" << kNaN << false;
    QTest::newRow("rate infinity") << "learningRate" << kInf << false;
    QTest::newRow("steps 1") << "maxSteps" << 1.0 << true;
    QTest::newRow("steps 500") << "maxSteps" << 500.0 << true;
    QTest::newRow("steps 0") << "maxSteps" << 0.0 << false;
    QTest::newRow("steps negative") << "maxSteps" << -5.0 << false;
    QTest::newRow("tolerance 0.5") << "tolerance" << 0.5 << true;
    QTest::newRow("tolerance 1e-9") << "tolerance" << 1e-9 << true;
    QTest::newRow("tolerance 0") << "tolerance" << 0.0 << false;
    QTest::newRow("tolerance 1") << "tolerance" << 1.0 << false;
    QTest::newRow("tolerance negative") << "tolerance" << -0.1 << false;
    QTest::newRow("tolerance 2") << "tolerance" << 2.0 << false;
    QTest::newRow("tolerance NaN") << "tolerance" << kNaN << false;
}

void TestLessonModels::descentSettersRefuseBadValues() {
    QFETCH(QString, setting);
    QFETCH(double, value);
    QFETCH(bool, accepted);
    DescentLesson l;
    const QJsonObject before = l.save();
    if (setting == QLatin1String("learningRate"))
        l.setLearningRate(value);
    else if (setting == QLatin1String("maxSteps"))
        l.setMaxSteps(static_cast<int>(value));
    else
        l.setTolerance(value);
    if (!accepted) {
        QCOMPARE(l.save(), before);
        return;
    }
    QJsonObject expected = before;
    expected.insert(setting,
                    setting == QLatin1String("maxSteps") ? QJsonValue(static_cast<int>(value)) : value);
    QCOMPARE(l.save(), expected);
    QCOMPARE(l.trajectory().points.size(), std::size_t{1}); // the run starts again
}

void TestLessonModels::scheduleAndNoiseSettersRefuseBadValues_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<Change>("change");
    for (const char* id : {"descent1d", "learning-rate", "race"}) {
        const QByteArray name(id);
        const bool race = name == "race";
        // The same call on either kind of lesson.
        const auto both = [id, race](std::function<void(DescentLesson*)> d,
                                     std::function<void(RaceLesson*)> r) {
            return Change([id, race, d, r](LessonSet& s) {
                if (race)
                    r(get<RaceLesson>(s, id));
                else
                    d(get<DescentLesson>(s, id));
            });
        };
        const auto schedule = [both](std::function<void(Schedule&)> edit) {
            Schedule sc;
            edit(sc);
            return both([sc](DescentLesson* l) { l->setSchedule(sc); },
                        [sc](RaceLesson* l) { l->setSchedule(sc); });
        };
        QTest::newRow((name + " step gamma 2").constData()) << id << schedule([](Schedule& s) {
            s.kind = ScheduleKind::Step;
            s.gamma = 2;
        });
        QTest::newRow((name + " exponential gamma NaN").constData()) << id << schedule([](Schedule& s) {
            s.kind = ScheduleKind::Exponential;
            s.gamma = kNaN;
        });
        QTest::newRow((name + " step size 0").constData()) << id << schedule([](Schedule& s) {
            s.kind = ScheduleKind::Step;
            s.stepSize = 0;
        });
        QTest::newRow((name + " cosine eta-min -1").constData()) << id << schedule([](Schedule& s) {
            s.kind = ScheduleKind::Cosine;
            s.etaMin = -1;
        });
        QTest::newRow((name + " warm-up past t-max").constData()) << id << schedule([](Schedule& s) {
            s.kind = ScheduleKind::WarmupCosine;
            s.tMax = 10;
            s.warmup = 12;
        });
        QTest::newRow((name + " noise -1").constData())
            << id << both([](DescentLesson* l) { l->setNoise(-1); }, [](RaceLesson* l) { l->setNoise(-1); });
        QTest::newRow((name + " noise NaN").constData())
            << id
            << both([](DescentLesson* l) { l->setNoise(kNaN); }, [](RaceLesson* l) { l->setNoise(kNaN); });
        QTest::newRow((name + " noise infinity").constData())
            << id
            << both([](DescentLesson* l) { l->setNoise(kInf); }, [](RaceLesson* l) { l->setNoise(kInf); });
        QTest::newRow((name + " seed -1").constData())
            << id << both([](DescentLesson* l) { l->setSeed(-1); }, [](RaceLesson* l) { l->setSeed(-1); });
    }
}

void TestLessonModels::scheduleAndNoiseSettersRefuseBadValues() {
    QFETCH(QString, id);
    QFETCH(Change, change);
    const auto set = createLessons();
    LessonDocument document(set.get());
    Lesson* l = set->lesson(id);
    const QJsonObject before = l->save();
    QSignalSpy changed(l, &Lesson::changed);
    change(*set);
    QCOMPARE(l->save(), before);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(document.undoStack()->count(), 0);
    settle(*set);
}

void TestLessonModels::stateWithoutScheduleOrNoiseLoadsConstantAndQuiet_data() {
    QTest::addColumn<QString>("id");
    for (const char* id : {"descent1d", "learning-rate", "race"})
        QTest::newRow(id) << id;
}

void TestLessonModels::stateWithoutScheduleOrNoiseLoadsConstantAndQuiet() {
    // A file written before schedules and noise: a constant rate and no noise, whatever was set before.
    QFETCH(QString, id);
    const auto set = createLessons();
    const QJsonObject defaults = set->lesson(id)->save();
    const QByteArray name = id.toLatin1(); // outlives the actions, which keep a pointer to it
    for (const Action& a : id == QLatin1String("race") ? scheduleActions<RaceLesson>("race")
                                                       : scheduleActions<DescentLesson>(name.constData()))
        a.run(*set);
    Lesson* l = set->lesson(id);
    QJsonObject old = l->save();
    QVERIFY(old != defaults);
    for (const char* key : {"schedule", "noise", "seed"})
        old.remove(QLatin1String(key));
    QCOMPARE(l->check(old), QString());
    l->restore(old);
    QCOMPARE(l->save(), defaults);
    settle(*set);
}

void TestLessonModels::runFollowsTheScheduleAndTheSeed_data() {
    QTest::addColumn<int>("kind");
    QTest::newRow("step") << static_cast<int>(ScheduleKind::Step);
    QTest::newRow("exponential") << static_cast<int>(ScheduleKind::Exponential);
    QTest::newRow("cosine") << static_cast<int>(ScheduleKind::Cosine);
    QTest::newRow("warm-up, then cosine") << static_cast<int>(ScheduleKind::WarmupCosine);
}

void TestLessonModels::runFollowsTheScheduleAndTheSeed() {
    QFETCH(int, kind);
    Schedule sc;
    sc.kind = static_cast<ScheduleKind>(kind);
    sc.stepSize = 3;
    sc.gamma = 0.7;
    sc.tMax = 20;
    sc.warmup = 4;
    sc.etaMin = 0.01;
    DescentLesson d;
    d.setMaxSteps(30);
    d.setTolerance(1e-12);
    d.setSchedule(sc);
    while (d.step()) {
    }
    const Trajectory& t = d.trajectory();
    QVERIFY(t.points.size() > 10);
    for (std::size_t k = 1; k < t.points.size(); ++k)
        QCOMPARE(t.points[k].learningRate, scheduledRate(sc, d.learningRate(), static_cast<int>(k)));
    // The race: every optimizer's rate is its own base rate under the one schedule.
    RaceLesson r;
    r.setSchedule(sc);
    r.runToEnd();
    for (OptimizerKind kind : kOptimizers)
        if (r.isEnabled(kind)) {
            const Trajectory& rt = r.trajectory(kind);
            for (std::size_t k = 1; k < rt.points.size() && k < 40; ++k)
                QCOMPARE(rt.points[k].learningRate,
                         scheduledRate(sc, r.racer(kind).hyperparameters.learningRate, static_cast<int>(k)));
        }

    // Noise: another run; the same seed, the same run; another seed, another run.
    auto path = [](const Trajectory& tr) {
        QVector<double> w;
        for (const TrajectoryPoint& p : tr.points)
            w << p.point[0];
        return w;
    };
    d.reset();
    while (d.step()) {
    }
    const QVector<double> quiet = path(d.trajectory());
    d.setNoise(0.5);
    d.setSeed(3);
    while (d.step()) {
    }
    const QVector<double> noisy = path(d.trajectory());
    QVERIFY(noisy != quiet);
    d.reset();
    while (d.step()) {
    }
    QCOMPARE(path(d.trajectory()), noisy);
    d.setSeed(4);
    while (d.step()) {
    }
    QVERIFY(path(d.trajectory()) != noisy);
}

void TestLessonModels::sweepRunsWithTheRunsScheduleAndNoise() {
    LearningRateLesson l;
    l.waitForSweep();
    const std::vector<SweepRow> constant = l.sweep();
    Schedule sc;
    sc.kind = ScheduleKind::Cosine;
    sc.tMax = 30;
    l.setSchedule(sc);
    l.setNoise(0.2);
    l.setSeed(5);
    l.waitForSweep();
    const std::vector<SweepRow>& rows = l.sweep();
    QCOMPARE(rows.size(), constant.size());
    QVERIFY(!rows.empty());
    const double start = l.x();
    int differ = 0;
    for (std::size_t i = 0; i < rows.size(); i += 17) {
        DescentSettings s = l.settings();
        s.hyperparameters.learningRate = rows[i].learningRate;
        const RunSummary expected = runQuiet(*l.function(), &start, s);
        QCOMPARE(rows[i].summary.stopStep, expected.stopStep);
        QCOMPARE(rows[i].summary.finalLoss, expected.finalLoss);
        QCOMPARE(rows[i].judgement.regime, judgeRun(*l.function(), expected.shape, s).regime);
        differ += rows[i].summary.finalLoss != constant[i].summary.finalLoss;
    }
    QVERIFY(differ > 0);
}

void TestLessonModels::setSpeedClamps_data() {
    QTest::addColumn<int>("speed");
    QTest::addColumn<int>("expected");
    QTest::newRow("inside") << 7 << 7;
    QTest::newRow("slowest") << RaceLesson::kMinSpeed << RaceLesson::kMinSpeed;
    QTest::newRow("fastest") << RaceLesson::kMaxSpeed << RaceLesson::kMaxSpeed;
    QTest::newRow("zero") << 0 << RaceLesson::kMinSpeed;
    QTest::newRow("negative") << -3 << RaceLesson::kMinSpeed;
    QTest::newRow("too fast") << 1000 << RaceLesson::kMaxSpeed;
}

void TestLessonModels::setSpeedClamps() {
    QFETCH(int, speed);
    QFETCH(int, expected);
    RaceLesson l;
    l.setSpeed(speed);
    QCOMPARE(l.speed(), expected);
    QCOMPARE(l.save().value(QStringLiteral("speed")).toInt(), expected);
}

void TestLessonModels::setSecondRate_data() {
    QTest::addColumn<double>("rate");
    QTest::addColumn<double>("expected"); // 0: no second run
    QTest::newRow("a rate") << 0.02 << 0.02;
    QTest::newRow("zero") << 0.0 << 0.0;
    QTest::newRow("negative") << -1.0 << 0.0;
    QTest::newRow("NaN") << kNaN << 0.0;
    QTest::newRow("infinity") << kInf << 0.0;
}

void TestLessonModels::setSecondRate() {
    QFETCH(double, rate);
    QFETCH(double, expected);
    RaceLesson l;
    const OptimizerKind gd = OptimizerKind::GradientDescent;
    l.setSecondRate(gd, rate);
    QCOMPARE(l.racer(gd).secondRate, expected);
    QCOMPARE(l.hasSecond(gd), expected > 0);
    const QJsonObject saved = l.save()[QStringLiteral("optimizers")][QStringLiteral("gd")].toObject();
    QCOMPARE(saved.value(QStringLiteral("secondRate")).toDouble(), expected);
    // A second rate is removed again with 0.
    l.setSecondRate(gd, 0.0);
    QVERIFY(!l.hasSecond(gd));
}

void TestLessonModels::surface3dFollowsAnEnabledOptimizer() {
    const auto set = createLessons();
    auto* race = set->get<RaceLesson>(QStringLiteral("race"));
    auto* view = set->get<Surface3dLesson>(QStringLiteral("surface3d"));
    QVERIFY(race && view);
    QCOMPARE(view->race(), race);
    QVERIFY(race->isEnabled(OptimizerKind::Adam));
    view->setFollowed(OptimizerKind::Adam);
    QCOMPARE(view->followed(), static_cast<int>(OptimizerKind::Adam));
    QCOMPARE(view->save().value(QStringLiteral("follow")).toString(), QStringLiteral("adam"));
    // An optimizer the race does not run: the ball follows the first one it runs, until it runs it.
    QVERIFY(!race->isEnabled(OptimizerKind::Newton));
    view->setFollowed(OptimizerKind::Newton);
    QCOMPARE(view->followed(), static_cast<int>(OptimizerKind::GradientDescent));
    race->setEnabled(OptimizerKind::Newton, true);
    QCOMPARE(view->followed(), static_cast<int>(OptimizerKind::Newton));
    // None running: -1, and the file keeps the choice (Newton), which the ball follows once it runs.
    for (OptimizerKind k : kOptimizers)
        race->setEnabled(k, false);
    QCOMPARE(view->followed(), -1);
    QCOMPARE(view->save().value(QStringLiteral("follow")).toString(), QStringLiteral("newton"));
    QCOMPARE(view->check(view->save()), QString());

    QVERIFY(!view->logHeight());
    view->setLogHeight(true);
    QVERIFY(view->logHeight());
    QCOMPARE(view->save().value(QStringLiteral("logHeight")).toBool(), true);
}

void TestLessonModels::badFormulaChangesNothing_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("formula");
    QTest::addColumn<int>("dimension");
    const QStringList broken{QStringLiteral("x^"),  QStringLiteral("sin("),   QStringLiteral("x + * 2"),
                             QStringLiteral("2x)"), QStringLiteral("foo(x)"), QString()};
    for (const char* id : {"slope", "secant", "numeric", "autograd", "descent1d", "learning-rate"}) {
        for (const QString& f : broken)
            QTest::newRow((QByteArray(id) + " " + f.toUtf8()).constData()) << id << f << 1;
        if (QByteArray(id) == "autograd") // lesson 4 takes two variables (the neuron's b and w)
            QTest::newRow("autograd x*y*z") << id << "x*y*z" << 1;
        else
            QTest::newRow((QByteArray(id) + " x*y").constData()) << id << "x*y" << 1;
    }
    for (const char* id : {"contour", "race"}) {
        for (const QString& f : broken)
            QTest::newRow((QByteArray(id) + " " + f.toUtf8()).constData()) << id << f << 2;
        QTest::newRow((QByteArray(id) + " x*y*z").constData()) << id << "x*y*z" << 2;
    }
}

void TestLessonModels::badFormulaChangesNothing() {
    QFETCH(QString, id);
    QFETCH(QString, formula);
    QFETCH(int, dimension);
    const auto set = createLessons();
    LessonDocument document(set.get());
    Lesson* l = set->lesson(id);
    const QJsonObject before = l->save();
    QSignalSpy changed(l, &Lesson::changed);
    const FormulaCheck checked = dimension == 1 ? qobject_cast<FunctionLesson*>(l)->setFormula(formula)
                                                : qobject_cast<SurfaceLesson*>(l)->setFormula(formula);
    QVERIFY(!checked.function);
    QVERIFY(!checked.message.isEmpty());
    // The parser's own message and column, where the parser refuses it.
    const FunctionResult parsed = CompiledFunction::create(formula.toStdString());
    if (!parsed.ok) {
        QCOMPARE(checked.message, QString::fromStdString(parsed.error.message));
        QCOMPARE(checked.column, parsed.error.column);
    } else {
        QVERIFY(checked.message.contains(dimension == 1 && id != QLatin1String("autograd")
                                             ? QStringLiteral("one variable")
                                             : QStringLiteral("two variables")));
    }
    QCOMPARE(l->save(), before);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(document.undoStack()->count(), 0);
    settle(*set);
}

void TestLessonModels::presetBringsItsRangeAndStart_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<int>("preset");
    for (const char* id : {"slope", "secant", "numeric", "autograd", "descent1d", "learning-rate"})
        for (int i = 0; i < FunctionLesson::presets().size(); ++i)
            QTest::newRow((QByteArray(id) + " " + FunctionLesson::presets()[i].name.toUtf8()).constData())
                << id << i;
    for (const char* id : {"contour", "race"})
        for (int i = 0; i < SurfaceLesson::presets().size(); ++i)
            QTest::newRow((QByteArray(id) + " " + SurfaceLesson::presets()[i].name.toUtf8()).constData())
                << id << i;
}

void TestLessonModels::presetBringsItsRangeAndStart() {
    QFETCH(QString, id);
    QFETCH(int, preset);
    const auto set = createLessons();
    LessonDocument document(set.get());
    if (auto* l = set->get<FunctionLesson>(id)) {
        QVERIFY(FunctionLesson::presets().size() >= 4);
        const FormulaPreset& p = FunctionLesson::presets()[preset];
        // Start somewhere else, so that a preset that left the range alone would be seen.
        l->setXShowing(100.0);
        QVERIFY(l->setFormula(p.formula).function);
        QCOMPARE(l->formula(), p.formula);
        QCOMPARE(l->xMin(), p.domain[0]);
        QCOMPARE(l->xMax(), p.domain[1]);
        QCOMPARE(l->x(), p.start[0]);
    } else {
        auto* s = set->get<SurfaceLesson>(id);
        QVERIFY(s);
        QVERIFY(SurfaceLesson::presets().size() >= 4);
        const FormulaPreset& p = SurfaceLesson::presets()[preset];
        s->setPointShowing(QPointF(100.0, -100.0));
        QVERIFY(s->setFormula(p.formula).function);
        QCOMPARE(s->formula(), p.formula);
        QCOMPARE(s->xMin(), p.domain[0]);
        QCOMPARE(s->xMax(), p.domain[1]);
        QCOMPARE(s->yMin(), p.domain[2]);
        QCOMPARE(s->yMax(), p.domain[3]);
        QCOMPARE(s->point(), QPointF(p.start[0], p.start[1]));
    }
    // The preset is one undo step, which puts everything back.
    QCOMPARE(document.undoStack()->count(), 2);
    QCOMPARE(document.undoStack()->undoText(), QStringLiteral("Change the function"));
    settle(*set);
}

void TestLessonModels::typedFormulaKeepsTheRange_data() {
    QTest::addColumn<QString>("id");
    for (const char* id :
         {"slope", "secant", "numeric", "autograd", "descent1d", "learning-rate", "contour", "race"})
        QTest::newRow(id) << id;
}

void TestLessonModels::typedFormulaKeepsTheRange() {
    QFETCH(QString, id);
    const auto set = createLessons();
    Lesson* l = set->lesson(id);
    QJsonObject expected = l->save();
    const QString typed = QStringLiteral("x^2/7 + 1");
    if (auto* f = qobject_cast<FunctionLesson*>(l))
        QVERIFY(f->setFormula(typed).function);
    else
        QVERIFY(qobject_cast<SurfaceLesson*>(l)->setFormula(typed).function);
    expected.insert(QStringLiteral("formula"), typed);
    QCOMPARE(l->save(), expected); // the range, the point and every other setting are kept
    settle(*set);
}

void TestLessonModels::racePresetBringsDefaultRates() {
    RaceLesson race;
    for (OptimizerKind k : kOptimizers)
        race.setHyperparameters(k, unusualHyperparameters(static_cast<int>(k)));
    for (const FormulaPreset& p : SurfaceLesson::presets()) {
        race.setFormula(QStringLiteral("x^2 + y^2 + 0.5"));
        for (OptimizerKind k : kOptimizers)
            race.setHyperparameters(k, unusualHyperparameters(static_cast<int>(k)));
        QVERIFY(race.setFormula(p.formula).function);
        const auto rate = [&](OptimizerKind k) { return race.racer(k).hyperparameters.learningRate; };
        QCOMPARE(rate(OptimizerKind::GradientDescent), p.learningRate);
        QCOMPARE(rate(OptimizerKind::Momentum), p.learningRate);
        QCOMPARE(rate(OptimizerKind::Nesterov), p.learningRate);
        QCOMPARE(rate(OptimizerKind::Adagrad), 0.5);
        QCOMPARE(rate(OptimizerKind::RMSprop), 0.01);
        QCOMPARE(rate(OptimizerKind::Adam), 0.05);
        QCOMPARE(rate(OptimizerKind::Newton), 1.0);
    }
    // A typed formula keeps the rates.
    race.setHyperparameters(OptimizerKind::GradientDescent, unusualHyperparameters(4));
    race.setFormula(QStringLiteral("x^2 + y^2 + 0.25"));
    QCOMPARE(race.racer(OptimizerKind::GradientDescent).hyperparameters.learningRate,
             unusualHyperparameters(4).learningRate);
}

void TestLessonModels::dragIsOneUndoStep_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("text");
    QTest::addColumn<Move>("move");
    for (const char* id : {"slope", "secant", "numeric", "autograd", "descent1d", "learning-rate"})
        QTest::newRow((QByteArray(id) + " point").constData())
            << id << moveText(id) << Move([id](LessonSet& s, int i) {
                   FunctionLesson* l = get<FunctionLesson>(s, id);
                   l->setX(l->xMin() + (l->xMax() - l->xMin()) * (0.1 + 0.03 * i));
               });
    QTest::newRow("secant Δx") << "secant"
                               << "Change Δx" << Move([](LessonSet& s, int i) {
                                      get<SecantLesson>(s, "secant")->setDx(1.0 - 0.03 * i);
                                  });
    for (const char* id : {"descent1d", "learning-rate"})
        QTest::newRow((QByteArray(id) + " learning rate").constData())
            << id << "Change the learning rate" << Move([id](LessonSet& s, int i) {
                   get<DescentLesson>(s, id)->setLearningRate(0.1 * std::pow(1.1, i));
               });
    for (const char* id : {"contour", "race"})
        QTest::newRow((QByteArray(id) + " point").constData())
            << id << "Move the point" << Move([id](LessonSet& s, int i) {
                   SurfaceLesson* l = get<SurfaceLesson>(s, id);
                   l->setPoint(QPointF(l->xMin() + (l->xMax() - l->xMin()) * (0.1 + 0.03 * i),
                                       l->yMin() + (l->yMax() - l->yMin()) * (0.1 + 0.02 * i)));
               });
    QTest::newRow("race speed") << "race"
                                << "Change the speed" << Move([](LessonSet& s, int i) {
                                       get<RaceLesson>(s, "race")->setSpeed(5 + i);
                                   });
    QTest::newRow("fit data point")
        << "fit-line"
        << "Move data point" << Move([](LessonSet& s, int i) {
               get<FitLesson>(s, "fit-line")->movePoint(3, QPointF(0.1 * i, 2 - 0.05 * i));
           });
    QTest::newRow("fit line") << "fit-line"
                              << "Move line" << Move([](LessonSet& s, int i) {
                                     get<FitLesson>(s, "fit-line")->setLine(0.5 + 0.1 * i, -0.02 * i);
                                 });
    QTest::newRow("fit line handle")
        << "fit-line"
        << "Move line" << Move([](LessonSet& s, int i) {
               get<FitLesson>(s, "fit-line")->setLineThrough(QPointF(0.5, 0.1 * i), QPointF(3.5, 5));
           });
}

void TestLessonModels::dragIsOneUndoStep() {
    QFETCH(QString, id);
    QFETCH(QString, text);
    QFETCH(Move, move);
    const auto set = createLessons();
    LessonDocument document(set.get());
    QUndoStack* stack = document.undoStack();
    Lesson* l = set->lesson(id);
    const auto moveTo = [&](int i) { move(*set, i); };
    const QJsonObject start = l->save();

    // A drag from press to release: one step, whatever the number of moves.
    l->beginGesture();
    for (int i = 1; i <= 10; ++i)
        moveTo(i);
    l->endGesture();
    const QJsonObject afterFirst = l->save();
    QVERIFY(afterFirst != start);
    QCOMPARE(stack->count(), 1);
    QCOMPARE(stack->undoText(), text);

    // A second drag is a second step.
    l->beginGesture();
    for (int i = 11; i <= 15; ++i)
        moveTo(i);
    l->endGesture();
    const QJsonObject afterSecond = l->save();
    QCOMPARE(stack->count(), 2);

    // Outside a gesture, every change is a step of its own.
    moveTo(16);
    moveTo(17);
    moveTo(18);
    QCOMPARE(stack->count(), 5);
    QCOMPARE(stack->undoText(), text);
    const QJsonObject afterSingles = l->save();

    // A drag that comes back to where it started leaves no step.
    l->beginGesture();
    for (int i = 19; i <= 25; ++i)
        moveTo(i);
    moveTo(18);
    l->endGesture();
    QCOMPARE(l->save(), afterSingles);
    QCOMPARE(stack->count(), 5);

    // Nested gestures: the outermost one counts.
    l->beginGesture();
    l->beginGesture();
    moveTo(19);
    l->endGesture();
    moveTo(20);
    l->endGesture();
    QCOMPARE(stack->count(), 6);

    stack->undo();
    QCOMPARE(l->save(), afterSingles);
    stack->undo();
    stack->undo();
    stack->undo();
    QCOMPARE(l->save(), afterSecond);
    stack->undo();
    QCOMPARE(l->save(), afterFirst);
    stack->undo();
    QCOMPARE(l->save(), start);
    settle(*set);
}

void TestLessonModels::changedOncePerChange_data() {
    QTest::addColumn<QString>("id");
    QTest::addColumn<Change>("change");
    const auto fn = [](const char* id, std::function<void(FunctionLesson*)> f) {
        return Change([id, f](LessonSet& s) { f(get<FunctionLesson>(s, id)); });
    };
    for (const char* id : {"slope", "secant", "numeric", "autograd", "descent1d", "learning-rate"}) {
        const QByteArray name(id);
        QTest::newRow((name + " setX").constData()) << id << fn(id, [](FunctionLesson* l) { l->setX(0.75); });
        QTest::newRow((name + " setXShowing inside").constData())
            << id << fn(id, [](FunctionLesson* l) { l->setXShowing(0.75); });
        QTest::newRow((name + " setXShowing outside").constData())
            << id << fn(id, [](FunctionLesson* l) { l->setXShowing(10.0); });
        QTest::newRow((name + " setFormula").constData())
            << id << fn(id, [](FunctionLesson* l) { l->setFormula(QStringLiteral("x^4 - x")); });
        QTest::newRow((name + " preset").constData())
            << id << fn(id, [](FunctionLesson* l) { l->setFormula(QStringLiteral("sin(x)")); });
    }
    QTest::newRow("secant setDx") << "secant" << Change([](LessonSet& s) {
        get<SecantLesson>(s, "secant")->setDx(0.125);
    });
    QTest::newRow("secant setScheme") << "secant" << Change([](LessonSet& s) {
        get<SecantLesson>(s, "secant")->setScheme(DifferenceScheme::Backward);
    });
    for (const char* id : {"descent1d", "learning-rate"}) {
        const QByteArray name(id);
        const auto d = [id](std::function<void(DescentLesson*)> f) {
            return Change([id, f](LessonSet& s) { f(get<DescentLesson>(s, id)); });
        };
        QTest::newRow((name + " setLearningRate").constData())
            << id << d([](DescentLesson* l) { l->setLearningRate(0.3); });
        QTest::newRow((name + " setOptimizer").constData())
            << id << d([](DescentLesson* l) { l->setOptimizer(OptimizerKind::Adam); });
        QTest::newRow((name + " setMaxSteps").constData())
            << id << d([](DescentLesson* l) { l->setMaxSteps(33); });
        QTest::newRow((name + " setTolerance").constData())
            << id << d([](DescentLesson* l) { l->setTolerance(0.01); });
        QTest::newRow((name + " setSchedule").constData())
            << id << d([](DescentLesson* l) { l->setSchedule(unusualSchedule()); });
        QTest::newRow((name + " setNoise").constData())
            << id << d([](DescentLesson* l) { l->setNoise(0.5); });
        QTest::newRow((name + " setSeed").constData()) << id << d([](DescentLesson* l) { l->setSeed(42); });
    }
    for (const char* id : {"contour", "race"}) {
        const QByteArray name(id);
        const auto s2 = [id](std::function<void(SurfaceLesson*)> f) {
            return Change([id, f](LessonSet& s) { f(get<SurfaceLesson>(s, id)); });
        };
        QTest::newRow((name + " setPoint").constData())
            << id << s2([](SurfaceLesson* l) { l->setPoint(QPointF(0.5, 0.5)); });
        QTest::newRow((name + " setPointShowing outside").constData())
            << id << s2([](SurfaceLesson* l) { l->setPointShowing(QPointF(10.0, 0.5)); });
        QTest::newRow((name + " setFormula").constData())
            << id << s2([](SurfaceLesson* l) { l->setFormula(QStringLiteral("x^2 + y^2 + 1")); });
        QTest::newRow((name + " preset").constData())
            << id << s2([](SurfaceLesson* l) { l->setFormula(SurfaceLesson::presets().at(1).formula); });
    }
    const auto r = [](std::function<void(RaceLesson*)> f) {
        return Change([f](LessonSet& s) { f(get<RaceLesson>(s, "race")); });
    };
    QTest::newRow("race setSpeed") << "race" << r([](RaceLesson* l) { l->setSpeed(9); });
    QTest::newRow("race setMaxSteps") << "race" << r([](RaceLesson* l) { l->setMaxSteps(12); });
    QTest::newRow("race setEnabled") << "race"
                                     << r([](RaceLesson* l) { l->setEnabled(OptimizerKind::Newton, true); });
    QTest::newRow("race setHyperparameters")
        << "race"
        << r([](RaceLesson* l) { l->setHyperparameters(OptimizerKind::Adam, unusualHyperparameters(2)); });
    QTest::newRow("race setSecondRate")
        << "race" << r([](RaceLesson* l) { l->setSecondRate(OptimizerKind::Adam, 0.2); });
    QTest::newRow("race setSchedule")
        << "race" << r([](RaceLesson* l) { l->setSchedule(unusualSchedule()); });
    QTest::newRow("race setNoise") << "race" << r([](RaceLesson* l) { l->setNoise(0.5); });
    QTest::newRow("race setSeed") << "race" << r([](RaceLesson* l) { l->setSeed(42); });
    const auto v = [](std::function<void(Surface3dLesson*)> f) {
        return Change([f](LessonSet& s) { f(get<Surface3dLesson>(s, "surface3d")); });
    };
    const auto f = [](std::function<void(FitLesson*)> g) {
        return Change([g](LessonSet& s) { g(get<FitLesson>(s, "fit-line")); });
    };
    QTest::newRow("fit setPreset") << "fit-line" << f([](FitLesson* l) { l->setPreset("single-point"); });
    QTest::newRow("fit movePoint") << "fit-line" << f([](FitLesson* l) { l->movePoint(1, QPointF(2, 2)); });
    QTest::newRow("fit setLine") << "fit-line" << f([](FitLesson* l) { l->setLine(1, 1); });
    QTest::newRow("fit setOptimizer")
        << "fit-line" << f([](FitLesson* l) { l->setOptimizer(OptimizerKind::RMSprop); });
    QTest::newRow("fit setLearningRate") << "fit-line" << f([](FitLesson* l) { l->setLearningRate(0.07); });
    QTest::newRow("fit setEpochs") << "fit-line" << f([](FitLesson* l) { l->setEpochs(12); });
    QTest::newRow("fit setBatchSize") << "fit-line" << f([](FitLesson* l) { l->setBatchSize(3); });
    QTest::newRow("fit setSeed") << "fit-line" << f([](FitLesson* l) { l->setSeed(9); });
    QTest::newRow("surface3d setFollowed")
        << "surface3d" << v([](Surface3dLesson* l) { l->setFollowed(OptimizerKind::Adam); });
    QTest::newRow("surface3d setLogHeight")
        << "surface3d" << v([](Surface3dLesson* l) { l->setLogHeight(true); });
}

void TestLessonModels::changedOncePerChange() {
    QFETCH(QString, id);
    QFETCH(Change, change);
    const auto set = createLessons();
    LessonDocument document(set.get());
    Lesson* l = set->lesson(id);
    const QJsonObject before = l->save();
    QSignalSpy changed(l, &Lesson::changed);
    change(*set);
    QVERIFY(l->save() != before);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(document.undoStack()->count(), 1);
    // A two-variable preset entered again puts back its start (and the race's rates), which may or may not
    // have moved since: it is not checked for silence.
    if (qobject_cast<SurfaceLesson*>(l) && QByteArray(QTest::currentDataTag()).endsWith(" preset")) return;
    // The same call again changes nothing: no signal, no step.
    changed.clear();
    change(*set);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(document.undoStack()->count(), 1);
    settle(*set);
}

void TestLessonModels::fitSeed001Numbers() {
    // Seed 001: one point (2, 3), w = 0.5, b = 0: L = (3 − 1)² = 4, ∂L/∂w = −2·2·2 = −8, ∂L/∂b = −2·2 = −4.
    FitLesson l;
    l.setPreset(QStringLiteral("single-point"));
    QCOMPARE(l.pointCount(), 1);
    QCOMPARE(l.current(), QPointF(0.5, 0.0));
    const LineLoss loss = l.currentLoss();
    QCOMPARE(loss.loss, 4.0);
    QCOMPARE(loss.gradient[0], -8.0);
    QCOMPARE(loss.gradient[1], -4.0);
    QVERIFY(!l.leastSquares().unique);
}

void TestLessonModels::fitImportRefusesBadDataAndChangesNothing_data() {
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("message"); // a part of the message
    QTest::newRow("not a number") << QByteArray("x,y\n1,2\n3,abc\n") << "line 3";
    QTest::newRow("missing column") << QByteArray("x,z\n1,2\n") << "y";
    QTest::newRow("no rows") << QByteArray("x,y\n") << "";
    QTest::newRow("nan") << QByteArray("x,y\n1,2\n2,3\nnan,1\n") << "line 4";
    QTest::newRow("empty") << QByteArray() << "";
}

void TestLessonModels::fitImportRefusesBadDataAndChangesNothing() {
    QFETCH(QByteArray, csv);
    QFETCH(QString, message);
    const auto set = createLessons();
    LessonDocument document(set.get());
    FitLesson* l = get<FitLesson>(*set, "fit-line");
    const QJsonObject before = l->save();
    QSignalSpy changed(l, &Lesson::changed);
    QString error;
    QVERIFY(!l->importCsv(csv, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(error.contains(message), qPrintable(error));
    QCOMPARE(l->save(), before);
    QCOMPARE(changed.count(), 0);
    QCOMPARE(document.undoStack()->count(), 0);
}

void TestLessonModels::fitBatchSizeOfAllIsKeptAsTheDataGrow() {
    FitLesson l;
    const int n = l.pointCount();
    l.setBatchSize(n); // all of them: kept as "all", not as n
    QCOMPARE(l.batchSize(), 0);
    l.addPoint(QPointF(9, 9));
    QCOMPARE(l.effectiveBatch(), n + 1);
    l.setBatchSize(4);
    QCOMPARE(l.effectiveBatch(), 4);
    QCOMPARE(l.run().stepsPerEpoch(), (n + 1 + 3) / 4);
    l.setBatchSize(-2); // refused
    QCOMPARE(l.batchSize(), 4);
}

void TestLessonModels::fitRemovesNoLastPoint() {
    FitLesson l;
    l.setPreset(QStringLiteral("single-point"));
    l.removePoint(0);
    QCOMPARE(l.pointCount(), 1);
}

void TestLessonModels::fitRunSentences() {
    FitLesson l;
    l.setEpochs(3);
    l.setBatchSize(6); // 20 points: 4 updates per epoch, the last of 2
    QCOMPARE(l.batchMeaning(),
             QStringLiteral("batch 6 of 20 points: 4 updates per epoch, the last of 2 points"));
    QCOMPARE(l.runState(), QStringLiteral("Not started: 12 updates in 3 epochs."));
    l.step();
    l.step();
    l.step();
    l.step();
    l.step();
    QCOMPARE(l.runState(), QStringLiteral("Update 5 of 12, epoch 2 of 3."));
    l.runToEnd();
    QCOMPARE(l.stepsTaken(), 12);
    // Out of updates, the run says how far above the least squares it stopped, in numbers the readout shows.
    const LeastSquares best = l.leastSquares();
    QVERIFY(l.currentLoss().loss > best.loss);
    QCOMPARE(l.runState(),
             QStringLiteral("Stopped at update 12 (epoch 3 of 3): it took all 12 updates (3 epochs). Not "
                            "converged: L = %1 is still %2 above the least-squares loss %3.")
                 .arg(QString::fromStdString(shortNumber(l.currentLoss().loss, 6)),
                      QString::fromStdString(shortNumber(l.currentLoss().loss - best.loss, 3)),
                      QString::fromStdString(shortNumber(best.loss, 6))));
    l.setBatchSize(1);
    QCOMPARE(l.batchMeaning(), QStringLiteral("batch 1 of 20 points (SGD): 20 updates per epoch"));
    l.setBatchSize(0);
    QCOMPARE(l.batchMeaning(), QStringLiteral("batch 20 of 20 points (full batch): 1 update per epoch"));
    l.setPreset(QStringLiteral("single-point"));
    l.setEpochs(1000);
    l.runToEnd();
    QVERIFY2(l.runState().startsWith(QStringLiteral("Stopped at update ")), qPrintable(l.runState()));
    QVERIFY2(l.runState().contains(QStringLiteral(": converged, the gradient norm fell below 10⁻⁶.")),
             qPrintable(l.runState()));
}

QTEST_GUILESS_MAIN(TestLessonModels)
#include "tst_lesson_models.moc"
