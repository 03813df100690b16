#pragma once
// The Lyapunov tab: the spectrum (Benettin et al.) of the current problem,
// its Kaplan-Yorke dimension and sum, and the convergence of each exponent
// against averaging time with the published values as dashed lines.
#include "widgets/scenes/chaotic/analysis_tab.h"
#include "core/analysis/lyapunov.h"

class QDoubleSpinBox;
class QLabel;

namespace flowscope {

class LyapunovTab : public AnalysisTab {
  Q_OBJECT

 public:
  explicit LyapunovTab(QWidget* parent = nullptr);

  QDoubleSpinBox* averagingTime() const { return averaging_; }
  QDoubleSpinBox* transient() const { return transient_; }
  // The result on screen (empty exponents when there is none).
  const LyapunovResult& result() const { return result_; }

  // The default averaging time for a system: 500,000 steps of its
  // recommended step (Lorenz: 1000, about 0.15 s), fewer above dimension 3
  // since a step costs about n^3; the transient is a tenth of it.
  static double defaultAveragingTime(const System& system);

 protected:
  void resetInputs() override;
  void start() override;
  void clearResult() override;

 private:
  bool show(const LyapunovResult& result, const LyapunovOptions& options);

  QDoubleSpinBox* averaging_;
  QDoubleSpinBox* transient_;
  QLabel* exponents_;
  QLabel* summary_;
  QLabel* caption_;
  LyapunovResult result_;
};

}  // namespace flowscope
