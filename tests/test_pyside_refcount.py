"""Guards against a PySide6 release that frees None (6.12.0 on Python 3.11 aborts the kiosk)."""

from __future__ import annotations

import subprocess
import sys

PROBE = """
import sys
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label, image = QLabel(), QImage(8, 8, QImage.Format.Format_ARGB32)
before = sys.getrefcount(None)
for _ in range(20000):
    label.setText("x")
    image.fill(0)
painter = QPainter(image)
for _ in range(20000):
    painter.drawRect(0, 0, 1, 1)
painter.end()
print(sys.getrefcount(None) - before)
"""


def test_void_qt_calls_do_not_drop_references_to_none() -> None:
    # Given 60,000 Qt calls that return nothing (a few minutes of a busy kiosk)
    result = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True,
                            timeout=120, env={"QT_QPA_PLATFORM": "offscreen",
                                              "PATH": "/usr/bin:/bin"})
    # Then the process is alive and None has not lost a reference per call
    assert result.returncode == 0, result.stderr[-500:]
    assert int(result.stdout.strip().splitlines()[-1]) > -1000
