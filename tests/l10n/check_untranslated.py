#!/usr/bin/env python3
"""Fails on a string literal in the GUI's sources that reads like words shown to people but is not
translatable (tst_untranslated_strings, issue #19).

A literal is *wordy* when, with placeholders (%1, %n), HTML tags and entities taken out, it holds a word of
two letters or more and reads like text: several words with a space, or one capitalised word ("Step").
Single lowercase words ("secant", "rate") are mostly keys and are not checked; identifiers
(camelCase, snake_case, paths, file names) never are.

A wordy literal passes when it is translatable: the first call around it, looking outwards past wrappers
such as QStringLiteral/QLatin1String/u"..."_s, is tr(), QT_TR_NOOP(), QT_TRANSLATE_NOOP(), translate() or
another function in TRANSLATING. Otherwise it must be allow-listed, in one of three ways, each of which says
why the words are not shown in the GUI's language:
  * its file or folder is in NOT_SHOWN_FILES (the command line stays English);
  * the first non-wrapper call around it is in NOT_SHOWN_CALLS (object names, settings and JSON keys,
    icon names, style sheets, debug output), or it is a subscript key (obj["key"]);
  * its line, or a comment line right above its statement, carries `// l10n: not shown (<why>)`.

Usage: check_untranslated.py [--root DIR] [--self-test] [FILE...]   (default: every .cpp and .h under DIR/app)
Prints each finding as path:line: "literal" (in call()) and exits 1 when there is one.
"""
import argparse
import re
import sys
from pathlib import Path

# Files and folders (relative to the source root) whose words are never shown in the GUI's language.
NOT_SHOWN_FILES = (
    "app/cli/",                       # `gradlab <subcommand>`: its help, errors and tables stay English
    "app/export/render_command.cpp",  # `gradlab render`, a subcommand too
    "app/export/code_command.cpp",    # `gradlab code`, a subcommand too
    "app/export/lesson_options.cpp",  # the options `render` and `code` share (usage errors, English)
    "app/main.cpp",                   # dispatches to the command line; its messages go to the terminal
    "app/plotting/palette_pairs.cpp", # names of colour pairs for tst_palette's failure messages
)

# Calls whose string arguments mark text as translatable.
TRANSLATING = {"tr", "QT_TR_NOOP", "QT_TR_N_NOOP", "QT_TRANSLATE_NOOP", "QT_TRANSLATE_NOOP3",
               "QT_TRANSLATE_N_NOOP", "translate", "qtTrId", "QT_TRID_NOOP", "GRADLAB_TEXT"}

# Wrappers that only turn a literal into a string: the call around them decides.
WRAPPERS = {"QStringLiteral", "QLatin1String", "QLatin1StringView", "QString", "QStringView", "QByteArray",
            "QByteArrayLiteral", "QLatin1Char", "QChar", "fromUtf8", "fromLatin1", "fromStdString",
            "std::string", "string"}

# Calls whose string arguments are never shown to people in the GUI's language.
NOT_SHOWN_CALLS = {
    # names for code and tests, not people
    "setObjectName", "findChild", "findChildren", "setProperty", "property", "inherits", "setAccessibleName",
    # settings, lesson-file and JSON keys
    "QSettings", "value", "setValue", "contains", "insert", "remove", "take", "QJsonValue", "QJsonObject",
    # resources, icons, files, MIME types, URLs
    "fromTheme", "QIcon", "QPixmap", "QImage", "QFile", "QFileInfo", "QDir", "QUrl", "setMimeData",
    "setData", "hasFormat", "QMimeDatabase", "mimeTypeForName",
    # style sheets, fonts, colours and patterns
    "setStyleSheet", "QColor", "QFont", "setFamily", "QRegularExpression", "QRegExp",
    # diagnostics for developers
    "qDebug", "qInfo", "qWarning", "qCritical", "qFatal", "Q_ASSERT", "Q_ASSERT_X", "qPrintable",
    "static_assert",
    "QT_MESSAGELOG_FUNC",
    # Qt's own identifiers
    "QMetaObject::invokeMethod", "setHeader", "setApplicationName", "setOrganizationName",
    "setOrganizationDomain", "setDesktopFileName",
}

MARKER = "l10n: not shown"

IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*(?:::[A-Za-z_][A-Za-z0-9_]*)*")


