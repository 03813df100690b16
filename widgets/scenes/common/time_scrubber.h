#pragma once
// The time control every animated scene shares: a slider over recorded
// frames, Play/Pause (looping from the start at the end), a speed choice and
// a caption beside it. It emits frameChanged for the frame to show; it knows
// nothing of what a frame holds. Object names: prefix + "Time", "Play", "Speed".
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QSlider;
class QTimer;

namespace flowscope {

class TimeScrubber : public QWidget {
  Q_OBJECT

 public:
  explicit TimeScrubber(const QString& prefix, QWidget* parent = nullptr);

  void setFrameCount(int frames);  // keeps the frame if it still exists
  int frameCount() const;
  int frame() const;
  void setFrame(int frame);  // emits frameChanged when it moves
  void setCaption(const QString& text);
  QString caption() const;
  bool isPlaying() const;
  void setPlaying(bool on);
  double speed() const;  // frames advanced per tick relative to 1x
  QSlider* slider() const { return slider_; }
  // At 1x, one tick advances one frame (ticks = 0) or 1/ticks of the range.
  void setTicksPerPass(int ticks) { ticks_per_pass_ = ticks; }
  // At the end: start again (true) or stop (false).
  void setLooping(bool on) { looping_ = on; }
  // Words at the slider's two ends ("noise", "data").
  void setEndLabels(const QString& left, const QString& right);

  static constexpr int kTickMs = 40;  // 25 ticks per second at 1x

 signals:
  void frameChanged(int frame);

 private:
  void tick();

  QSlider* slider_;
  QPushButton* play_;
  QComboBox* speed_;
  QLabel* caption_;
  QTimer* timer_;
  QLabel* left_;
  QLabel* right_;
  double carry_ = 0.0;  // fractional frames owed at speeds below 1x
  int ticks_per_pass_ = 0;
  bool looping_ = true;
};

}  // namespace flowscope
