# MatCoach: `make run` starts the coach, `make test` runs every test.
# Both install what a fresh Debian/Ubuntu machine lacks (libedit-dev) first.

PREFIX ?= /usr/local
SWIFT ?= swift
SWIFTC ?= swiftc
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test api mutants deps build release install uninstall lint replay record bench clean

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
## bases of 30, 1 000 and 10 000 intents, and the whole-process start-up (release build).
bench: release
	"$$($(SWIFT) build -c release --static-swift-stdlib --show-bin-path)/matcoach-bench"

## Breaks the core on purpose, one mutation at a time, and checks that the tests notice
## (minutes: a rebuild and the whole suite per mutation). Not part of `make test`.
## `make mutants ONLY=negation` runs the mutations whose name contains a word.
mutants: deps
	python3 Tests/Mutants/mutants.py $(ONLY)
