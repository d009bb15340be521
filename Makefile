# The README's commands. Every target sets up what it needs (scripts/setup.sh is idempotent):
# serving and dist install only the build tools, testing installs everything.
PORT ?= 8080

.PHONY: serve test dist bench setup

## Set up the build tools, build the release app and serve it on http://127.0.0.1:$(PORT)
serve:
	PORT=$(PORT) scripts/serve.sh

## Set up this machine and run every test
test:
	scripts/test.sh

## Build the static site into dist/ (PUBLIC_URL=/sub/path/ for sub-path hosting)
dist:
	scripts/setup.sh serve
	scripts/build.sh --public-url $(or $(PUBLIC_URL),/) --dist dist

## Benchmark (not part of `make test`): bytes, load, interaction, and the 2,413-item scale test
bench:
	bench/run.sh

## Install every tool, the test tools included (idempotent)
setup:
	scripts/setup.sh test
