"""The holidays package, loading only the countries asked for (not all ~250 with the first)."""

from __future__ import annotations

import importlib.machinery
import importlib.util
import sys
from pathlib import Path

COUNTRIES = "holidays.countries"


def load_countries_one_by_one() -> bool:
    """Make `holidays.countries` a package whose country modules load only when asked for.

    `holidays.country_holidays("AT")` imports holidays.countries.austria, and the package's
    own __init__ first imports every country: about 8 MB of memory and 80 ms at the kiosk's
    start for the one country the Sozial-Info needs. Results are the same (the same modules
    do the work). Nothing changes when the package is loaded already or its country modules
    are not plain files (a frozen bundle keeps the usual way).

    Returns:
        Whether the package was set up this way.
    """
    if COUNTRIES in sys.modules:
        return False
    spec = importlib.util.find_spec("holidays")
    if spec is None or spec.origin is None:
        return False
    folder = Path(spec.origin).parent / "countries"
    if not (folder / "__init__.py").is_file():
        return False
    package = importlib.machinery.ModuleSpec(COUNTRIES, None, is_package=True)
    package.submodule_search_locations = [str(folder)]
    sys.modules[COUNTRIES] = importlib.util.module_from_spec(package)
    return True
