"""The demo outreach site: every page type in every language, real translations, and a loader safe to run twice."""

import xml.etree.ElementTree as ET
from urllib.parse import urlparse

from django.core.management import call_command

from wagtail.models import Page, Revision

import feedparser
import icalendar
import pytest

from home.models import (
    City,
    ContactPage,
    Country,
    EventPage,
    Menu,
    MenuItem,
    NewsPage,
    PartnerCountryPage,
    Topic,
    TopicPage,
)
from knowledge.models import GoodPracticePage, ProjectPage

pytestmark = pytest.mark.django_db

# One page of each type with a text that exists only in that language.
EXPECTED = {
    "topics/": {"en": "Key topics", "de": "Schwerpunktthemen", "es": "Temas clave", "pt": "Temas-chave"},
    "topics/digital-inclusion/": {
        "en": "What are suitable legal frameworks and strategies?",
        "de": "Was sind geeignete rechtliche Rahmenbedingungen und Strategien?",
        "es": "¿Cuáles son los marcos legales y las estrategias adecuados?",
        "pt": "Quais são os quadros legais e as estratégias adequados?",
    },
    "news/": {
        "en": "Network meeting in Stuttgart agrees",
        "de": "Netzwerktreffen in Stuttgart einigt",
        "es": "La reunión de la red en Stuttgart",
        "pt": "Reunião da rede em Estugarda",
    },
    "news/secretariat-starts-work/": {
        "en": "The network secretariat starts its work",
        "de": "Das Netzwerksekretariat nimmt seine Arbeit auf",
        "es": "La secretaría de la red comienza su trabajo",
        "pt": "A secretaria da rede inicia o seu trabalho",
    },
    "events/?archive=1": {
        "en": "ISCN network meeting India 2020",
        "de": "ISCN-Netzwerktreffen Indien 2020",
        "es": "Reunión de la red ISCN India 2020",
        "pt": "Reunião da rede ISCN Índia 2020",
    },
    "events/stuttgart-2019/": {
        "en": "Stuttgart, Germany",
        "de": "Stuttgart, Deutschland",
        "es": "Stuttgart, Alemania",
        "pt": "Estugarda, Alemanha",
    },
    "partners/": {"en": "Bhubaneswar", "de": "Indien", "es": "Perú", "pt": "Alemanha"},
    "partners/brazil/": {
        "en": "Hortolândia",
        "de": "Brasilien wirkt",
        "es": "Brasil participa",
        "pt": "O Brasil participa",
    },
    "contact/": {
        "en": "Write to the network secretariat",
        "de": "Schreiben Sie dem Netzwerksekretariat",
        "es": "Escriba a la secretaría",
        "pt": "Escreva à secretaria",
    },
}


def test_every_outreach_page_type_renders_translated_in_every_locale(client, demo_site):
    for path, texts in EXPECTED.items():
        for code, text in texts.items():
            response = client.get(f"/{code}/{path}")
            assert response.status_code == 200, f"/{code}/{path}"
            html = response.content.decode()
            assert f'<html lang="{code}"' in html
            assert text in html, f"/{code}/{path} lacks {text!r}"
            assert "has not been translated yet" not in html, f"/{code}/{path} is an untranslated copy"
    # Interface strings come from the de/es/pt catalogues.
    assert "Kommende Veranstaltungen" in client.get("/de/events/").content.decode()
    assert "Filtrar por tema" in client.get("/es/news/").content.decode()
    assert "Perguntas orientadoras" in client.get("/pt/topics/climate/").content.decode()
    assert "Pesquisa" in client.get("/pt/search/?q=dados").content.decode()
    # The secretariat's footer menu exists in every language and points to that language's pages.
    assert Menu.objects.filter(location="footer").count() == 4
    de_home = client.get("/de/").content.decode()
    assert 'href="/de/events/">Veranstaltungen</a>' in de_home
    assert 'href="/de/imprint/">Impressum</a>' in de_home
    assert 'href="/de/contact/">Kontakt</a></li><li><a href="/de/privacy/">' in de_home.replace("\n", "")


