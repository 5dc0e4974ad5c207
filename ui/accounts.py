"""AccountStore: user accounts with roles, argon2-hashed passwords and bearer tokens (SQLite)."""

from __future__ import annotations

import hashlib
import secrets
import threading
import time
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError

from assistant.errors import AssistantError
from assistant.sqlite import open_sqlite
from ui.private import private_file
from ui.ratelimit import make_limiter, per_process

ROLES = ("lezer", "coordinator", "evaluator")
# What each role may do; the API checks these, the UI only hides what a role cannot use.
# "originals": open or download a document's original file (the text is readable by anyone who
# may chat; the file itself may carry more, e.g. internal notes or contact lists).
PERMISSIONS = {
    "lezer": {"chat", "originals"},
    "coordinator": {"chat", "documents", "feedback", "originals"},
    "evaluator": {"chat", "evaluations", "feedback", "originals"},
}


# Failed logins per user name, and per client address (guessing across many names), before
# further attempts are refused for a while.
FAILED_LOGINS_PER_USER = "5/minute"
FAILED_LOGINS_PER_CLIENT = "20/minute"


class LoginThrottled(AssistantError):
    """Too many failed logins for this user name; try again later."""


@dataclass(frozen=True, slots=True)
class Account:
    """A signed-in user."""

    name: str
    role: str

    def can(self, permission: str) -> bool:
        """Whether the role grants a permission."""
        return permission in PERMISSIONS.get(self.role, set())


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


class AccountStore:
    """Accounts in ``<data_dir>/accounts.sqlite3``; tokens are stored only as SHA-256 hashes.

    A user can hold several tokens at once, each with its own expiry: API tokens (made with the
    account, long-lived) and login tokens (``/api/login``, short-lived). A new login never
    invalidates another token; the UI keeps its session server-side and makes no token at all.
    """

    def __init__(
        self,
        path: Path,
        *,
        login_hours: float = 12,
        api_token_days: float = 90,
        rate_limit_storage: str = "memory://",
        limit_processes: int = 1,
    ) -> None:
        self._conn = open_sqlite(
            private_file(path),
            "Het accountbestand",
            "Zet het bestand opzij en maak de accounts opnieuw aan met 'hospicewijzer users add'.",
        )
        self._lock = threading.Lock()
        self._hasher = PasswordHasher()
        self._limiter = make_limiter(rate_limit_storage)
        self._per_user = per_process(FAILED_LOGINS_PER_USER, rate_limit_storage, limit_processes)
        self._per_client = per_process(
            FAILED_LOGINS_PER_CLIENT, rate_limit_storage, limit_processes
        )
        self._dummy = self._hasher.hash(secrets.token_urlsafe(16))
        self._lifetimes = {"login": login_hours * 3600, "api": api_token_days * 86400}
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS accounts (name TEXT PRIMARY KEY, role TEXT NOT NULL, "
            "password TEXT NOT NULL, token TEXT NOT NULL UNIQUE)"
        )
        created = not self._conn.execute(
            "SELECT 1 FROM sqlite_master WHERE name='tokens'"
        ).fetchone()
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS tokens (digest TEXT PRIMARY KEY, "
            "name TEXT NOT NULL REFERENCES accounts(name) ON DELETE CASCADE, kind TEXT NOT NULL, "
            "expires REAL NOT NULL)"
        )
        if created:  # an older data dir: each account's one token becomes an API token
            self._conn.execute(
                "INSERT OR IGNORE INTO tokens SELECT token, name, 'api', ? FROM accounts",
                (time.time() + self._lifetimes["api"],),
            )

    def add(self, name: str, role: str, password: str) -> str:
        """Create or replace an account; returns a new API token (shown once).

        Replacing an account (new password or role) revokes its earlier tokens.

        Raises:
            AssistantError: Unknown role, or a password shorter than 8 characters.
        """
        if role not in ROLES:
            raise AssistantError(f"Onbekende rol '{role}'; kies uit {', '.join(ROLES)}")
        if len(password) < 8:
            raise AssistantError("Wachtwoord moet minstens 8 tekens hebben")
        if not name.strip():
            raise AssistantError("Gebruikersnaam mag niet leeg zijn")
        with self._lock:
            self._conn.execute("DELETE FROM tokens WHERE name=?", (name.strip(),))
            self._conn.execute(
                "INSERT OR REPLACE INTO accounts(name, role, password, token) VALUES (?, ?, ?, ?)",
                (name.strip(), role, self._hasher.hash(password), secrets.token_hex(16)),
            )
        return self.issue(name.strip(), "api")

    def issue(self, name: str, kind: str) -> str:
        """A new token of ``kind`` (``login`` or ``api``) for an existing account."""
        token = secrets.token_urlsafe(32)
        now = time.time()
        with self._lock:
            self._conn.execute("DELETE FROM tokens WHERE expires < ?", (now,))
            self._conn.execute(
                "INSERT INTO tokens(digest, name, kind, expires) VALUES (?, ?, ?, ?)",
                (_digest(token), name, kind, now + self._lifetimes[kind]),
            )
        return token

    def verify(self, name: str, password: str, client: str = "") -> Account | None:
        """Check a password (no token is made: the UI keeps its session server-side).

        Raises:
            LoginThrottled: Too many failed attempts for this name, or from this client address.
        """
        key = name.strip().lower()
        if not (
            self._limiter.test(self._per_user, "login", key)
            and self._limiter.test(self._per_client, "login-client", client)
        ):
            raise LoginThrottled(
                "Te veel mislukte inlogpogingen; probeer het over een minuut opnieuw."
            )
        with self._lock:
            row = self._conn.execute(
                "SELECT role, password FROM accounts WHERE name=?", (name,)
            ).fetchone()
        # An unknown name costs the same hash check as a known one: the response time must not
        # tell which user names exist.
        stored = row[1] if row is not None else self._dummy
        try:
            self._hasher.verify(stored, password)
        except VerificationError:
            row = None
        if row is None:
            self._limiter.hit(self._per_user, "login", key)
            self._limiter.hit(self._per_client, "login-client", client)
            return None
        return Account(name, row[0])

    def login(self, name: str, password: str, client: str = "") -> tuple[Account, str] | None:
        """Check a password; on success return the account and a new login token.

        Raises:
            LoginThrottled: Too many failed attempts for this name, or from this client address.
        """
        account = self.verify(name, password, client)
        if account is None:
            return None
        return account, self.issue(account.name, "login")

    def revoke(self, token: str) -> None:
        """Make a token invalid (log out)."""
        with self._lock:
            self._conn.execute("DELETE FROM tokens WHERE digest=?", (_digest(token),))

    def by_token(self, token: str) -> Account | None:
        """The account an unexpired bearer token belongs to."""
        with self._lock:
            row = self._conn.execute(
                "SELECT a.name, a.role FROM tokens t JOIN accounts a ON a.name = t.name "
                "WHERE t.digest=? AND t.expires > ?",
                (_digest(token), time.time()),
            ).fetchone()
        return Account(row[0], row[1]) if row else None

    def names(self) -> list[tuple[str, str]]:
        """(name, role) of every account."""
        with self._lock:
            return [
                (r[0], r[1])
                for r in self._conn.execute("SELECT name, role FROM accounts ORDER BY name")
            ]

    def close(self) -> None:
        """Close the database."""
        self._conn.close()
