#include "lessons/translated_text.h"

#include "lessons/number_format.h"

#include <QCoreApplication>
#include <QStringList>

namespace gradlab {

QString translated(const Text& text) {
    switch (text.kind()) {
    case Text::Kind::Empty:
        return {};
    case Text::Kind::Verbatim:
        return QString::fromStdString(text.value());
    case Text::Kind::Number:
        // As every number the GUI shows (formatValue): "−" for minus, also in an exponent ("-1.4" and "1e-9"
        // read "−1.4" and "1e−9"), and the display locale's separator (the command line never sets one).
        return withDisplayDecimal(
            QString::fromStdString(text.value()).replace(QLatin1Char('-'), QChar(0x2212)));
    case Text::Kind::Joined: {
        QStringList sentences;
        for (const Text& a : text.args())
            sentences << translated(a);
        return sentences.join(QLatin1Char(' '));
    }
    case Text::Kind::Capitalized: {
        QString out = text.args().empty() ? QString() : translated(text.args()[0]);
        if (!out.isEmpty()) out[0] = out[0].toUpper();
        return out;
    }
    case Text::Kind::Sentence:
        break;
    }
    std::vector<std::string> args;
    args.reserve(text.args().size());
    for (const Text& a : text.args())
        args.push_back(translated(a).toStdString());
    const TextPattern& p = text.pattern();
    if (!text.isCounted()) {
        QString pattern = QCoreApplication::translate(p.context, p.pattern);
        // A formula (no context: never translated) lists coordinates as "(%1, %2)"; where the decimal
        // separator is a comma they are written "(%1; %2)", as shownList() writes every list of numbers.
        if (*p.context == '\0' && displayDecimalPoint() == QLatin1String(","))
            pattern.replace(QLatin1String(", "), QLatin1String("; "));
        return QString::fromStdString(Text::fill(pattern.toStdString(), args));
    }
    // A count: the language's form for n, %n written by translate(). Where no translation holds the message
    // translate() gives back the English plural, and the English rule (Text::englishPattern) picks the form.
    const int n = static_cast<int>(text.count());
    const QString count = QString::number(n);
    QString pattern = QCoreApplication::translate(p.context, p.pattern, p.singular, n);
    if (pattern == QString::fromUtf8(p.pattern).replace(QLatin1String("%n"), count))
        pattern = QString::fromUtf8(text.englishPattern());
    return QString::fromStdString(Text::fill(pattern.toStdString(), args, count.toStdString()));
}

} // namespace gradlab
