# Sozial-Info kiosk. Every target installs what it needs (see tools/bootstrap.sh).
VENV    := .venv
PY      := $(VENV)/bin/python
STAMP   := $(VENV)/.installed
QM      := assets/i18n/kiosk_de.qm assets/i18n/kiosk_en.qm

.PHONY: run test lint bench dist screens translations i18n selftest clean

$(STAMP): pyproject.toml constraints.txt tools/bootstrap.sh
	bash tools/bootstrap.sh $(VENV)
	touch $(STAMP)

assets/i18n/%.qm: assets/i18n/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

translations: $(QM)

# After changing visible strings: update the .ts files, then translate what is unfinished.
i18n: $(STAMP)
	$(PY) -m tools.i18n update
	$(PY) -m tools.i18n check

run: $(STAMP) $(QM)
	$(PY) -m kiosk --windowed

selftest: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m kiosk selftest

lint: $(STAMP)
	$(VENV)/bin/ruff check kiosk tests bench tools
	$(VENV)/bin/mypy

test: $(STAMP) $(QM) lint
	QT_QPA_PLATFORM=offscreen $(VENV)/bin/pytest -q --ignore=tests/e2e
	xvfb-run -a -s "-screen 0 1920x1080x24" env QT_QPA_PLATFORM=xcb \
		$(VENV)/bin/pytest -q -p no:cacheprovider tests/e2e

bench: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m bench $(BENCH)

screens: $(STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m kiosk screenshot --out docs/screens

dist: $(STAMP) $(QM)
	$(VENV)/bin/pyinstaller --noconfirm --clean kiosk.spec
	QT_QPA_PLATFORM=offscreen ./dist/kiosk/kiosk selftest --data-dir "$$(mktemp -d)"
	@du -sh dist/kiosk | awk '{print "bundle size: " $$1}'

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
