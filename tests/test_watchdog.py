"""systemd notifications reach a real datagram socket; nothing happens outside systemd."""

from __future__ import annotations

import socket
from pathlib import Path

from kiosk import watchdog


def test_notify_reaches_systemds_socket(tmp_path: Path) -> None:
    # Given a socket like the one systemd gives a Type=notify service
    path = tmp_path / "notify"
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as server:
        server.bind(str(path))
        # When the kiosk says it is ready and beats
        assert watchdog.notify("READY=1", {"NOTIFY_SOCKET": str(path)})
        assert watchdog.notify("WATCHDOG=1", {"NOTIFY_SOCKET": str(path)})
        # Then systemd reads both messages
        assert server.recv(64) == b"READY=1"
        assert server.recv(64) == b"WATCHDOG=1"


def test_outside_systemd_nothing_is_sent() -> None:
    assert not watchdog.notify("READY=1", {})
    assert not watchdog.notify("READY=1", {"NOTIFY_SOCKET": "/nonexistent/socket"})


def test_heartbeat_is_a_third_of_the_watchdog_time() -> None:
    assert watchdog.heartbeat_ms({"WATCHDOG_USEC": "30000000"}) == 10_000
    assert watchdog.heartbeat_ms({}) == 0
    assert watchdog.heartbeat_ms({"WATCHDOG_USEC": "soon"}) == 0
