#pragma once
// Extended dynamic mode decomposition (Williams, Kevrekidis and Rowley,
// J. Nonlinear Sci. 25, 2015): a finite-dimensional approximation of the
// Koopman operator U^dt f = f o F^dt on the span of a dictionary psi(x).
// With Psi_X, Psi_Y the dictionary on the pairs (x_t, x_{t+1}) of all trials,
// K = argmin |Psi_Y - Psi_X K|_F (p x p). An eigenpair K xi = lambda xi gives
// the approximate eigenfunction phi(x) = psi(x)^T xi with phi(x_{t+1}) ~
// lambda phi(x_t); the continuous-time rate is log(lambda) / dt (real part:
// growth or decay, imaginary part / 2 pi: frequency in cycles per unit time).
// An exact eigenfunction inside the dictionary's span is recovered exactly
// (to rounding) whenever Psi_X has full column rank.
//
// Dictionaries:
// - Monomials: all monomials of degree 0..degree (function_library.h).
// - Delays: 1 and the state at t, t - lag, ..., t - delays*lag (Hankel DMD;
//   Arbabi and Mezic, SIAM J. Appl. Dyn. Syst. 16, 2017): a trial
//   contributes from its (delays*lag)-th sample on.
//
// K is solved from the normal equations with the columns scaled to unit RMS
// and a pseudo-inverse that drops directions below kEdmdRankTolerance of the
// largest, so a redundant dictionary (two equal delays) does not fail.
#include <complex>
#include <cstddef>
#include <string>
#include <vector>

#include "core/data/trajectory_set.h"

namespace flowscope {

inline constexpr double kEdmdRankTolerance = 1e-13;

enum class EdmdDictionary { Monomials, Delays };

// "monomials" or "delays"; throws InputError naming the known ones.
EdmdDictionary parse_edmd_dictionary(const std::string& name);

struct EdmdOptions {
  EdmdDictionary dictionary = EdmdDictionary::Monomials;
  int degree = 2;   // Monomials
  int delays = 10;  // Delays: how many delayed copies besides the present
  int lag = 1;      // Delays: samples between two copies
  double dt = 0.0;  // 0: the data's time step (sampling.h)
  std::size_t eigenfunctions = 6;  // how many leading eigenfunctions are evaluated on the data
};

struct KoopmanEigenvalue {
  std::complex<double> lambda;  // of K (per step)
  double rate = 0.0;            // Re log(lambda) / dt
  double frequency = 0.0;       // Im log(lambda) / (2 pi dt), cycles per unit time (signed)
};

struct EdmdModel {
  EdmdOptions options;
  std::vector<std::string> variables;
  std::vector<std::string> terms;  // the dictionary as text: "x*y", "x(t-3)"
  std::size_t dimension = 0;       // of the state
  std::vector<double> koopman;     // p x p row-major: psi(x_{t+1})^T ~ psi(x_t)^T K
  std::vector<KoopmanEigenvalue> eigenvalues;  // by decreasing |lambda|
  // The leading options.eigenfunctions eigenvectors xi (p complex values
  // each) and their eigenfunctions on the data's usable samples
  // (samples x count, row-major), each scaled to a largest modulus of 1.
  std::vector<std::complex<double>> eigenvectors;
  std::vector<std::complex<double>> eigenfunction_values;
  std::vector<std::size_t> eigenfunction_points;  // the data point of each row
  double dt = 0.0;
  std::size_t pairs = 0;
  std::size_t rank = 0;     // of the scaled normal matrix after truncation
  double residual = 0.0;    // |Psi_Y - Psi_X K|_F^2 / |Psi_Y - mean|_F^2 over the non-constant terms

  std::size_t size() const { return terms.size(); }
  // Samples of history the dictionary needs: 1 for monomials, delays*lag + 1 for delays.
  std::size_t window() const;
};

// Throws InputError for bad options, a bad time step, NaN, constant columns,
// or fewer pairs than 2 x the dictionary's size.
EdmdModel fit_edmd(const TrajectorySet& data, const EdmdOptions& options = {});

// Runs the fitted map freely: x_{t+1} is read from K^T psi(x_t) (the entries
// of the state's own coordinates), then lifted again. `history` holds
// window() states, oldest first (row-major); the result holds steps + 1
// states starting with the newest of them. Stops early, returning what it
// has, when a state leaves the finite numbers or exceeds `bound` in modulus.
std::vector<double> edmd_free_run(const EdmdModel& model, const std::vector<double>& history, std::size_t steps,
                                  double bound = 1e8);

}  // namespace flowscope
