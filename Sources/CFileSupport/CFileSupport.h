#ifndef GOVREG_CFILESUPPORT_H
#define GOVREG_CFILESUPPORT_H

/* Files that have no name until they are complete (Linux's O_TMPFILE): a process killed while
   writing one leaves nothing behind. Header-only, like the libxml2 shim. */

#ifndef _GNU_SOURCE
#define _GNU_SOURCE
#endif
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

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

#endif
