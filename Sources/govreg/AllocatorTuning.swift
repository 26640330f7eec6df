import CSystemSupport

/// A setting for programs that read large registers, made once at start-up. It changes the C
/// allocator for the whole process, so the library leaves it to the program.
enum AllocatorTuning {
    /// libxml2 frees a document as millions of small blocks. glibc keeps such blocks in "fast bins"
    /// until the next large allocation, which then walks all of them: 1.7 s after validating 100,000
    /// agreements. This turns fast bins off, so each block is merged as it is freed. Does nothing
    /// where the C library is not glibc.
    static func forLargeDocuments() {
        govreg_merge_freed_blocks_at_once()
    }
}
