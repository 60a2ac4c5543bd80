#include "cli/command.h"
#include "cli/json_writer.h"
#include "presets/catalogue.h"

#include <ostream>

namespace gradlab::cli {

int runPresets(const std::vector<std::string>& args, std::ostream& out) {
    const Arguments a(args, {}, {"json"});
    if (!a.positionals().empty()) throw UsageError{"unexpected argument '" + a.positionals()[0] + "'"};
    const auto& catalogue = presetCatalogue();
    if (a.flag("json")) {
        JsonWriter j;
        j.beginArray();
        for (const Preset& p : catalogue) {
            const int n = p.dimension;
            j.beginObject()
                .key("id")
                .value(p.id)
                .key("title")
                .value(p.title)
                .key("formula")
                .value(p.formula)
                .key("dimension")
                .value(n)
                .key("domain")
                .array(std::vector<double>(p.domain, p.domain + 4))
                .key("start")
                .array(std::vector<double>(p.start, p.start + n))
                .key("lr")
                .value(p.learningRate)
                .key("steps")
                .value(p.steps)
                .key("minima")
                .beginArray();
            for (const KnownMinimum& m : p.minima)
                j.beginObject()
                    .key("point")
                    .array(std::vector<double>(m.point, m.point + n))
                    .key("value")
                    .value(m.value)
                    .key("global")
                    .value(m.global)
                    .endObject();
            j.endArray().key("note").value(p.note).endObject();
        }
        j.endArray();
        out << j.text() << "\n";
        return kExitOk;
    }
    for (const Preset& p : catalogue) {
        out << p.id << ": " << p.title << "\n    f = " << p.formula << "\n    start ";
        out << human(p.start[0]) << (p.dimension > 1 ? ", " + human(p.start[1]) : "") << ", lr "
            << human(p.learningRate) << "\n";
        for (const KnownMinimum& m : p.minima)
            out << "    " << (m.global ? "minimum " : "local minimum ") << "at (" << human(m.point[0])
                << (p.dimension > 1 ? ", " + human(m.point[1]) : "") << "), value " << human(m.value) << "\n";
        if (p.minima.empty()) out << "    no minimum\n";
    }
    return kExitOk;
}

} // namespace gradlab::cli
