#ifndef MATCOACH_CEDITLINE_SHIM_H
#define MATCOACH_CEDITLINE_SHIM_H

// libedit's readline-compatible interface. Swift 6 will not touch mutable C
// globals directly, so the few we set or read are wrapped in inline functions.
// They hold no state of their own: a header imported as a module can be copied into
// each file that inlines it. The signal state lives in the CLineInput target.
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <editline/readline.h>

typedef char *_Nullable (*matcoach_completion_entry)(const char *_Nonnull, int);

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
