// Any bytes as a sequence-task file (classify, tag, seq2seq; characters or words): examples
// whose ids all name entries of their vocabularies, in the shapes the task needs, or
// rnnscope::Error naming what is wrong.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/task/labelled_data.h"
#include "core/util/error.h"

namespace {
bool within(const std::vector<std::int32_t>& ids, const rnnscope::TokenVocabulary& v) {
  for (auto id : ids)
    if (id < 0 || id >= v.size()) return false;
  return true;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace rnnscope;
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  for (TaskKind kind : {TaskKind::Classify, TaskKind::Tag, TaskKind::Seq2Seq})
    for (Tokens how : {Tokens::Characters, Tokens::Words}) {
      TaskData d;
      try {
        d = parseTaskFile(text, kind, how);
      } catch (const Error&) {
        continue;
      }
      if (d.examples.empty() || d.inputs.size() < 1 || d.inputs.names[0] != kPadToken) std::abort();
      for (const auto& e : d.examples) {
        if (e.tokens.empty() || !within(e.tokens, d.inputs) || !within(e.labels, d.labels)) std::abort();
        if (kind == TaskKind::Classify && e.labels.size() != 1) std::abort();
        if (kind == TaskKind::Tag && e.labels.size() != e.tokens.size()) std::abort();
        if (kind == TaskKind::Seq2Seq && e.labels.empty()) std::abort();
      }
    }
  return 0;
}
