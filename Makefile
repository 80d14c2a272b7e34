# The two commands for users are `make serve` and `make test`; both install what is missing first.
# Every tool is pinned, and each install step is skipped when the right version is already there.

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

TRUNK_VERSION := 0.21.14
# The CLI must equal the library in Cargo.lock exactly, so read it from there.
WASM_BINDGEN_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)
# Chromium for the main browser tests; Firefox ESR and WebKitGTK (under Xvfb) for tests/engines;
# Nanum so screenshots show Hangul. Java (for the Nu HTML Checker) comes with these machines;
# Debian's default JRE is installed only where there is none.
APT_PACKAGES := chromium chromium-driver fonts-nanum nginx libnginx-mod-http-brotli-static \
	firefox-esr webkit2gtk-driver xvfb
PUBLIC_URL ?= /
# The site's own origin (https://fans.example.org), where known: the link-preview image and the
# hreflang alternates then carry full addresses, as search engines want. Left empty, they are
# relative, which browsers and link previews on the same site handle.
SITE_ORIGIN ?=
DIST ?= dist
PORT ?= 8080
# The e2e tests also check a build for a subpath, as on a GitHub Pages project site.
SUBPATH_URL := /okay-guide/
SUBPATH_DIST := target/dist-subpath

# The release wasm is built with the standard library compiled for it (build-std), a panic that
# stops at once with no message (-Cpanic=immediate-abort), and neither panic locations nor Debug
# output compiled in. These are unstable options of the toolchain (1.95, rust-toolchain.toml),
# enabled for this one build with RUSTC_BOOTSTRAP; the debug build (`make dev`) and every test
# build keep the messages. RUSTFLAGS replaces .cargo/config.toml's, hence erase_components again.
# The library's optimize_for_size picks its smaller code paths (sorting, formatting numbers).
# LLVM inlines nothing on its own (inline thresholds 0); wasm-opt still inlines what pays. Side
# by side at 4x CPU, the app started no slower for it.
# Measured on the release wasm (gzip -9): 349.4 -> 317.6 KB; optimize_for_size 0.6 KB more;
# the inline thresholds 5 KB more.
RELEASE_WASM_ENV := RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
	CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size \
	RUSTFLAGS="--cfg erase_components -Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none \
	-Cllvm-args=-inline-threshold=0 -Cllvm-args=-inlinehint-threshold=0"

export TRUNK_SKIP_VERSION_CHECK := true
export PATH := $(CURDIR)/tools/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
SUDO := $(if $(filter 0,$(shell id -u)),,sudo)

.PHONY: help setup setup-rust setup-system setup-node serve build build-debuggable dev test test-host test-wasm \
	test-e2e test-engines test-html lint bench fuzz fuzz-coverage clean map

help:
	@echo "make serve  - build the guide and serve it at http://127.0.0.1:$(PORT)/"
	@echo "make test   - run every test layer (host, browser components, end-to-end)"
	@echo "make build  - release build into dist/ (PUBLIC_URL=/sub/path/ for a subpath)"
	@echo "make build-debuggable - the same, with panic messages in the console (for bug reports)"
	@echo "make bench  - bytes, Lighthouse and the first tap, app against plain-HTML and plain-JS baselines"
	@echo "make test-engines - smoke tests of the build in Firefox and WebKit"
	@echo "make fuzz   - a long run of the parser property tests (FUZZ_CASES=50000)"
	@echo "make fuzz-coverage - which lines of the parsers those tests reach"

# ---- setup: idempotent, pinned -------------------------------------------------------------

setup: setup-rust setup-system setup-node

