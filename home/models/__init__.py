from .base import BasePage
from .contact import ContactPage
from .contact_messages import ContactMessage
from .events import EventIndexPage, EventPage
from .images import CustomImage, Rendition
from .menus import Menu, MenuItem
from .news import NewsIndexPage, NewsPage
from .pages import HomePage, StandardPage
from .partners import PartnerCountryPage, PartnerCountryPageInstitution, PartnerIndexPage
from .taxonomy import MAX_PARTNER_COUNTRIES, City, Country, Topic
from .topics import TopicIndexPage, TopicPage

__all__ = [
    "MAX_PARTNER_COUNTRIES",
    "BasePage",
    "City",
    "ContactMessage",
    "ContactPage",
    "Country",
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
    "Topic",
    "TopicIndexPage",
    "TopicPage",
]
