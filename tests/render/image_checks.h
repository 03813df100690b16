#pragma once
// Measures on rendered images, shared by the render, GUI and CLI tests.
#include <QColor>
#include <QImage>

namespace flowscope::testing {

// Fraction of pixels further than tolerance (max channel difference) from background.
double coveredFraction(const QImage& image, QColor background, int tolerance = 24);

// Fraction of pixels that differ by more than tolerance between two images of one size.
double changedFraction(const QImage& a, const QImage& b, int tolerance = 24);

// Mean structural similarity of the grey levels over 8 x 8 windows, in [-1, 1].
double ssim(const QImage& a, const QImage& b);

}  // namespace flowscope::testing
