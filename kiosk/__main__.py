"""`python -m kiosk`: the same as the `kiosk` command."""

import sys

if getattr(sys, "frozen", False):
    # A PyInstaller bundle starts the sync's child process (kiosk/data/sync_worker.py) and
    # multiprocessing's resource tracker as itself: run those here, not a second kiosk.
    import multiprocessing

    multiprocessing.freeze_support()

from kiosk.cli import main  # noqa: E402

raise SystemExit(main())
