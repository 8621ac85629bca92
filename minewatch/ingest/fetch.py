"""Polite, guarded HTTP: SSRF guard, robots.txt, per-host rate, limits, conditional GET.

Every request names Minewatch in its User-Agent, has a timeout, follows at most
:data:`MAX_REDIRECTS` redirects (each hop checked again), stops reading past
``max_document_bytes`` and accepts only the content types we can read.  Private, loopback,
link-local and reserved addresses are refused unless ``allow_private`` (tests use it with their
loopback server).  ETag / Last-Modified validators are kept in the store so that re-polling an
unchanged page or feed costs one ``304 Not Modified``.
"""

from __future__ import annotations

import hashlib
import ipaddress
import socket
import time
import urllib.robotparser
from dataclasses import dataclass
from urllib.parse import urljoin, urlsplit, urlunsplit

import httpx

from minewatch.ingest.items import (
    FETCH_FAILED,
    OVERSIZED,
    PRIVATE_ADDRESS,
    ROBOTS_DENIED,
    TOO_MANY_REDIRECTS,
    TRUNCATED,
    UNSUPPORTED_TYPE,
    IngestOptions,
    reject,
)
from minewatch.store.base import Store
from minewatch.store.quarantine import Validators, get_validators, save_validators

MAX_REDIRECTS = 5
PAGE_TYPES = {
    "text/html": "html", "application/xhtml+xml": "html", "text/plain": "text",
    "application/pdf": "pdf",
}  # fmt: skip
FEED_TYPES = {
    "application/rss+xml", "application/atom+xml", "application/xml", "text/xml",
    "application/rdf+xml", "application/feed+json",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Fetched:
    """One HTTP response body (or a 304)."""

    url: str
    status: int
    data: bytes
    media_type: str
    charset: str | None
    not_modified: bool = False
    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True)
class Target:
    """Where to connect for a URL: pinned to the address that was checked (no DNS rebinding)."""

    url: str
    headers: dict[str, str]
    extensions: dict[str, str]


def check_address(url: str, allow_private: bool) -> Target:
    """Refuse URLs whose host resolves to a private, loopback, link-local or reserved address.

    Returns the request target with the host replaced by the checked address (``Host`` header
    and TLS server name keep the original name), so the connection goes where the check looked.
    """
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise reject(FETCH_FAILED, f"not an http(s) URL: {url}")
    if allow_private:
        return Target(url, {}, {})
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, proto=socket.IPPROTO_TCP)
    except OSError as exc:
        raise reject(FETCH_FAILED, f"cannot resolve {parts.hostname}: {exc}") from exc
    addresses = [ipaddress.ip_address(info[4][0]) for info in infos]
    for address in addresses:
        if not address.is_global or address.is_multicast:
            raise reject(
                PRIVATE_ADDRESS, f"{parts.hostname} resolves to non-public address {address}"
            )
    if not addresses:
        raise reject(FETCH_FAILED, f"cannot resolve {parts.hostname}")
    host = str(addresses[0]) if addresses[0].version == 4 else f"[{addresses[0]}]"
    netloc = host + (f":{parts.port}" if parts.port else "")
    pinned = urlunsplit(parts._replace(netloc=netloc))
    origin = parts.hostname + (f":{parts.port}" if parts.port else "")
    extensions = {"sni_hostname": parts.hostname} if parts.scheme == "https" else {}
    return Target(pinned, {"Host": origin}, extensions)


