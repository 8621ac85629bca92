"""Builders for test fixtures: a PDF with a text layer, a WARC, a loopback HTTP server."""

from __future__ import annotations

import gzip
import io
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


def make_pdf(lines: list[str], title: str = "Test report") -> bytes:
    """A one-page PDF whose text layer holds ``lines`` (Latin-1 text, Helvetica)."""
    text_ops = " ".join(
        f"BT /F1 12 Tf 72 {720 - 18 * i} Td ({line}) Tj ET" for i, line in enumerate(lines)
    )
    stream = text_ops.encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Title (" + title.encode("latin-1") + b") /Author (Test Author) "
        b"/CreationDate (D:20250318090000Z) >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(
        b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n"
        % (len(objects) + 1, xref)
    )
    return out.getvalue()


def make_warc(responses: list[tuple[str, str, bytes]]) -> bytes:
    """A gzipped WARC with one response record per (url, content type, body)."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=True)
    for url, content_type, body in responses:
        headers = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        record = writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), http_headers=headers
        )
        writer.write_record(record)
    return buffer.getvalue()


def gzip_lines(lines: list[bytes]) -> bytes:
    return gzip.compress(b"".join(line.rstrip(b"\n") + b"\n" for line in lines))


@dataclass
class Route:
    """A canned response; ``etag`` enables conditional GET (304 on a matching If-None-Match)."""

    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    declared_length: int | None = None


@dataclass
class LoopbackServer:
    """A real HTTP server on 127.0.0.1 serving :class:`Route` s; records every request."""

    routes: dict[str, Route] = field(default_factory=dict)
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    base: str = ""

    def url(self, path: str) -> str:
        return self.base + path

    def hits(self, path: str) -> list[dict[str, str]]:
        return [headers for p, headers in self.requests if p == path]


def _handler(server: LoopbackServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            server.requests.append((self.path, {k.lower(): v for k, v in self.headers.items()}))
            route = server.routes.get(self.path)
            if route is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if route.etag and self.headers.get("If-None-Match") == route.etag:
                self.send_response(304)
                self.send_header("ETag", route.etag)
                self.end_headers()
                return
            self.send_response(route.status)
            self.send_header("Content-Type", route.content_type)
            length = route.declared_length or len(route.body)
            self.send_header("Content-Length", str(length))
            if route.etag:
                self.send_header("ETag", route.etag)
            for key, value in route.headers.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(route.body)

    return Handler


@contextmanager
def serve(routes: dict[str, Route] | None = None) -> Iterator[LoopbackServer]:
    """Run a loopback server in a thread for the duration of the block."""
    state = LoopbackServer(routes=dict(routes or {}))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler(state))
    state.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        httpd.shutdown()
        httpd.server_close()


Factory = Callable[[], bytes]
