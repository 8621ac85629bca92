"""API tokens and the browser sessions opened with them.

A token is ``mw_`` followed by 32 random bytes (URL-safe base64).  Only its sha256 is stored, with
an 8-character prefix so that a person can tell tokens apart in ``minewatch token list``; the
secret is shown once, when it is created.  A browser session is opened by presenting a token on
the sign-in page: the session secret (the cookie) is likewise stored only as a hash, beside a CSRF
token that forms must echo back.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, Final

from sqlalchemy import text

from minewatch.errors import UsageError
from minewatch.store.base import Store

ROLES: Final = ("analyst", "admin")
TOKEN_PREFIX: Final = "mw_"
SESSION_HOURS: Final = 12


@dataclass(frozen=True, slots=True)
class Token:
    """A stored token, without its secret."""

    id: int
    name: str
    role: str
    prefix: str
    created_at: str
    revoked_at: str | None


@dataclass(frozen=True, slots=True)
class Session:
    """A browser session: who is signed in and the CSRF token their forms must carry."""

    token: Token
    csrf: str
    expires_at: str


def _now() -> datetime:
    return datetime.now(UTC)


def _iso(moment: datetime) -> str:
    return moment.isoformat(timespec="seconds")


def hash_secret(secret: str) -> str:
    """The stored form of a secret: hex sha256."""
    return hashlib.sha256(secret.encode("utf-8")).hexdigest()


def _token(row: Any) -> Token:
    return Token(
        id=int(row.id),
        name=str(row.name),
        role=str(row.role),
        prefix=str(row.prefix),
        created_at=str(row.created_at),
        revoked_at=None if row.revoked_at is None else str(row.revoked_at),
    )


def create_token(store: Store, name: str, role: str) -> tuple[Token, str]:
    """Create a token; return it and its secret (shown once, never stored)."""
    if role not in ROLES:
        raise UsageError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    if not name.strip():
        raise UsageError("a token needs a name")
    secret = TOKEN_PREFIX + secrets.token_urlsafe(32)
    with store.begin() as conn:
        row = conn.execute(
            text(
                "INSERT INTO api_tokens (name, role, prefix, secret_sha256, created_at)"
                " VALUES (:n, :r, :p, :h, :t)"
                " RETURNING id, name, role, prefix, created_at, revoked_at"
            ),
            {"n": name.strip(), "r": role, "p": secret[:8 + len(TOKEN_PREFIX)],
             "h": hash_secret(secret), "t": _iso(_now())},
        ).one()
    return _token(row), secret


def list_tokens(store: Store) -> list[Token]:
    """Every token, oldest first."""
    with store.begin() as conn:
        rows = conn.execute(
            text(
                "SELECT id, name, role, prefix, created_at, revoked_at"
                " FROM api_tokens ORDER BY id"
            )
        )
        return [_token(r) for r in rows]


def revoke_token(store: Store, token_id: int) -> bool:
    """Revoke a token and close its sessions; False if there was no such active token."""
    with store.begin() as conn:
        done = conn.execute(
            text("UPDATE api_tokens SET revoked_at = :t WHERE id = :i AND revoked_at IS NULL"),
            {"t": _iso(_now()), "i": token_id},
        ).rowcount
        conn.execute(text("DELETE FROM web_sessions WHERE token_id = :i"), {"i": token_id})
    return bool(done)


def authenticate(store: Store, secret: str) -> Token | None:
    """The active token whose secret this is, or None."""
    if not secret.startswith(TOKEN_PREFIX) or len(secret) > 200:
        return None
    with store.begin() as conn:
        row = conn.execute(
            text(
                "SELECT id, name, role, prefix, created_at, revoked_at, secret_sha256"
                " FROM api_tokens WHERE secret_sha256 = :h AND revoked_at IS NULL"
            ),
            {"h": hash_secret(secret)},
        ).first()
    if row is None or not hmac.compare_digest(str(row.secret_sha256), hash_secret(secret)):
        return None
    return _token(row)


def open_session(store: Store, token: Token) -> tuple[str, Session]:
    """Open a browser session for ``token``; return the cookie secret and the session."""
    secret = secrets.token_urlsafe(32)
    csrf = secrets.token_urlsafe(24)
    expires = _iso(_now() + timedelta(hours=SESSION_HOURS))
    with store.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO web_sessions (token_id, secret_sha256, csrf, created_at, expires_at)"
                " VALUES (:i, :h, :c, :t, :e)"
            ),
            {"i": token.id, "h": hash_secret(secret), "c": csrf, "t": _iso(_now()), "e": expires},
        )
    return secret, Session(token=token, csrf=csrf, expires_at=expires)


def get_session(store: Store, secret: str) -> Session | None:
    """The live session for this cookie secret, or None (expired, revoked or unknown)."""
    if not secret or len(secret) > 200:
        return None
    with store.begin() as conn:
        row = conn.execute(
            text(
                "SELECT t.id, t.name, t.role, t.prefix, t.created_at, t.revoked_at,"
                " s.csrf, s.expires_at FROM web_sessions s JOIN api_tokens t ON t.id = s.token_id"
                " WHERE s.secret_sha256 = :h AND t.revoked_at IS NULL AND s.expires_at > :now"
            ),
            {"h": hash_secret(secret), "now": _iso(_now())},
        ).first()
    if row is None:
        return None
    return Session(token=_token(row), csrf=str(row.csrf), expires_at=str(row.expires_at))


def close_session(store: Store, secret: str) -> None:
    """Sign out: forget the session."""
    with store.begin() as conn:
        conn.execute(
            text("DELETE FROM web_sessions WHERE secret_sha256 = :h"), {"h": hash_secret(secret)}
        )
