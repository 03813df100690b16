#pragma once
// FLOWSCOPE_SANITIZED is defined in the asan and tsan builds (GCC and clang
// spell the check differently). The sanitizers' runtimes own malloc and
// operator new, so tests that count allocations by replacing them skip there.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define FLOWSCOPE_SANITIZED 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define FLOWSCOPE_SANITIZED 1
#endif
#endif
