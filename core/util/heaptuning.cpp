#include "heaptuning.h"

#include <mutex>

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace Util {

void keepLargeBuffersOutOfHeaps()
{
#if defined(__GLIBC__)
    static std::once_flag once;
    std::call_once(once, [] {
        // Setting either value switches off glibc's dynamic raising of both. Below 2 MiB (Qt's socket
        // buffers of up to 1 MiB, the body blocks of a transfer) memory is reused from the heap; above it (a
        // stream's ring buffer) it is mapped and returned whole. Up to 8 MiB free at a heap's top stays there
        // for the next blocks.
        constexpr int mmapThreshold = 2 * 1024 * 1024;
        constexpr int trimThreshold = 8 * 1024 * 1024;
        mallopt(M_MMAP_THRESHOLD, mmapThreshold);
        mallopt(M_TRIM_THRESHOLD, trimThreshold);
    });
#endif
}

} // namespace Util
