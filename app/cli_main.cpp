// rnnscope-cli: train, sample, inspect and benchmark character models without the GUI.
#include <cstdio>
#include <exception>

#include <CLI/CLI.hpp>

#include "app/cli/commands.h"
#include "core/util/error.h"

int main(int argc, char** argv) {
  CLI::App app{"rnnscope-cli: train and inspect recurrent character models from the command line"};
  app.require_subcommand(1);
  // Bad flags get the same single line as every other error (CLI11 adds a second by default).
  app.failure_message([](const CLI::App*, const CLI::Error& e) {
    return std::string("rnnscope-cli: error: ") + e.what() + " (see rnnscope-cli --help)\n";
  });
  rnnscope::cli::addTrainCommand(app);
  rnnscope::cli::addSampleCommand(app);
  rnnscope::cli::addGradsCommand(app);
  rnnscope::cli::addBenchCommand(app);
  rnnscope::cli::addCorpusCommand(app);
  rnnscope::cli::addAnalyzeCommand(app);
  rnnscope::cli::addCellsCommand(app);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e);
  } catch (const rnnscope::Error& e) {
    std::fprintf(stderr, "rnnscope-cli: error: %s\n", e.what());
    return 1;
  } catch (const std::bad_alloc&) {
    std::fprintf(stderr, "rnnscope-cli: error: out of memory; choose a smaller model, batch or window\n");
    return 1;
  } catch (const std::exception& e) {
    std::fprintf(stderr, "rnnscope-cli: error: %s\n", e.what());
    return 1;
  }
  return 0;
}
