#include "widgets/panels/parameter_plane_view.h"

#include "widgets/panels/axis_ticks.h"

#include <QMouseEvent>
#include <QPainter>
#include <algorithm>
#include <cmath>
#include <limits>

namespace flowscope {
namespace {

const QColor kBackground(24, 24, 28);
const QColor kNotComputed(48, 48, 54);
const QColor kUnstable(128, 128, 128);
const QColor kText(220, 220, 220);

QColor mix(const QColor& a, const QColor& b, double t) {
  t = std::clamp(t, 0.0, 1.0);
  return QColor::fromRgbF(static_cast<float>(a.redF() + t * (b.redF() - a.redF())),
                          static_cast<float>(a.greenF() + t * (b.greenF() - a.greenF())),
                          static_cast<float>(a.blueF() + t * (b.blueF() - a.blueF())));
}

// The edges of a cell axis: cell i covers value(i) +- half a step.
double lower_edge(const ParameterPlaneView::Axis& axis) {
  return axis.count > 1 ? axis.from - 0.5 * (axis.to - axis.from) / (axis.count - 1) : axis.from - 0.5;
}
double upper_edge(const ParameterPlaneView::Axis& axis) {
  return axis.count > 1 ? axis.to + 0.5 * (axis.to - axis.from) / (axis.count - 1) : axis.from + 0.5;
}

}  // namespace

double ParameterPlaneView::Axis::value(int i) const {
  if (count <= 1 || i == 0) return from;
  if (i == count - 1) return to;
  return from + (to - from) * i / (count - 1);
}

ParameterPlaneView::ParameterPlaneView(QWidget* parent) : QWidget(parent) {
  setAttribute(Qt::WA_OpaquePaintEvent);
  setMinimumSize(minimumSizeHint());
  setMap(x_, y_);
}

bool ParameterPlaneView::setMap(const Axis& x, const Axis& y, std::vector<double> values) {
  if (x.count < 1 || y.count < 1) return false;
  const auto cells = static_cast<std::size_t>(x.count) * static_cast<std::size_t>(y.count);
  if (!values.empty() && values.size() != cells) return false;
  x_ = x;
  y_ = y;
  computed_.assign(cells, values.empty() ? 0 : 1);
  values_ = values.empty() ? std::vector<double>(cells, 0.0) : std::move(values);
  updateRange();
  rebuildImage();
  update();
  return true;
}

bool ParameterPlaneView::setCell(int ix, int iy, double value) {
  if (ix < 0 || iy < 0 || ix >= x_.count || iy >= y_.count) return false;
  const std::size_t at = static_cast<std::size_t>(iy) * x_.count + ix;
  values_[at] = value;
  computed_[at] = 1;
  const double old_min = minimum_, old_max = maximum_;
  updateRange();
  if (minimum_ != old_min || maximum_ != old_max)
    rebuildImage();
  else
    image_.setPixelColor(ix, y_.count - 1 - iy, colourFor(value));
  update();
  return true;
}

void ParameterPlaneView::setValueLabel(const QString& label) {
  value_label_ = label;
  update();
}

void ParameterPlaneView::setCurrentPoint(double x, double y) {
  current_ = QPointF(x, y);
  update();
}

void ParameterPlaneView::clearCurrentPoint() {
  current_.reset();
  update();
}

int ParameterPlaneView::computedCells() const { return static_cast<int>(std::count(computed_.begin(), computed_.end(), 1)); }

int ParameterPlaneView::unstableCells() const {
  int n = 0;
  for (std::size_t i = 0; i < values_.size(); ++i) n += computed_[i] && std::isnan(values_[i]);
  return n;
}

void ParameterPlaneView::updateRange() {
  double lo = std::numeric_limits<double>::infinity(), hi = -lo;
  for (std::size_t i = 0; i < values_.size(); ++i)
    if (computed_[i] && std::isfinite(values_[i])) {
      lo = std::min(lo, values_[i]);
      hi = std::max(hi, values_[i]);
    }
  if (lo > hi) lo = hi = 0.0;  // nothing finite yet
  if (lo < 0.0 && hi > 0.0) {  // straddles 0: symmetric, so white is exactly 0
    hi = std::max(hi, -lo);
    lo = -hi;
  }
  minimum_ = lo;
  maximum_ = hi;
}

QColor ParameterPlaneView::colourFor(double value) const {
  if (std::isnan(value)) return kUnstable;
  if (minimum_ < 0.0 && maximum_ > 0.0) {
    // Diverging: stable (negative) blue, 0 white, chaotic (positive) red.
    if (value < 0.0) return mix(QColor(255, 255, 255), QColor(33, 102, 172), value / minimum_);
    return mix(QColor(255, 255, 255), QColor(178, 24, 43), value / maximum_);
  }
  const double t = maximum_ > minimum_ ? (value - minimum_) / (maximum_ - minimum_) : 0.5;
  return t < 0.5 ? mix(QColor(20, 12, 60), QColor(190, 55, 80), 2.0 * t)
                 : mix(QColor(190, 55, 80), QColor(252, 230, 120), 2.0 * t - 1.0);
}

void ParameterPlaneView::rebuildImage() {
  image_ = QImage(x_.count, y_.count, QImage::Format_RGB32);
  for (int iy = 0; iy < y_.count; ++iy)
    for (int ix = 0; ix < x_.count; ++ix) {
      const std::size_t at = static_cast<std::size_t>(iy) * x_.count + ix;
      image_.setPixelColor(ix, y_.count - 1 - iy, computed_[at] ? colourFor(values_[at]) : kNotComputed);
    }
}

QRectF ParameterPlaneView::plotRect() const {
  const QFontMetrics metrics(font());
  const double left = 12 + metrics.horizontalAdvance("-0.000") + metrics.height();
  const double bottom = 2.5 * metrics.height() + 8;
  const double right = 40 + metrics.horizontalAdvance("-0.000") + metrics.height();
  return QRectF(left, 8 + metrics.height(), std::max(10.0, width() - left - right),
                std::max(10.0, height() - bottom - 8 - metrics.height()));
}

QRectF ParameterPlaneView::colourBarRect() const {
  const QRectF plot = plotRect();
  return QRectF(plot.right() + 12, plot.top(), 14, plot.height());
}

QPointF ParameterPlaneView::cellCentre(int ix, int iy) const {
  const QRectF plot = plotRect();
  return {plot.left() + (ix + 0.5) * plot.width() / x_.count, plot.bottom() - (iy + 0.5) * plot.height() / y_.count};
}

std::optional<std::pair<int, int>> ParameterPlaneView::cellAt(QPointF position) const {
  const QRectF plot = plotRect();
  if (!plot.contains(position)) return std::nullopt;
  const int ix = std::clamp(static_cast<int>((position.x() - plot.left()) / plot.width() * x_.count), 0, x_.count - 1);
  const int iy = std::clamp(static_cast<int>((plot.bottom() - position.y()) / plot.height() * y_.count), 0, y_.count - 1);
  return std::pair{ix, iy};
}

void ParameterPlaneView::mousePressEvent(QMouseEvent* event) {
  if (event->button() != Qt::LeftButton) return QWidget::mousePressEvent(event);
  if (const auto cell = cellAt(event->position())) {
    emit cellClicked(cell->first, cell->second);
    emit pointClicked(x_.value(cell->first), y_.value(cell->second));
  }
}

void ParameterPlaneView::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.fillRect(rect(), kBackground);
  const QRectF plot = plotRect();
  painter.drawImage(plot, image_);  // nearest-neighbour: cells stay sharp
  painter.setPen(kText);
  painter.drawRect(plot);
  const QFontMetrics metrics(font());

