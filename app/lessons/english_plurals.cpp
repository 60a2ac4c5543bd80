#include "lessons/english_plurals.h"

#include <QCoreApplication>
#include <QPointer>
#include <QRegularExpression>
#include <cstring>

namespace gradlab {

QString EnglishPlurals::translate(const char*, const char* source, const char*, int n) const {
    if (n < 0 || source == nullptr || std::strstr(source, "s)") == nullptr) return {};
    static const QRegularExpression suffix(QStringLiteral("(?<=\\p{L}\\p{L})\\((e?s)\\)"));
    QString text = QString::fromUtf8(source);
    if (!text.contains(suffix)) return {};
    text.replace(suffix, n == 1 ? QString() : QStringLiteral("\\1"));
    return text;
}

void EnglishPlurals::install() {
    static QPointer<EnglishPlurals> installed;
    QCoreApplication* app = QCoreApplication::instance();
    if (app == nullptr || installed) return;
    installed = new EnglishPlurals(app);
    QCoreApplication::installTranslator(installed);
}

} // namespace gradlab
