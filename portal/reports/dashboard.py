"""The secretariat's dashboard for one fiscal year, from aggregate queries."""


def build_dashboard(year: int) -> dict:
    return {}
