"""PySide6's check of each later import, made a plain byte search (import before the rest).

PySide6 (its `__feature__` support) asks of every module imported after it whether the
module's source mentions "PySide6", through `inspect.getsource`. That reads each source file
into `linecache` and keeps it there: at the kiosk's start some 500 files, about 23 MB of
memory and 0.1 s. The same question answered by reading the file's bytes keeps nothing.
PySide6 is pinned (constraints.txt); when its internals differ, nothing is changed.
"""

from __future__ import annotations

import sys
from types import ModuleType

import PySide6.QtCore  # noqa: F401  (installs the import check replaced below)


def mentions_pyside(module: ModuleType) -> bool:
    """Whether the module's source file contains "PySide6" (False when it has none)."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False
    try:
        with open(path, "rb") as source:
            return b"PySide6" in source.read()
    except OSError:
        return False


def install() -> bool:
    """Replace PySide6's source check; whether it was there to replace."""
    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = mentions_pyside  # type: ignore[attr-defined]
    return True


install()
