"""AccountStore: user accounts with roles, argon2-hashed passwords and bearer tokens (SQLite)."""

from __future__ import annotations

import hashlib
import secrets
import threading
from dataclasses import dataclass
from pathlib import Path

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from limits import parse
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter

from assistant.errors import AssistantError
from assistant.sqlite import open_sqlite
from ui.private import private_file

ROLES = ("lezer", "coordinator", "evaluator")
# What each role may do; the API checks these, the UI only hides what a role cannot use.
PERMISSIONS = {
    "lezer": {"chat"},
    "coordinator": {"chat", "documents", "feedback"},
    "evaluator": {"chat", "evaluations", "feedback"},
}


# Failed logins per user name before further attempts are refused for a while.
FAILED_LOGINS_PER_USER = "5/minute"


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
    """Accounts in ``<data_dir>/accounts.sqlite3``; tokens are stored only as SHA-256 hashes."""

    def __init__(self, path: Path) -> None:
        self._conn = open_sqlite(
            private_file(path),
            "Het accountbestand",
            "Zet het bestand opzij en maak de accounts opnieuw aan met 'hospicewijzer users add'.",
        )
        self._lock = threading.Lock()
        self._hasher = PasswordHasher()
        self._limiter = MovingWindowRateLimiter(MemoryStorage())
        self._per_user = parse(FAILED_LOGINS_PER_USER)
        self._dummy = self._hasher.hash(secrets.token_urlsafe(16))
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS accounts (name TEXT PRIMARY KEY, role TEXT NOT NULL, "
            "password TEXT NOT NULL, token TEXT NOT NULL UNIQUE)"
        )

    def add(self, name: str, role: str, password: str) -> str:
        """Create or replace an account; returns its new API token (shown once).

        Raises:
            AssistantError: Unknown role, or a password shorter than 8 characters.
        """
        if role not in ROLES:
            raise AssistantError(f"Onbekende rol '{role}'; kies uit {', '.join(ROLES)}")
        if len(password) < 8:
            raise AssistantError("Wachtwoord moet minstens 8 tekens hebben")
        if not name.strip():
            raise AssistantError("Gebruikersnaam mag niet leeg zijn")
        token = secrets.token_urlsafe(32)
        with self._lock:
            self._conn.execute(
                "INSERT OR REPLACE INTO accounts(name, role, password, token) VALUES (?, ?, ?, ?)",
                (name.strip(), role, self._hasher.hash(password), _digest(token)),
            )
        return token

    def login(self, name: str, password: str) -> tuple[Account, str] | None:
        """Check a password; on success rotate and return a fresh token.

        Raises:
            LoginThrottled: Too many failed attempts for this name in the last minute.
        """
        key = name.strip().lower()
        if not self._limiter.test(self._per_user, "login", key):
            raise LoginThrottled(
                "Te veel mislukte inlogpogingen voor deze gebruiker; probeer het over een minuut opnieuw."
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
            return None
        token = secrets.token_urlsafe(32)
        with self._lock:
            self._conn.execute("UPDATE accounts SET token=? WHERE name=?", (_digest(token), name))
        return Account(name, row[0]), token

    def by_token(self, token: str) -> Account | None:
        """The account a bearer token belongs to."""
        with self._lock:
            row = self._conn.execute(
                "SELECT name, role FROM accounts WHERE token=?", (_digest(token),)
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
