#pragma once
// Typed reads of optional fields from a JSON object, with one clear error per wrong field.
// Settings files are user input: nothing in them is trusted before its type and range are
// checked.
#include <string>

#include <nlohmann/json.hpp>

#include "core/util/error.h"

namespace rnnscope::json_fields {

inline void requireObject(const nlohmann::json& j, const std::string& what) {
  if (!j.is_object()) throw Error(what + " must be a JSON object");
}

inline std::string text(const nlohmann::json& j, const char* key, const std::string& fallback) {
  if (!j.contains(key)) return fallback;
  if (!j[key].is_string()) throw Error(std::string("setting '") + key + "' must be a string");
  return j[key].get<std::string>();
}

inline long long integer(const nlohmann::json& j, const char* key, long long fallback, long long lo, long long hi) {
  if (!j.contains(key)) return fallback;
  const auto& v = j[key];
  if (!v.is_number_integer()) throw Error(std::string("setting '") + key + "' must be a whole number");
  const long long x = v.is_number_unsigned() && v.get<unsigned long long>() > 9e18 ? hi + 1 : v.get<long long>();
  if (x < lo || x > hi)
    throw Error(std::string("setting '") + key + "' must be between " + std::to_string(lo) + " and " +
                std::to_string(hi) + ", got " + v.dump());
  return x;
}

inline double number(const nlohmann::json& j, const char* key, double fallback, double lo, double hi) {
  if (!j.contains(key)) return fallback;
  const auto& v = j[key];
  if (!v.is_number()) throw Error(std::string("setting '") + key + "' must be a number");
  const double x = v.get<double>();
  if (!(x >= lo && x <= hi))
    throw Error(std::string("setting '") + key + "' must be between " + nlohmann::json(lo).dump() + " and " +
                nlohmann::json(hi).dump() + ", got " + v.dump());
  return x;
}

inline bool flag(const nlohmann::json& j, const char* key, bool fallback) {
  if (!j.contains(key)) return fallback;
  if (!j[key].is_boolean()) throw Error(std::string("setting '") + key + "' must be true or false");
  return j[key].get<bool>();
}

}  // namespace rnnscope::json_fields
