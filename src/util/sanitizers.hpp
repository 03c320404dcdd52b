// Internal: whether AddressSanitizer or ThreadSanitizer is built in (GCC says
// so by macros, clang by features). Their malloc keeps no glibc heap.
#pragma once

namespace nendiff::detail {

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
inline constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
inline constexpr bool kSanitized = true;
#else
inline constexpr bool kSanitized = false;
#endif
#else
inline constexpr bool kSanitized = false;
#endif

}  // namespace nendiff::detail
