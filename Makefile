# MatCoach: `make run` starts the coach, `make test` runs every test.
# Both install what a fresh Debian/Ubuntu machine lacks (libedit-dev) first.

PREFIX ?= /usr/local
SWIFT ?= swift
SWIFTC ?= swiftc
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
# Mutation-testing workers at once (`make mutants`), each in a copy of its own.
JOBS ?= 2

.PHONY: run test api mutants fuzz deps build release install uninstall lint replay record bench clean

run: deps
	$(SWIFT) run --quiet matcoach

## Every test, then the end-to-end tests again against the release binary, the one
## `make install` installs (the optimiser has broken it where the debug build held).
test: deps
	$(SWIFT) test
	$(MAKE) --no-print-directory api
	$(SWIFT) build -c release --static-swift-stdlib
	MATCOACH_BINARY="$$($(SWIFT) build -c release --static-swift-stdlib --show-bin-path)/matcoach" \
	  $(SWIFT) test --skip-build --filter matcoachTests

## Type-checks the embedding example outside the package, where `package` declarations
## are hidden: a program can use the coach through the public API README lists.
api:
	$(SWIFTC) -typecheck -I .build/debug/Modules -I .build/checkouts/Yams/Sources/CYaml/include \
	  Tests/MatCoachKitClientTests/EmbeddingTests.swift
	@echo "api: the embedding example uses only the public API"

## Installs libedit's headers through apt-get when they are missing.
deps:
	@if [ ! -f /usr/include/editline/readline.h ]; then \
	  echo "make: installing libedit-dev (the line editor's headers)"; \
	  $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq libedit-dev; \
	fi

build: deps
	$(SWIFT) build

## The release binary links Swift's runtime statically: it starts in about half the time.
release: deps
	$(SWIFT) build -c release --static-swift-stdlib

## Installs the binary and its knowledge base ($(PREFIX)/bin, $(PREFIX)/share/matcoach),
## its manual page (swift-argument-parser's generate-manual plugin) and its bash, zsh and
## fish completions, where those shells look for them under $(PREFIX)/share.
SHARE = $(DESTDIR)$(PREFIX)/share
install: release
	install -d "$(DESTDIR)$(PREFIX)/bin" "$(SHARE)/matcoach" "$(SHARE)/man/man1" \
	  "$(SHARE)/bash-completion/completions" "$(SHARE)/zsh/site-functions" "$(SHARE)/fish/vendor_completions.d"
	install -m 755 "$$($(SWIFT) build -c release --static-swift-stdlib --show-bin-path)/matcoach" "$(DESTDIR)$(PREFIX)/bin/matcoach"
	rm -rf "$(SHARE)/matcoach/Intents" "$(SHARE)/matcoach/seeds"
	cp -R Intents seeds "$(SHARE)/matcoach/"
	$(SWIFT) package plugin generate-manual --section 1
	install -m 644 .build/plugins/GenerateManual/outputs/matcoach/matcoach.1 "$(SHARE)/man/man1/matcoach.1"
	"$(DESTDIR)$(PREFIX)/bin/matcoach" --generate-completion-script bash > "$(SHARE)/bash-completion/completions/matcoach"
	"$(DESTDIR)$(PREFIX)/bin/matcoach" --generate-completion-script zsh > "$(SHARE)/zsh/site-functions/_matcoach"
	"$(DESTDIR)$(PREFIX)/bin/matcoach" --generate-completion-script fish > "$(SHARE)/fish/vendor_completions.d/matcoach.fish"

uninstall:
	rm -rf "$(DESTDIR)$(PREFIX)/bin/matcoach" "$(SHARE)/matcoach" "$(SHARE)/man/man1/matcoach.1" \
	  "$(SHARE)/bash-completion/completions/matcoach" "$(SHARE)/zsh/site-functions/_matcoach" \
	  "$(SHARE)/fish/vendor_completions.d/matcoach.fish"

## Checks the knowledge base in Intents/ and shows which guide paragraphs no answer cites.
lint: build
	$(SWIFT) run --quiet matcoach lint --coverage --intents Intents

## Replays the golden transcripts; `make record` rewrites them from the coach's replies.
replay: build
	$(SWIFT) run --quiet matcoach replay --intents Intents Transcripts/*.txt

record: build
	$(SWIFT) run --quiet matcoach replay --record --intents Intents Transcripts/*.txt

clean:
	rm -rf .build

## Measures load, classify and turn times, memory and accuracy on generated knowledge
## bases of 30, 1 000 and 10 000 intents, and the whole-process start-up (release build);
## then the same on knowledge bases and lines of real English words.
bench: release
	"$$($(SWIFT) build -c release --static-swift-stdlib --show-bin-path)/matcoach-bench"
	"$$($(SWIFT) build -c release --static-swift-stdlib --show-bin-path)/matcoach-bench" \
	  --english Intents/english-words.txt --startup-runs 0

## Breaks the core and the tool on purpose, one mutation at a time, and checks that the
## tests notice (most of an hour: a rebuild per mutation, then its tests cheapest first,
## the one that caught it last time before the rest). Not part of
## `make test`. `make mutants ONLY=negation` runs the mutations whose name contains a
## word; `make mutants ONLY=cli-` the tool's, each of which undoes one hardening fix.
## `JOBS` workers run at once, each in a copy of the tree of its own (default 2).
mutants: deps
	python3 Tests/Mutants/mutants.py --jobs=$(JOBS) $(ONLY)

## Fuzzes the core with libFuzzer and AddressSanitizer (`Tests/Fuzz`, a package of its
## own): conversations, knowledge-base files, session logs and transcripts, FUZZ_RUNS inputs each,
## starting from the seeds in Tests/Fuzz/Corpus. What the fuzzer learns is kept in
## .build/fuzz/TARGET/corpus, and an input that crashes in .build/fuzz/TARGET/crashes/.
## Not part of `make test` (minutes). `make fuzz FUZZ_TARGETS=FuzzTranscript` runs one.
## Leak checks are off (the Swift runtime keeps caches for the process's life, which
## LeakSanitizer reports), and so is symbolising a crash's stack, which can take many
## minutes on these binaries: replay the saved input under a debugger instead.
FUZZ_RUNS ?= 1000000
FUZZ_TARGETS ?= FuzzConversation FuzzKnowledgeLoader FuzzSessionLog FuzzTranscript
fuzz: deps
	$(SWIFT) build --package-path Tests/Fuzz -c release \
	  -Xswiftc -sanitize=fuzzer,address -Xswiftc -use-ld=lld
	@set -e; bin="$$($(SWIFT) build --package-path Tests/Fuzz -c release --show-bin-path)"; \
	for target in $(FUZZ_TARGETS); do \
	  mkdir -p .build/fuzz/$$target/corpus .build/fuzz/$$target/crashes; \
	  echo "fuzz: $$target, $(FUZZ_RUNS) runs"; \
	  ASAN_OPTIONS=symbolize=0:malloc_context_size=0 MATCOACH_INTENTS="$(CURDIR)/Intents" \
	    "$$bin/$$target" -runs=$(FUZZ_RUNS) -max_len=8192 -detect_leaks=0 -timeout=10 \
	    -rss_limit_mb=4096 -print_final_stats=1 -artifact_prefix=.build/fuzz/$$target/crashes/ \
	    .build/fuzz/$$target/corpus Tests/Fuzz/Corpus/$$target 2>.build/fuzz/$$target/log \
	    || { tail -40 .build/fuzz/$$target/log; exit 1; }; \
	  grep -E "stat::number_of_executed_units|stat::peak_rss_mb|Done" .build/fuzz/$$target/log; \
	done
