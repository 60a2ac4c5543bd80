#pragma once
// A lesson's stability map, computed: final loss and steps to converge over the learning rate (log-spaced)
// × an optimizer's second hyperparameter, for one function, start and run settings. Off the GUI thread
// while active, a coarse pass first, cancelled and restarted when what it maps changes. The learning-rate
// lesson has one for its run, the race one for the racer it maps: the figure draws either.
//
// Its choices (the second axis, the colour) are the owning lesson's state: the mapper holds them, the
// lesson saves them and changes them inside its undo steps. The figure asks for changes with the request
// signals, which the owning lesson turns into its undoable setters.

#include "descent/stability_map.h"

#include <QFutureWatcher>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <atomic>
#include <memory>

namespace gradlab {

class StabilityMapper : public QObject {
    Q_OBJECT
public:
    /// The learning rates the map spans (the learning-rate lesson's slider).
    static constexpr double kMinRate = 1e-4;
    static constexpr double kMaxRate = 10.0;
    static constexpr int kRates = 120;
    static constexpr int kParams = 80;
    static constexpr int kCoarseStride = 4;

    enum class Colour { FinalLoss, StepsToConverge };

    explicit StabilityMapper(QObject* parent = nullptr);
    ~StabilityMapper() override;

    /// What is mapped: the function, the start (one or two coordinates) and the run's settings, whose
    /// learning rate and mapped parameter are the current settings (the map's point), not the map's.
    /// Restarts the map (when active) if anything besides the point changed.
    void setRun(const FunctionPtr& f, const double* start, const DescentSettings& settings);
    const FunctionPtr& function() const { return m_function; }
    const double* start() const { return m_start; }
    /// The current settings: the optimizer and the point's learning rate and parameter.
    const DescentSettings& settings() const { return m_settings; }
    /// The minimum's loss the final losses are measured from (the lesson found it from the start); without
    /// one (`has` false) from the lowest final loss on the map.
    void setMinimumLoss(bool has, double loss);
    bool hasMinimumLoss() const { return m_hasMinimumLoss; }
    double minimumLoss() const { return m_minimumLoss; }

    /// Off until a map is shown, so that a lesson costs nothing at start; turning it off cancels a pass.
    void setActive(bool on);
    bool active() const { return m_active; }
    /// The map as far as it is computed (cells not computed yet have computed == false).
    const StabilityMap& map() const { return m_map; }
    bool running() const { return m_watcher.isRunning(); }
    /// Waits for the whole map (not only its coarse pass) and takes it (tests, export). Activates it.
    void waitForMap();

    /// Whether the optimizer has a second hyperparameter to map; without one the map is a single row.
    bool hasParameter() const { return !mapParameters(m_settings.optimizer).empty(); }
    /// The second axis: the chosen one if the optimizer uses it, else its first (Momentum when none).
    Hyperparameter parameter() const;
    /// The chosen second axis as stored (kept across optimizers that lack it: Adam's β₂ comes back).
    Hyperparameter chosenParameter() const { return m_parameter; }
    /// Sets the choice (any of momentum, alpha, beta1, beta2); no undo step (the lesson records it).
    void setParameter(Hyperparameter h);
    Colour colour() const { return m_colour; }
    void setColour(Colour c);
    /// [0, 0.99] for μ and β₁, [0.5, 0.999] for α, [0.5, 0.9999] for β₂.
    static void parameterRange(Hyperparameter h, double* lo, double* hi);
    /// What the map computes now (as `gradlab map` would be given it).
    StabilityMapSpec spec() const;
    /// The current settings with the point at (learningRate, parameter), or false if they are invalid or
    /// the same as now.
    bool movedSettings(double learningRate, double parameter, Hyperparameters* moved) const;
    /// The undo text of a move to `hp`: "Set η = 0.1 and μ = 0.9" (the learning rate and, when the map has
    /// one, the mapped parameter); with an `owner`, "Set Adam's η = 0.05 and β₁ = 0.9".
    QString moveText(const Hyperparameters& hp, const QString& owner = QString()) const;

    /// Copies the choices, the run and a finished map (a copy for export needs no recomputing).
    void copyFrom(const StabilityMapper& other);

    /// Adds the choices to a lesson's state: "mapParameter" (the key of momentum, alpha, beta1 or beta2)
    /// and "mapColour" ("finalLoss" or "steps").
    void save(QJsonObject* into) const;
    /// Why the state's choices cannot be used ("" if they can, or are absent: files written before them).
    static QString check(const QJsonObject& state);
    /// Sets the choices from a checked state (absent ones: μ and the final loss).
    void read(const QJsonObject& state);

    /// The figure asks the owning lesson for changes (which it records as undo steps).
    void requestPoint(double learningRate, double parameter) { emit pointRequested(learningRate, parameter); }
    void requestParameter(Hyperparameter h) { emit parameterRequested(h); }
    void requestColour(Colour c) { emit colourRequested(c); }

signals:
    /// A pass finished, or the map restarted (then no cell is computed).
    void mapChanged();
    /// The run, the point or a choice changed.
    void changed();
    void pointRequested(double learningRate, double parameter);
    void parameterRequested(Hyperparameter h);
    void colourRequested(Colour c);

private:
    void update();

    FunctionPtr m_function;
    double m_start[kMaxDimension] = {0.0, 0.0};
    DescentSettings m_settings;
    bool m_hasMinimumLoss = false;
    double m_minimumLoss = 0.0;
    bool m_active = false;
    Hyperparameter m_parameter = Hyperparameter::Momentum;
    Colour m_colour = Colour::FinalLoss;
    FunctionPtr m_mapFunction;
    StabilityMap m_map;
    QFutureWatcher<StabilityMap> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
};

} // namespace gradlab
