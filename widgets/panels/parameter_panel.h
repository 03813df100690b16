#pragma once
// A column of labelled rows, each a slider and a spin box kept in step. The
// slider gives quick exploration, the spin box exact values; both emit one
// valueChanged per user edit.
#include <QString>
#include <QWidget>
#include <vector>

class QDoubleSpinBox;
class QGridLayout;
class QSlider;

namespace flowscope {

struct SettingSpec;

struct ParameterRowSpec {
  QString key;      // object-name suffix: "rho" gives "slider_rho" and "spin_rho"
  QString label;    // shown to the left, e.g. "ρ"
  QString tooltip;  // what the value means
  double min = 0.0;
  double max = 1.0;
  double value = 0.0;
  int decimals = 3;
  bool logarithmic = false;  // slider spaced evenly in log(value)
};

// A row for a setting described in core (core/scene/setting.h). Its label and
// text are translated in the given Qt translation context.
ParameterRowSpec parameter_row(const SettingSpec& setting, const char* context);

class ParameterPanel : public QWidget {
  Q_OBJECT

 public:
  explicit ParameterPanel(QWidget* parent = nullptr);

  int addRow(const ParameterRowSpec& spec);
  int rowCount() const { return static_cast<int>(rows_.size()); }
  double value(int row) const;
  void setValue(int row, double value);  // emits valueChanged when the value changes
  QSlider* slider(int row) const { return rows_.at(row).slider; }
  QDoubleSpinBox* spinBox(int row) const { return rows_.at(row).spin; }

  static constexpr int kSliderSteps = 1000;

 signals:
  void valueChanged(int row, double value);

 private:
  struct Row {
    ParameterRowSpec spec;
    QSlider* slider;
    QDoubleSpinBox* spin;
    double exact;  // the value: a spin box would round it to its decimals
  };
  int toSlider(const Row& row, double value) const;
  double fromSlider(const Row& row, int position) const;

  QGridLayout* grid_;
  std::vector<Row> rows_;
};

}  // namespace flowscope
