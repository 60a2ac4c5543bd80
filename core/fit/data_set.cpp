#include "fit/data_set.h"

#include <charconv>
#include <cmath>
#include <cstdio>

namespace gradlab {

namespace {

std::string trim(const std::string& s) {
    std::size_t b = 0, e = s.size();
    while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\r'))
        ++b;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r'))
        --e;
    return s.substr(b, e - b);
}

std::vector<std::string> fields(const std::string& line) {
    std::vector<std::string> out;
    std::size_t begin = 0;
    for (;;) {
        const std::size_t comma = line.find(',', begin);
        out.push_back(
            trim(line.substr(begin, comma == std::string::npos ? std::string::npos : comma - begin)));
        if (comma == std::string::npos) return out;
        begin = comma + 1;
    }
}

std::string lower(std::string s) {
    for (char& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

std::string lineName(int line) {
    return "line " + std::to_string(line) + ": ";
}

} // namespace

bool readDataCsv(const std::string& text, DataSet& out, std::string& error) {
    std::string body = text;
    if (body.compare(0, 3, "\xEF\xBB\xBF") == 0) body.erase(0, 3);
    DataSet data;
    int xColumn = -1, yColumn = -1;
    std::size_t columns = 0;
    bool header = false;
    int lineNumber = 0;
    std::size_t begin = 0;
    while (begin < body.size()) {
        std::size_t end = body.find('\n', begin);
        if (end == std::string::npos) end = body.size();
        const std::string line = trim(body.substr(begin, end - begin));
        begin = end + 1;
        ++lineNumber;
        if (line.empty()) continue;
        const std::vector<std::string> f = fields(line);
        if (!header) {
            header = true;
            columns = f.size();
            for (std::size_t i = 0; i < f.size(); ++i) {
                const std::string name = lower(f[i]);
                if (name == "x" && xColumn < 0) xColumn = static_cast<int>(i);
                if (name == "y" && yColumn < 0) yColumn = static_cast<int>(i);
            }
            if (xColumn < 0 || yColumn < 0) {
                error = lineName(lineNumber) +
                        "the header row must name the columns x and y (as in \"x,y\"), got \"" + line + "\"";
                return false;
            }
            continue;
        }
        if (f.size() != columns) {
            error = lineName(lineNumber) + "expected " + std::to_string(columns) +
                    " values, as in the header row, got " + std::to_string(f.size());
            return false;
        }
        DataPoint p;
        for (int c : {xColumn, yColumn}) {
            const std::string& s = f[static_cast<std::size_t>(c)];
            const char* column = c == xColumn ? "x" : "y";
            double v = 0.0;
            const char* first = s.data() + (s.size() > 1 && s[0] == '+' ? 1 : 0);
            const auto [ptr, ec] = std::from_chars(first, s.data() + s.size(), v);
            if (s.empty()) {
                error = lineName(lineNumber) + "the value in column " + column + " is missing";
                return false;
            }
            if (ec != std::errc() || ptr != s.data() + s.size()) {
                error = lineName(lineNumber) + "'" + s + "' in column " + column + " is not a number";
                return false;
            }
            if (!std::isfinite(v)) {
                error = lineName(lineNumber) + "'" + s + "' in column " + column + " is not a finite number";
                return false;
            }
            (c == xColumn ? p.x : p.y) = v;
        }
        data.push_back(p);
    }
    if (!header) {
        error = "the file is empty: expected a header row \"x,y\" and at least one row of data";
        return false;
    }
    if (data.empty()) {
        error = "there are no data rows after the header row: at least one point is needed";
        return false;
    }
    out = std::move(data);
    error.clear();
    return true;
}

std::string dataCsv(const DataSet& data) {
    std::string out = "x,y\n";
    char buf[64];
    for (const DataPoint& p : data) {
        std::snprintf(buf, sizeof buf, "%.17g,%.17g\n", p.x, p.y);
        out += buf;
    }
    return out;
}

} // namespace gradlab
