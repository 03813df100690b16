#include "widgets/scenes/common/time_scrubber.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSlider>
#include <QTimer>
#include <algorithm>
#include <cmath>

namespace flowscope {

TimeScrubber::TimeScrubber(const QString& prefix, QWidget* parent)
    : QWidget(parent),
      slider_(new QSlider(Qt::Horizontal)),
      play_(new QPushButton(tr("Play"))),
      speed_(new QComboBox),
      caption_(new QLabel),
      timer_(new QTimer(this)),
      left_(new QLabel),
      right_(new QLabel) {
  slider_->setObjectName(prefix + "Time");
  play_->setObjectName(prefix + "Play");
  speed_->setObjectName(prefix + "Speed");
  speed_->setToolTip(tr("Playback speed"));
  for (double s : {0.25, 0.5, 1.0, 2.0, 4.0}) speed_->addItem(QStringLiteral("%1×").arg(s), s);
  speed_->setCurrentIndex(2);
  caption_->setMinimumWidth(160);
  slider_->setRange(0, 0);
  auto* row = new QHBoxLayout(this);
  row->setContentsMargins(0, 0, 0, 0);
  row->addWidget(play_);
  row->addWidget(left_);
  row->addWidget(slider_, 1);
  row->addWidget(right_);
  row->addWidget(speed_);
  row->addWidget(caption_);
  timer_->setInterval(kTickMs);
  connect(timer_, &QTimer::timeout, this, &TimeScrubber::tick);
  connect(play_, &QPushButton::clicked, this, [this] { setPlaying(!isPlaying()); });
  connect(slider_, &QSlider::valueChanged, this, &TimeScrubber::frameChanged);
}

void TimeScrubber::setFrameCount(int frames) {
  const QSignalBlocker block(slider_);
  const int old = slider_->value();
  slider_->setRange(0, std::max(0, frames - 1));
  slider_->setValue(std::min(old, slider_->maximum()));
  if (frames <= 1) setPlaying(false);
}

int TimeScrubber::frameCount() const { return slider_->maximum() + 1; }
int TimeScrubber::frame() const { return slider_->value(); }
void TimeScrubber::setFrame(int frame) { slider_->setValue(std::clamp(frame, 0, slider_->maximum())); }
void TimeScrubber::setEndLabels(const QString& left, const QString& right) {
  left_->setText(left);
  right_->setText(right);
}

void TimeScrubber::setCaption(const QString& text) { caption_->setText(text); }
QString TimeScrubber::caption() const { return caption_->text(); }
bool TimeScrubber::isPlaying() const { return timer_->isActive(); }
double TimeScrubber::speed() const { return speed_->currentData().toDouble(); }

void TimeScrubber::setPlaying(bool on) {
  if (on && frameCount() > 1) {
    if (frame() >= slider_->maximum()) setFrame(0);
    carry_ = 0.0;
    timer_->start();
    play_->setText(tr("Pause"));
  } else {
    timer_->stop();
    play_->setText(tr("Play"));
  }
}

void TimeScrubber::tick() {
  const int per_tick = ticks_per_pass_ > 0 ? std::max(1, frameCount() / ticks_per_pass_) : 1;
  carry_ += speed() * per_tick;
  const int step = static_cast<int>(std::floor(carry_));
  carry_ -= step;
  if (step == 0) return;
  if (frame() >= slider_->maximum()) {
    if (looping_) setFrame(0);
    else setPlaying(false);
    return;
  }
  setFrame(std::min(slider_->maximum(), frame() + step));
}

}  // namespace flowscope
