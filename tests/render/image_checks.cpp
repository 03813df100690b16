#include "tests/render/image_checks.h"

#include <algorithm>
#include <cstdlib>

namespace flowscope::testing {
namespace {

int distance(QRgb a, QRgb b) {
  return std::max({std::abs(qRed(a) - qRed(b)), std::abs(qGreen(a) - qGreen(b)), std::abs(qBlue(a) - qBlue(b))});
}

}  // namespace

double coveredFraction(const QImage& image, QColor background, int tolerance) {
  if (image.isNull()) return 0.0;
  const QImage rgb = image.convertToFormat(QImage::Format_RGB32);
  const QRgb bg = background.rgb();
  long covered = 0;
  for (int y = 0; y < rgb.height(); ++y)
    for (int x = 0; x < rgb.width(); ++x)
      if (distance(rgb.pixel(x, y), bg) > tolerance) ++covered;
  return static_cast<double>(covered) / (static_cast<double>(rgb.width()) * rgb.height());
}

double changedFraction(const QImage& a, const QImage& b, int tolerance) {
  if (a.size() != b.size() || a.isNull()) return 1.0;
  const QImage ra = a.convertToFormat(QImage::Format_RGB32), rb = b.convertToFormat(QImage::Format_RGB32);
  long changed = 0;
  for (int y = 0; y < ra.height(); ++y)
    for (int x = 0; x < ra.width(); ++x)
      if (distance(ra.pixel(x, y), rb.pixel(x, y)) > tolerance) ++changed;
  return static_cast<double>(changed) / (static_cast<double>(ra.width()) * ra.height());
}

double ssim(const QImage& a, const QImage& b) {
  if (a.size() != b.size() || a.isNull()) return -1.0;
  const QImage ga = a.convertToFormat(QImage::Format_Grayscale8), gb = b.convertToFormat(QImage::Format_Grayscale8);
  // The usual constants for 8-bit images: (0.01 * 255)^2 and (0.03 * 255)^2.
  constexpr double c1 = 6.5025, c2 = 58.5225;
  constexpr int w = 8;
  double total = 0.0;
  int windows = 0;
  for (int y0 = 0; y0 + w <= ga.height(); y0 += w) {
    for (int x0 = 0; x0 + w <= ga.width(); x0 += w) {
      double sa = 0, sb = 0, saa = 0, sbb = 0, sab = 0;
      for (int y = y0; y < y0 + w; ++y) {
        const uchar* la = ga.constScanLine(y);
        const uchar* lb = gb.constScanLine(y);
        for (int x = x0; x < x0 + w; ++x) {
          sa += la[x];
          sb += lb[x];
          saa += double(la[x]) * la[x];
          sbb += double(lb[x]) * lb[x];
          sab += double(la[x]) * lb[x];
        }
      }
      const double n = w * w, ma = sa / n, mb = sb / n;
      const double va = saa / n - ma * ma, vb = sbb / n - mb * mb, cov = sab / n - ma * mb;
      total += ((2 * ma * mb + c1) * (2 * cov + c2)) / ((ma * ma + mb * mb + c1) * (va + vb + c2));
      ++windows;
    }
  }
  return windows ? total / windows : -1.0;
}

}  // namespace flowscope::testing
