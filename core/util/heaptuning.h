#pragma once

namespace Util {

/// Makes the C library hand every large allocation straight back to the system when it is freed.
///
/// Streaming a blob allocates and frees buffers of a few hundred KiB to a few MiB on several threads. glibc
/// raises its mmap threshold each time it frees such a buffer, after which buffers of that size come from
/// per-thread heaps that it rarely shrinks, so a long copy's resident memory creeps up although the bytes
/// in use stay flat. A fixed threshold keeps them mapped and unmapped one by one. Safe to call from any
/// thread, any number of times; it has effect once, and only with glibc.
void keepLargeBuffersOutOfHeaps();

} // namespace Util
