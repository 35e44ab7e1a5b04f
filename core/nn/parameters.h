#pragma once
// All of a model's parameters live in one flat vector (and their gradients in another of the
// same layout), so optimisers, clipping and checkpoints treat the model as one array while
// the layers see named, PyTorch-shaped row-major views into it.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/nn/tensor.h"

namespace rnnscope {

struct ParameterInfo {
  std::string name;                  // PyTorch state_dict name, e.g. "rnn.weight_hh_l0"
  std::vector<std::int64_t> shape;   // [rows, cols] for matrices, [n] for vectors
  Index offset = 0;                  // first element in the flat buffer
  Index rows() const { return shape[0]; }
  Index cols() const { return shape.size() > 1 ? shape[1] : 1; }
  Index size() const { return rows() * cols(); }
};

template <class S>
class ParameterSet {
public:
  // Registers a tensor; returns its id. Only valid before finalize().
  int add(std::string name, std::vector<std::int64_t> shape);
  void finalize();  // allocates values and grads, zero-filled

  int count() const { return static_cast<int>(info_.size()); }
  const ParameterInfo& info(int id) const { return info_[id]; }
  const std::vector<ParameterInfo>& infos() const { return info_; }
  int find(std::string_view name) const;  // -1 when absent

  RowMap<S> value(int id) { return view(values_, id); }
  ConstRowMap<S> value(int id) const { return view(values_, id); }
  RowMap<S> grad(int id) { return view(grads_, id); }
  ConstRowMap<S> grad(int id) const { return view(grads_, id); }

  Vec<S>& values() { return values_; }   // [P], P = total parameter count
  const Vec<S>& values() const { return values_; }
  Vec<S>& grads() { return grads_; }     // [P], same layout as values()
  const Vec<S>& grads() const { return grads_; }

private:
  RowMap<S> view(Vec<S>& buf, int id) {
    const auto& p = info_[id];
    return RowMap<S>(buf.data() + p.offset, p.rows(), p.cols());
  }
  ConstRowMap<S> view(const Vec<S>& buf, int id) const {
    const auto& p = info_[id];
    return ConstRowMap<S>(buf.data() + p.offset, p.rows(), p.cols());
  }

  std::vector<ParameterInfo> info_;
  Vec<S> values_;
  Vec<S> grads_;
  Index total_ = 0;
};

}  // namespace rnnscope
