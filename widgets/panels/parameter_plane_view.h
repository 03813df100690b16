#pragma once
// A 2-D parameter sweep drawn as an image: one coloured cell per grid point
// (x = the second sweep axis, y = the first, y upwards), axes with round
// ticks, a colour bar with the value 0 marked (for lambda_1: order below,
// chaos above), grey cells that blew up, and a cross at the current point. A
// click emits the grid point under the mouse. Cells can be filled one by one
// as a sweep computes them (not yet computed: dark), so the map grows in place.
// QPainter only: no VTK, no dependency on core.
#include <QColor>
#include <QImage>
#include <QString>
#include <QWidget>
#include <optional>
#include <vector>

namespace flowscope {

class ParameterPlaneView : public QWidget {
  Q_OBJECT

 public:
  // count values from 'from' to 'to', both included (as core's SweepAxis).
  struct Axis {
    QString name;
    double from = 0.0;
    double to = 1.0;
    int count = 1;
    double value(int i) const;
  };

  explicit ParameterPlaneView(QWidget* parent = nullptr);

  // A new map: values[iy * x.count + ix] (the sweep's C order when y is the
  // first axis); NaN is a cell that blew up. Empty values: every cell not yet
  // computed. Returns false (nothing changed) when the sizes disagree or a
  // count is below 1.
  bool setMap(const Axis& x, const Axis& y, std::vector<double> values = {});
  // One cell computed; false outside the grid.
  bool setCell(int ix, int iy, double value);
  void setValueLabel(const QString& label);  // shown beside the colour bar, e.g. "λ₁"
  void setCurrentPoint(double x, double y);  // the scene's parameters, marked with a cross
  void clearCurrentPoint();

  const Axis& xAxis() const { return x_; }
  const Axis& yAxis() const { return y_; }
  int computedCells() const;
  // A computed cell's value (NaN: it blew up), or nothing before it is computed.
  std::optional<double> cellValue(int ix, int iy) const;
  int unstableCells() const;
  // The colour range: the finite values' minimum and maximum, widened to
  // include 0 when they straddle it.
  double minimum() const { return minimum_; }
  double maximum() const { return maximum_; }
  // The colour of a value under the current range: blue (negative) through
  // white (0) to red (positive) when the range straddles 0, a dark-to-bright
  // ramp otherwise; grey for NaN.
  QColor colourFor(double value) const;
  // Where a cell's centre is drawn, in widget coordinates (for tests and tools).
  QPointF cellCentre(int ix, int iy) const;

  QSize minimumSizeHint() const override { return {240, 200}; }
  QSize sizeHint() const override { return {480, 380}; }

 signals:
  // The grid point under a left click, and its indices.
  void pointClicked(double x, double y);
  void cellClicked(int ix, int iy);

 protected:
  void paintEvent(QPaintEvent* event) override;
  void mousePressEvent(QMouseEvent* event) override;

 private:
  QRectF plotRect() const;
  QRectF colourBarRect() const;
  void updateRange();
  void rebuildImage();
  std::optional<std::pair<int, int>> cellAt(QPointF position) const;

  Axis x_, y_;
  std::vector<double> values_;
  std::vector<char> computed_;
  QImage image_;  // one pixel per cell, row 0 = the top (largest y)
  double minimum_ = 0.0, maximum_ = 0.0;
  QString value_label_;
  std::optional<QPointF> current_;
};

}  // namespace flowscope
