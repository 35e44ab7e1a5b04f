// rnnscope-cli analyze: gradient flow and Jacobian spectra of one full-BPTT pass over a text.
#include <fstream>
#include <iostream>

#include <nlohmann/json.hpp>

#include "app/cli/commands.h"
#include "core/util/error.h"
#include "core/analysis/gradient_flow.h"
#include "core/analysis/spectra.h"
#include "core/data/utf8.h"
#include "core/io/checkpoint.h"

namespace rnnscope::cli {

namespace {
struct AnalyzeFlags {
  std::string checkpoint, input, inputFile, out;
};

// [T][T]: row t is ||dL_t/dh_k|| for k <= t, then zeros (docs/cli.md).
nlohmann::json squareHorizon(const std::vector<std::vector<double>>& rows) {
  nlohmann::json square = nlohmann::json::array();
  for (const auto& row : rows) {
    std::vector<double> full(rows.size(), 0.0);
    std::copy(row.begin(), row.end(), full.begin());
    square.push_back(std::move(full));
  }
  return square;
}

template <class S>
nlohmann::json analyzeLayers(Model<S>& model, const LastLossGradients& lastLoss) {
  nlohmann::json layers = nlohmann::json::array();
  const bool withHorizon = model.lastSteps() <= kLossHorizonMaxSteps;
  const auto horizon = withHorizon ? lossHorizon(model) : LossHorizon{};
  for (int l = 0; l < model.config().layers; ++l) {
    const auto& c = model.layerCache(l);
    nlohmann::json j;
    j["layer"] = l;
    j["dloss_dh_norm"] = std::vector<double>(c.dhNorm.begin(), c.dhNorm.end());
    if (model.config().cell == CellKind::Lstm) j["dloss_dc_norm"] = std::vector<double>(c.dcNorm.begin(), c.dcNorm.end());
    j["last_loss_dh_norm"] = lastLoss.dhNorm[static_cast<std::size_t>(l)];
    if (model.config().cell == CellKind::Lstm) j["last_loss_dc_norm"] = lastLoss.dcNorm[static_cast<std::size_t>(l)];
    if (withHorizon) j["loss_horizon"] = squareHorizon(horizon.dhNorm[static_cast<std::size_t>(l)]);
    nlohmann::json sv = nlohmann::json::array();
    for (int t = 0; t < model.lastSteps(); ++t) sv.push_back(jacobianSingularValues(model, l, t));
    j["jacobian_sv"] = std::move(sv);
    j["jacobian_product_sigma_max"] = jacobianProductSigmaMax(model, l);
    const auto ws = weightSpectrum(model, l);
    j["whh_sv"] = ws.singularValues;
    nlohmann::json eig = nlohmann::json::array();
    for (const auto& gate : ws.gateEigenvalues) {
      nlohmann::json g = nlohmann::json::array();
      for (const auto& e : gate) g.push_back({e.real(), e.imag()});
      eig.push_back(std::move(g));
    }
    j["whh_gate_eigenvalues"] = std::move(eig);
    j["bound_gamma"] = ws.gamma;
    j["bound_lambda"] = ws.sigmaMax;
    layers.push_back(std::move(j));
  }
  return layers;
}

void analyze(const AnalyzeFlags& f) {
  auto loaded = loadCheckpoint(f.checkpoint);
  const auto tokens = loaded.vocab.encode(decodeUtf8(inputText(f.input, f.inputFile)));
  if (tokens.size() < 2) throw Error("--input needs at least two characters (one to read, one to predict)");
  if (tokens.size() > 20001) throw Error("--input is limited to 20000 positions for analysis");
  const std::span<const std::int32_t> all(tokens);
  const auto inputs = all.first(all.size() - 1), targets = all.subspan(1);
  nlohmann::json result;
  loaded.visit([&](auto& model) {
    auto state = model.zeroState(1);
    model.forward(inputs, 1, state);
    result["loss"] = static_cast<double>(model.loss(targets));
    model.backward();
    result["positions"] = inputs.size();
    result["cell"] = toString(model.config().cell);
    const auto lastLoss = lastLossGradientNorms(model, 0, true);
    result["layers"] = analyzeLayers(model, lastLoss);
    result["input_saliency"] = lastLoss.inputNorm;
  });
  std::ofstream out(f.out, std::ios::trunc);
  out << result.dump() << '\n';
  if (!out) throw Error("cannot write " + f.out);
  std::cout << nlohmann::json{{"loss", result["loss"]}, {"positions", result["positions"]}}.dump() << std::endl;
}
}  // namespace

void addAnalyzeCommand(CLI::App& app) {
  auto f = std::make_shared<AnalyzeFlags>();
  auto* cmd = app.add_subcommand("analyze", "Gradient flow and Jacobian spectra of one full-BPTT pass over a text");
  cmd->add_option("--checkpoint", f->checkpoint, "checkpoint.safetensors")->required();
  cmd->add_option("--input", f->input, "The text (targets are the text shifted by one)");
  cmd->add_option("--input-file", f->inputFile, "Read the text from this file instead");
  cmd->add_option("--out", f->out, "Output JSON")->required();
  cmd->callback([f] { analyze(*f); });
}

}  // namespace rnnscope::cli
