#include "lessons/number_format.h"

#include "lessons/english_plurals.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <cstdint>
#include <mutex>

namespace gradlab {

namespace {
// Translation context NumberFormat: lupdate reads the context of NumberFormat::tr() from
// Q_DECLARE_TR_FUNCTIONS, as Qt does at run time (a free tr() in a namespace is filed under the namespace's
// name, which no lookup uses).
struct NumberFormat {
    Q_DECLARE_TR_FUNCTIONS(NumberFormat)
};

// The display locale's decimal separator; one UTF-16 unit in every locale GradLab speaks. Atomic: sweeps
// format numbers on worker threads while the language may change.
std::atomic<char16_t> g_decimalPoint{u'.'};

const QString kSuperscriptDigits = QStringLiteral("⁰¹²³⁴⁵⁶⁷⁸⁹");

// "1.5e-06" → "1.5·10⁻⁶", "1e+12" → "10¹²": the one way the GUI writes a power of ten (QCustomPlot's
// beautiful powers write tick labels so too). Numbers inside words ("x2e5") are left alone.
QString withPowersOfTen(QString text) {
    static const QRegularExpression exponent(
        QStringLiteral("(?<![\\w.])(\\d+(?:\\.\\d*)?)[eE]([+\\-−]?)(\\d+)(?!\\w|\\.\\d)"));
    if (!text.contains(QLatin1Char('e')) && !text.contains(QLatin1Char('E'))) return text;
    QString out;
    qsizetype done = 0;
    for (auto it = exponent.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString power;
        if (m.captured(2) == QLatin1String("-") || m.captured(2) == QStringLiteral("−")) power += u'⁻';
        QString digits = m.captured(3);
        while (digits.size() > 1 && digits.startsWith(QLatin1Char('0')))
            digits.remove(0, 1);
        for (QChar d : digits)
            power += kSuperscriptDigits.at(d.digitValue());
        const QString mantissa = m.captured(1);
        QString shown =
            (mantissa == QLatin1String("1") ? QString() : mantissa + u'·') + QStringLiteral("10") + power;
        // A product now: in parentheses where an operator binds tighter than "·" would read it otherwise:
        // "(1.5·10⁻⁵)²", "√(1.5·10⁻⁵)", "2/(1.5·10⁻⁵)", not "1.5·10⁻⁵²", "√1.5·10⁻⁵" or "2/1.5·10⁻⁵".
        const QChar next = m.capturedEnd() < text.size() ? text.at(m.capturedEnd()) : QChar();
        const QChar previous = m.capturedStart() > 0 ? text.at(m.capturedStart() - 1) : QChar();
        if (mantissa != QLatin1String("1") &&
            (next == u'²' || next == u'³' || next == u'^' || previous == u'√' || previous == u'/'))
            shown = u'(' + shown + u')';
        out += text.mid(done, m.capturedStart() - done) + shown;
        done = m.capturedEnd();
    }
    return out + text.mid(done);
}

// Reads a shown number's separator as '.' again, and a power of ten as an 'e' exponent ("1,5·10⁻⁶" →
// "1.5e-6", "10³" → "1e3").
QString withDotDecimal(QString t) {
    const char16_t point = g_decimalPoint.load(std::memory_order_relaxed);
    if (point != u'.') t.replace(QChar(point), QLatin1Char('.'));
    static const QRegularExpression power(QStringLiteral("(·)?10([⁻]?)([⁰¹²³⁴⁵⁶⁷⁸⁹]+)"));
    const QRegularExpressionMatch m = power.match(t);
    if (!m.hasMatch()) return t;
    QString exponent = m.captured(2).isEmpty() ? QString() : QStringLiteral("-");
    for (QChar c : m.captured(3))
        exponent += QChar(char16_t(u'0' + kSuperscriptDigits.indexOf(c)));
    return t.left(m.capturedStart()) + (m.captured(1).isEmpty() ? QStringLiteral("1") : QString()) +
           QLatin1Char('e') + exponent + t.mid(m.capturedEnd());
}

QString exactText(double v) {
    return formatValue(v, 17);
}

// v rounded to `decimals` decimals (negative: to a multiple of 10^-decimals), as an integer count of
// 10^-decimals units. Callers keep |v|·10^decimals below 10^18.
std::int64_t scaled(double v, int decimals) {
    const QString s = decimals >= 0 ? QString::number(v, 'f', decimals)
                                    : QString::number(std::round(v * std::pow(10.0, decimals)), 'f', 0);
    std::int64_t n = 0;
    for (QChar c : s)
        if (c.isDigit()) n = n * 10 + c.digitValue();
    return s.startsWith(QLatin1Char('-')) ? -n : n;
}

// The decimal n·10^-decimals as the lessons print numbers: only its significant digits, in 'g' style.
QString unscaledText(std::int64_t n, int decimals) {
    if (n == 0) return QStringLiteral("0");
    const bool negative = n < 0;
    std::string digits;
    for (std::int64_t m = negative ? -n : n; m > 0; m /= 10)
        digits.insert(digits.begin(), char('0' + int(m % 10)));
    while (digits.size() > 1 && digits.back() == '0') {
        digits.pop_back();
        --decimals;
    }
    // digits × 10^-decimals: read as a double (exact to its 17 digits), printed with just those digits.
    const double v = std::stod((negative ? "-" : "") + digits + "e" + std::to_string(-decimals));
    return formatValue(v, static_cast<int>(std::min<std::size_t>(digits.size(), 17)));
}

int magnitude(double v) {
    return static_cast<int>(std::floor(std::log10(std::fabs(v))));
}
} // namespace

QString formatValue(double v, int digits) {
    if (std::isnan(v)) return NumberFormat::tr("undefined");
    if (std::isinf(v)) return v > 0 ? QStringLiteral("+∞") : QStringLiteral("−∞");
    if (v == 0.0) v = 0.0;
    QString s = QString::number(v, 'g', digits);
    s.replace(QLatin1Char('-'), QStringLiteral("−"));
    return withDisplayDecimal(s);
}

QString scientificValue(double v, int digits) {
    if (v == 0.0) return QStringLiteral("0");
    QString s = QString::number(v, 'e', digits);
    const int e = s.indexOf(QLatin1Char('e'));
    QString mantissa = s.left(e);
    if (mantissa.contains(QLatin1Char('.'))) {
        while (mantissa.endsWith(QLatin1Char('0')))
            mantissa.chop(1);
        if (mantissa.endsWith(QLatin1Char('.'))) mantissa.chop(1);
    }
    s = mantissa + s.mid(e);
    s.replace(QLatin1Char('-'), QStringLiteral("−"));
    return withDisplayDecimal(s);
}

QList<QString> scientificValues(const QList<double>& values) {
    QList<QString> labels;
    for (int digits = 0; digits <= 16; ++digits) {
        labels.clear();
        for (double v : values)
            labels.append(scientificValue(v, digits));
        bool exact = true; // each label reads back as its value (1.25·10⁶, not 1.2·10⁶), and differs
        for (int i = 0; i < values.size() && exact; ++i)
            exact = std::fabs(QString::number(values[i], 'e', digits).toDouble() - values[i]) <=
                        1e-9 * std::fabs(values[i]) &&
                    (i == 0 || labels[i] != labels[i - 1]);
        if (exact) break;
    }
    return labels;
}

QList<QString> axisLabels(const QList<double>& ticks, const std::function<bool(double)>& shown) {
    for (double t : ticks)
        if ((!shown || shown(t)) && QString::number(t, 'g', 6).contains(QLatin1Char('e')))
            return scientificValues(ticks);
    QList<QString> labels;
    for (int digits = 6; digits <= 17; ++digits) {
        labels.clear();
        bool exact = true;
        for (int i = 0; i < ticks.size(); ++i) {
            labels.append(formatValue(ticks[i], digits));
            exact = exact &&
                    std::fabs(QString::number(ticks[i], 'g', digits).toDouble() - ticks[i]) <=
                        1e-9 * std::fabs(ticks[i]) &&
                    (i == 0 || labels[i] != labels[i - 1]);
        }
        if (exact) break;
    }
    return labels;
}

// The locale whose separator g_decimalPoint holds, for displayLocale(); behind a lock, as the separator is
// atomic: both are set on the GUI thread and may be read on others.
namespace {
std::mutex g_localeLock;
QLocale& storedLocale() {
    static QLocale locale = QLocale::c();
    return locale;
}
} // namespace

void setDisplayLocale(const QLocale& locale) {
    const QString point = locale.decimalPoint();
    const bool single = point.size() == 1;
    {
        const std::lock_guard<std::mutex> hold(g_localeLock);
        storedLocale() = single ? locale : QLocale::c();
        storedLocale().setNumberOptions(storedLocale().numberOptions() | QLocale::OmitGroupSeparator);
    }
    g_decimalPoint.store(single ? point.at(0).unicode() : u'.', std::memory_order_relaxed);
}

QLocale displayLocale() {
    const std::lock_guard<std::mutex> hold(g_localeLock);
    return storedLocale();
}

QString displayDecimalPoint() {
    return QString(QChar(g_decimalPoint.load(std::memory_order_relaxed)));
}

QString fieldNumber(const QString& plain) {
    const char16_t point = g_decimalPoint.load(std::memory_order_relaxed);
    QString text = plain;
    static const QRegularExpression exponent(QStringLiteral("e\\+?(-?)0*(\\d)"));
    text.replace(exponent, QStringLiteral("e\\1\\2")); // "1e-06" → "1e-6", "1e+06" → "1e6"
    if (point != u'.') text.replace(QLatin1Char('.'), QChar(point));
    return text;
}

QString fieldInput(QString typed) {
    return typed.replace(QLatin1Char(','), QLatin1Char('.'));
}

QString shownList(const QStringList& items) {
    const bool comma = g_decimalPoint.load(std::memory_order_relaxed) == u',';
    return items.join(comma ? QStringLiteral("; ") : QStringLiteral(", "));
}

QString shownPoint(const QString& a, const QString& b) {
    return QLatin1Char('(') + shownList({a, b}) + QLatin1Char(')');
}

QString withDisplayDecimal(QString text) {
    text = withPowersOfTen(std::move(text));
    const char16_t point = g_decimalPoint.load(std::memory_order_relaxed);
    if (point != u'.') text.replace(QLatin1Char('.'), QChar(point));
    return text;
}

// Every part of the GUI that shows words links this file, so the English plural forms ("1 step") are
// installed here, when the application starts (a static library leaves out files nothing refers to, and
// their start-up hooks with them).
static void installEnglishPlurals() {
    EnglishPlurals::install();
}
Q_COREAPP_STARTUP_FUNCTION(installEnglishPlurals)

double shownNumber(const QString& shown) {
    QString t = withDotDecimal(shown.trimmed());
    if (t.startsWith(QLatin1Char('(')) && t.endsWith(QLatin1Char(')'))) t = t.mid(1, t.size() - 2);
    t.replace(QStringLiteral("−"), QStringLiteral("-"));
    bool ok = false;
    const double v = t.toDouble(&ok);
    return ok ? v : std::nan("");
}

double lastDigitUnit(const QString& shown) {
    QString t = withDotDecimal(shown.trimmed());
    t.remove(QLatin1Char('(')).remove(QLatin1Char(')'));
    int exponent = 0;
    const int e = t.indexOf(QLatin1Char('e'), 0, Qt::CaseInsensitive);
    if (e >= 0) {
        exponent = t.mid(e + 1).replace(QStringLiteral("−"), QStringLiteral("-")).toInt();
        t = t.left(e);
    }
    const int point = t.indexOf(QLatin1Char('.'));
    const int decimals = point >= 0 ? static_cast<int>(t.size()) - point - 1 : 0;
    return std::pow(10.0, exponent - decimals);
}

namespace {
// "=" when `exact` (the shown operands combined) is within one unit of the shown result's last digit.
QString relationFor(double exact, const QString& result) {
    const double shown = shownNumber(result);
    // A word (nan, inf) is what the operation gives for those operands, not a rounding.
    if (!std::isfinite(shown) || !std::isfinite(exact)) return QStringLiteral("=");
    // The unit's own binary round-off must not turn "within one unit" into "≈".
    return std::fabs(exact - shown) <= lastDigitUnit(result) * (1 + 1e-9) ? QStringLiteral("=")
                                                                          : QStringLiteral("≈");
}
} // namespace

QString productRelation(const QStringList& factors, const QString& product) {
    double exact = 1.0;
    for (const QString& f : factors)
        exact *= shownNumber(f);
    return relationFor(exact, product);
}

QString sumRelation(const QStringList& terms, const QString& sum) {
    double exact = 0.0;
    for (const QString& t : terms)
        exact += shownNumber(t);
    return relationFor(exact, sum);
}

ShownValue showValue(const PointValue& v, int digits) {
    switch (v.status) {
    case ValueStatus::Undefined:
        return {NumberFormat::tr("is"), NumberFormat::tr("undefined"), {}};
    case ValueStatus::Overflow:
        return {v.value > 0 ? QStringLiteral(">") : QStringLiteral("<"),
                formatValue(v.value > 0 ? 1.7976931348623157e308 : -1.7976931348623157e308),
                NumberFormat::tr("Too large for a double: the value exists but is beyond ±1.8·10³⁰⁸.")};
    case ValueStatus::Vertical:
        return {NumberFormat::tr("is"), NumberFormat::tr("undefined (vertical tangent)"),
                NumberFormat::tr(
                    "f has a value here, but its slope grows without bound: the tangent line is vertical, "
                    "and no number is its slope.")};
    case ValueStatus::Finite:
        break;
    }
    if (v.indistinguishableFromZero())
        return {QStringLiteral("≈"), QStringLiteral("0"),
                NumberFormat::tr(
                    "Computed value %1: smaller than the round-off of its computation here (about %2), so "
                    "it cannot be told from 0.")
                    .arg(exactText(v.value), formatValue(v.roundOff, 2))};
    return {QStringLiteral("="), formatValue(v.value, digits), {}};
}

ShownDifference showDifference(double a, double b, double roundOff, int differenceDigits, int digits) {
    const double d = a - b;
    auto plain = [digits](double v) {
        PointValue p;
        p.value = v;
        p.status = std::isfinite(v) ? ValueStatus::Finite : ValueStatus::Undefined;
        return showValue(p, digits);
    };
    ShownDifference out{plain(a), plain(b), plain(d)};
    if (!std::isfinite(a) || !std::isfinite(b) || !std::isfinite(d)) return out;
    if (d == 0.0 || std::fabs(d) <= roundOff) {
        out.difference = {
            QStringLiteral("≈"), QStringLiteral("0"),
            d == 0.0 ? QString()
                     : NumberFormat::tr("Computed difference %1: smaller than its round-off here (about "
                                        "%2), so it cannot be told from 0.")
                           .arg(exactText(d), formatValue(roundOff, 2))};
        if (d == 0.0) out.difference.relation = QStringLiteral("=");
        // Equal to the eye too: the most digits at which a and b print alike.
        for (int n = digits; n >= 1; --n)
            if (formatValue(a, n) == formatValue(b, n)) {
                out.a.text = out.b.text = formatValue(a, n);
                break;
            }
        return out;
    }
    const double larger = std::max(std::fabs(a), std::fabs(b));
    int decimals = std::max(digits - 1 - magnitude(larger), differenceDigits - 1 - magnitude(d));
    if (roundOff > 0) decimals = std::min(decimals, std::max(-magnitude(roundOff), -magnitude(d)));
    decimals = std::min(decimals, 16 - magnitude(larger)); // no digit beyond a double's 17
    const std::int64_t na = scaled(a, decimals), nb = scaled(b, decimals);
    out.a.text = unscaledText(na, decimals);
    out.b.text = unscaledText(nb, decimals);
    out.difference.text = unscaledText(na - nb, decimals);
    return out;
}

} // namespace gradlab
