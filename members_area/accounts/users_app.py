"""wagtail.users with the accounts' user editor (admin_users.py), listed in INSTALLED_APPS instead of "wagtail.users".

A module of its own: app configs are imported before the app registry is ready, the user editor's views after.
"""

from wagtail.users.apps import WagtailUsersAppConfig


class UsersAppConfig(WagtailUsersAppConfig):
    """Only superusers grant administrator rights or edit administrators and staff."""

    user_viewset = "members_area.accounts.admin_users.AccountViewSet"
