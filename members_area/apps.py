from django.apps import AppConfig
from django.db.models.signals import post_migrate
from django.utils.translation import gettext_lazy as _


class MembersAreaConfig(AppConfig):
    name = "members_area"
    verbose_name = _("Members area")

    def ready(self) -> None:
        from .roles import sync_role_permissions

        # Models added by later migrations get their permissions only after migrate; keep the roles in step then.
        post_migrate.connect(sync_role_permissions, dispatch_uid="members_area.sync_role_permissions")
        from . import security  # noqa: F401  (issue 4: connects the session and password-change receivers)
