// The Jacobian-free operators J_t X and J_t^T U against the explicit state Jacobians (which
// test_nn_jacobians.cpp checks against finite differences), in double, for every cell and
// variant, in both layers of a stack, with a block whose columns sit at different steps.
#include <gtest/gtest.h>

#include <cstdlib>
#include <vector>

#include "core/nn/model.h"
#include "core/util/error.h"
#include "tests/core/test_support.h"

namespace rnnscope {
namespace {

struct OperatorCase {
  CellKind cell;
  Nonlinearity nonlinearity;
  GruVariant variant;
};

class JacobianOperator : public ::testing::TestWithParam<OperatorCase> {
protected:
  static Model<double> model(const OperatorCase& p, int B, int T) {
    ModelConfig cfg;
    cfg.cell = p.cell;
    cfg.nonlinearity = p.nonlinearity;
    cfg.gruVariant = p.variant;
    cfg.hidden = 7;
    cfg.layers = 2;
    cfg.embed = 4;
    cfg.vocabSize = 6;
    cfg.dtype = DType::F64;
    Model<double> m(cfg);
    testing::randomizeParameters(m, 19, 0.9);
    std::srand(5);  // Eigen's Random draws from std::rand: the same states whatever ran before
    auto state = m.zeroState(B);
    for (auto& h : state.h) h.setRandom();
    for (auto& c : state.c) c.setRandom();
    m.forward(testing::randomTokens(std::size_t(B) * T, 6, 3), B, state);
    return m;
  }
};

TEST_P(JacobianOperator, MatchesTheExplicitJacobianColumnByColumn) {
  const int B = 3, T = 5;
  const auto m = model(GetParam(), B, T);
  const std::vector<int> steps = {4, 0, 2, 2, 1, 3, 4};
  for (int l = 0; l < 2; ++l) {
    for (Index b : {Index(0), Index(2)}) {
      const auto op = m.stateJacobianOperator(l, steps, b);
      const Index n = m.stateJacobian(l, 0, b).rows();
      ASSERT_EQ(op.size(), n);
      ASSERT_EQ(op.columns(), Index(steps.size()));
      const Mat<double> X = Mat<double>::Random(n, op.columns());
      Mat<double> Y, V;
      op.apply(X, Y);
      op.applyTranspose(X, V);
      for (Index j = 0; j < op.columns(); ++j) {
        const Mat<double> J = m.stateJacobian(l, steps[std::size_t(j)], b);
        const Vec<double> y = J * X.col(j), v = J.transpose() * X.col(j);
        EXPECT_LT((Y.col(j) - y).norm(), 1e-12 * (1 + y.norm())) << "layer " << l << " column " << j;
        EXPECT_LT((V.col(j) - v).norm(), 1e-12 * (1 + v.norm())) << "layer " << l << " column " << j;
      }
      EXPECT_GT(Y.norm(), 1e-3);  // the comparison is not between zeros (a relu column may be)
      EXPECT_GT(V.norm(), 1e-3);
    }
  }
}

TEST_P(JacobianOperator, RejectsBadStepsAndShapes) {
  const auto m = model(GetParam(), 2, 3);
  EXPECT_THROW(m.stateJacobianOperator(0, std::vector<int>{3}, 0), Error);
  EXPECT_THROW(m.stateJacobianOperator(0, std::vector<int>{0}, 2), Error);
  EXPECT_THROW(m.stateJacobianOperator(2, std::vector<int>{0}, 0), Error);
  const auto op = m.stateJacobianOperator(1, std::vector<int>{0, 1}, 1);
  Mat<double> Y;
  EXPECT_THROW(op.apply(Mat<double>::Zero(op.size(), 3), Y), Error);
  EXPECT_THROW(op.applyTranspose(Mat<double>::Zero(op.size() + 1, 2), Y), Error);
}

INSTANTIATE_TEST_SUITE_P(AllCells, JacobianOperator,
                         ::testing::Values(OperatorCase{CellKind::Rnn, Nonlinearity::Tanh, GruVariant::ResetAfter},
                                           OperatorCase{CellKind::Rnn, Nonlinearity::Relu, GruVariant::ResetAfter},
                                           OperatorCase{CellKind::Lstm, Nonlinearity::Tanh, GruVariant::ResetAfter},
                                           OperatorCase{CellKind::Gru, Nonlinearity::Tanh, GruVariant::ResetAfter},
                                           OperatorCase{CellKind::Gru, Nonlinearity::Tanh, GruVariant::Classic}));

}  // namespace
}  // namespace rnnscope
