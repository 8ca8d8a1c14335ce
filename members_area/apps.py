from django.apps import AppConfig
from django.db.models.signals import post_migrate, post_save
from django.utils.translation import gettext_lazy as _


class MembersAreaConfig(AppConfig):
    name = "members_area"
    verbose_name = _("Members area")

    def ready(self) -> None:
        from . import restrictions, signals
        from .accounts import adapters, sessions  # noqa: F401  (connect their receivers on import)
        from .accounts.roles import assign_review_to_locale_root, sync_role_permissions

        # Models added by later migrations get their permissions only after migrate; keep the roles in step then.
        post_migrate.connect(sync_role_permissions, dispatch_uid="members_area.sync_role_permissions")
        post_save.connect(assign_review_to_locale_root, dispatch_uid="members_area.assign_translation_review")

        post_migrate.connect(
            restrictions.ensure_after_migrate, sender=self, dispatch_uid="members_area.ensure_members_collection"
        )
        restrictions.connect()
        signals.connect()