def tokens(text):
    """Yields (kind, value, line, extra) for the parts of C++ source that matter here: string literals
    (adjacent ones joined), brackets, identifiers and ';'. Comments are recorded per line in `extra` of
    kind 'comment'."""
    i, n, line = 0, len(text), 1
    at_line_start = True
    while i < n:
        c = text[i]
        if c == "\n":
            line += 1
            i += 1
            at_line_start = True
            continue
        if c in " \t\r":
            i += 1
            continue
        if at_line_start and c == "#":  # preprocessor line (#include "x.h", #define), with continuations
            while i < n and text[i] != "\n":
                if text[i] == "\\" and i + 1 < n and text[i + 1] == "\n":
                    line += 1
                    i += 1
                i += 1
            continue
        at_line_start = False
        if text.startswith("//", i):
            j = text.find("\n", i)
            j = n if j < 0 else j
            yield ("comment", text[i:j], line, None)
            i = j
            continue
        if text.startswith("/*", i):
            j = text.find("*/", i + 2)
            j = n if j < 0 else j + 2
            yield ("comment", text[i:j], line, None)
            line += text.count("\n", i, j)
            i = j
            continue
        if c == "'":
            j = i + 1
            while j < n and text[j] != "'":
                j += 2 if text[j] == "\\" else 1
            i = j + 1
            continue
        m = re.compile(r'(?:u8|u|U|L)?(R?)"').match(text, i)
        if m and (i == 0 or not (text[i - 1].isalnum() or text[i - 1] == "_")):
            start_line, value = line, ""
            while m:
                j = m.end()
                if m.group(1):  # raw string R"delim( ... )delim"
                    k = text.find("(", j)
                    delim = ")" + text[j:k] + '"'
                    end = text.find(delim, k)
                    value += text[k + 1:end]
                    line += text.count("\n", i, end)
                    i = end + len(delim)
                else:
                    k = j
                    while k < n and text[k] != '"':
                        k += 2 if text[k] == "\\" else 1
                    value += text[j:k]
                    i = k + 1
                s = re.compile(r"_[A-Za-z0-9]+").match(text, i)  # user-defined suffix: u"..."_s
                if s:
                    i = s.end()
                # adjacent literals (possibly across lines and comments) are one string
                k = i
                while True:
                    w = re.compile(r"\s*").match(text, k).end()
                    if text.startswith("//", w):
                        e = text.find("\n", w)
                        k = n if e < 0 else e
                        continue
                    if text.startswith("/*", w):
                        k = text.find("*/", w) + 2
                        continue
                    break
                m2 = re.compile(r'(?:u8|u|U|L)?(R?)"').match(text, w)
                if m2:
                    line += text.count("\n", i, w)
                    i = w
                m = m2
            yield ("string", value, start_line, line)
            continue
        m = IDENT.match(text, i)
        if m:
            yield ("ident", m.group(0), line, None)
            i = m.end()
            continue
        if c in "([{)]};":
            yield ("punct", c, line, None)
        i += 1


def wordy(value):
    t = re.sub(r"%L?n|%L?\d+", " ", value)
    t = re.sub(r"<[^>]*>", " ", t)
    t = re.sub(r"&[a-z]+;|&#\d+;", " ", t)
    t = re.sub(r"\\[ntr]", " ", t)
    words = re.findall(r"[^\W\d_]{2,}", t)
    if not words:
        return False
    if re.search(r"[/\\_@{}$=]|\.\w|::", t) and " " not in t.strip():
        return False  # a path, file name, key, format or identifier
    parts = t.split()
    if len(parts) >= 2 and sum(1 for p in parts if re.fullmatch(r"[^\W\d_]{2,}[.,:;!?…)]*", p.strip("(\"'"))) >= 2:
        return True
    # one word: text when capitalised like a label ("Step", "Reset"); an identifier when camelCase
    return len(parts) == 1 and re.fullmatch(r"&?[A-Z][a-z]+[.:…]*", parts[0]) is not None


def findings(path, rel):
    text = Path(path).read_text(encoding="utf-8")
    # Lines whose literals the marker allow-lists: its own line, and after a comment line holding it, every
    # line down to the end of the statement that follows (the first ';').
    marked = set()
    lines = text.split("\n")
    for no, content in enumerate(lines, 1):
        if MARKER not in content:
            continue
        marked.add(no)
        if content.strip().startswith("//"):
            for after in range(no + 1, len(lines) + 1):
                marked.add(after)
                if ";" in lines[after - 1].split("//")[0]:
                    break
    out = []
    stack = []  # (bracket, name of the call it opens or None)
    last_ident = None
    for kind, value, line, extra in tokens(text):
        if kind == "comment":
            continue
        if kind == "ident":
            last_ident = value
            continue
        if kind == "punct":
            if value in "([{":
                stack.append((value, last_ident if value == "(" else None, "[" if value == "[" else None))
            elif value in ")]}":
                if stack:
                    stack.pop()
            last_ident = None
            continue
        # a string literal
        last_ident = None
        if not wordy(value):
            continue
        if any(rel == f or (f.endswith("/") and rel.startswith(f)) for f in NOT_SHOWN_FILES):
            continue
        if line in marked or extra in marked:
            continue
        call = None
        for bracket, name, _ in reversed(stack):
            if bracket == "[":
                call = "[]"
                break
            if bracket == "{":
                continue  # an initializer list: look further out (a table row is judged by its call)
            short = name.split("::")[-1] if name else None
            if name in WRAPPERS or short in WRAPPERS:
                continue
            call = name
            break
        short = call.split("::")[-1] if call else None
        if short in TRANSLATING or call in NOT_SHOWN_CALLS or short in NOT_SHOWN_CALLS or call == "[]":
            continue
        out.append((line, value, call))
    return out


# The scanner's own cases (--self-test): C++ source, and the literals it must report.
SELF_TEST = [
    ('label->setText("Press Enter to plot");', ["Press Enter to plot"]),
    ('label->setText(tr("Press Enter to plot"));', []),
    ('auto* b = new QPushButton(QStringLiteral("Reset"), this);', ["Reset"]),
    ('b->setText(QLatin1String("Show Code"));', ["Show Code"]),
    ('b->setText(u"Show Code"_s);', ["Show Code"]),
    ('b->setText(tr("Show Code"));', []),
    ('m->setText(tr("a long sentence "\n             "over two lines"));', []),
    ('m->setText("a long sentence "  // why\n     "over two lines");', ["a long sentence over two lines"]),
    ('m->setText(\n    tr(\n        "the rate %1 is too large")\n        .arg(x));', []),
    ('static const char* kTitle = QT_TR_NOOP("Secant to tangent");', []),
    ('const Row rows[] = {{"secant", QT_TRANSLATE_NOOP("Lessons", "Secant to tangent")}};', []),
    ('// setText("Commented out words");\n/* setText("Also commented out"); */', []),
    ('w->setObjectName(QStringLiteral("Formula Field"));', []),
    ('QSettings().value(QStringLiteral("view/text size"));', []),
    ('obj[QStringLiteral("learning rate")] = 1;', []),
    ('w->setStyleSheet(QStringLiteral("QLabel { color: red }"));', []),
    ('x = QStringLiteral("%1 × %2").arg(a, b);', []),
    ('x = QStringLiteral("secant");', []),
    ('x = QStringLiteral("gradlab_%1.qm");', []),
    ('x = QStringLiteral("MainWindow");', []),
    ('#include "lessons/secant lesson.h"', []),
    ('setText(QStringLiteral("Words hidden on purpose")); // l10n: not shown (a test\'s name)', []),
    ('// l10n: not shown (names in their own language)\nconst char* n[] = {"English",\n "Deutsch"};', []),
    ('const char* n[] = {"English",\n "Deutsch"};', ["English", "Deutsch"]),
    ('tip = R"(Drag the point)";', ["Drag the point"]),
    ("c = '\"'; setText(\"Step\");", ["Step"]),
]


def self_test():
    import tempfile
    failed = 0
    with tempfile.TemporaryDirectory() as tmp:
        for source, expected in SELF_TEST:
            f = Path(tmp) / "case.cpp"
            f.write_text(source + "\n", encoding="utf-8")
            got = [value for _, value, _ in findings(f, "app/views/case.cpp")]
            if got != expected:
                failed += 1
                print(f"FAIL: {source!r}\n  reported {got}, expected {expected}")
    print(f"{len(SELF_TEST) - failed} of {len(SELF_TEST)} scanner cases pass")
    return 1 if failed else 0


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--root", default=str(Path(__file__).resolve().parents[2]))
    p.add_argument("--self-test", action="store_true", help="run the scanner's own cases first")
    p.add_argument("files", nargs="*")
    a = p.parse_args()
    if a.self_test and self_test():
        return 1
    root = Path(a.root)
    files = [Path(f) for f in a.files] or sorted(
        f for f in (root / "app").rglob("*") if f.suffix in (".cpp", ".h"))
    count = 0
    for f in files:
        f = f.resolve()
        rel = f.relative_to(root.resolve()).as_posix() if f.is_relative_to(root.resolve()) else f.as_posix()
        for line, value, call in findings(f, rel):
            count += 1
            where = f" (in {call}())" if call else ""
            print(f'{rel}:{line}: "{value}"{where}')
    if count:
        print(f"\n{count} literal(s) read like words shown to people but are not in tr(). Wrap each in "
              f"tr() (or QT_TR_NOOP() where built before a translator is installed), or, when it is not shown "
              f"in the GUI's language, add `// {MARKER} (<why>)` to its line; see this script's docstring.",
              file=sys.stderr)
        return 1
    print("Every wordy literal in the GUI is translatable or allow-listed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
