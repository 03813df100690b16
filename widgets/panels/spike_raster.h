#pragma once
// A spike raster drawn with QPainter: one row per neuron, one column per time
// bin, a mark where the bin holds spikes (darker for more), and a cursor line
// at the scrubbed bin.
#include <QWidget>
#include <vector>

namespace flowscope {

class SpikeRaster : public QWidget {
  Q_OBJECT

 public:
  explicit SpikeRaster(QWidget* parent = nullptr);

  // counts: bins x neurons, row-major (one trial).
  void setCounts(std::vector<double> counts, std::size_t bins, std::size_t neurons, const QString& title);
  void setCursor(std::size_t bin);
  void clear();
  std::size_t spikeBins() const;  // bins x neurons entries that hold spikes

  QSize minimumSizeHint() const override { return {260, 140}; }
  QSize sizeHint() const override { return {420, 220}; }

 protected:
  void paintEvent(QPaintEvent* event) override;

 private:
  std::vector<double> counts_;
  std::size_t bins_ = 0, neurons_ = 0, cursor_ = 0;
  double max_count_ = 1.0;
  QString title_;
};

}  // namespace flowscope
