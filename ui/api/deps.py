"""Dependencies shared by the routers: the services, the caller's account, role checks."""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from ui.accounts import Account
from ui.services import Services


def _services(request: Request) -> Services:
    return request.app.state.services  # type: ignore[no-any-return]


ServicesDep = Annotated[Services, Depends(_services)]
# auto_error off: an absent or malformed header is an anonymous caller, not an error.
bearer = HTTPBearer(auto_error=False, description="API-token of inlogtoken")
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


# The web UI's login session for pages opened from it (document view, original files): an
# HttpOnly, SameSite=Strict cookie, honoured for GET requests only (no cross-site writes).
SESSION_COOKIE = "hw_sessie"


def _account(request: Request, credentials: Credentials, services: ServicesDep) -> Account | None:
    # An unknown token counts as anonymous: open endpoints stay usable for clients that always
    # send a key (the OpenAI client does); protected endpoints then answer 401.
    token = credentials.credentials if credentials else None
    if token is None and request.method == "GET":
        token = request.cookies.get(SESSION_COOKIE)
    return services.accounts.by_token(token) if token else None


AccountDep = Annotated[Account | None, Depends(_account)]


def require(permission: str) -> Callable[..., Account]:
    """Dependency: the caller must be logged in with a role that has ``permission``."""

    def check(account: AccountDep) -> Account:
        if account is None:
            raise HTTPException(
                401, "Inloggen vereist of token ongeldig (Authorization: Bearer <token>)"
            )
        if not account.can(permission):
            raise HTTPException(403, f"Uw rol '{account.role}' mag dit niet")
        return account

    return check


def chat_allowed(account: AccountDep, services: ServicesDep) -> Account | None:
    """Anyone may chat and read, unless HOSPICEWIJZER_CHAT_REQUIRES_LOGIN is set."""
    if services.config.chat_requires_login:
        return require("chat")(account)
    return account


ChatAllowed = Annotated[Account | None, Depends(chat_allowed)]
