# The two commands of the README. Both install what they need first (scripts/setup).
.PHONY: run test build setup

# Build everything and serve Calico Account on the embedded SQLite database.
run:
	scripts/setup
	scripts/build-site
	CALICO_DEMO=true ./target/release/server serve

# Every test: formatting, lints, the crates' unit/integration tests, then the browser tests
# against the release server.
test:
	scripts/setup --test
	scripts/test

build:
	scripts/setup
	scripts/build-site
