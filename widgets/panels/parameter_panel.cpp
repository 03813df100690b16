#include "widgets/panels/parameter_panel.h"

#include <QCoreApplication>

#include "core/scene/setting.h"

#include <algorithm>
#include <cmath>

#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSlider>

namespace flowscope {

ParameterRowSpec parameter_row(const SettingSpec& setting, const char* context) {
  ParameterRowSpec row;
  row.key = QString::fromStdString(setting.key);
  row.label = QCoreApplication::translate(context, setting.label.c_str());
  row.tooltip = QCoreApplication::translate(context, setting.text.c_str());
  row.min = setting.min;
  row.max = setting.max;
  if (const double* d = std::get_if<double>(&setting.default_value)) row.value = *d;
  if (const long long* i = std::get_if<long long>(&setting.default_value)) row.value = static_cast<double>(*i);
  row.decimals = setting.decimals;
  row.logarithmic = setting.logarithmic;
  return row;
}

ParameterPanel::ParameterPanel(QWidget* parent) : QWidget(parent), grid_(new QGridLayout(this)) {
  grid_->setColumnStretch(1, 1);
}

int ParameterPanel::toSlider(const Row& row, double value) const {
  const auto& s = row.spec;
  double fraction = s.logarithmic ? std::log(value / s.min) / std::log(s.max / s.min)
                                  : (value - s.min) / (s.max - s.min);
  if (!std::isfinite(fraction)) fraction = 0.0;
  return static_cast<int>(std::lround(std::clamp(fraction, 0.0, 1.0) * kSliderSteps));
}

double ParameterPanel::fromSlider(const Row& row, int position) const {
  const auto& s = row.spec;
  const double fraction = static_cast<double>(position) / kSliderSteps;
  return s.logarithmic ? s.min * std::pow(s.max / s.min, fraction) : s.min + (s.max - s.min) * fraction;
}

int ParameterPanel::addRow(const ParameterRowSpec& spec) {
  const int index = rowCount();
  auto* label = new QLabel(spec.label, this);
  auto* slider = new QSlider(Qt::Horizontal, this);
  auto* spin = new QDoubleSpinBox(this);
  slider->setObjectName("slider_" + spec.key);
  spin->setObjectName("spin_" + spec.key);
  slider->setRange(0, kSliderSteps);
  slider->setMinimumWidth(140);
  spin->setDecimals(spec.decimals);
  spin->setRange(spec.min, spec.max);
  spin->setStepType(QAbstractSpinBox::AdaptiveDecimalStepType);
  spin->setKeyboardTracking(false);  // one edit when typing ends, not per key
  spin->setAccelerated(true);
  for (QWidget* w : {static_cast<QWidget*>(label), static_cast<QWidget*>(slider), static_cast<QWidget*>(spin)})
    w->setToolTip(spec.tooltip);
  label->setBuddy(spin);
  grid_->addWidget(label, index, 0);
  grid_->addWidget(slider, index, 1);
  grid_->addWidget(spin, index, 2);
  grid_->setRowStretch(index + 1, 1);
  if (index > 0) grid_->setRowStretch(index, 0);
  rows_.push_back(Row{spec, slider, spin, spec.value});

  spin->setValue(spec.value);
  slider->setValue(toSlider(rows_.back(), spec.value));

  connect(slider, &QSlider::valueChanged, this, [this, index](int position) {
    Row& row = rows_[index];
    const double value = fromSlider(row, position);
    const QSignalBlocker block(row.spin);
    row.spin->setValue(value);
    row.exact = row.spin->value();
    emit valueChanged(index, row.exact);
  });
  connect(spin, &QDoubleSpinBox::valueChanged, this, [this, index](double value) {
    Row& row = rows_[index];
    const QSignalBlocker block(row.slider);
    row.slider->setValue(toSlider(row, value));
    row.exact = value;
    emit valueChanged(index, value);
  });
  return index;
}

double ParameterPanel::value(int row) const { return rows_.at(row).exact; }

void ParameterPanel::setValue(int row, double value) {
  Row& r = rows_.at(row);
  // The value itself is kept, not the spin box's rounding of it, so that a
  // state put on the panel reads back unchanged.
  const double exact = std::clamp(value, r.spec.min, r.spec.max);
  {
    const QSignalBlocker b1(r.spin), b2(r.slider);
    r.spin->setValue(exact);
    r.slider->setValue(toSlider(r, exact));
  }
  if (exact == r.exact) return;
  r.exact = exact;
  emit valueChanged(row, exact);
}

}  // namespace flowscope
