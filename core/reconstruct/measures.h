#pragma once
// How well a reconstructed system's free-running trajectory matches the data,
// by the measures the dynamical-systems-reconstruction literature reports
// (Koppe et al., PLoS Comput. Biol. 15, 2019; Mikhaeil et al., NeurIPS 2022;
// Brenner et al., ICML 2022). Both inputs are row-major samples x dimension.
#include <cstddef>
#include <vector>

namespace flowscope {

// State-space divergence D_stsp = KL(p_data || p_model) between the binned
// occupation of the two point sets: `bins` bins per dimension over the data's
// range widened by 10% on each side, points outside clamped into the edge
// bins, bin probabilities p = count / total, and model probabilities floored
// at kStspFloor so that a bin the model never visits costs log(p / floor),
// finite. 0 for identical occupation; in nats. For low dimensions (the bins
// number bins^D; throws InputError above 10^7 of them).
inline constexpr double kStspFloor = 1e-7;
double state_space_divergence_binned(const std::vector<double>& data, const std::vector<double>& model,
                                     std::size_t dimension, std::size_t bins = 30);

// The same divergence between Gaussian-mixture densities, for high
// dimensions: each set's density is the mean of N(x_i, sigma^2 I) over at most
// `centres` of its points (evenly strided), sigma in units of the data's
// standard deviation per dimension (both sets are standardised by the data),
// and the KL integral is the Monte Carlo mean of log p_data(x) / p_model(x)
// over those data points. Log-sum-exp throughout, so it stays finite.
double state_space_divergence_gmm(const std::vector<double>& data, const std::vector<double>& model,
                                  std::size_t dimension, double sigma = 1.0, std::size_t centres = 1000);

// Hellinger distance between power spectra, averaged over dimensions: each
// dimension of both series (cut to the largest length, not above their common
// one, with no prime factor but 2, 3 and 5, so the FFT stays fast) is standardised, its
// periodogram |FFT|^2 smoothed by a Gaussian of `smoothing` frequency bins
// and normalised to sum to 1; D_H = sqrt(1 - sum_f sqrt(p_f q_f)). In [0, 1]:
// 0 for equal spectra (so for any shift or rescaling of a series), 1 for
// disjoint ones. Throws InputError for fewer than 16 common samples.
double power_spectrum_hellinger(const std::vector<double>& data, const std::vector<double>& model,
                                std::size_t dimension, double smoothing = 20.0);

}  // namespace flowscope
