import re

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home import admin_views as home_admin_views
from home import views as home_views
from home.calendars import page_calendar
from home.middleware import shared_view
from home.search import search
from home.sitemaps import PublicPagesSitemap
from members_area import views as members_views
from members_area.accounts import views as account_views

urlpatterns = [
    # The admin's own login form is never used: allauth's login asks for the second factor.
    path("admin/login/", account_views.admin_login, name="admin_login_redirect"),
    path("admin/logout/", account_views.admin_logout, name="admin_logout"),  # GET never logs out halfway
    # Before the admin's own URLs: wagtail-localize's PO upload answers a missing or broken file with a server error.
    path(
        "admin/localize/translate/<int:translation_id>/pofile/upload/",
        home_admin_views.upload_pofile,
        name="localize_upload_pofile",
    ),
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's document view wrapped so private documents never answer conditionally.
    path("documents/<int:document_id>/<str:document_filename>", members_views.serve_document, name="wagtaildocs_serve"),
    path("documents/", include(wagtaildocs_urls)),
    path("health/", home_views.health, name="health"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    # Wagtail's sitemap view hands the request to the sitemap, so its URLs carry the request's host.
    path(
        "sitemap.xml",
        shared_view(3600)(sitemap),
        {"sitemaps": {"pages": PublicPagesSitemap}},
        name="sitemap",
    ),
]

# Images of restricted collections: originals and renditions, for those who may see them (docs/security.md, Media).
urlpatterns.append(re_path(r"^private-media/(?P<path>.+)$", home_views.private_media, name="private_media"))
if settings.ISCN_SERVE_MEDIA and settings.MEDIA_URL.startswith("/"):
    # Public files; never documents/ (served by the view above) nor private/. Switched off where the web server or
    # object storage serves MEDIA_URL.
    urlpatterns.append(
        re_path(rf"^{re.escape(settings.MEDIA_URL.lstrip('/'))}(?P<path>.+)$", home_views.public_media, name="media")
    )

# Everything a visitor reads carries its language in the path; "/" is redirected by LocaleMiddleware.
urlpatterns += i18n_patterns(
    path("accounts/profile/", include("members_area.urls")),  # before allauth's accounts/
    path("accounts/invitation/<uidb64>/<token>/", account_views.accept_invitation, name="accept_invitation"),
    path("accounts/second-factor/", account_views.second_factor_enrol, name="second_factor_enrol"),
    path("accounts/second-factor/<str:token>/", account_views.second_factor_enrol_link, name="second_factor_link"),
    path("accounts/", include("allauth.urls")),
    path("_util/login/", account_views.admin_login, name="frontend_login_redirect"),  # Wagtail's form, never used
    path("search/", search, name="search"),
    path("", include("members_area.event_urls")),  # event registration and members' private calendars
    re_path(r"^(?P<path>(?:[\w\-]+/)*)calendar\.ics$", page_calendar, name="page_calendar"),
    path("", include(wagtail_urls)),
)