  // Axes: ticks at round values inside the cells' span.
  const double x0 = lower_edge(x_), x1 = upper_edge(x_), y0 = lower_edge(y_), y1 = upper_edge(y_);
  for (const double v : axis_ticks(x0, x1)) {
    const double px = plot.left() + (v - x0) / (x1 - x0) * plot.width();
    painter.drawLine(QPointF(px, plot.bottom()), QPointF(px, plot.bottom() + 4));
    const QString text = QString::number(v, 'g', 4);
    painter.drawText(QPointF(px - metrics.horizontalAdvance(text) / 2.0, plot.bottom() + 4 + metrics.ascent()), text);
  }
  for (const double v : axis_ticks(y0, y1)) {
    const double py = plot.bottom() - (v - y0) / (y1 - y0) * plot.height();
    painter.drawLine(QPointF(plot.left() - 4, py), QPointF(plot.left(), py));
    const QString text = QString::number(v, 'g', 4);
    painter.drawText(QPointF(plot.left() - 6 - metrics.horizontalAdvance(text), py + metrics.ascent() / 2.0 - 1), text);
  }
  painter.drawText(QRectF(plot.left(), plot.bottom() + 6 + metrics.height(), plot.width(), metrics.height()),
                   Qt::AlignHCenter, x_.name);
  painter.save();
  painter.translate(4 + metrics.ascent(), plot.center().y());
  painter.rotate(-90);
  painter.drawText(QRectF(-plot.height() / 2, -metrics.ascent(), plot.height(), metrics.height()), Qt::AlignHCenter,
                   y_.name);
  painter.restore();

