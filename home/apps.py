from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HomeConfig(AppConfig):
    name = "home"
    verbose_name = _("Public site")

    def ready(self) -> None:
        from django.db.models.signals import post_delete, post_save

        from wagtail.models import CollectionViewRestriction, Locale

        from .locales import LOCALES
        from .models import Menu, MenuItem
        from .models.images import restriction_changed
        from .templatetags.site_tags import MENUS

        # Images follow their collection's privacy: adding or removing a restriction moves their files.
        for signal in (post_save, post_delete):
            signal.connect(restriction_changed, sender=CollectionViewRestriction, dispatch_uid=f"home.images.{signal}")
            # Locale rows and menus are kept in the cache (home.caching) until one changes.
            signal.connect(LOCALES.forget, sender=Locale, dispatch_uid=f"home.locales.{signal}")
            signal.connect(MENUS.forget, sender=Menu, dispatch_uid=f"home.menus.{signal}")
            signal.connect(MENUS.forget, sender=MenuItem, dispatch_uid=f"home.menu_items.{signal}")
