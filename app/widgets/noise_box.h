#pragma once
// Gradient noise: σ (0: off) and the seed it is drawn from, with a line saying what they do. Shows the
// model's values, reports the user's; a σ core's noiseProblem refuses is said at the field and changes
// nothing.

#include <QWidget>

class QLabel;
class QSpinBox;

namespace gradlab {

class ValueField;

class NoiseBox : public QWidget {
    Q_OBJECT
public:
    explicit NoiseBox(QWidget* parent = nullptr);

    /// Shows the model's σ and seed without emitting anything.
    void showNoise(double sigma, int seed);

    ValueField* sigmaField() const { return m_sigma; }
    QSpinBox* seedBox() const { return m_seed; }
    /// Why the last σ was refused ("" when it was taken).
    QString errorText() const { return m_errorText; }

signals:
    /// The user entered a σ core accepts.
    void noiseChosen(double sigma);
    /// The user changed the seed.
    void seedChosen(int seed);

private:
    double m_shownSigma = 0.0;
    ValueField* m_sigma;
    QSpinBox* m_seed;
    QLabel* m_explanation;
    QString m_errorText;
};

} // namespace gradlab
