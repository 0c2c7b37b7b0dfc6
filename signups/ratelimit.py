"""At most LIMIT sign-ups an hour from one IP address and for one contact address, counted
by the residents' forms' shared guard (core/form_guards.py: hashed keys in the shared cache,
failing open when the cache is away, so a resident can still sign up)."""

from core import form_guards

LIMIT = 5
SCOPE = "signup"


def is_limited(ip: str, contacts) -> bool:
    """Whether the IP or any of the contacts has used up its sign-ups for the hour."""
    checks = [("ip", ip)] + [("contact", c) for c in contacts if c]
    return any(form_guards.used_up(SCOPE, kind, value, LIMIT) for kind, value in checks if value)


def count(ip: str, contacts) -> None:
    """Count one sign-up against the IP and each contact."""
    for kind, value in [("ip", ip)] + [("contact", c) for c in contacts if c]:
        if value:
            form_guards.count(SCOPE, kind, value)