def test_demo_institution_names_are_translated_where_the_name_is(client, demo_site):
    ministry = {
        "en": "Federal Ministry of the Interior, Building and Community",
        "de": "Bundesministerium des Innern, für Bau und Heimat",
        "es": "Ministerio Federal del Interior, Obras Públicas y Comunidad",
        "pt": "Ministério Federal do Interior, da Construção e da Comunidade",
    }
    for code, name in ministry.items():
        html = client.get(f"/{code}/partners/germany/").content.decode()
        assert name in html and "Stadt Arnsberg" in html, code
    # A Brazilian bank keeps its own name on every translation; only the English page gives it in English.
    english = client.get("/en/partners/brazil/").content.decode()
    assert "National Bank for Economic and Social Development (BNDES)" in english
    for code in ("de", "es", "pt"):
        html = client.get(f"/{code}/partners/brazil/").content.decode()
        assert "Banco Nacional de Desenvolvimento Econômico e Social (BNDES)" in html, code
        assert "Municipalidad Provincial de Chiclayo" in client.get(f"/{code}/partners/peru/").content.decode()


def test_demo_feeds_calendars_and_sitemap_cover_every_locale(client, demo_site):
    for code in ("en", "de", "es", "pt"):
        feed = feedparser.parse(client.get(f"/{code}/news/feed/").content)
        assert len(feed.entries) == 6 and feed.feed.language == code
        calendar = icalendar.Calendar.from_ical(client.get(f"/{code}/events/calendar.ics").content)
        assert calendar.walk("VEVENT"), f"no upcoming demo event in {code}"
        past = icalendar.Calendar.from_ical(client.get(f"/{code}/events/stuttgart-2019/calendar.ics").content)
        assert past.walk("VEVENT")[0].decoded("dtstart").isoformat() == "2019-09-20T10:00:00+02:00"
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    root = ET.fromstring(client.get("/sitemap.xml").content)
    paths = {urlparse(url.find("s:loc", ns).text).path for url in root.findall("s:url", ns)}
    for code in ("en", "de", "es", "pt"):
        for path in (
            "topics/climate/",
            "news/next-meeting-india/",
            "events/brazil-2021/",
            "partners/peru/",
            "contact/",
        ):
            assert f"/{code}/{path}" in paths


def _state() -> dict:
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "latest": list(Revision.objects.order_by("-pk").values_list("pk", flat=True)[:1]),
        "topics": Topic.objects.count(),
        "countries": Country.objects.count(),
        "cities": City.objects.count(),
        "menus": Menu.objects.count(),
        "menu_items": MenuItem.objects.count(),
    }


def test_demo_outreach_content_is_complete_and_idempotent(demo_site, django_capture_on_commit_callbacks):
    # Four languages of: 4 topics, 6 news, 6 events, 6 partner countries, and the snippets.
    assert TopicPage.objects.count() == 16
    assert NewsPage.objects.count() == 24
    assert EventPage.objects.count() == 24
    assert PartnerCountryPage.objects.count() == 24
    assert ContactPage.objects.count() == 4
    assert Topic.objects.count() == 16 and Country.objects.count() == 24
    # Ten partner cities, and Stuttgart, host of the 2019 meeting in the members area.
    assert City.objects.count() == 11 and City.objects.filter(name="Stuttgart").exists()
    assert Topic.objects.get(slug="financing-operator-models", locale__language_code="de").name == (
        "Finanzierungs- und Betreibermodelle"
    )
    # The knowledge base's sample entries are translated three of each kind; the others are shown in English.
    aliases = Page.objects.filter(alias_of__isnull=False).not_type(GoodPracticePage, ProjectPage)
    assert not aliases.exists(), "every other demo page is a real translation"
    before = _state()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo_content", force=True, verbosity=0)
    assert _state() == before
