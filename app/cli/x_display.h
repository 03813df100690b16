#pragma once
// Rendering needs an X display (Debian's VTK has no EGL or OSMesa back end).
// When none can be reached, a private Xvfb is started for the life of this
// object, so that 'flowscope-cli render' works on a headless machine.
#include <memory>
#include <sys/types.h>

namespace flowscope::cli {

class XDisplay {
 public:
  // Uses $DISPLAY if it answers, else starts Xvfb; throws Error if neither works.
  static std::unique_ptr<XDisplay> acquire();
  ~XDisplay();
  XDisplay(const XDisplay&) = delete;
  XDisplay& operator=(const XDisplay&) = delete;

  bool isPrivate() const { return server_ > 0; }

 private:
  explicit XDisplay(pid_t server) : server_(server) {}
  pid_t server_ = 0;
};

}  // namespace flowscope::cli
