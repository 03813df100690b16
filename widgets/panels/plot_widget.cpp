#include "widgets/panels/plot_widget.h"

#include "widgets/panels/axis_ticks.h"

#include <QPainter>
#include <QPainterPath>
#include <cmath>
#include <limits>

namespace flowscope {
namespace {

}  // namespace

PlotWidget::PlotWidget(QWidget* parent) : QWidget(parent) {
  setAttribute(Qt::WA_OpaquePaintEvent);
  setMinimumSize(minimumSizeHint());
}

void PlotWidget::setLabels(const QString& title, const QString& x_label, const QString& y_label) {
  title_ = title;
  x_label_ = x_label;
  y_label_ = y_label;
  update();
}

void PlotWidget::clear() {
  series_.clear();
  references_.clear();
  update();
}

void PlotWidget::addSeries(Series series) {
  series_.push_back(std::move(series));
  update();
}

void PlotWidget::addReferenceLine(double y, const QColor& colour, const QString& name) {
  references_.push_back({y, colour, name});
  update();
}

std::size_t PlotWidget::pointCount() const {
  std::size_t n = 0;
  for (const Series& s : series_) n += s.x.size();
  return n;
}

bool PlotWidget::dataBounds(double& x0, double& x1, double& y0, double& y1) const {
  x0 = y0 = std::numeric_limits<double>::infinity();
  x1 = y1 = -std::numeric_limits<double>::infinity();
  for (const Series& s : series_)
    for (std::size_t i = 0; i < s.x.size() && i < s.y.size(); ++i) {
      if (!std::isfinite(s.x[i]) || !std::isfinite(s.y[i])) continue;
      x0 = std::min(x0, s.x[i]);
      x1 = std::max(x1, s.x[i]);
      y0 = std::min(y0, s.y[i]);
      y1 = std::max(y1, s.y[i]);
    }
  for (const Reference& r : references_) {
    y0 = std::min(y0, r.y);
    y1 = std::max(y1, r.y);
  }
  if (!(x0 <= x1 && y0 <= y1)) return false;
  // A range too narrow to tick at double precision (a constant series) is widened.
  auto widen = [](double& lo, double& hi) {
    const double scale = std::max(std::fabs(lo), std::fabs(hi));
    if (hi - lo <= 1e-9 * scale || hi - lo < 1e-300) {
      const double half = scale > 0 ? 0.05 * scale : 0.5;
      lo -= half;
      hi += half;
    }
  };
  widen(x0, x1);
  widen(y0, y1);
  const double pad = 0.05 * (y1 - y0);  // breathing room above and below
  y0 -= pad;
  y1 += pad;
  return true;
}

void PlotWidget::paintEvent(QPaintEvent*) {
  QPainter painter(this);
  painter.setRenderHint(QPainter::Antialiasing);
  painter.fillRect(rect(), palette().base());
  const QFontMetrics fm = painter.fontMetrics();
  const QRect frame = rect().adjusted(fm.horizontalAdvance("-0.000e+00") + 8, fm.height() + 8, -12,
                                      -(2 * fm.height() + 10));
  painter.setPen(palette().text().color());
  painter.drawText(QRect(0, 2, width(), fm.height()), Qt::AlignHCenter, title_);
  painter.drawText(QRect(0, height() - fm.height() - 2, width(), fm.height()), Qt::AlignHCenter, x_label_);
  painter.save();
  painter.translate(fm.height() / 2 + 2, frame.center().y());
  painter.rotate(-90);
  painter.drawText(QRect(-frame.height() / 2, -fm.height() / 2, frame.height(), fm.height()), Qt::AlignCenter, y_label_);
  painter.restore();
  painter.drawRect(frame);

  double x0, x1, y0, y1;
  if (!dataBounds(x0, x1, y0, y1)) {
    painter.drawText(frame, Qt::AlignCenter, tr("No data yet"));
    return;
  }
  auto px = [&](double x) { return frame.left() + (x - x0) / (x1 - x0) * frame.width(); };
  auto py = [&](double y) { return frame.bottom() - (y - y0) / (y1 - y0) * frame.height(); };

  painter.setPen(palette().mid().color());
  for (double t : axis_ticks(x0, x1)) {
    painter.drawLine(QPointF(px(t), frame.bottom()), QPointF(px(t), frame.bottom() + 4));
    painter.drawText(QRectF(px(t) - 40, frame.bottom() + 5, 80, fm.height()), Qt::AlignHCenter, QString::number(t, 'g', 4));
  }
  for (double t : axis_ticks(y0, y1)) {
    painter.drawLine(QPointF(frame.left() - 4, py(t)), QPointF(frame.left(), py(t)));
    painter.drawText(QRectF(0, py(t) - fm.height() / 2.0, frame.left() - 6, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
                     QString::number(t, 'g', 4));
  }

  painter.setClipRect(frame);
  for (const Reference& r : references_) {
    painter.setPen(QPen(r.colour, 1.2, Qt::DashLine));
    painter.drawLine(QPointF(frame.left(), py(r.y)), QPointF(frame.right(), py(r.y)));
  }
  for (const Series& s : series_) {
    if (s.style != Style::Points) {
      QPainterPath path;
      bool pen_down = false;
      for (std::size_t i = 0; i < s.x.size() && i < s.y.size(); ++i) {
        if (!std::isfinite(s.x[i]) || !std::isfinite(s.y[i])) {
          pen_down = false;
          continue;
        }
        const QPointF p(px(s.x[i]), py(s.y[i]));
        pen_down ? path.lineTo(p) : path.moveTo(p);
        pen_down = true;
      }
      painter.setPen(QPen(s.colour, 1.5, s.style == Style::Dashed ? Qt::DashLine : Qt::SolidLine));
      painter.drawPath(path);
    } else {
      painter.setPen(Qt::NoPen);
      painter.setBrush(s.colour);
      for (std::size_t i = 0; i < s.x.size() && i < s.y.size(); ++i)
        if (std::isfinite(s.x[i]) && std::isfinite(s.y[i])) painter.drawEllipse(QPointF(px(s.x[i]), py(s.y[i])), 1.3, 1.3);
      painter.setBrush(Qt::NoBrush);
    }
  }
  painter.setClipping(false);

  // Legend, top right inside the frame.
  int row = 0;
  for (const Series& s : series_) {
    if (s.name.isEmpty()) continue;
    const int y = frame.top() + 6 + row++ * fm.height();
    painter.setPen(QPen(s.colour, 3, s.style == Style::Dashed ? Qt::DashLine : Qt::SolidLine));
    painter.drawLine(frame.right() - 110, y + fm.height() / 2, frame.right() - 96, y + fm.height() / 2);
    painter.setPen(palette().text().color());
    painter.drawText(QRect(frame.right() - 92, y, 88, fm.height()), Qt::AlignLeft | Qt::AlignVCenter, s.name);
  }
}

}  // namespace flowscope