class Fetcher:
    """An HTTP client for one ingest run."""

    def __init__(self, store: Store | None, options: IngestOptions) -> None:
        settings = options.settings
        self.store = store
        self.allow_private = options.allow_private
        self.max_bytes = settings.max_document_bytes
        self.delay = settings.per_host_delay_seconds
        self.user_agent = settings.user_agent
        self.client = httpx.Client(
            timeout=settings.fetch_timeout_seconds,
            follow_redirects=False,
            headers={"User-Agent": settings.user_agent},
        )
        self._last_request: dict[str, float] = {}
        self._robots: dict[str, urllib.robotparser.RobotFileParser | None] = {}

    def close(self) -> None:
        self.client.close()

    def _wait_turn(self, url: str) -> None:
        host = urlsplit(url).netloc
        last = self._last_request.get(host)
        if last is not None:
            pause = self.delay - (time.monotonic() - last)
            if pause > 0:
                time.sleep(pause)
        self._last_request[host] = time.monotonic()

    def _robots_for(self, url: str) -> urllib.robotparser.RobotFileParser | None:
        parts = urlsplit(url)
        key = f"{parts.scheme}://{parts.netloc}"
        if key not in self._robots:
            parser: urllib.robotparser.RobotFileParser | None = None
            try:
                self._wait_turn(url)
                target = check_address(key + "/robots.txt", self.allow_private)
                response = self.client.get(
                    target.url, headers=target.headers, extensions=target.extensions
                )
                if response.status_code == 200:
                    parser = urllib.robotparser.RobotFileParser()
                    parser.parse(response.text.splitlines())
            except httpx.HTTPError:
                parser = None  # no robots.txt reachable: allowed
            self._robots[key] = parser
        return self._robots[key]

    def allowed(self, url: str) -> bool:
        parser = self._robots_for(url)
        return parser is None or parser.can_fetch(self.user_agent, url)

    def get(self, url: str, accept: dict[str, str] | set[str] = PAGE_TYPES) -> Fetched:
        """GET ``url`` with every guard; raises :class:`ItemRejected` with a stable code.

        Validators are sent but not saved: call :meth:`remember` after storing the result, so
        that a crash between fetching and storing cannot turn the next fetch into a 304.
        """
        validators = self.store and get_validators(self.store, url)
        headers = {}
        if validators and validators.etag:
            headers["If-None-Match"] = validators.etag
        if validators and validators.last_modified:
            headers["If-Modified-Since"] = validators.last_modified
        current = url
        for _ in range(MAX_REDIRECTS + 1):
            target = check_address(current, self.allow_private)
            if not self.allowed(current):
                raise reject(ROBOTS_DENIED, f"robots.txt disallows {current}")
            self._wait_turn(current)
            fetched = self._request(current, target, headers, accept)
            if isinstance(fetched, Fetched):
                return fetched
            current = fetched
        raise reject(TOO_MANY_REDIRECTS, f"more than {MAX_REDIRECTS} redirects from {url}")

    def remember(self, url: str, fetched: Fetched) -> None:
        """Keep the validators of ``url`` once what it gave is safely stored (not before)."""
        if self.store is not None and not fetched.not_modified:
            save_validators(self.store, url, validators_of(fetched))

    def _request(
        self, url: str, target: Target, headers: dict[str, str], accept: dict[str, str] | set[str]
    ) -> Fetched | str:
        """A response, or the next URL of a redirect."""
        try:
            with self.client.stream(
                "GET",
                target.url,
                headers={**headers, **target.headers},
                extensions=target.extensions,
            ) as response:
                if response.status_code == 304:
                    return Fetched(url, 304, b"", "", None, not_modified=True)
                if response.status_code in (301, 302, 303, 307, 308):
                    location = response.headers.get("location")
                    if not location:
                        raise reject(FETCH_FAILED, f"redirect without Location from {url}")
                    return str(urljoin(url, location))
                if response.status_code != 200:
                    raise reject(FETCH_FAILED, f"HTTP {response.status_code} for {url}")
                content_type = response.headers.get("content-type", "")
                media = content_type.split(";")[0].strip().lower()
                if media not in accept:
                    raise reject(UNSUPPORTED_TYPE, f"content type {media or 'none'!r} at {url}")
                data = self._read_body(response, url)
        except httpx.RemoteProtocolError as exc:
            raise reject(TRUNCATED, f"incomplete response from {url}: {exc}") from exc
        except httpx.HTTPError as exc:
            raise reject(FETCH_FAILED, f"{type(exc).__name__} fetching {url}: {exc}") from exc
        charset = response.charset_encoding
        return Fetched(
            url, 200, data, media, charset.lower() if charset else None,
            etag=response.headers.get("etag"),
            last_modified=response.headers.get("last-modified"),
        )  # fmt: skip

    def _read_body(self, response: httpx.Response, url: str) -> bytes:
        declared = response.headers.get("content-length")
        if declared and declared.isdigit() and int(declared) > self.max_bytes:
            raise reject(OVERSIZED, f"{declared} bytes > max_document_bytes at {url}")
        chunks, total = [], 0
        for chunk in response.iter_bytes():
            total += len(chunk)
            if total > self.max_bytes:
                raise reject(OVERSIZED, f"more than {self.max_bytes} bytes at {url}")
            chunks.append(chunk)
        data = b"".join(chunks)
        encoded = response.headers.get("content-encoding")
        if declared and declared.isdigit() and not encoded and len(data) < int(declared):
            raise reject(TRUNCATED, f"got {len(data)} of {declared} bytes from {url}")
        return data


def validators_of(fetched: Fetched) -> Validators:
    """The ETag / Last-Modified of a response, with the hash of its body."""
    return Validators(
        etag=fetched.etag,
        last_modified=fetched.last_modified,
        content_sha256=hashlib.sha256(fetched.data).hexdigest(),
    )
