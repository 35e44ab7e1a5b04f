#pragma once
// The core never prints or exits: bad input and impossible settings are reported by
// throwing rnnscope::Error with one sentence a user can act on.
#include <stdexcept>
#include <string>

namespace rnnscope {

class Error : public std::runtime_error {
public:
  using std::runtime_error::runtime_error;
};

}  // namespace rnnscope
