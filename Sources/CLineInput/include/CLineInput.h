#ifndef MATCOACH_CLINEINPUT_H
#define MATCOACH_CLINEINPUT_H

// How the REPL's line reader meets signals. The state behind these functions lives in
// one place, LineInput.c: a header imported as a module that held it in `static`
// variables could be copied into each file that inlined it, and the release build did
// exactly that, so the handler set one flag while the reader read another.

/// Installs the handlers (SIGINT sets the interrupt flag; SIGTERM and SIGHUP record
/// themselves) without SA_RESTART, unblocks those signals, and makes libedit read
/// through a reader that returns end of input as soon as one of them arrives. Call
/// before the first `readline()`, on the thread that will read.
void matcoach_install_line_reader(void);

/// Whether Ctrl-C arrived since the last reset.
int matcoach_interrupted(void);

/// Forgets an earlier Ctrl-C; call before each `readline()`.
void matcoach_reset_interrupt(void);

/// The SIGTERM or SIGHUP that asked the program to end, or 0.
int matcoach_termination(void);

/// Sleeps for `seconds`, or less when Ctrl-C, SIGTERM or SIGHUP arrives (one that came
/// before the call counts too); 1 when one of them ended the wait, else 0. The signals
/// are unblocked only inside the wait, so none is lost between the check and the sleep.
int matcoach_wait(double seconds);

#endif
