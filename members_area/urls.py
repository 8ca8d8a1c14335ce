"""The member's own profile, mounted at /<lang>/accounts/profile/ by cms/urls.py."""

from django.urls import path

from . import event_views, views

app_name = "members_area"

urlpatterns = [
    path("", views.profile, name="profile"),
    path("edit/", views.profile_edit, name="profile_edit"),
    path("export/", views.profile_export, name="profile_export"),
    path("delete/", views.profile_delete, name="profile_delete"),
    path("calendar/", event_views.calendar_feed, name="calendar_feed"),
    path("members/<int:profile_id>/", views.profile_detail, name="profile_detail"),
    path("photo/<int:profile_id>/", views.profile_photo, name="profile_photo"),
]
