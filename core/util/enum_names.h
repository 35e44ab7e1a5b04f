#pragma once
// Enum <-> name tables for settings that users type (CLI flags, JSON configs).
#include <string>
#include <utility>

#include "core/util/error.h"

namespace rnnscope {

template <class Enum, std::size_t N>
Enum parseEnum(const std::string& s, const char* field, const std::pair<const char*, Enum> (&names)[N]) {
  for (const auto& [name, value] : names)
    if (s == name) return value;
  std::string allowed;
  for (const auto& entry : names) allowed += std::string(allowed.empty() ? "" : ", ") + entry.first;
  throw Error(std::string("unknown ") + field + " '" + s + "' (expected one of: " + allowed + ")");
}

template <class Enum, std::size_t N>
std::string enumName(Enum e, const std::pair<const char*, Enum> (&names)[N]) {
  for (const auto& [name, value] : names)
    if (e == value) return name;
  return "?";
}

}  // namespace rnnscope
