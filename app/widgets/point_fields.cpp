#include "widgets/point_fields.h"

#include "widgets/value_field.h"

#include <QHBoxLayout>
#include <QLabel>

namespace gradlab {

PointFields::PointFields(const QString& caption, QWidget* parent)
    : QWidget(parent)
    , m_caption(caption) {
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(caption, this));
    m_xName = new QLabel(this);
    m_yName = new QLabel(this);
    m_x = new ValueField(QString(), this);
    m_y = new ValueField(QString(), this);
    layout->addWidget(m_xName);
    layout->addWidget(m_x);
    layout->addWidget(m_yName);
    layout->addWidget(m_y);
    layout->addStretch(1);
    m_xName->setBuddy(m_x);
    m_yName->setBuddy(m_y);
    setNames(QStringLiteral("x"), QStringLiteral("y"));
    connect(m_x, &ValueField::valueEntered, this, [this](double v) { emit coordinateEntered(0, v); });
    connect(m_y, &ValueField::valueEntered, this, [this](double v) { emit coordinateEntered(1, v); });
}

void PointFields::setPoint(QPointF p) {
    m_x->setValue(p.x());
    m_y->setValue(p.y());
}

void PointFields::setNames(const QString& x, const QString& y) {
    m_xName->setText(x + QStringLiteral(" ="));
    m_yName->setText(y + QStringLiteral(" ="));
    m_x->setAccessibleName(tr("%1 %2").arg(m_caption, x));
    m_y->setAccessibleName(tr("%1 %2").arg(m_caption, y));
}

} // namespace gradlab
