"""The secret in a link mailed to someone (an invitation, a sign-up's private page, a follow
confirmation): a random URL-safe token in the link, only its SHA-256 in the database, so a
copy of the database opens nothing."""

import hashlib
import secrets


def new_link_token() -> tuple[str, str]:
    """(the token for the link, its hash to store)."""
    token = secrets.token_urlsafe(32)
    return token, hash_link_token(token)


def hash_link_token(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()
