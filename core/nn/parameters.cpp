#include "core/nn/parameters.h"

#include "core/util/error.h"

namespace rnnscope {

template <class S>
int ParameterSet<S>::add(std::string name, std::vector<std::int64_t> shape) {
  ParameterInfo p{std::move(name), std::move(shape), total_};
  total_ += p.size();
  info_.push_back(std::move(p));
  return count() - 1;
}

template <class S>
void ParameterSet<S>::finalize() {
  values_ = Vec<S>::Zero(total_);
  grads_ = Vec<S>::Zero(total_);
}

template <class S>
int ParameterSet<S>::find(std::string_view name) const {
  for (int i = 0; i < count(); ++i)
    if (info_[i].name == name) return i;
  return -1;
}

template class ParameterSet<float>;
template class ParameterSet<double>;

}  // namespace rnnscope
