// rnnscope-cli: train, sample, inspect and benchmark character models without the GUI.
#include <cstdio>
#include <exception>
#include <string>
#include <string_view>

#include <CLI/CLI.hpp>

#include "app/cli/commands.h"
#include "core/util/error.h"

namespace {
// Every error is one line on stderr, whatever it quotes (a path or text given on the command
// line may hold a newline): control characters are shown escaped.
std::string oneLine(std::string_view message) {
  std::string out;
  for (const char ch : message) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '\n') out += "\\n";
    else if (c == '\r') out += "\\r";
    else if (c < 0x20 || c == 0x7f) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\x%02x", c);
      out += buf;
    } else out += ch;
  }
  return out;
}

int fail(std::string_view message) {
  std::fprintf(stderr, "rnnscope-cli: error: %s\n", oneLine(message).c_str());
  return 1;
}
}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"rnnscope-cli: train and inspect recurrent character models from the command line"};
  app.require_subcommand(1);
  // Bad flags get the same single line as every other error (CLI11 adds a second by default).
  app.failure_message([](const CLI::App*, const CLI::Error& e) {
    return "rnnscope-cli: error: " + oneLine(e.what()) + " (see rnnscope-cli --help)\n";
  });
  rnnscope::cli::addTrainCommand(app);
  rnnscope::cli::addSampleCommand(app);
  rnnscope::cli::addGradsCommand(app);
  rnnscope::cli::addBenchCommand(app);
  rnnscope::cli::addCorpusCommand(app);
  rnnscope::cli::addAnalyzeCommand(app);
  rnnscope::cli::addCellsCommand(app);
  rnnscope::cli::addLessonsCommand(app);
  rnnscope::cli::addPredictCommand(app);
  // CLI11 would answer "teleport" with "A subcommand is required"; name what was given instead.
  if (argc > 1 && argv[1][0] != '-') {
    std::string known;
    bool found = false;
    for (const CLI::App* sub : static_cast<const CLI::App&>(app).get_subcommands([](const CLI::App*) { return true; })) {
      known += (known.empty() ? "" : ", ") + sub->get_name();
      found = found || sub->get_name() == argv[1];
    }
    if (!found) return fail("unknown subcommand '" + std::string(argv[1]) + "' (expected one of: " + known + ")");
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  } catch (const std::bad_alloc&) {
    return fail("out of memory; choose a smaller model, batch or window");
  } catch (const std::exception& e) {  // rnnscope::Error and whatever else escaped a command
    return fail(e.what());
  }
  return 0;
}
