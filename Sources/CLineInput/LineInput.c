#include "CLineInput.h"

#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <string.h>
#include <sys/select.h>
#include <time.h>
#include <unistd.h>
#include <editline/readline.h>

// The only definitions of the signal state: a handler may only touch sig_atomic_t.
static volatile sig_atomic_t interrupt_flag = 0;
static volatile sig_atomic_t termination_signal = 0;
static pthread_t reader_thread;
/// A byte read past a broken UTF-8 sequence, handed out next (only the reader touches it).
static int pending_byte = -1;

/// The kernel may deliver a process signal to any thread; the read to end is the reader's.
static void forward_to_reader(int signal_number) {
  if (!pthread_equal(pthread_self(), reader_thread)) {
    pthread_kill(reader_thread, signal_number);
  }
}

static void on_interrupt(int signal_number) {
  interrupt_flag = 1;
  forward_to_reader(signal_number);
}

static void on_termination(int signal_number) {
  termination_signal = signal_number;
  forward_to_reader(signal_number);
}

static void stopping_signals(sigset_t *set) {
  sigemptyset(set);
  sigaddset(set, SIGINT);
  sigaddset(set, SIGTERM);
  sigaddset(set, SIGHUP);
}

/// Blocks SIGINT, SIGTERM and SIGHUP (`stop`); `waiting` is the mask to wait with, the
/// one before without those three, for pselect to unblock them only while it waits.
static void block_stopping_signals(sigset_t *stop, sigset_t *waiting) {
  stopping_signals(stop);
  pthread_sigmask(SIG_BLOCK, stop, waiting);
  sigdelset(waiting, SIGINT);
  sigdelset(waiting, SIGTERM);
  sigdelset(waiting, SIGHUP);
}

/// Reads one byte; -1 at end of input, or when a signal asked the read to stop.
/// The signals stay blocked except inside pselect, which unblocks them atomically
/// while it waits: one that comes just before the wait is not lost.
static int read_byte(int fd) {
  sigset_t stop, waiting;
  block_stopping_signals(&stop, &waiting);
  int result = -1;
  for (;;) {
    if (interrupt_flag || termination_signal) break;
    fd_set ready;
    FD_ZERO(&ready);
    FD_SET(fd, &ready);
    int n = pselect(fd + 1, &ready, NULL, NULL, NULL, &waiting);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) break;
    unsigned char byte;
    ssize_t got = read(fd, &byte, 1);
    if (got == 1) result = byte;
    if (got < 0 && errno == EINTR) continue;
    break;
  }
  pthread_sigmask(SIG_UNBLOCK, &stop, NULL);
  return result;
}

/// Reads one character for libedit, as a Unicode code point decoded from UTF-8 (the
/// readline layer passes it on as a wide character). A signal ends the blocked read
/// (no SA_RESTART), and then, unlike libedit's own reader, which retries once, this
/// returns end of input at once, so `readline()` returns NULL right after Ctrl-C,
/// SIGTERM or SIGHUP.
static int read_character(FILE *stream) {
  int fd = stream ? fileno(stream) : STDIN_FILENO;
  int lead = pending_byte;
  pending_byte = -1;
  if (lead < 0) lead = read_byte(fd);
  if (lead < 0x80) return lead;
  int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
  if (length == 0) return 0xFFFD;
  int code = lead & (0x3F >> (length - 1));
  for (int i = 1; i < length; i++) {
    int next = read_byte(fd);
    if (next < 0) return -1;
    if ((next & 0xC0) != 0x80) {
      // A truncated sequence: the byte after it (often Enter) is a character of its own.
      pending_byte = next;
      return 0xFFFD;
    }
    code = (code << 6) | (next & 0x3F);
  }
  return code;
}

void matcoach_install_line_reader(void) {
  reader_thread = pthread_self();
  struct sigaction action;
  memset(&action, 0, sizeof action);
  sigemptyset(&action.sa_mask);
  action.sa_handler = on_interrupt;
  sigaction(SIGINT, &action, NULL);
  action.sa_handler = on_termination;
  sigaction(SIGTERM, &action, NULL);
  sigaction(SIGHUP, &action, NULL);
  sigset_t unblock;
  stopping_signals(&unblock);
  sigprocmask(SIG_UNBLOCK, &unblock, NULL);
  rl_catch_signals = 0;
  rl_getc_function = read_character;
}

int matcoach_interrupted(void) { return interrupt_flag; }

void matcoach_reset_interrupt(void) { interrupt_flag = 0; }

int matcoach_termination(void) { return termination_signal; }

int matcoach_wait(double seconds) {
  sigset_t stop, waiting;
  block_stopping_signals(&stop, &waiting);
  if (!interrupt_flag && !termination_signal && seconds > 0) {
    struct timespec timeout;
    timeout.tv_sec = (time_t)seconds;
    timeout.tv_nsec = (long)((seconds - (double)timeout.tv_sec) * 1e9);
    if (timeout.tv_nsec > 999999999L) timeout.tv_nsec = 999999999L;
    pselect(0, NULL, NULL, NULL, &timeout, &waiting);
  }
  int stopped = interrupt_flag || termination_signal;
  pthread_sigmask(SIG_UNBLOCK, &stop, NULL);
  return stopped;
}
