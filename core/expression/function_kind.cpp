#include "expression/function_kind.h"

#include <algorithm>
#include <vector>

namespace gradlab {

namespace {
const char* const kNames[] = {"sin", "cos", "tan",  "asin", "acos",    "atan", "sinh",     "cosh", "tanh",
                              "exp", "log", "sqrt", "abs",  "sigmoid", "relu", "softplus", "step"};
constexpr int kCount = sizeof(kNames) / sizeof(kNames[0]);

std::size_t editDistance(std::string_view a, std::string_view b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = up;
        }
    }
    return row[b.size()];
}
} // namespace

std::string_view functionName(FunctionKind f) {
    return kNames[static_cast<int>(f)];
}

std::optional<FunctionKind> functionByName(std::string_view name) {
    if (name == "ln") return FunctionKind::Log;
    for (int i = 0; i < kCount; ++i)
        if (name == kNames[i]) return static_cast<FunctionKind>(i);
    return std::nullopt;
}

std::string suggestFunction(std::string_view name) {
    if (name.size() > 32) return {};
    std::string best;
    std::size_t bestDistance = 3;
    for (int i = 0; i < kCount; ++i) {
        const std::size_t d = editDistance(name, kNames[i]);
        if (d < bestDistance) {
            bestDistance = d;
            best = kNames[i];
        }
    }
    if (editDistance(name, "ln") < bestDistance && name.size() <= 3) best = "ln";
    return best;
}

const char* const* functionNames(int* count) {
    *count = kCount;
    return kNames;
}

} // namespace gradlab
