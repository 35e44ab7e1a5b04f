#pragma once
// How long-running core work reports progress without knowing who listens
// (a progress bar on stderr, the GUI's status bar, or nobody).
#include <cstdint>
#include <string>

namespace rnnscope {

struct ProgressObserver {
  virtual ~ProgressObserver() = default;
  // done out of total units of work; `what` names the work in a few words.
  virtual void progress(std::int64_t done, std::int64_t total, const std::string& what) = 0;
  // Polled between units of work; returning true asks the work to stop early.
  virtual bool cancelled() const { return false; }
};

}  // namespace rnnscope
