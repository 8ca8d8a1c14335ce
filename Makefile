# ISCN Platform. `make run` sets everything up and serves the demo; `make test` runs every check CI runs.
SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STAMPS := .stamps
MANAGE := $(BIN)/python manage.py
export PIP_DISABLE_PIP_VERSION_CHECK := 1

.PHONY: run test lint catalogues check pytest messages makemessages demo bench system-deps clean

$(STAMPS):
	mkdir -p $(STAMPS)

# The virtual environment, reinstalled when pyproject.toml changes.
$(STAMPS)/venv: pyproject.toml | $(STAMPS)
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test]'
	touch $@

# Debian packages: gettext to compile translations, Chromium for the browser tests. Installed only when missing.
system-deps:
	@missing=""; \
	command -v msgfmt >/dev/null || missing="$$missing gettext"; \
	command -v chromium >/dev/null || missing="$$missing chromium"; \
	fc-list 2>/dev/null | grep -qi dejavu || missing="$$missing fonts-dejavu-core"; \
	if [ -n "$$missing" ]; then \
		echo "Installing Debian packages:$$missing"; \
		if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO="sudo"; fi; \
		$$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

messages: $(STAMPS)/venv system-deps
	$(MANAGE) compilemessages --ignore=.venv -v0

makemessages: $(STAMPS)/venv
	$(MANAGE) makemessages --ignore=.venv --ignore=static_collected -l de -l es -l pt --no-obsolete --add-location=file

run: $(STAMPS)/venv messages
	$(MANAGE) migrate --noinput
	$(MANAGE) collectstatic --noinput -v0
	$(MANAGE) load_demo_content --with-demo-users
	@echo ""
	@echo "  ISCN Platform: http://127.0.0.1:8000/"
	@echo "  Admin:         http://127.0.0.1:8000/admin/  (user admin or editor, password above)"
	@echo "  Members area:  http://127.0.0.1:8000/en/members/  (user member)"
	@echo ""
	$(MANAGE) runserver 127.0.0.1:8000

lint: $(STAMPS)/venv catalogues
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/djlint templates --check
	$(BIN)/djlint templates --lint

# Every interface string translated: no untranslated or fuzzy entry in the de, es and pt catalogues.
catalogues: system-deps
	@status=0; for lang in de es pt; do \
		stats=$$(LC_ALL=C msgfmt --check --statistics -o /dev/null locale/$$lang/LC_MESSAGES/django.po 2>&1 | grep -v "header field") || status=1; \
		case "$$stats" in *untranslated*|*fuzzy*) echo "locale/$$lang: $$stats"; status=1;; esac; \
	done; exit $$status

check: $(STAMPS)/venv
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) check --fail-level WARNING
	DJANGO_SETTINGS_MODULE=cms.settings.test $(MANAGE) makemigrations --check --dry-run

# Two workers (pytest-xdist), each with its own test database, cloned from the migrated and demo databases built once
# per run (tests/golden.py). --dist loadgroup keeps the browser journeys on one worker (one server) and hands each
# worker the other tests in collection order (focused tests before demo tests).
PYTEST_WORKERS ?= 2
pytest: $(STAMPS)/venv messages system-deps
	$(BIN)/pytest -n $(PYTEST_WORKERS) --dist loadgroup --durations=15 $(PYTEST_ARGS)

test: lint check pytest

bench: $(STAMPS)/venv messages
	DJANGO_SETTINGS_MODULE=cms.settings.test $(BIN)/python -m tests.bench

clean:
	rm -rf $(VENV) $(STAMPS) static_collected .pytest-media