# rust-toolchain.toml pins 1.95.0. A machine whose stable toolchain is that release gets the pin as a
# link to it (no download; these machines cannot fetch another toolchain); any other machine asks
# rustup for the pinned one.
RUST_PIN := $(shell sed -n 's/^channel = "\(.*\)"/\1/p' rust-toolchain.toml)
setup-rust:
	@rustup toolchain list | grep -q "^$(RUST_PIN)" \
		|| { rustc +stable --version 2>/dev/null | grep -q "^rustc $(RUST_PIN) " \
			&& rustup +stable target add wasm32-unknown-unknown \
			&& rustup +stable component add rust-src clippy rustfmt \
			&& rustup toolchain link $(RUST_PIN) "$$(rustc +stable --print sysroot)"; } \
		|| rustup toolchain install $(RUST_PIN) --profile minimal \
			--component rust-src,clippy,rustfmt --target wasm32-unknown-unknown
	@rustup target list --installed | grep -qx wasm32-unknown-unknown \
		|| rustup target add wasm32-unknown-unknown
	@rustup component list --installed | grep -qx rust-src || rustup component add rust-src
	@trunk --version 2>/dev/null | grep -qx "trunk $(TRUNK_VERSION)" \
		|| cargo install --locked trunk@$(TRUNK_VERSION)
	@# No --locked: wasm-bindgen-cli's lock file pins a crate version the registry no longer serves.
	@wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $(WASM_BINDGEN_VERSION)" \
		|| cargo install --force wasm-bindgen-cli --version $(WASM_BINDGEN_VERSION)

setup-system:
	@dpkg-query -W -f='$${Status}\n' $(APT_PACKAGES) 2>/dev/null | grep -c "ok installed" \
		| grep -qx "$(words $(APT_PACKAGES))" \
		|| { $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive \
			$(SUDO) apt-get install -y -q --no-install-recommends $(APT_PACKAGES); }
	@command -v java >/dev/null || { $(SUDO) apt-get update -q && DEBIAN_FRONTEND=noninteractive \
		$(SUDO) apt-get install -y -q --no-install-recommends default-jre-headless; }

setup-node: tools/node_modules/.installed tools/map/node_modules/.installed \
	tests/e2e/node_modules/.installed tests/engines/node_modules/.installed

%/node_modules/.installed: %/package-lock.json %/package.json
	npm ci --prefix $* --no-audit --no-fund
	@touch $@

# ---- build and serve -----------------------------------------------------------------------

# The filming-places map, drawn at build time from Natural Earth and GeoNames (tools/map).
MAP_JSON := public/data/map.json
$(MAP_JSON): tools/map/make-map.mjs tools/map/node_modules/.installed
	node tools/map/make-map.mjs $@ 2>/dev/null

map: $(MAP_JSON)

build: setup-rust setup-node $(MAP_JSON)
	cargo fetch --locked
	@# The standard library's own dependencies, for build-std (Trunk builds offline).
	$(RELEASE_WASM_ENV) cargo fetch --locked --target wasm32-unknown-unknown
	$(RELEASE_WASM_ENV) trunk build index.html --release --public-url "$(PUBLIC_URL)" --dist "$(DIST)"
	SITE_ORIGIN="$(SITE_ORIGIN)" cargo run --locked --quiet --no-default-features --features build \
		--bin postbuild -- "$(DIST)" "$(PUBLIC_URL)"

# The same app built so that a panic prints its message and place in the browser's console, for a
# bug report: the release build's size options (RELEASE_WASM_ENV) are left out and the panic hook is
# compiled in. Served like any build (`make build-debuggable && python3 tools/serve.py --dir dist`).
build-debuggable: setup-rust setup-node $(MAP_JSON)
	cargo fetch --locked
	RUSTFLAGS="--cfg erase_components --cfg okay_debuggable" \
		trunk build index.html --release --public-url "$(PUBLIC_URL)" --dist "$(DIST)"
	SITE_ORIGIN="$(SITE_ORIGIN)" cargo run --locked --quiet --no-default-features --features build \
		--bin postbuild -- "$(DIST)" "$(PUBLIC_URL)"

serve: build
	python3 tools/serve.py --dir "$(DIST)" --port $(PORT) --prefix "$(PUBLIC_URL)"

# A debug build with live reload, for working on the app (no prerendered pages).
dev: setup-rust setup-node $(MAP_JSON)
	cargo fetch --locked
	trunk serve index.html

# ---- tests ---------------------------------------------------------------------------------

test: setup lint test-host test-wasm build test-html test-e2e test-engines

