"""Test helpers for sync: a real HTTP server on 127.0.0.1 and small feeds."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from kiosk.config import assets_dir
from kiosk.data.store import AtlasStore
from kiosk.data.sync import SyncSettings

SCHEMA = assets_dir() / "hsds" / "service.json"
EMBEDDED = assets_dir() / "demo_atlas.json"


@dataclass
class Reply:
    """What the server answers to one path."""

    body: bytes = b""
    status: int = 200
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)
    delay_s: float = 0.0
    truncate_to: int | None = None  # announce the full length, send only this many bytes


Route = Reply | Callable[[BaseHTTPRequestHandler], Reply]


class FeedServer:
    """A real HTTP server in a thread; `routes` maps a path (with query) to a Reply."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[tuple[str, dict[str, str]]] = []
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                server.requests.append((self.path, dict(self.headers.items())))
                route = server.routes.get(self.path)
                if route is None:
                    reply = Reply(b'{"error": "not found"}', 404)
                else:
                    reply = route(self) if callable(route) else route
                if reply.delay_s:
                    time.sleep(reply.delay_s)
                self.send_response(reply.status)
                if reply.status != 304:
                    self.send_header("Content-Type", reply.content_type)
                    self.send_header("Content-Length", str(len(reply.body)))
                for key, value in reply.headers.items():
                    self.send_header(key, value)
                self.end_headers()
                if reply.status == 304:
                    return
                body = reply.body
                if reply.truncate_to is not None:
                    body = body[: reply.truncate_to]
                try:
                    self.wfile.write(body)
                    self.wfile.flush()
                except (BrokenPipeError, ConnectionResetError):
                    pass
                if reply.truncate_to is not None:
                    self.close_connection = True

            def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._httpd.daemon_threads = True
        self.port = self._httpd.server_address[1]
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def base(self) -> str:
        """The server's base URL."""
        return f"http://127.0.0.1:{self.port}"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


@contextmanager
def feed_server() -> Iterator[FeedServer]:
    """A started FeedServer, stopped afterwards."""
    server = FeedServer()
    server.start()
    try:
        yield server
    finally:
        server.stop()


def page(services: list[dict[str, Any]], number: int, total_pages: int,
         total_items: int) -> bytes:
    """An HSDS API Page as bytes."""
    return json.dumps({
        "total_items": total_items, "total_pages": total_pages, "page_number": number,
        "size": len(services), "first_page": number == 1, "last_page": number == total_pages,
        "empty": not services, "contents": services,
    }, ensure_ascii=False).encode()


def serve_api(server: FeedServer, services: list[dict[str, Any]], per_page: int = 100,
              *, summaries: bool = False, version: str = "3.0.1") -> None:
    """Serve services as an HSDS 3.0 API: `/`, `/services?page=N&full=true`, `/services/{id}`."""
    server.routes["/"] = Reply(json.dumps({"version": version}).encode())
    total = max(1, -(-len(services) // per_page))
    for n in range(1, total + 1):
        chunk = services[(n - 1) * per_page: n * per_page]
        if summaries:
            listed = [{"id": s["id"], "name": s["name"], "status": s["status"]} for s in chunk]
        else:
            listed = chunk
        server.routes[f"/services?page={n}&full=true"] = Reply(page(listed, n, total,
                                                                    len(services)))
    for service in services:
        server.routes[f"/services/{service['id']}"] = Reply(
            json.dumps(service, ensure_ascii=False).encode())


def fast_settings(**changes: Any) -> SyncSettings:
    """Sync settings with short timeouts and waits, for tests."""
    values: dict[str, Any] = dict(connect_timeout_s=2.0, read_timeout_s=2.0, retries=1,
                                  backoff_s=0.01)
    values.update(changes)
    return SyncSettings(**values)


def open_store(data_dir: Path) -> AtlasStore:
    """An opened store over a data folder (the embedded demo atlas at first)."""
    store = AtlasStore(data_dir, EMBEDDED)
    store.open()
    return store


def write_json(path: Path, data: Any) -> Path:
    """Write JSON (UTF-8, umlauts kept) and return the path."""
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path
