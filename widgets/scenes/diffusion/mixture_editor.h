#pragma once
// Edits a Gaussian mixture as a table, one row per component: weight, mean
// and (isotropic components) standard deviation. Full and low-rank
// components keep their covariance; their mean and weight can still be
// edited. Components are added and removed with buttons, weights are
// renormalised to sum one, and the mixture is loaded from and saved to JSON
// (core/distributions/mixture_json.h). A mistake is shown in red under the
// table, naming the component, and the last valid mixture stays in use.
#include <QWidget>
#include <optional>

#include "core/distributions/gaussian_mixture.h"

class QLabel;
class QTableWidget;

namespace flowscope {

class MixtureEditor : public QWidget {
  Q_OBJECT

 public:
  explicit MixtureEditor(QWidget* parent = nullptr);

  void setMixture(const GaussianMixture& mixture);  // no mixtureEdited signal
  // The mixture in the table (weights renormalised), or nullopt with
  // errorText() saying what is wrong.
  std::optional<GaussianMixture> mixture();
  QString errorText() const;
  QTableWidget* table() const { return table_; }

  void addComponent();
  void removeSelected();
  bool saveJson(const QString& path);
  bool loadJson(const QString& path);

 signals:
  // A valid mixture after an edit by the user.
  void mixtureEdited(const flowscope::GaussianMixture& mixture);

 private:
  void fill();
  void edited();
  void setError(const QString& text);

  GaussianMixture mixture_;  // the last valid one (its non-isotropic covariances are kept)
  QTableWidget* table_;
  QLabel* error_;
  bool filling_ = false;
};

}  // namespace flowscope
