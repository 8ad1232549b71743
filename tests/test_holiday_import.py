"""The holidays package loads only the asked-for country, with the same holidays as usual."""

from __future__ import annotations

import json
import subprocess
import sys

# Each run in a fresh interpreter: the package's import state is per process.
PROBE = """
import json, sys
from kiosk import holiday_import
installed = holiday_import.load_countries_one_by_one() if sys.argv[1] == "one" else False
from kiosk import hours
cfg = hours.parse_hours_config({"holiday_country": "AT", "holiday_subdivision": "6"})
import holidays
days = holidays.country_holidays("AT", subdiv="6", years=2026, language="de")
try:
    hours.parse_hours_config({"holiday_country": "AT", "holiday_subdivision": "99"})
    refused = False
except Exception as exc:
    refused = "99" in str(exc)
print(json.dumps({
    "installed": installed,
    "days": sorted((d.isoformat(), name) for d, name in days.items()),
    "countries": sum(1 for m in sys.modules if m.startswith("holidays.countries.")),
    "refused": refused,
}))
"""


def _run(mode: str) -> dict[str, object]:
    out = subprocess.run([sys.executable, "-c", PROBE, mode], capture_output=True, text=True,
                         timeout=120, check=True)
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


def test_one_country_gives_the_same_holidays_as_all() -> None:
    # Given the usual package and the one that loads countries one by one
    usual, one = _run("all"), _run("one")
    # Then Styria's 2026 holidays are the same, in German
    assert one["installed"] is True
    assert one["days"] == usual["days"]
    assert ["2026-04-06", "Ostermontag"] in one["days"]  # type: ignore[operator]
    # And only Austria's module was loaded (the usual way loads every country)
    assert one["countries"] == 1
    assert isinstance(usual["countries"], int) and usual["countries"] > 100
    # And an unknown Bundesland is still refused by the settings check
    assert one["refused"] is True and usual["refused"] is True


def test_nothing_changes_once_the_countries_are_loaded() -> None:
    # Given a process that loaded the package's countries the usual way
    code = ("import holidays.countries; from kiosk import holiday_import; "
            "print(holiday_import.load_countries_one_by_one())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, check=True)
    # Then the package is left as it is
    assert out.stdout.strip() == "False"
