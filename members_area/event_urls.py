"""Event registration and members' private calendar feeds, mounted at the language root by cms/urls.py."""

from django.urls import path, re_path

from . import event_views

app_name = "members_events"

urlpatterns = [
    path("event-registration/<int:page_id>/", event_views.register, name="register"),
    path("event-registration/<int:page_id>/thanks/", event_views.registered, name="registered"),
    path("event-registration/cancel/<str:token>/", event_views.cancel, name="cancel"),
    re_path(r"^members-calendar/(?P<token>[\w\-]+)\.ics$", event_views.private_calendar, name="private_calendar"),
]
