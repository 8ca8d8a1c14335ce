"""Demo content of the public site. `load_demo_content` calls `create_demo_content()` of each app in order."""

from .site import create_demo_content, synchronize_locales

__all__ = ["create_demo_content", "synchronize_locales"]
