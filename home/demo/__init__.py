"""Demo content of the public site. `load_demo_content` calls `create_demo_content()` of each app in order."""

from . import outreach, site
from .site import synchronize_locales


def create_demo_content() -> dict:
    """The site frame (locales, home, About pages), then the outreach site on top of it."""
    pages = site.create_demo_content()
    outreach.create_demo_content(pages["home"])
    return pages


__all__ = ["create_demo_content", "synchronize_locales"]
