#pragma once
// A small streaming JSON writer: doubles with 17 significant digits (non-finite ones as null), strings
// escaped, commas placed automatically.

#include <string>
#include <vector>

namespace gradlab::cli {

class JsonWriter {
public:
    JsonWriter& beginObject();
    JsonWriter& endObject();
    JsonWriter& beginArray();
    JsonWriter& endArray();
    JsonWriter& key(const std::string& k);
    JsonWriter& value(double v);
    JsonWriter& value(int v);
    JsonWriter& value(bool v);
    JsonWriter& value(const std::string& v);
    JsonWriter& value(const char* v) { return value(std::string(v)); }
    JsonWriter& null();
    JsonWriter& array(const std::vector<double>& values);
    JsonWriter& array(const std::vector<std::string>& values);

    const std::string& text() const { return m_out; }

private:
    void separate();
    std::string m_out;
    std::vector<bool> m_first; ///< per open container: no element written yet
    bool m_afterKey = false;
};

/// A double as JSON: 17 significant digits, null when not finite.
std::string jsonNumber(double v);
/// A string as a JSON literal with quotes and escapes.
std::string jsonString(const std::string& s);

} // namespace gradlab::cli