lint: $(MAP_JSON)
	cargo fmt --check
	cargo clippy --locked --all-targets -- -D warnings
	cargo clippy --locked --no-default-features --features build --bin postbuild -- -D warnings
	# The browser-only code (behind cfg(target_arch = "wasm32")) is linted as the browser gets it.
	cargo clippy --locked --target wasm32-unknown-unknown --lib --bins --test browser -- -D warnings

test-host: $(MAP_JSON)
	cargo test --locked
	cargo test --locked --no-default-features --features build --bin postbuild

test-wasm: setup-rust setup-system $(MAP_JSON)
	CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
		cargo test --locked --target wasm32-unknown-unknown --test browser

test-e2e: setup-system setup-node
	@# The subpath build also knows its origin (tests/e2e/env.ts: SUBPATH_ORIGIN), as a deployment would.
	$(MAKE) --no-print-directory build PUBLIC_URL=$(SUBPATH_URL) DIST=$(SUBPATH_DIST) \
		SITE_ORIGIN=http://127.0.0.1:4174
	cd tests/e2e && SUBPATH_DIST=../../$(SUBPATH_DIST) SUBPATH_URL=$(SUBPATH_URL) npx playwright test

# Smoke tests of the release build in Firefox (WebDriver BiDi) and WebKit (MiniBrowser under Xvfb).
test-engines: setup-system tests/engines/node_modules/.installed
	node tests/engines/run.mjs --dist "$(DIST)"

# Every prerendered page through the Nu HTML Checker: zero errors.
test-html: setup-system tests/e2e/node_modules/.installed
	java -jar tests/e2e/node_modules/vnu-jar/build/dist/vnu.jar --errors-only --format text \
		$$(find "$(DIST)" -name '*.html' | sort)

# Longer run of the property tests in tests/fuzz_parsers.rs (make test runs 256 cases each).
FUZZ_CASES ?= 50000
fuzz: $(MAP_JSON)
	PROPTEST_CASES=$(FUZZ_CASES) cargo test --locked --release --test fuzz_parsers -- --nocapture

# Line and region coverage the property tests reach in the parsers they target (LLVM source-based
# coverage; needs rustup's llvm-tools, installed here if missing).
COVERED_SOURCES := src/data/load.rs src/data/validate.rs src/logic/dates.rs src/logic/routes.rs \
	src/logic/progress.rs src/logic/search.rs src/paths.rs
fuzz-coverage:
	@rustup component list --installed | grep -q '^llvm-tools' || rustup component add llvm-tools
	rm -rf target/coverage/profraw
	RUSTFLAGS="-C instrument-coverage" LLVM_PROFILE_FILE="$(CURDIR)/target/coverage/profraw/%p-%m.profraw" \
		PROPTEST_CASES=$(FUZZ_CASES) cargo test --locked --release --target-dir target/coverage \
		--test fuzz_parsers -- --test-threads 2
	bin=$$(ls -t target/coverage/release/deps/fuzz_parsers-* | grep -v '\.d$$' | head -1); \
	tools=$$(rustc --print sysroot)/lib/rustlib/$$(rustc -vV | sed -n 's/^host: //p')/bin; \
	"$$tools/llvm-profdata" merge -sparse target/coverage/profraw/*.profraw -o target/coverage/fuzz.profdata; \
	"$$tools/llvm-cov" report "$$bin" -instr-profile=target/coverage/fuzz.profdata $(COVERED_SOURCES)

# ---- benchmark (not part of make test: it measures, it does not pass or fail) ----------------

# Built for the origin the benchmark serves the app on, as a real deployment would be, so that
# Lighthouse sees full hreflang addresses.
bench: SITE_ORIGIN = http://127.0.0.1:4290
bench: setup-system bench/node_modules/.installed build
	CHROME_PATH=/usr/bin/chromium node bench/run.mjs $(RUNS)

clean:
	rm -rf dist target tools/node_modules tools/map/node_modules tests/e2e/node_modules \
		tests/e2e/screenshots tests/engines/node_modules tests/engines/screenshots bench/node_modules $(MAP_JSON)
