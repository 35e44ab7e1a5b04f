#pragma once
// The subcommands of rnnscope-cli (docs/cli.md). Each adds itself to
// the app; its callback throws rnnscope::Error on bad input, and main prints that as one line.
#include <cstdint>
#include <string>

#include <fstream>

#include <CLI/CLI.hpp>

#include "core/engine/run_folder.h"
#include "core/util/error.h"

namespace rnnscope::cli {

void addTrainCommand(CLI::App& app);
void addSampleCommand(CLI::App& app);
void addGradsCommand(CLI::App& app);
void addBenchCommand(CLI::App& app);
void addCorpusCommand(CLI::App& app);
void addAnalyzeCommand(CLI::App& app);
void addCellsCommand(CLI::App& app);
void addLessonsCommand(CLI::App& app);
void addPredictCommand(CLI::App& app);

// Sets Eigen's thread count (1..64); 0 leaves the default.
void setThreads(int threads);
// The thread count Eigen uses for large products now.
int threadCount();
// For unsigned options: refuses "-1", which CLI11 would otherwise wrap around to 2^64 - 1.
CLI::Validator notNegative();
// Reads TEXT given literally, or from a file with --input-file.
std::string inputText(const std::string& literal, const std::string& file);
// metrics.csv of a run, open for appending rows: a new run's with `header` written, a resumed
// run's with the rows after `step` dropped (truncateMetricsRows).
std::ofstream openMetrics(const RunFolder& files, std::int64_t step, bool resuming, const std::string& header);
// What a run that stopped on a non-finite loss or gradient says, naming what is left on disk.
Error divergedError(std::int64_t step, const RunFolder& files);
// Keeps a metrics file's rows up to `step` (a resumed run rewrites what came after its
// checkpoint). A missing or empty file, or one whose header is an older prefix of
// currentHeader, starts again from currentHeader.
void truncateMetricsRows(const std::string& file, std::int64_t step, const std::string& currentHeader);

}  // namespace rnnscope::cli
