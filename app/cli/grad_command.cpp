#include "cli/command.h"
#include "cli/json_writer.h"
#include "diff/forward_ad.h"
#include "diff/numeric.h"
#include "diff/reverse_ad.h"
#include "expression/printer.h"

#include <cmath>
#include <ostream>

namespace gradlab::cli {

namespace {
// Central difference of partial i with a step scaled to the coordinate (cube root of machine epsilon).
double centralPartial(const CompiledFunction& f, const double* p, int i) {
    double q[2] = {p[0], f.dimension() > 1 ? p[1] : 0.0};
    const double h = 6.0554544523933395e-06 * std::max(1.0, std::fabs(p[i]));
    return differenceQuotient(
        [&](double t) {
            q[i] = t;
            return f.value(q);
        },
        p[i], h, DifferenceScheme::Central);
}
} // namespace

int runGrad(const std::vector<std::string>& args, std::ostream& out) {
    const Arguments a(args, {"at"}, {"json"});
    const FunctionPtr f = loadFunction(a.formula(), 2);
    const int n = f->dimension();
    if (!a.has("at")) throw UsageError{"--at is required (for example --at 1,2)"};
    const std::vector<double> at = a.list("at");
    if (static_cast<int>(at.size()) != n)
        throw UsageError{"--at needs " + std::to_string(n) + " coordinate" + (n == 1 ? "" : "s") + " for f(" +
                         (n == 1 ? f->variables()[0] : f->variables()[0] + ", " + f->variables()[1]) +
                         "), got " + std::to_string(at.size())};
    double g[2] = {0, 0}, h[4] = {0, 0, 0, 0};
    const double value = f->valueGradientHessian(at.data(), g, h);
    double norm = 0.0;
    for (int i = 0; i < n; ++i)
        norm += g[i] * g[i];
    norm = std::sqrt(norm);

    double forward[2] = {0, 0};
    forwardGradient(f->expression(), n, at.data(), forward);
    ComputationGraph graph = ComputationGraph::record(f->expression(), f->variables(), at.data());
    graph.backward();

    std::vector<double> symbolic, fwd, rev, central;
    std::vector<std::string> partials;
    for (int i = 0; i < n; ++i) {
        symbolic.push_back(g[i]);
        fwd.push_back(forward[i]);
        rev.push_back(graph.gradient(i));
        central.push_back(centralPartial(*f, at.data(), i));
        partials.push_back(toPlainText(f->partial(i)));
    }

    if (a.flag("json")) {
        JsonWriter j;
        j.beginObject()
            .key("expr")
            .value(toPlainText(f->expression()))
            .key("variables")
            .array(f->variables())
            .key("partials")
            .array(partials)
            .key("value")
            .value(value)
            .key("gradient")
            .array(symbolic)
            .key("norm")
            .value(norm)
            .key("hessian")
            .beginArray();
        for (int r = 0; r < n; ++r)
            j.array(std::vector<double>(h + r * n, h + r * n + n));
        j.endArray()
            .key("methods")
            .beginObject()
            .key("symbolic")
            .array(symbolic)
            .key("forward_ad")
            .array(fwd)
            .key("reverse_ad")
            .array(rev)
            .key("central_difference")
            .array(central)
            .endObject()
            .endObject();
        out << j.text() << "\n";
        return kExitOk;
    }
    std::string point;
    for (int i = 0; i < n; ++i)
        point += (i ? ", " : "") + human(at[static_cast<std::size_t>(i)]);
    out << "f = " << toPlainText(f->expression()) << "\n";
    for (int i = 0; i < n; ++i)
        out << "df/d" << f->variables()[i] << " = " << partials[i] << "\n";
    out << "at (" << point << "):\n";
    out << "  f        = " << human(value) << "\n";
    out << "  gradient = (" << human(g[0]) << (n > 1 ? ", " + human(g[1]) : "") << ")\n";
    out << "  |grad|   = " << human(norm) << "\n";
    out << "  Hessian  = [" << human(h[0])
        << (n > 1 ? ", " + human(h[1]) + "; " + human(h[2]) + ", " + human(h[3]) : "") << "]\n";
    auto row = [&](const char* name, const std::vector<double>& v) {
        out << "  " << name << "(" << human(v[0]) << (n > 1 ? ", " + human(v[1]) : "") << ")\n";
    };
    out << "the gradient four ways:\n";
    row("symbolic            ", symbolic);
    row("forward-mode AD     ", fwd);
    row("reverse-mode AD     ", rev);
    row("central difference  ", central);
    return kExitOk;
}

} // namespace gradlab::cli
