#include "widgets/noise_box.h"

#include "lessons/translated_text.h"

#include "descent/descent.h"
#include "widgets/value_field.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QToolTip>
#include <QVBoxLayout>

namespace gradlab {

NoiseBox::NoiseBox(QWidget* parent)
    : QWidget(parent) {
    m_sigma = new ValueField(tr("Gradient noise σ"), this);
    m_sigma->setToolTip(tr("The standard deviation of the Gaussian noise added to each gradient "
                           "(0: none). Enter takes it; Up and Down step it."));
    m_sigma->setStep(0.1);
    m_sigma->setMaximumWidth(80);
    m_seed = new QSpinBox(this);
    m_seed->setRange(0, static_cast<int>(kMaxSeed));
    m_seed->setAccessibleName(tr("Noise seed"));
    m_seed->setToolTip(tr("The noise is drawn from this seed: the same seed gives the same run."));
    auto* sigmaLabel = new QLabel(tr("Noise &σ"), this);
    sigmaLabel->setBuddy(m_sigma);
    auto* seedLabel = new QLabel(tr("s&eed"), this);
    seedLabel->setBuddy(m_seed);
    m_explanation = new QLabel(tr("Adds Gaussian noise of standard deviation σ to each gradient; the same "
                                  "seed gives the same run."),
                               this);
    m_explanation->setWordWrap(true);
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    m_explanation->setFont(small);

    auto* row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(sigmaLabel);
    row->addWidget(m_sigma);
    row->addWidget(seedLabel);
    row->addWidget(m_seed, 1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(3);
    layout->addLayout(row);
    layout->addWidget(m_explanation);

    connect(m_sigma, &ValueField::valueEntered, this, [this](double v) {
        if (v == m_shownSigma) return;
        const Text why = noiseProblem(v, "σ"); // here the field is σ
        if (!why.empty()) {
            const QString message = translated(why);
            m_errorText = tr("%1; kept %2.").arg(message, ValueField::shortestText(m_shownSigma));
            m_sigma->setValue(m_shownSigma);
            m_sigma->setText(ValueField::shortestText(m_shownSigma));
            QToolTip::showText(m_sigma->mapToGlobal(QPoint(0, m_sigma->height())), m_errorText, m_sigma,
                               QRect(-100000, -100000, 200000, 200000), 6000);
            return;
        }
        m_errorText.clear();
        m_shownSigma = v;
        m_seed->setEnabled(v > 0);
        emit noiseChosen(v);
    });
    connect(m_seed, &QSpinBox::valueChanged, this, &NoiseBox::seedChosen);
    showNoise(0.0, 0);
}

void NoiseBox::showNoise(double sigma, int seed) {
    m_shownSigma = sigma;
    m_sigma->setValue(sigma);
    const QSignalBlocker block(m_seed);
    m_seed->setValue(seed);
    // The seed only matters when there is noise to draw.
    m_seed->setEnabled(sigma > 0);
}

} // namespace gradlab
