#include "cli/command.h"
#include "cli/json_writer.h"
#include "expression/printer.h"

#include <cmath>
#include <ostream>

namespace gradlab::cli {

int runDiff(const std::vector<std::string>& args, std::ostream& out) {
    const Arguments a(args, {"at", "format"}, {"json"});
    const FunctionPtr f = loadFunction(a.formula(), 1);
    if (f->dimension() != 1)
        throw UsageError{"diff takes a function of one variable; for " + std::to_string(f->dimension()) +
                         " variables use: gradlab grad"};
    PrintStyle style = PrintStyle::Plain;
    if (const auto fmt = a.text("format")) {
        if (*fmt == "unicode")
            style = PrintStyle::Unicode;
        else if (*fmt == "latex")
            style = PrintStyle::Latex;
        else if (*fmt != "plain")
            throw UsageError{"--format must be plain, unicode or latex, got '" + *fmt + "'"};
    }
    const std::string& v = f->variables()[0];
    const bool at = a.has("at");
    const double x = a.number("at", 0.0);
    // f′ only where f has a value: ln at −1 has no slope, though the formula 1/x gives −1 there.
    const PointValue pv = evaluatePoint([&f](double t) { return f->value(t); }, x);
    const PointValue ps = evaluateSlope(*f, x);
    const double value = f->value(x);
    const double slope = ps.value;

    if (a.flag("json")) {
        JsonWriter j;
        j.beginObject()
            .key("expr")
            .value(print(f->expression(), style))
            .key("variable")
            .value(v)
            .key("derivative")
            .value(print(f->partial(0), style));
        if (at) j.key("at").value(x).key("value").value(value).key("slope").value(slope);
        j.endObject();
        out << j.text() << "\n";
        return kExitOk;
    }
    out << "f(" << v << ")  = " << print(f->expression(), style) << "\n";
    out << "f'(" << v << ") = " << print(f->partial(0), style) << "\n";
    if (at) {
        // As the slope lesson shows them: "undefined" at a pole, not "inf"; "≈ 0" below round-off.
        out << "f(" << human(x) << ")  " << humanMeasured(pv) << "\n";
        out << "f'(" << human(x) << ") " << humanMeasured(ps) << "\n";
        if (pv.status == ValueStatus::Undefined)
            out << "note: f is not defined here (outside its domain or a pole), so neither is f'\n";
        else if (ps.status == ValueStatus::Vertical)
            out << "note: f' grows without bound here: the tangent is vertical, and no number is the slope\n";
        else if (!std::isfinite(value) || !std::isfinite(slope))
            out << "note: f' is not a number here (the derivative does not exist, or overflows)\n";
    }
    return kExitOk;
}

} // namespace gradlab::cli
