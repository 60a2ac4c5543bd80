#include "cli/command.h"
#include "cli/json_writer.h"
#include "diff/numeric.h"
#include "expression/printer.h"
#include "tables/csv_tables.h"

#include <cmath>
#include <cstdio>
#include <ostream>

namespace gradlab::cli {

int runLimit(const std::vector<std::string>& args, std::ostream& out) {
    const Arguments a(args, {"at", "h", "scheme"}, {"csv", "json"});
    const FunctionPtr f = loadFunction(a.formula(), 1);
    if (f->dimension() != 1) throw UsageError{"limit takes a function of one variable"};
    const double at = a.requiredNumber("at");
    std::vector<double> hs = a.has("h") ? a.list("h") : std::vector<double>{1, 0.1, 0.01, 0.001, 0.0001};
    for (double h : hs)
        if (!(h > 0)) throw UsageError{"--h values must be positive, got " + human(h)};
    DifferenceScheme scheme = DifferenceScheme::Forward;
    if (const auto s = a.text("scheme"))
        if (!schemeByName(*s, scheme))
            throw UsageError{"--scheme must be forward, backward or central, got '" + *s + "'"};
    if (a.flag("csv") && a.flag("json")) throw UsageError{"choose one of --csv and --json"};

    // The exact f′(a) only where f has a value and a finite slope (not 1/x for ln at −1).
    const PointValue exact = evaluateSlope(*f, at);
    const double exactSlope = exact.status == ValueStatus::Finite ? exact.value : std::nan("");
    const LimitTable t = limitTable([&](double x) { return f->value(x); }, at, exactSlope, hs, scheme);
    if (a.flag("json")) {
        JsonWriter j;
        j.beginObject()
            .key("expr")
            .value(toPlainText(f->expression()))
            .key("derivative")
            .value(toPlainText(f->partial(0)))
            .key("at")
            .value(at)
            .key("scheme")
            .value(schemeName(scheme))
            .key("f_a")
            .value(t.fA)
            .key("exact")
            .value(t.exact)
            .key("rows")
            .beginArray();
        for (const LimitRow& r : t.rows) {
            j.beginObject()
                .key("h")
                .value(r.h)
                .key("f_a_plus_h")
                .value(r.fAPlusH)
                .key("f_a_minus_h")
                .value(r.fAMinusH)
                .key("delta_y")
                .value(r.deltaY)
                .key("slope")
                .value(r.slope)
                .key("error")
                .value(r.error)
                .endObject();
        }
        j.endArray().endObject();
        out << j.text() << "\n";
        return kExitOk;
    }
    if (a.flag("csv")) {
        out << limitTableCsv(t);
        return kExitOk;
    }
    out << "f(x) = " << toPlainText(f->expression()) << ", " << schemeName(scheme)
        << " differences at x = " << human(at) << "\n";
    out << "exact f'(" << human(at) << ") " << humanMeasured(exact) << "\n\n";
    char buf[256];
    std::snprintf(buf, sizeof buf, "%-10s %-18s %-18s %-18s %-12s\n", "h", "f(a+h)", "delta y", "slope",
                  "error");
    out << buf;
    for (const LimitRow& r : t.rows) {
        std::snprintf(buf, sizeof buf, "%-10s %-18s %-18s %-18s %-12s\n", human(r.h).c_str(),
                      human(r.fAPlusH).c_str(), human(r.deltaY).c_str(), human(r.slope).c_str(),
                      human(r.error).c_str());
        out << buf;
    }
    return kExitOk;
}

} // namespace gradlab::cli
