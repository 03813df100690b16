#pragma once
// A small 2-D plot drawn with QPainter: line series and point clouds with
// axes, ticks, labels and a legend. Enough for convergence curves, Poincaré
// sections and orbit diagrams, with no charting dependency.
#include <QColor>
#include <QString>
#include <QWidget>
#include <vector>

namespace flowscope {

class PlotWidget : public QWidget {
  Q_OBJECT

 public:
  enum class Style { Lines, Dashed, Points };  // Dashed: an exact reference curve
  struct Series {
    QString name;
    std::vector<double> x, y;
    QColor colour;
    Style style = Style::Lines;
  };

  explicit PlotWidget(QWidget* parent = nullptr);

  void setLabels(const QString& title, const QString& x_label, const QString& y_label);
  void clear();
  void addSeries(Series series);
  // A dashed horizontal line, e.g. a published value to compare with.
  void addReferenceLine(double y, const QColor& colour, const QString& name);
  int seriesCount() const { return static_cast<int>(series_.size()); }
  std::size_t pointCount() const;

  QSize minimumSizeHint() const override { return {260, 180}; }
  QSize sizeHint() const override { return {420, 280}; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  struct Reference {
    double y;
    QColor colour;
    QString name;
  };
  bool dataBounds(double& x0, double& x1, double& y0, double& y1) const;

  QString title_, x_label_, y_label_;
  std::vector<Series> series_;
  std::vector<Reference> references_;
};

}  // namespace flowscope
