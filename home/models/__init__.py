from .base import BasePage
from .pages import HomePage, StandardPage

__all__ = ["BasePage", "HomePage", "StandardPage"]
