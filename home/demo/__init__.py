"""Demo content of the public site. `load_demo_content` calls `create_demo_content()` of each app in order."""

from collections.abc import Callable
from dataclasses import dataclass

from . import outreach, site
from .site import synchronize_locales

# Each app declares its demo content to `load_demo_content` through this Wagtail hook, so `home` imports no app above
# it. The hook's order is the loading order: home 0, members_area 100, knowledge 200 (each builds on the ones before).
DEMO_CONTENT_HOOK = "register_demo_content"


@dataclass(frozen=True)
class DemoContent:
    """What one app adds to the demo: its pages and snippets, and optionally demo accounts (returning their names)."""

    create_content: Callable[[], object]
    create_users: Callable[[str], list[str]] | None = None


def create_demo_content() -> dict:
    """The site frame (locales, home, About pages), then the outreach site on top of it."""
    pages = site.create_demo_content()
    outreach.create_demo_content(pages["home"])
    return pages


__all__ = ["DEMO_CONTENT_HOOK", "DemoContent", "create_demo_content", "synchronize_locales"]
