# Everything a fresh machine needs: `make run` to use the site, `make test` to prove it.
# Each target is idempotent; `make help` lists them.

PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
MANAGE := $(PY) manage.py
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000

.DEFAULT_GOAL := help
.PHONY: help setup run serve worker demo migrate test test-postgres lint format check messages assets chromium clean bench

help: ## List the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-14s %s\n", $$1, $$2}'

$(STAMP): requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -r requirements.txt
	touch $(STAMP)

node_modules/.installed: package.json
	npm install --no-audit --no-fund --silent
	touch $@

assets: node_modules/.installed ## Install the Sarabun font from npm (served by the site itself)

messages: $(STAMP) ## Compile the Thai admin catalogue (locale/th)
	@command -v msgfmt >/dev/null || (apt-get update -qq && apt-get install -y -qq gettext)
	$(MANAGE) compilemessages --locale th --ignore '.venv' --ignore 'node_modules' -v 0

chromium: ## Install Debian's chromium for the browser tests when it is missing
	@command -v chromium >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium)

setup: $(STAMP) assets messages ## Create the virtual environment and install everything

migrate: setup ## Apply database migrations
	$(MANAGE) migrate --no-input

demo: migrate ## Load the demo office (idempotent)
	$(MANAGE) load_demo_data

run: demo ## Serve the demo site at http://$(HOST):$(PORT) with the django-q2 worker (Ctrl-C stops both)
	@echo "Site: http://$(HOST):$(PORT)/   Admin: http://$(HOST):$(PORT)/admin/ (admin / demo1234)"
	@# Both run in the background and the shell waits: Ctrl-C (or SIGTERM) interrupts the wait,
	@# and the trap stops the whole process group, whichever of the two got the signal.
	@trap 'trap - INT TERM EXIT; kill 0' INT TERM EXIT; \
		$(MANAGE) qcluster & \
		$(MANAGE) runserver $(HOST):$(PORT) & \
		wait

lint: $(STAMP) ## ruff check, format check and bandit (high severity)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/bandit --quiet --recursive . --severity-level high --exclude ./.venv,./node_modules,./tests

format: $(STAMP) ## Format and fix with ruff
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

check: setup ## Django system checks and migrations drift
	DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=config.settings.test $(MANAGE) makemigrations --check --dry-run

test: setup chromium lint check ## Lint, checks and the whole test suite (SQLite unless DATABASE_URL is set)
	$(BIN)/pytest -n 2 $(PYTEST_ARGS)

test-postgres: ## The suite on the local PostgreSQL and Redis (as CI runs it)
	DATABASE_URL=postgres://postgres@127.0.0.1:5432/test REDIS_URL=redis://127.0.0.1:6379/0 $(MAKE) test

# The benchmark's own database, media, static files and page-cache folder under .bench/ (never the
# dev database), with the environment the production settings require, over plain HTTP on 127.0.0.1.
# Production requires Redis (caches shared by the workers): BENCH_REDIS_URL names a database of
# its own, emptied before each run.
BENCH_DIR := $(CURDIR)/.bench
BENCH_REDIS_URL ?= redis://127.0.0.1:6379/15
BENCH_ENV := DJANGO_SETTINGS_MODULE=config.settings.bench \
	SECRET_KEY=bench-only-throwaway-key-0123456789-abcdefghijklmnopqrstuvwxyz \
	ALLOWED_HOSTS=127.0.0.1,localhost SECURE_SSL_REDIRECT=False \
	ALLOW_SQLITE=true REDIS_URL=$(BENCH_REDIS_URL) EMAIL_URL=console: \
	WAGTAILADMIN_BASE_URL=http://127.0.0.1:8765 \
	DATABASE_URL=sqlite:///$(BENCH_DIR)/bench.sqlite3 MEDIA_ROOT=$(BENCH_DIR)/media \
	PRIVATE_MEDIA_ROOT=$(BENCH_DIR)/private-media STATIC_ROOT=$(BENCH_DIR)/static \
	PAGE_CACHE_DIR=$(BENCH_DIR)/page-tags GUNICORN_ACCESS_LOG=/dev/null LOG_LEVEL=WARNING

bench: setup assets ## Seed .bench/, serve it with gunicorn (production settings) and load it with wrk; writes .bench/results.md
	@command -v wrk >/dev/null || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk)
	mkdir -p $(BENCH_DIR)
	$(BENCH_ENV) $(MANAGE) migrate --no-input -v 0
	$(BENCH_ENV) $(MANAGE) seed_benchmark
	$(BENCH_ENV) $(MANAGE) collectstatic --no-input -v 0
	$(BENCH_ENV) $(PY) -m benchmark.run

clean: ## Remove the virtual environment, node_modules and collected files
	rm -rf $(VENV) node_modules staticfiles .pytest_cache .ruff_cache .bench
