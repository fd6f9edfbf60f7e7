#include "PTYSupport.h"

#include <pty.h>
#include <stdlib.h>
#include <sys/ioctl.h>
#include <termios.h>
#include <unistd.h>

pid_t matcoach_pty_spawn(const char *path, char *const argv[], char *const envp[], int *master) {
  struct winsize size = {.ws_row = 40, .ws_col = 100};
  pid_t pid = forkpty(master, NULL, NULL, &size);
  if (pid == 0) {
    execve(path, argv, envp);
    _exit(127);
  }
  return pid;
}
