// The stream batcher on a hand-made text whose tokens are their own positions, so every
// expected window can be written out by hand.
#include <gtest/gtest.h>

#include <memory>
#include <numeric>
#include <string>
#include <vector>

#include "core/data/batcher.h"
#include "core/util/error.h"

namespace rnnscope {
namespace {

using Tokens = std::vector<std::int32_t>;

Tokens countingTokens(int n) {
  Tokens t(static_cast<std::size_t>(n));
  std::iota(t.begin(), t.end(), 0);
  return t;
}

template <class F>
std::string errorOf(F&& f) {
  try {
    f();
  } catch (const Error& e) {
    return e.what();
  }
  return "";
}

// 23 tokens, batch 2: segments are 0..10 and 11..21 (S = 11); token 22 is the remainder.
TEST(StreamBatcher, WindowsAreTimeMajorSlicesOfEachStream) {
  const Tokens tokens = countingTokens(23);
  StreamBatcher batcher(tokens, 2, 3);
  EXPECT_EQ(batcher.streamLength(), 11);

  const Window w0 = batcher.next();
  EXPECT_EQ(w0.batch, 2);
  EXPECT_EQ(w0.steps, 3);
  EXPECT_EQ(w0.inputs, (Tokens{0, 11, 1, 12, 2, 13}));
  EXPECT_EQ(w0.targets, (Tokens{1, 12, 2, 13, 3, 14}));
  EXPECT_TRUE(w0.resetState);
  EXPECT_EQ(w0.epoch, 0);

  const Window w1 = batcher.next();
  EXPECT_EQ(w1.inputs, (Tokens{3, 14, 4, 15, 5, 16}));
  EXPECT_EQ(w1.targets, (Tokens{4, 15, 5, 16, 6, 17}));
  EXPECT_FALSE(w1.resetState);

  const Window w2 = batcher.next();
  EXPECT_EQ(w2.inputs, (Tokens{6, 17, 7, 18, 8, 19}));
  EXPECT_EQ(w2.targets, (Tokens{7, 18, 8, 19, 9, 20}));  // the last whole window: 9 + 3 + 1 > 11 next
  EXPECT_FALSE(w2.resetState);
  EXPECT_EQ(w2.epoch, 0);

  const Window w3 = batcher.next();  // wrapped
  EXPECT_EQ(w3.inputs, w0.inputs);
  EXPECT_EQ(w3.targets, w0.targets);
  EXPECT_TRUE(w3.resetState);
  EXPECT_EQ(w3.epoch, 1);
  EXPECT_FALSE(batcher.next().resetState);
}

TEST(StreamBatcher, AWindowMayEndOnTheLastTokenOfAStream) {
  const Tokens tokens = countingTokens(8);  // one stream 0..7, windows of 7 steps read all of it
  StreamBatcher batcher(tokens, 1, 7);
  const Window w = batcher.next();
  EXPECT_EQ(w.targets.back(), 7);
  EXPECT_EQ(batcher.position().offset, 7);
  EXPECT_EQ(batcher.next().epoch, 1);
}

TEST(StreamBatcher, RestoredPositionGivesTheSameWindows) {
  const Tokens tokens = countingTokens(101);
  StreamBatcher original(tokens, 3, 4);
  for (int i = 0; i < 9; ++i) original.next();  // past a wrap: 33 / 4 leaves 8 windows a pass
  const StreamBatcher::Position saved = original.position();
  EXPECT_EQ(saved.epoch, 1);

  StreamBatcher resumed(tokens, 3, 4);
  resumed.setPosition(saved);
  for (int i = 0; i < 12; ++i) {
    const Window a = original.next(), b = resumed.next();
    EXPECT_EQ(a.inputs, b.inputs);
    EXPECT_EQ(a.targets, b.targets);
    EXPECT_EQ(a.resetState, b.resetState);
    EXPECT_EQ(a.epoch, b.epoch);
  }
}

TEST(StreamBatcher, SetPositionRefusesWhatDoesNotFit) {
  const Tokens tokens = countingTokens(40);
  StreamBatcher batcher(tokens, 2, 4);  // S = 20
  EXPECT_THROW(batcher.setPosition({-1, 0}), Error);
  EXPECT_THROW(batcher.setPosition({0, -1}), Error);
  EXPECT_TRUE(errorOf([&] { batcher.setPosition({21, 0}); }).find("20 characters long") != std::string::npos);
  EXPECT_NO_THROW(batcher.setPosition({20, 3}));
  EXPECT_EQ(batcher.next().epoch, 4);
}

TEST(StreamBatcher, FillingAWindowReusesItsStorage) {
  const Tokens tokens = countingTokens(200);
  StreamBatcher batcher(tokens, 4, 8);
  Window w;
  batcher.next(w);
  const auto* inputs = w.inputs.data();
  const auto* targets = w.targets.data();
  for (int i = 0; i < 10; ++i) batcher.next(w);
  EXPECT_EQ(w.inputs.data(), inputs);
  EXPECT_EQ(w.targets.data(), targets);
  EXPECT_EQ(w.inputs.size(), 32u);
}

TEST(StreamBatcher, KeepsItsOwnCopyOfTheTokens) {
  Tokens tokens = countingTokens(10);
  StreamBatcher batcher(tokens, 1, 3);
  std::fill(tokens.begin(), tokens.end(), -1);
  tokens.clear();
  tokens.shrink_to_fit();
  EXPECT_EQ(batcher.next().inputs, (Tokens{0, 1, 2}));
}

TEST(StreamBatcher, CanShareATokenBuffer) {
  auto shared = std::make_shared<const Tokens>(countingTokens(10));
  StreamBatcher batcher(shared, 2, 2);
  EXPECT_EQ(batcher.next().inputs, (Tokens{0, 5, 1, 6}));
}

TEST(StreamBatcher, RefusesATextTooShortForTheWindow) {
  const Tokens tokens = countingTokens(7);
  const std::string message = errorOf([&] { StreamBatcher(tokens, 2, 3); });
  EXPECT_EQ(message, "the text (7 characters) is too short for batch 2 x window 3: need at least 8 characters");
  EXPECT_NO_THROW(StreamBatcher(countingTokens(8), 2, 3));
  EXPECT_THROW(StreamBatcher(tokens, 0, 3), Error);
  EXPECT_THROW(StreamBatcher(tokens, 1, 0), Error);
  EXPECT_THROW(StreamBatcher(std::shared_ptr<const Tokens>(), 1, 1), Error);
}

TEST(StreamBatcher, FullSequenceStepsCoverEachStreamInOneWindow) {
  EXPECT_EQ(StreamBatcher::fullSequenceSteps(23, 2), 10);
  EXPECT_EQ(StreamBatcher::fullSequenceSteps(2, 1), 1);
  EXPECT_THROW(StreamBatcher::fullSequenceSteps(3, 2), Error);
  EXPECT_THROW(StreamBatcher::fullSequenceSteps(100, 0), Error);

  const Tokens tokens = countingTokens(23);
  StreamBatcher batcher(tokens, 2, StreamBatcher::fullSequenceSteps(tokens.size(), 2));
  const Window w = batcher.next();
  EXPECT_EQ(w.inputs[0], 0);
  EXPECT_EQ(w.inputs[1], 11);
  EXPECT_EQ(w.targets[w.targets.size() - 2], 10);
  EXPECT_EQ(w.targets.back(), 21);
  const Window again = batcher.next();
  EXPECT_TRUE(again.resetState);
  EXPECT_EQ(again.epoch, 1);
}

}  // namespace
}  // namespace rnnscope
