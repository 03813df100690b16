# Sanitizer flags for the whole tree (every target, so that STL containers and
# Eigen objects crossing library boundaries are instrumented alike). Included
# by the top-level CMakeLists before any target; see docs/reliability.md.
#
#   FLOWSCOPE_SANITIZE=address  AddressSanitizer + UndefinedBehaviorSanitizer,
#                               halting at the first report (no recovery)
#   FLOWSCOPE_SANITIZE=thread   ThreadSanitizer (clang: OpenMP through libarcher)
#   FLOWSCOPE_FUZZ=ON           libFuzzer coverage + ASan + UBSan (clang only)
if(FLOWSCOPE_FUZZ)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "FLOWSCOPE_FUZZ needs clang (libFuzzer); use the 'fuzz' preset")
  endif()
  if(FLOWSCOPE_SANITIZE AND NOT FLOWSCOPE_SANITIZE STREQUAL "address")
    message(FATAL_ERROR "FLOWSCOPE_FUZZ builds with ASan + UBSan; FLOWSCOPE_SANITIZE=${FLOWSCOPE_SANITIZE} conflicts")
  endif()
  # The fuzz targets themselves link -fsanitize=fuzzer (tests/fuzz); everything
  # else only carries the coverage instrumentation.
  add_compile_options(-fsanitize=fuzzer-no-link)
  set(FLOWSCOPE_SANITIZE "address")
endif()

if(FLOWSCOPE_SANITIZE STREQUAL "address")
  set(flowscope_sanitizer_flags -fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer)
elseif(FLOWSCOPE_SANITIZE STREQUAL "thread")
  set(flowscope_sanitizer_flags -fsanitize=thread -fno-omit-frame-pointer)
elseif(FLOWSCOPE_SANITIZE)
  message(FATAL_ERROR "FLOWSCOPE_SANITIZE is 'address' or 'thread', not '${FLOWSCOPE_SANITIZE}'")
endif()
if(flowscope_sanitizer_flags)
  add_compile_options(${flowscope_sanitizer_flags} -g)
  add_link_options(${flowscope_sanitizer_flags})
endif()
