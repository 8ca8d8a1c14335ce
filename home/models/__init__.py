from .base import BasePage
from .contact import ContactMessage, ContactPage
from .events import EventIndexPage, EventPage
from .images import CustomImage, Rendition
from .menus import Menu, MenuItem
from .news import NewsIndexPage, NewsPage
from .pages import HomePage, StandardPage
from .partners import PartnerCountryPage, PartnerCountryPageInstitution, PartnerIndexPage
from .topics import TopicIndexPage, TopicPage

__all__ = [
    "BasePage",
    "ContactMessage",
    "ContactPage",
    "CustomImage",
    "EventIndexPage",
    "EventPage",
    "HomePage",
    "Menu",
    "MenuItem",
    "NewsIndexPage",
    "NewsPage",
    "PartnerCountryPage",
    "PartnerCountryPageInstitution",
    "PartnerIndexPage",
    "Rendition",
    "StandardPage",
    "TopicIndexPage",
    "TopicPage",
]
