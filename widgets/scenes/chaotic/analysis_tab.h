#pragma once
// What the three analysis tabs share: inputs above, a Compute and a Cancel
// button with a progress bar, a status line (red for errors), result labels
// and a plot. Every run goes through one JobRunner (a worker thread); a
// result computed for other parameters than the current ones is kept on
// screen but greyed out and marked as belonging to the previous parameters.
#include <QColor>
#include <QElapsedTimer>
#include <QString>
#include <QWidget>
#include <functional>
#include <optional>
#include <string_view>

#include "core/integrate/trajectory.h"
#include "widgets/panels/job_runner.h"

class QFormLayout;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace flowscope {

class PlotWidget;

// Small helpers of the analysis tabs.
QString fromUtf8(std::string_view text);
// value rounded to two significant digits: a default that reads well.
double roundToTwoDigits(double value);
// The i-th colour of a ten-colour qualitative palette (cycled).
QColor seriesColour(int i);

class AnalysisTab : public QWidget {
  Q_OBJECT

 public:
  explicit AnalysisTab(QWidget* parent = nullptr);
  ~AnalysisTab() override;

  // A new system resets the inputs to its defaults and drops the result;
  // new parameters of the same system only mark the result as stale.
  void setProblem(const Problem& problem);
  const std::optional<Problem>& problem() const { return problem_; }

  QPushButton* computeButton() const { return compute_; }
  QPushButton* cancelButton() const { return cancel_; }
  QProgressBar* progressBar() const { return progress_; }
  QLabel* statusLabel() const { return status_; }
  PlotWidget* plot() const { return plot_; }

  bool isRunning() const { return runner_.isRunning(); }
  bool hasResult() const { return has_result_; }
  // The result on screen was computed for other parameters than the current ones.
  bool isStale() const { return stale_; }
  bool hasError() const { return has_error_; }

 public slots:
  void compute();
  void cancel();

 signals:
  void resultShown();
  void errorShown(const QString& message);

 protected:
  QFormLayout* inputs() const { return inputs_; }
  QVBoxLayout* results() const { return results_; }

  // Refill the inputs with the defaults of problem()'s system.
  virtual void resetInputs() = 0;
  // Parameters of the same system changed (e.g. move a marker). Default: nothing.
  virtual void parametersChanged() {}
  // The result on screen became stale or current again.
  virtual void stalenessChanged(bool /*stale*/) {}
  // Check the inputs and launch() a run, or showError() and return.
  virtual void start() = 0;
  // Empty the result labels, the plot and anything else the result drew.
  virtual void clearResult() = 0;
  // Whether a result computed for a still holds for b. Default: same system,
  // parameters, initial state and step (t_end belongs to the trajectory view).
  virtual bool sameInputs(const Problem& a, const Problem& b) const;

  // Runs work on the worker; afterwards, on the GUI thread, show() puts the
  // result on screen and returns true, or shows an error and returns false.
  void launch(std::function<void(const RunControl&)> work, std::function<bool()> show);
  void showError(const QString& message);
  // False, with an error shown, when time (what it is, e.g. "The averaging
  // time") needs more than kMaxSamples steps of the problem's dt.
  bool checkSteps(double time, const QString& what);
  void setStatus(const QString& message);
  // The problem of the result on screen (valid while hasResult()).
  const Problem& resultProblem() const { return *result_problem_; }

 private:
  void updateStaleness();
  void runningChanged(bool running);
  void dropResult();

  QFormLayout* inputs_;
  QVBoxLayout* results_;
  QWidget* results_box_;
  QPushButton* compute_;
  QPushButton* cancel_;
  QProgressBar* progress_;
  QLabel* status_;
  PlotWidget* plot_;
  std::optional<Problem> problem_, run_problem_, result_problem_;
  QString done_text_;
  QElapsedTimer clock_;
  bool has_result_ = false, stale_ = false, has_error_ = false;
  // Raised cancel: the run's result is discarded. User: then say so; Silent:
  // the system changed and the status line already says what to do.
  enum class Cancel { None, User, Silent } cancelling_ = Cancel::None;
  JobRunner runner_;  // last member: destroyed (cancelled and joined) first
};

}  // namespace flowscope
