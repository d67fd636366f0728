# Two commands do all the set-up: `make run` and `make test`. Both create .venv on first use.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lint bench validate translations clean

# One line says what the first run is doing: pip's --quiet install takes a minute or two, and
# make's echo of three command lines said nothing of that (a newcomer could think it hung).
$(STAMP): pyproject.toml
	@echo "Installing briefbot and its dependencies into $(VENV) (first run only: a minute or two)..."
	@$(PYTHON) -m venv $(VENV)
	@$(BIN)/python -m pip install --quiet --upgrade pip
	@$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $(STAMP)
	@echo "Installed."

# `@`: the bot's own first line is the first a newcomer sees, as in the README's example.
run: $(STAMP)
	@$(BIN)/briefbot run

# While mypy checks bot/ on one core, the tests are collected once on the other, so the two
# pytest workers find every test module's rewritten asserts in __pycache__ (tests/conftest.py)
# instead of each rewriting all of them (about 7 s CPU saved per worker in a fresh clone).
# Three workers on two cores: much of a worker's time is spent waiting (bot processes starting,
# timers, the double's answers, the chaos runs' faults), and a third computes meanwhile. At load
# 2: tests/faults and tests/hostile (80% of their time waiting) 111 s instead of 178 s, every
# fourth test file 56-58 s instead of 60-63 s (run alternately with -n 2); CPU about 8% more.
# `python -m pytest -q -n 3 -p benchmarks.suite_waiting tests/...` shows the waiting by folder.
# --dist worksteal: the slow tests (faults, hostile, ops, store) are collected last, and the
# default scheduler hands them out in runs of up to ~120 consecutive tests near the end, so one
# worker can be left with a queue of chaos runs while the others idle; with worksteal an idle
# worker takes half of a busy one's queue. tests/faults + tests/hostile at load 9-11, -n 3:
# workers idle at the end 53.7 worker-s (load) vs 18.5 (worksteal); wall beyond the tests'
# summed wall / 3: 41 s vs 28 s. Each test still runs exactly once, in one worker, as before.
# tests/long_first.py: each worker's first share begins with its part of the long tests (a hang
# guard of 120 s or more: bot processes, chaos runs, hostile pages), so none is left to run last.
test: $(STAMP)
	$(BIN)/ruff check bot tests
	$(BIN)/ruff format --check bot tests
	$(BIN)/python -m pytest -q --collect-only >/dev/null 2>&1 & collecting=$$!; \
		$(BIN)/mypy; checked=$$?; wait $$collecting; exit $$checked
	$(BIN)/python -m pytest -q -n 3 --dist worksteal

lint: $(STAMP)
	$(BIN)/ruff check bot tests
	$(BIN)/ruff format --check bot tests
	$(BIN)/mypy

validate: $(STAMP)
	$(BIN)/briefbot validate content/

# Extract new messages from bot/, merge them into every catalogue, compile the .mo files.
translations: $(STAMP)
	$(BIN)/pybabel extract -F babel.cfg --no-location --sort-output --no-wrap \
		--project briefbot --copyright-holder "briefbot contributors" -o bot/locales/briefbot.pot .
	$(BIN)/pybabel update -i bot/locales/briefbot.pot -d bot/locales -D briefbot --no-wrap --ignore-pot-creation-date
	$(BIN)/pybabel compile -d bot/locales -D briefbot --statistics

# The bot's own modules byte-compiled first, as pip compiles an installed package and as
# Red-DiscordBot's (row e1's reference) is: otherwise, with PYTHONDONTWRITEBYTECODE set, every
# start compiles bot/ from source and the compiler's scratch memory stays in the idle RSS.
bench: $(STAMP)
	$(BIN)/python -m compileall -q bot
	$(BIN)/python -m benchmarks

clean:
	rm -rf $(VENV) .pytest_cache
