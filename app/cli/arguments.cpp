#include "cli/arguments.h"

#include <charconv>
#include <cmath>

namespace gradlab::cli {

std::optional<double> parseNumber(const std::string& raw) {
    std::string s = raw;
    while (!s.empty() && s.front() == ' ')
        s.erase(s.begin());
    while (!s.empty() && s.back() == ' ')
        s.pop_back();
    if (!s.empty() && s.front() == '+') s.erase(s.begin());
    if (s.empty()) return std::nullopt;
    double v = 0.0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || ptr != s.data() + s.size() || !std::isfinite(v)) return std::nullopt;
    return v;
}

Arguments::Arguments(const std::vector<std::string>& args, const std::set<std::string>& valued,
                     const std::set<std::string>& flags) {
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a.size() > 2 && a.compare(0, 2, "--") == 0) {
            std::string name = a.substr(2);
            std::optional<std::string> inlineValue;
            const auto eq = name.find('=');
            if (eq != std::string::npos) {
                inlineValue = name.substr(eq + 1);
                name = name.substr(0, eq);
            }
            if (valued.count(name)) {
                if (m_values.count(name)) throw UsageError{"--" + name + " is given twice"};
                if (inlineValue) {
                    m_values[name] = *inlineValue;
                } else {
                    if (i + 1 >= args.size()) throw UsageError{"--" + name + " needs a value"};
                    m_values[name] = args[++i];
                }
            } else if (flags.count(name)) {
                if (inlineValue) throw UsageError{"--" + name + " takes no value"};
                m_flags.insert(name);
            } else {
                throw UsageError{"unknown option '--" + name + "' (see --help)"};
            }
        } else if (a == "-o" && valued.count("output")) {
            if (i + 1 >= args.size()) throw UsageError{"-o needs a file name"};
            if (m_values.count("output")) throw UsageError{"-o is given twice"};
            m_values["output"] = args[++i];
        } else {
            m_positionals.push_back(a);
        }
    }
}

std::optional<std::string> Arguments::text(const std::string& name) const {
    const auto it = m_values.find(name);
    if (it == m_values.end()) return std::nullopt;
    return it->second;
}

double Arguments::number(const std::string& name, double fallback) const {
    const auto t = text(name);
    if (!t) return fallback;
    const auto v = parseNumber(*t);
    if (!v) throw UsageError{"--" + name + " must be a number, got '" + *t + "'"};
    return *v;
}

double Arguments::requiredNumber(const std::string& name) const {
    if (!has(name)) throw UsageError{"--" + name + " is required"};
    return number(name, 0.0);
}

double Arguments::positive(const std::string& name, double fallback) const {
    const auto t = text(name);
    if (!t) return fallback;
    const auto v = parseNumber(*t);
    if (!v || *v <= 0) throw UsageError{"--" + name + " must be a positive number, got '" + *t + "'"};
    return *v;
}

int Arguments::integer(const std::string& name, int fallback, int lo, int hi) const {
    const auto t = text(name);
    if (!t) return fallback;
    const auto v = parseNumber(*t);
    if (!v || std::floor(*v) != *v || *v < lo || *v > hi)
        throw UsageError{"--" + name + " must be a whole number from " + std::to_string(lo) + " to " +
                         std::to_string(hi) + ", got '" + *t + "'"};
    return static_cast<int>(*v);
}

std::vector<double> Arguments::list(const std::string& name) const {
    const auto t = text(name);
    std::vector<double> out;
    if (!t) return out;
    std::string item;
    const std::string s = *t + ",";
    for (char c : s) {
        if (c == ',') {
            const auto v = parseNumber(item);
            if (!v) throw UsageError{"--" + name + " must be comma-separated numbers, got '" + *t + "'"};
            out.push_back(*v);
            item.clear();
        } else {
            item += c;
        }
    }
    return out;
}

std::string Arguments::formula() const {
    if (m_positionals.empty()) throw UsageError{"missing formula (put it in quotes: \"x^2 + 1\")"};
    if (m_positionals.size() > 1)
        throw UsageError{"unexpected argument '" + m_positionals[1] +
                         "' (quote the formula if it has spaces)"};
    return m_positionals[0];
}

} // namespace gradlab::cli
