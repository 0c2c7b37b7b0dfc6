"""How often one address or one IP may ask to follow (core/form_guards.py counts it).

A request over the limit is refused (per IP) or sends no mail (per address: the page stays
the same, so it reveals nothing).
"""

from core import form_guards

PER_IP = 10
PER_ADDRESS = 3
SCOPE = "follow"


def allow_ip(ip: str) -> bool:
    return form_guards.allow(SCOPE, "ip", ip or "unknown", PER_IP)


def allow_address(address: str) -> bool:
    return form_guards.allow(SCOPE, "address", address, PER_ADDRESS)
