"""Prepare the browser tests' server database, a copy of the demo: point the site at the server, add the accounts the
journeys log in with.

Run as `python -m tests.browser.server_setup` in the server's environment (see `demo_server` in conftest.py).
Prints what the journeys need to know about the database as one line of JSON.
"""

import json
import os
import sys

import django

# The journeys' accounts. Every one has the factories' password.
MEMBER = "browser-member"  # logs in and out from a public page
EDITOR = "browser-editor"  # Secretariat, with a second factor
JOURNEY_MEMBER = "journey-member"  # fills in the profile
JOURNEY_EDITOR = "journey-editor"  # Secretariat, with a second factor: publishes a news item in two languages
FORMATS_MEMBER = "formats-member"  # answers the survey, asks for peer coaching, posts in a working room
KNOWLEDGE_MEMBER = "knowledge-member"  # filters, exports and proposes good practices


def main() -> None:
    django.setup()
    # Model imports need the app registry that django.setup() has just filled.
    from django.contrib.auth.models import Group

    from wagtail.models import Locale, Site

    from allauth.mfa.totp.internal.auth import TOTP

    from home.models import Country
    from members_area.accounts.roles import ROLE_MEMBERS, ROLE_SECRETARIAT
    from tests.factories import UserFactory

    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "127.0.0.1", int(os.environ["ISCN_BROWSER_PORT"])
    site.save()

    members = Group.objects.get(name=ROLE_MEMBERS)
    UserFactory(username=MEMBER, first_name="Bea").groups.add(members)
    UserFactory(username=JOURNEY_MEMBER, first_name="Joana", last_name="Silva").groups.add(members)
    UserFactory(username=FORMATS_MEMBER, first_name="Ana", last_name="Costa").groups.add(members)
    UserFactory(username=KNOWLEDGE_MEMBER, first_name="Karin", last_name="Weber").groups.add(members)
    editor = UserFactory(username=EDITOR, is_staff=True)
    editor.groups.add(Group.objects.get(name=ROLE_SECRETARIAT))
    TOTP.activate(editor, os.environ["ISCN_BROWSER_TOTP_SECRET"])
    journey_editor = UserFactory(username=JOURNEY_EDITOR, is_staff=True)
    journey_editor.groups.add(Group.objects.get(name=ROLE_SECRETARIAT))
    TOTP.activate(journey_editor, os.environ["ISCN_BROWSER_TOTP_SECRET"])
    country, _created = Country.objects.get_or_create(
        iso_code="BR", locale=Locale.get_default(), defaults={"name": "Brazil"}
    )

    facts = {"home_id": site.root_page_id, "country": country.name}
    sys.stdout.write(json.dumps(facts) + "\n")


if __name__ == "__main__":
    main()
