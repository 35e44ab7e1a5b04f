#pragma once
// A lesson's sampling settings: what the Samples view writes while the lesson is open.
#include <string>

namespace rnnscope {

struct LessonSampling {
  bool given = false;        // absent: the view keeps its own settings
  std::string prime;         // UTF-8
  int length = 300;          // 1..100000
  double temperature = 0.8;  // 0..10; 0 = always the most likely character
};

}  // namespace rnnscope
