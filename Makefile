# Two commands do all the set-up: `make run` and `make test` (see README.md).
SHELL := /bin/bash
.DEFAULT_GOAL := messages

VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python

# Django 6.1 needs Python 3.12 or newer. Take PYTHON= when given, else the first
# python3.13 / python3.12 / python3 that runs and is new enough, then pyenv's.
FIND_PYTHON = for c in $(PYTHON) python3.13 python3.12 python3 \
	  $$(ls -d $${PYENV_ROOT:-$$HOME/.pyenv}/versions/3.1[3-9]*/bin/python3 \
	          $${PYENV_ROOT:-$$HOME/.pyenv}/versions/3.12*/bin/python3 2>/dev/null); do \
	  if "$$c" -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; then \
	    echo "$$c"; exit 0; fi; \
	done; exit 1

$(VENV)/.created:
	@py=$$($(FIND_PYTHON)) || { \
	  echo "error: Python 3.12 or newer is needed (Django 6.1). Install one, or name it: make PYTHON=/path/to/python3.12" >&2; \
	  exit 1; }; \
	echo "Using $$py ($$($$py --version))"; \
	"$$py" -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	touch $@

$(VENV)/.installed: $(VENV)/.created pyproject.toml
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: $(VENV)/.created pyproject.toml
	$(BIN)/pip install --quiet -e ".[dev]"
	touch $@ $(VENV)/.installed

.PHONY: install install-dev messages makemessages migrate demo run serve test lint format guide

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

# Compiled catalogues are committed too, so a machine without GNU gettext still
# shows both languages; where msgfmt exists they are rebuilt from the .po files.
messages: $(VENV)/.installed
	@if command -v msgfmt >/dev/null; then $(PY) manage.py compilemessages --ignore=.venv -v 0; \
	else echo "msgfmt not found: using the committed .mo catalogues"; fi

# Writes only to locale/ (the first LOCALE_PATHS entry); locale_upstream/ja, the Japanese that
# Django's and allauth's catalogues lack, is kept by hand (see its django.po).
makemessages: $(VENV)/.installed
	$(PY) manage.py makemessages -l en --ignore=.venv --no-obsolete

migrate: $(VENV)/.installed
	$(PY) manage.py migrate --noinput
	# The database cache that sign-in rate limits use (idempotent).
	$(PY) manage.py createcachetable

demo: migrate
	$(PY) manage.py load_demo

run: messages demo
	$(PY) manage.py runserver 127.0.0.1:8000

# Production (issue 7): the way a server runs the portal. Set the production variables
# first (README.md, "Configuration"); gunicorn reads gunicorn.conf.py.
serve: messages
	$(PY) manage.py collectstatic --noinput -v 0
	$(PY) manage.py migrate --noinput
	$(PY) manage.py createcachetable
	$(BIN)/gunicorn -c gunicorn.conf.py portal.wsgi

test: $(VENV)/.installed-dev messages
	$(BIN)/pytest $(PYTEST_ARGS)

# The coordinators' guide (ヘルプ, /admin/help/): fresh screenshots of the real screens in
# static/guide/, taken on a throwaway database with Debian's Chromium (/usr/bin/chromium).
guide: $(VENV)/.installed-dev
	$(PY) scripts/guide_screenshots.py

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.installed-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .
