#include "plotting/arrow_caption.h"

#include "lessons/number_format.h"

#include <QCoreApplication>

namespace gradlab {

namespace {
// Translation context ArrowCaption: lupdate reads the context of ArrowCaption::tr() from
// Q_DECLARE_TR_FUNCTIONS, as Qt does at run time (a free tr() in a namespace is filed under the namespace's
// name, which no lookup uses).
struct ArrowCaption {
    Q_DECLARE_TR_FUNCTIONS(ArrowCaption)
};
} // namespace

QString arrowCaption(ArrowFit fit, double norm, const ArrowScale& scale) {
    const QString n = formatValue(norm, 3), perUnit = formatValue(scale.slopePerUnit(), 3);
    if (scale.isLogarithmic()) {
        const QString how =
            ArrowCaption::tr("Arrow length grows with log |∇f|: |∇f| = %1 is drawn longest, each ×10 less "
                             "is %2 shorter, and below %3 there is no arrow.")
                .arg(formatValue(scale.largestSlope(), 3),
                     scale.decades() == 4.0 ? ArrowCaption::tr("a quarter of that")
                                            : ArrowCaption::tr("1/%1 of that").arg(scale.decades()),
                     formatValue(scale.smallestSlope(), 3));
        switch (fit) {
        case ArrowFit::Drawn:
            return ArrowCaption::tr("|∇f| = %1. %2").arg(n, how);
        case ArrowFit::Shortened:
            return ArrowCaption::
                tr("|∇f| = %1, steeper than anywhere on the rectangle: the arrow is drawn at its longest. "
                   "%2")
                    .arg(n, how);
        case ArrowFit::TooShort:
            return ArrowCaption::tr("|∇f| = %1 is <b>too small to draw</b>, so no arrow is shown. %2")
                .arg(n, how);
        case ArrowFit::Undefined:
            break;
        }
        return ArrowCaption::tr("∇f is not defined here, so no arrow is shown.");
    }
    switch (fit) {
    case ArrowFit::Drawn:
        return ArrowCaption::tr(
                   "|∇f| = %1. Arrow length shows |∇f|: an arrow 1 unit long stands for a slope of %2.")
            .arg(n, perUnit);
    case ArrowFit::Shortened:
        return ArrowCaption::tr(
                   "|∇f| = %1. Arrow length shows |∇f| (1 unit of length = a slope of %2), but this arrow is "
                   "drawn <b>shortened</b> to fit: to scale it would be %3 units long.")
            .arg(n, perUnit, formatValue(scale.lengthOf(norm), 3));
    case ArrowFit::TooShort:
        return ArrowCaption::tr(
                   "|∇f| = %1 is <b>too small to draw</b> at this function's scale (an arrow 1 unit long "
                   "stands for a slope of %2), so no arrow is shown.")
            .arg(n, perUnit);
    case ArrowFit::Undefined:
        break;
    }
    return ArrowCaption::tr("∇f is not defined here, so no arrow is shown.");
}

} // namespace gradlab
