"""systemd notifications: READY at start, a heartbeat while the GUI thread is alive."""

from __future__ import annotations

import os
import socket

# systemd's WatchdogSec arrives as WATCHDOG_USEC; the heartbeat comes at a third of it, so a
# GUI thread that hangs (and so stops beating) gets the process killed and restarted.


def notify(message: str, environ: dict[str, str] | None = None) -> bool:
    """Send one sd_notify message ("READY=1", "WATCHDOG=1"); False when not under systemd."""
    env = os.environ if environ is None else environ
    address = env.get("NOTIFY_SOCKET", "")
    if not address:
        return False
    if address.startswith("@"):  # an abstract socket
        address = "\0" + address[1:]
    try:
        with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sock:
            sock.connect(address)
            sock.sendall(message.encode("ascii"))
    except OSError:
        return False
    return True


def heartbeat_ms(environ: dict[str, str] | None = None) -> int:
    """How often to send WATCHDOG=1, in milliseconds (0: no watchdog configured)."""
    env = os.environ if environ is None else environ
    try:
        usec = int(env.get("WATCHDOG_USEC", "0"))
    except ValueError:
        return 0
    return max(1000, usec // 3000) if usec > 0 else 0
