#include "app/cli/x_display.h"

#include <X11/Xlib.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <string>

#include "core/errors.h"

namespace flowscope::cli {
namespace {

constexpr int kStartTimeoutMs = 15'000;

bool display_answers() {
  const char* name = std::getenv("DISPLAY");
  if (!name || !*name) return false;
  Display* display = XOpenDisplay(nullptr);
  if (!display) return false;
  XCloseDisplay(display);
  return true;
}

}  // namespace

std::unique_ptr<XDisplay> XDisplay::acquire() {
  if (display_answers()) return std::unique_ptr<XDisplay>(new XDisplay(0));

  // Xvfb -displayfd picks a free display number and writes it to the pipe.
  int fds[2];
  if (pipe(fds) != 0) throw Error("cannot start Xvfb: pipe() failed");
  const pid_t pid = fork();
  if (pid < 0) throw Error("cannot start Xvfb: fork() failed");
  if (pid == 0) {
    close(fds[0]);
    const int null = open("/dev/null", O_RDWR);
    dup2(null, STDIN_FILENO);
    dup2(null, STDOUT_FILENO);
    dup2(null, STDERR_FILENO);
    const std::string fd = std::to_string(fds[1]);
    execlp("Xvfb", "Xvfb", "-displayfd", fd.c_str(), "-screen", "0", "1920x1080x24", "-nolisten", "tcp",
           static_cast<char*>(nullptr));
    _exit(127);
  }
  close(fds[1]);
  std::string number;
  pollfd wait_for{fds[0], POLLIN, 0};
  while (poll(&wait_for, 1, kStartTimeoutMs) > 0) {
    char c;
    if (read(fds[0], &c, 1) != 1 || c == '\n') break;
    number += c;
  }
  close(fds[0]);
  if (number.empty()) {
    kill(pid, SIGTERM);
    waitpid(pid, nullptr, 0);
    throw Error("rendering needs an X display: none answers at DISPLAY and Xvfb could not be started "
                "(install it with 'apt-get install xvfb')");
  }
  setenv("DISPLAY", (":" + number).c_str(), 1);
  return std::unique_ptr<XDisplay>(new XDisplay(pid));
}

XDisplay::~XDisplay() {
  if (server_ <= 0) return;
  kill(server_, SIGTERM);
  waitpid(server_, nullptr, 0);
}

}  // namespace flowscope::cli
