#include "widgets/panels/spike_raster.h"

#include <QPainter>
#include <algorithm>

namespace flowscope {

SpikeRaster::SpikeRaster(QWidget* parent) : QWidget(parent) {
  setAttribute(Qt::WA_OpaquePaintEvent);
  setMinimumSize(minimumSizeHint());
}

void SpikeRaster::setCounts(std::vector<double> counts, std::size_t bins, std::size_t neurons, const QString& title) {
  counts_ = std::move(counts);
  bins_ = bins;
  neurons_ = neurons;
  title_ = title;
  max_count_ = 1.0;
  for (double c : counts_) max_count_ = std::max(max_count_, c);
  update();
}

void SpikeRaster::setCursor(std::size_t bin) {
  cursor_ = bin;
  update();
}

void SpikeRaster::clear() { setCounts({}, 0, 0, {}); }

std::size_t SpikeRaster::spikeBins() const {
  return static_cast<std::size_t>(std::count_if(counts_.begin(), counts_.end(), [](double c) { return c > 0; }));
}

void SpikeRaster::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), palette().base());
  const QFontMetrics fm = painter.fontMetrics();
  painter.setPen(palette().text().color());
  painter.drawText(QRect(0, 2, width(), fm.height()), Qt::AlignHCenter, title_.isEmpty() ? tr("Spike raster") : title_);
  const QRectF frame(40, fm.height() + 6, width() - 50, height() - 2 * fm.height() - 14);
  painter.setPen(palette().mid().color());
  painter.drawRect(frame);
  if (bins_ == 0 || neurons_ == 0 || counts_.size() < bins_ * neurons_) {
    painter.drawText(frame, Qt::AlignCenter, tr("No population data"));
    return;
  }
  const double w = frame.width() / static_cast<double>(bins_), h = frame.height() / static_cast<double>(neurons_);
  const QColor ink = palette().text().color();
  for (std::size_t b = 0; b < bins_; ++b)
    for (std::size_t n = 0; n < neurons_; ++n) {
      const double c = counts_[b * neurons_ + n];
      if (!(c > 0)) continue;
      QColor colour = ink;
      colour.setAlphaF(std::clamp(0.25 + 0.75 * c / max_count_, 0.0, 1.0));
      painter.fillRect(QRectF(frame.left() + b * w, frame.top() + n * h, std::max(1.0, w), std::max(1.0, 0.8 * h)), colour);
    }
  painter.setPen(QPen(QColor(230, 90, 80), 2));
  const double x = frame.left() + (static_cast<double>(std::min(cursor_, bins_ - 1)) + 0.5) * w;
  painter.drawLine(QPointF(x, frame.top()), QPointF(x, frame.bottom()));
  painter.setPen(palette().text().color());
  painter.drawText(QRectF(0, frame.top(), 36, fm.height()), Qt::AlignRight, tr("n 1"));
  painter.drawText(QRectF(frame.left(), frame.bottom() + 2, frame.width(), fm.height()), Qt::AlignHCenter,
                   tr("time bin (%1 neurons)").arg(neurons_));
}

}  // namespace flowscope
