# Shared by scripts/run and scripts/test: install what is missing, then build.
# Sourced, not run. Quiet unless something goes wrong.

FLOWSCOPE_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
FLOWSCOPE_BUILD="$FLOWSCOPE_ROOT/build/release"

# The Debian 12 packages every build needs.
FLOWSCOPE_PACKAGES=(
  cmake g++ make pkg-config
  qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libvtk9-dev libeigen3-dev libx11-dev libhdf5-dev
  libmuparser-dev librandom123-dev llvm-14-dev
  openmpi-bin libopenmpi-dev
  libgl1-mesa-dri libglx-mesa0 xvfb xauth
)

# What scripts/fuzz needs on top of the core's libraries: Debian's clang 14
# with its runtime (libFuzzer, ASan, UBSan) and its OpenMP. Only scripts/fuzz
# installs these; the ordinary build and scripts/test never need them.
FLOWSCOPE_FUZZ_PACKAGES=(
  cmake make pkg-config libeigen3-dev libhdf5-dev libmuparser-dev librandom123-dev
  clang-14 libclang-rt-14-dev libomp-14-dev
)

# Installs the named Debian packages that are not installed yet.
ensure_packages() {
  local missing=()
  local package
  for package in "$@"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$package")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0

  local sudo=()
  if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null; then sudo=(sudo); else
      echo "flowscope: missing packages ${missing[*]}; run as root or install sudo" >&2
      return 1
    fi
  fi
  echo "flowscope: installing ${missing[*]}" >&2
  local log
  log=$(mktemp)
  if ! { "${sudo[@]}" apt-get update -qq &&
         "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"; } \
       >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "flowscope: apt-get failed (see above)" >&2
    return 1
  fi
  rm -f "$log"
}

# Configures (once) and builds the release preset on every core.
build_flowscope() {
  cd "$FLOWSCOPE_ROOT"
  if [ ! -f "$FLOWSCOPE_BUILD/CMakeCache.txt" ]; then
    cmake --preset release >/dev/null || return 1
  fi
  local log
  log=$(mktemp)
  if ! cmake --build --preset release --parallel "$(nproc)" >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    echo "flowscope: the build failed (see above)" >&2
    return 1
  fi
  grep -E "warning:" "$log" >&2 || true
  rm -f "$log"
}
