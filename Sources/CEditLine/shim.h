#ifndef MATCOACH_CEDITLINE_SHIM_H
#define MATCOACH_CEDITLINE_SHIM_H

// libedit's readline-compatible interface. Swift 6 will not touch mutable C
// globals directly, so the few we set or read are wrapped in inline functions.
// Signal handling lives here too: a handler may only touch sig_atomic_t flags.
#include <errno.h>
#include <sys/select.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <editline/readline.h>

typedef char *_Nullable (*matcoach_completion_entry)(const char *_Nonnull, int);

static volatile sig_atomic_t matcoach_interrupt_flag = 0;
static volatile sig_atomic_t matcoach_termination_signal = 0;

/// The thread that reads lines (kept in a function so the importer always emits it).
static inline pthread_t *matcoach_reader_thread(void) {
  static pthread_t thread;
  return &thread;
}

/// The kernel may deliver a process signal to any thread; the read to end is this one's.
static inline void matcoach_forward_to_reader(int signal_number) {
  if (!pthread_equal(pthread_self(), *matcoach_reader_thread())) {
    pthread_kill(*matcoach_reader_thread(), signal_number);
  }
}

static void matcoach_on_interrupt(int signal_number) {
  matcoach_interrupt_flag = 1;
  matcoach_forward_to_reader(signal_number);
}

static void matcoach_on_termination(int signal_number) {
  matcoach_termination_signal = signal_number;
  matcoach_forward_to_reader(signal_number);
}

/// Reads one byte; -1 at end of input, or when a signal asked the read to stop.
/// The signals stay blocked except inside pselect, which unblocks them atomically
/// while it waits: one that comes just before the wait is not lost.
static inline int matcoach_read_byte(int fd) {
  sigset_t stop, waiting;
  sigemptyset(&stop);
  sigaddset(&stop, SIGINT);
  sigaddset(&stop, SIGTERM);
  sigaddset(&stop, SIGHUP);
  pthread_sigmask(SIG_BLOCK, &stop, &waiting);
  sigdelset(&waiting, SIGINT);
  sigdelset(&waiting, SIGTERM);
  sigdelset(&waiting, SIGHUP);
  int result = -1;
  for (;;) {
    if (matcoach_interrupt_flag || matcoach_termination_signal) break;
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
static int matcoach_getc(FILE *_Nullable stream) {
  int fd = stream ? fileno(stream) : STDIN_FILENO;
  int lead = matcoach_read_byte(fd);
  if (lead < 0x80) return lead;
  int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 0;
  if (length == 0) return 0xFFFD;
  int code = lead & (0x3F >> (length - 1));
  for (int i = 1; i < length; i++) {
    int next = matcoach_read_byte(fd);
    if (next < 0) return -1;
    if ((next & 0xC0) != 0x80) return 0xFFFD;
    code = (code << 6) | (next & 0x3F);
  }
  return code;
}

/// Installs the handlers (SIGINT sets the interrupt flag; SIGTERM and SIGHUP record
/// themselves) without SA_RESTART, unblocks those signals, and makes libedit read
/// through `matcoach_getc`. Call before the first `readline()`.
static inline void matcoach_install_line_reader(void) {
  *matcoach_reader_thread() = pthread_self();
  struct sigaction action;
  memset(&action, 0, sizeof action);
  sigemptyset(&action.sa_mask);
  action.sa_handler = matcoach_on_interrupt;
  sigaction(SIGINT, &action, NULL);
  action.sa_handler = matcoach_on_termination;
  sigaction(SIGTERM, &action, NULL);
  sigaction(SIGHUP, &action, NULL);
  sigset_t unblock;
  sigemptyset(&unblock);
  sigaddset(&unblock, SIGINT);
  sigaddset(&unblock, SIGTERM);
  sigaddset(&unblock, SIGHUP);
  sigprocmask(SIG_UNBLOCK, &unblock, NULL);
  rl_catch_signals = 0;
  rl_getc_function = matcoach_getc;
}

/// Whether Ctrl-C arrived since the last reset.
static inline int matcoach_interrupted(void) { return matcoach_interrupt_flag; }

static inline void matcoach_reset_interrupt(void) { matcoach_interrupt_flag = 0; }

/// The SIGTERM or SIGHUP that asked the program to end, or 0.
static inline int matcoach_termination(void) { return matcoach_termination_signal; }

/// libedit keeps the pointer, and a Swift string's C pointer only lives for the call:
/// keep a copy of our own (set once, never freed).
static inline void matcoach_rl_set_name(const char *_Nonnull name) {
  rl_readline_name = strdup(name);
}

static inline void matcoach_rl_set_completion_entry(matcoach_completion_entry _Nullable function) {
  rl_completion_entry_function = (rl_compentry_func_t *)function;
}

static inline void matcoach_rl_set_completion_append_character(int character) {
  rl_completion_append_character = character;
}

/// The newest history line, or NULL when history is empty.
static inline const char *_Nullable matcoach_history_last(void) {
  if (history_length <= 0) return NULL;
  HIST_ENTRY *entry = history_get(history_base + history_length - 1);
  return entry ? entry->line : NULL;
}

#endif
