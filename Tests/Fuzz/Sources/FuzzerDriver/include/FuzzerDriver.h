#ifndef MATCOACH_FUZZER_DRIVER_H
#define MATCOACH_FUZZER_DRIVER_H

#include <stddef.h>
#include <stdint.h>

/// Runs libFuzzer on `test` with the command line's options and corpus folders.
///
/// SwiftPM names an executable's entry point `<module>_main` and points `main` at it,
/// which hides libFuzzer's own `main`; each fuzz target's main.swift calls this instead.
int matcoach_fuzz(int argc, char **argv, int (*test)(const uint8_t *data, size_t size));

#endif
