#pragma once
// Command-line arguments of one subcommand: positionals, --name value options and --flags, with the
// checks every subcommand needs (numbers, lists, known names) and one-line errors naming the argument.

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace gradlab::cli {

/// Thrown inside the CLI layer only (never from core) and turned into "gradlab CMD: message", exit 2.
struct UsageError {
    std::string message;
};

class Arguments {
public:
    /// `valued` lists options that take a value; `flags` those that do not. Anything else is an error.
    Arguments(const std::vector<std::string>& args, const std::set<std::string>& valued,
              const std::set<std::string>& flags);

    const std::vector<std::string>& positionals() const { return m_positionals; }
    bool flag(const std::string& name) const { return m_flags.count(name) > 0; }
    bool has(const std::string& name) const { return m_values.count(name) > 0; }
    std::optional<std::string> text(const std::string& name) const;

    /// A finite number, or the default when the option is absent.
    double number(const std::string& name, double fallback) const;
    /// A finite number that must be given.
    double requiredNumber(const std::string& name) const;
    /// A number > 0.
    double positive(const std::string& name, double fallback) const;
    /// A whole number in [lo, hi].
    int integer(const std::string& name, int fallback, int lo, int hi) const;
    /// Comma-separated finite numbers.
    std::vector<double> list(const std::string& name) const;

    /// The single formula argument.
    std::string formula() const;

private:
    std::vector<std::string> m_positionals;
    std::map<std::string, std::string> m_values;
    std::set<std::string> m_flags;
};

/// Parses one finite number (locale-independent). Empty optional if it is not one.
std::optional<double> parseNumber(const std::string& s);

} // namespace gradlab::cli
