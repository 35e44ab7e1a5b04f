// Cost of the analysis views, as issue 3 asks: the full analysis of one 64-step window of an
// LSTM with hidden 256 (target: at most 50 ms), and what the gradient-flow figures add to a
// training step (target: at most 5%). Each figure is a ratio against a reference measured in
// the same run: the training step itself.
//
//   ./build/bench/analysis_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include <benchmark/benchmark.h>
#include <algorithm>
#include <cstdlib>

#include <Eigen/Core>

#include "core/analysis/gradient_flow.h"
#include "core/analysis/spectra.h"
#include "core/train/trainer.h"
#include "core/util/random.h"

namespace rnnscope {
namespace {

constexpr int kVocab = 96;

// A trainer on random text with one window already done, so the caches hold a real window.
std::unique_ptr<Trainer<float>> trainedOneWindow(CellKind cell, int hidden, int batch, int layers = 1) {
  TrainConfig cfg;
  cfg.model.cell = cell;
  cfg.model.hidden = hidden;
  cfg.model.layers = layers;
  cfg.model.embed = 32;
  cfg.model.vocabSize = kVocab;
  cfg.optimizer.kind = OptimizerKind::Adam;
  cfg.optimizer.learningRate = 1e-3;
  cfg.clip = {ClipMode::Norm, 5.0};
  cfg.batch = batch;
  cfg.seqLen = 64;
  cfg.validationFraction = 0;
  cfg.validate();
  std::vector<std::int32_t> tokens(static_cast<std::size_t>(batch) * 64 * 400);
  Rng rng(11);
  for (auto& t : tokens) t = static_cast<std::int32_t>(rng.below(kVocab));
  auto trainer = std::make_unique<Trainer<float>>(cfg, std::move(tokens), std::vector<std::int32_t>{});
  trainer->step();
  return trainer;
}

// What the live engine recomputes for the Jacobian and weight-spectrum panels, per layer.
void liveAnalysis(const Model<float>& model) {
  const int T = model.lastSteps();
  for (int l = 0; l < model.config().layers; ++l) benchmark::DoNotOptimize(layerSpectra(model, l, T - 1));
}

// The same pieces called one after the other (each may still use the matrix threads inside),
// as a reference for what running them as parallel tasks gains.
void liveAnalysisInSequence(const Model<float>& model) {
  const int T = model.lastSteps();
  for (int l = 0; l < model.config().layers; ++l) {
    benchmark::DoNotOptimize(jacobianSingularValues(model, l, T - 1));
    benchmark::DoNotOptimize(jacobianSigmaMaxOverTime(model, l));
    benchmark::DoNotOptimize(jacobianProductSigmaMax(model, l));
    const auto w = weightSpectrum(model, l);
    benchmark::DoNotOptimize(vanishingBound(w.gamma, w.sigmaMax, T));
  }
}

// Every singular value of every timestep's Jacobian, as `rnnscope-cli analyze` writes them.
void fullPerTimestepSpectra(const Model<float>& model) {
  for (int l = 0; l < model.config().layers; ++l)
    for (int t = 0; t < model.lastSteps(); ++t) benchmark::DoNotOptimize(jacobianSingularValues(model, l, t));
}

void BM_LiveAnalysis_Lstm256(benchmark::State& st) {
  auto trainer = trainedOneWindow(CellKind::Lstm, 256, static_cast<int>(st.range(0)));
  for (auto _ : st) liveAnalysis(trainer->model());
}
BENCHMARK(BM_LiveAnalysis_Lstm256)->Arg(1)->Arg(32)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_LiveAnalysisInSequence_Lstm256(benchmark::State& st) {
  auto trainer = trainedOneWindow(CellKind::Lstm, 256, static_cast<int>(st.range(0)));
  for (auto _ : st) liveAnalysisInSequence(trainer->model());
}
BENCHMARK(BM_LiveAnalysisInSequence_Lstm256)->Arg(1)->Arg(32)->Unit(benchmark::kMillisecond)->UseRealTime();

// The live analysis piece by piece (LSTM, hidden 256, batch 32, layer 0).
enum Piece { kJacobians, kSelectedSpectrum, kSigmaMaxOverTime, kProduct, kWeightSpectrum };
void BM_AnalysisPiece_Lstm256(benchmark::State& st) {
  auto trainer = trainedOneWindow(CellKind::Lstm, 256, 32);
  const auto& model = trainer->model();
  const int T = model.lastSteps();
  for (auto _ : st) {
    switch (st.range(0)) {
      case kJacobians:
        for (int t = 0; t < T; ++t) benchmark::DoNotOptimize(model.stateJacobian(0, t, 0));
        break;
      case kSelectedSpectrum: benchmark::DoNotOptimize(jacobianSingularValues(model, 0, T - 1)); break;
      case kSigmaMaxOverTime: benchmark::DoNotOptimize(jacobianSigmaMaxOverTime(model, 0)); break;
      case kProduct: benchmark::DoNotOptimize(jacobianProductSigmaMax(model, 0)); break;
      case kWeightSpectrum: benchmark::DoNotOptimize(weightSpectrum(model, 0)); break;
    }
  }
  static const char* names[] = {"jacobians", "selected_spectrum", "sigma_max_over_time", "product", "weight_spectrum"};
  st.SetLabel(names[st.range(0)]);
}
BENCHMARK(BM_AnalysisPiece_Lstm256)->DenseRange(kJacobians, kWeightSpectrum)->Unit(benchmark::kMillisecond)->UseRealTime();

void BM_FullPerTimestepSpectra_Lstm256(benchmark::State& st) {
  auto trainer = trainedOneWindow(CellKind::Lstm, 256, 32);
  for (auto _ : st) fullPerTimestepSpectra(trainer->model());
}
BENCHMARK(BM_FullPerTimestepSpectra_Lstm256)->Unit(benchmark::kMillisecond)->UseRealTime()->Iterations(2);

// The reference: one training step (forward, backward with the per-timestep norms, clipping, Adam).
void BM_TrainStep(benchmark::State& st) {
  auto trainer = trainedOneWindow(static_cast<CellKind>(st.range(0)), static_cast<int>(st.range(1)), 32);
  for (auto _ : st) benchmark::DoNotOptimize(trainer->step());
}

// What the gradient-flow view adds after a step: copying the per-timestep norms out of the
// caches and the extra backward pass of the last position's loss alone (dL_T/dh_k).
void BM_GradientFlowAfterStep(benchmark::State& st) {
  auto trainer = trainedOneWindow(static_cast<CellKind>(st.range(0)), static_cast<int>(st.range(1)), 32);
  const ClipReport clip;
  for (auto _ : st) benchmark::DoNotOptimize(gradientFlowOf(trainer->model(), 1, clip, true));
}

// The gradient horizon of the last window (issue 13, point 2): ||dL_t/dh_k|| for every source
// loss t and k <= t, stream 0 (lossHorizon, what the engine's horizon view computes), against
// the same run's training step (BM_TrainStep) and live analysis. Default lesson: LSTM 128, B 32, T 64.
void BM_LossHorizon(benchmark::State& st) {
  auto trainer = trainedOneWindow(static_cast<CellKind>(st.range(0)), static_cast<int>(st.range(1)), 32);
  for (auto _ : st) benchmark::DoNotOptimize(lossHorizon(trainer->model()));
}

// The norms the backward pass takes inside its time loop, ||dL/dh_t|| over [H, B] (and
// ||dL/dc_t|| for the LSTM), isolated: T norms per layer.
void BM_NormsInsideBackward(benchmark::State& st) {
  const int H = static_cast<int>(st.range(1));
  const int T = 64, B = 32;
  const bool lstm = static_cast<CellKind>(st.range(0)) == CellKind::Lstm;
  Eigen::MatrixXf dh = Eigen::MatrixXf::Random(H, B), dc = Eigen::MatrixXf::Random(H, B);
  std::vector<float> norms(T);
  for (auto _ : st) {
    for (int t = 0; t < T; ++t) {
      norms[static_cast<std::size_t>(t)] = dh.norm();
      if (lstm) norms[static_cast<std::size_t>(t)] += dc.norm();
    }
    benchmark::DoNotOptimize(norms.data());
  }
}

void cellsAndSizes(benchmark::internal::Benchmark* b) {
  for (auto cell : {CellKind::Rnn, CellKind::Lstm, CellKind::Gru})
    for (int h : {128, 256}) b->Args({static_cast<int>(cell), h});
  b->Unit(benchmark::kMillisecond)->UseRealTime();
}
BENCHMARK(BM_TrainStep)->Apply(cellsAndSizes);
BENCHMARK(BM_GradientFlowAfterStep)->Apply(cellsAndSizes);
BENCHMARK(BM_NormsInsideBackward)->Apply(cellsAndSizes);
BENCHMARK(BM_LossHorizon)->Apply(cellsAndSizes);

}  // namespace
}  // namespace rnnscope

int main(int argc, char** argv) {
  // 2 matrix threads, as the CLI benchmark uses; RNNSCOPE_BENCH_THREADS=1 measures the
  // single-thread cost (what the GUI engine, which trains on one core, pays)
  const char* threads = std::getenv("RNNSCOPE_BENCH_THREADS");
  Eigen::setNbThreads(threads ? std::max(1, std::atoi(threads)) : 2);
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