  // Colour bar, its range, and 0 marked when the range holds it.
  const QRectF bar = colourBarRect();
  for (int row = 0; row < static_cast<int>(bar.height()); ++row) {
    const double v = maximum_ - (maximum_ - minimum_) * row / std::max(1.0, bar.height() - 1);
    painter.fillRect(QRectF(bar.left(), bar.top() + row, bar.width(), 1), colourFor(v));
  }
  painter.setPen(kText);
  painter.drawRect(bar);
  const QString top = QString::number(maximum_, 'g', 3), bottom = QString::number(minimum_, 'g', 3);
  painter.drawText(QPointF(bar.right() + 4, bar.top() + metrics.ascent()), top);
  painter.drawText(QPointF(bar.right() + 4, bar.bottom()), bottom);
  if (minimum_ < 0.0 && maximum_ > 0.0) {
    const double zero = bar.top() + maximum_ / (maximum_ - minimum_) * bar.height();
    painter.setPen(QPen(Qt::black, 2));
    painter.drawLine(QPointF(bar.left() - 3, zero), QPointF(bar.right() + 3, zero));
    painter.setPen(kText);
    painter.drawText(QPointF(bar.right() + 4, zero + metrics.ascent() / 2.0), "0");
  }
  if (!value_label_.isEmpty())
    painter.drawText(QPointF(bar.left(), plot.top() - 4), value_label_);
  if (const int unstable = unstableCells())
    painter.drawText(QPointF(plot.left(), plot.top() - 4), tr("%n cell(s) blew up (grey)", nullptr, unstable));

  // The current point: a cross where the scene's parameters are.
  if (current_) {
    const double px = plot.left() + (current_->x() - x0) / (x1 - x0) * plot.width();
    const double py = plot.bottom() - (current_->y() - y0) / (y1 - y0) * plot.height();
    if (plot.contains(QPointF(px, py))) {
      for (const auto& [colour, width] : {std::pair{QColor(Qt::black), 4.0}, std::pair{QColor(Qt::white), 2.0}}) {
        painter.setPen(QPen(colour, width));
        painter.drawLine(QPointF(px - 7, py), QPointF(px + 7, py));
        painter.drawLine(QPointF(px, py - 7), QPointF(px, py + 7));
      }
    }
  }
}

std::optional<double> ParameterPlaneView::cellValue(int ix, int iy) const {
  if (ix < 0 || iy < 0 || ix >= x_.count || iy >= y_.count) return std::nullopt;
  const std::size_t i = static_cast<std::size_t>(iy) * static_cast<std::size_t>(x_.count) + static_cast<std::size_t>(ix);
  if (i >= computed_.size() || !computed_[i]) return std::nullopt;
  return values_[i];
}

}  // namespace flowscope
