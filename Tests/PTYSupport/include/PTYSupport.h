#ifndef MATCOACH_PTY_SUPPORT_H
#define MATCOACH_PTY_SUPPORT_H

#include <sys/types.h>

/// Starts `path` with `argv` and `envp` on a new pseudo-terminal (its own session, the
/// terminal its controlling one, 100x40), so it sees a real terminal: line editing,
/// Ctrl-C as SIGINT. Returns the child's pid and sets `*master` to our end, or -1.
pid_t matcoach_pty_spawn(const char *path, char *const argv[], char *const envp[], int *master);

#endif
