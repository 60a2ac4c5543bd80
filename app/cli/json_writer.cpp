#include "cli/json_writer.h"

#include <cmath>
#include <cstdio>

namespace gradlab::cli {

std::string jsonNumber(double v) {
    if (!std::isfinite(v)) return "null";
    char buf[40];
    // + 0.0: −0 (as in −sin(0)) is written 0, as most JSON readers take it
    std::snprintf(buf, sizeof buf, "%.17g", v + 0.0);
    return buf;
}

std::string jsonString(const std::string& s) {
    std::string out = "\"";
    for (const char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (c < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += ch;
            }
        }
    }
    return out + "\"";
}

void JsonWriter::separate() {
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back()) m_out += ", ";
        m_first.back() = false;
    }
}

JsonWriter& JsonWriter::beginObject() {
    separate();
    m_out += "{";
    m_first.push_back(true);
    return *this;
}
JsonWriter& JsonWriter::endObject() {
    m_out += "}";
    m_first.pop_back();
    return *this;
}
JsonWriter& JsonWriter::beginArray() {
    separate();
    m_out += "[";
    m_first.push_back(true);
    return *this;
}
JsonWriter& JsonWriter::endArray() {
    m_out += "]";
    m_first.pop_back();
    return *this;
}
JsonWriter& JsonWriter::key(const std::string& k) {
    separate();
    m_out += jsonString(k) + ": ";
    m_afterKey = true;
    return *this;
}
JsonWriter& JsonWriter::value(double v) {
    separate();
    m_out += jsonNumber(v);
    return *this;
}
JsonWriter& JsonWriter::value(int v) {
    separate();
    m_out += std::to_string(v);
    return *this;
}
JsonWriter& JsonWriter::value(bool v) {
    separate();
    m_out += v ? "true" : "false";
    return *this;
}
JsonWriter& JsonWriter::value(const std::string& v) {
    separate();
    m_out += jsonString(v);
    return *this;
}
JsonWriter& JsonWriter::null() {
    separate();
    m_out += "null";
    return *this;
}
JsonWriter& JsonWriter::array(const std::vector<double>& values) {
    beginArray();
    for (double v : values)
        value(v);
    return endArray();
}
JsonWriter& JsonWriter::array(const std::vector<std::string>& values) {
    beginArray();
    for (const auto& v : values)
        value(v);
    return endArray();
}

} // namespace gradlab::cli
