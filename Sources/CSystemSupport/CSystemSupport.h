#ifndef GOVREG_CSYSTEMSUPPORT_H
#define GOVREG_CSYSTEMSUPPORT_H

/* The few system calls govreg needs that Swift's system modules do not offer in a usable form:
   files without a name, the kernel's file lock, swapping two names, whether standard output
   arrived (for SafeFiles), and the C allocator's tuning (for the command line). Header-only, like the libxml2 shim. */

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <sys/file.h>
#include <unistd.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif

/* Writes out what standard output still buffers: 0 when everything written to it so far arrived,
   -1 with errno when some of it could not be written (a full disk, a closed pipe), now or before. */
static inline int govreg_finish_stdout(void) {
    int failed = fflush(stdout) != 0;
    int saved = errno;
    if (ferror(stdout)) {
        if (!failed) saved = EIO;
        failed = 1;
    }
    errno = saved;
    return failed ? -1 : 0;
}

/* Opens a new file without a name in `directory`, for writing; -1 with errno where the system or
   file system cannot, and the caller then writes to a named temporary file instead. */
static inline int govreg_open_unnamed(const char *directory) {
#if defined(__linux__) && defined(O_TMPFILE)
    /* Naming the file later goes through /proc; without it, do not start. */
    if (access("/proc/self/fd", X_OK) != 0) {
        errno = EOPNOTSUPP;
        return -1;
    }
    return open(directory, O_TMPFILE | O_WRONLY | O_CLOEXEC, 0644);
#else
    (void) directory;
    errno = EOPNOTSUPP;
    return -1;
#endif
}

/* Gives the unnamed file open as `descriptor` the name `path`, which must not exist yet. */
static inline int govreg_name_unnamed(int descriptor, const char *path) {
#if defined(__linux__)
    char self[64];
    snprintf(self, sizeof self, "/proc/self/fd/%d", descriptor);
    return linkat(AT_FDCWD, self, AT_FDCWD, path, AT_SYMLINK_FOLLOW);
#else
    (void) descriptor;
    (void) path;
    errno = EOPNOTSUPP;
    return -1;
#endif
}

/* Takes the kernel's exclusive lock on an open file without waiting: 0, or -1 with errno
   (EWOULDBLOCK while another process holds it). The kernel releases it when the process ends. */
static inline int govreg_try_lock(int descriptor) {
    return flock(descriptor, LOCK_EX | LOCK_NB);
}

/* Swaps two names in one step (Linux's renameat2 with RENAME_EXCHANGE); -1 with errno (ENOSYS,
   EINVAL) where the system or file system cannot. */
static inline int govreg_exchange(const char *first, const char *second) {
#if defined(__linux__) && defined(RENAME_EXCHANGE)
    return renameat2(AT_FDCWD, first, AT_FDCWD, second, RENAME_EXCHANGE);
#else
    (void) first;
    (void) second;
    errno = ENOSYS;
    return -1;
#endif
}

/* Flushes to disk everything written to the file system that holds `directory`, and the folder
   itself: one call for a whole folder of new files instead of one per file (Linux's syncfs;
   elsewhere sync, which flushes every file system). 0, or -1 with errno. */
static inline int govreg_flush_file_system(const char *directory) {
    int descriptor = open(directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (descriptor < 0) return -1;
#if defined(__linux__)
    int result = syncfs(descriptor);
#else
    sync();
    int result = fsync(descriptor);
#endif
    int saved = errno;
    close(descriptor);
    errno = saved;
    return result;
}

/* The calling thread's errno (Swift cannot read the macro portably). */
static inline int govreg_errno(void) {
    return errno;
}

/* Turns glibc's fast bins off, so small blocks merge as they are freed (see AllocatorTuning). */
static inline void govreg_merge_freed_blocks_at_once(void) {
#ifdef __GLIBC__
    mallopt(M_MXFAST, 0);
#endif
}

#endif
