#include "lessons/translated_text.h"

#include <QCoreApplication>
#include <QLocale>

namespace gradlab {

QString translated(const Text& text) {
    switch (text.kind()) {
    case Text::Kind::Empty:
        return {};
    case Text::Kind::Verbatim:
        return QString::fromStdString(text.value());
    case Text::Kind::Number: {
        QString number = QString::fromStdString(text.value());
        const QString point = QLocale().decimalPoint();
        if (point != QLatin1String(".")) number.replace(QLatin1Char('.'), point);
        return number;
    }
    case Text::Kind::Sentence:
        break;
    }
    std::vector<std::string> args;
    args.reserve(text.args().size());
    for (const Text& a : text.args())
        args.push_back(translated(a).toStdString());
    const QString pattern = QCoreApplication::translate(text.pattern().context, text.pattern().pattern);
    return QString::fromStdString(Text::fill(pattern.toStdString(), args));
}

} // namespace gradlab
