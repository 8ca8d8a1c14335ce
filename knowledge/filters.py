"""Facets of the three collections: django-filter parses and validates the query string, this module counts.

Facets filter on values that are the same in every locale (topic and financing-model slugs, ISO country codes, city
ids, status and language codes), so a translated page and an untranslated alias match alike. Within a facet the chosen
values are alternatives (OR); facets combine with each other and with the text query (AND). Each facet counts the
entries that match everything else, so a member sees what choosing one more value would give.

Good practices and projects are counted in the database, with a query count that depends on the number of active
facets, never on the number of entries: every facet without a choice of its own is counted from the fully filtered
list in one grouped query. The expert directory joins two models (member profiles and expert entries) and is small,
so it is read in a fixed number of queries and filtered in Python.

Unknown values in the query string are dropped (the valid ones still apply); an unknown sort falls back to the default.
The text query is a database filter (every word must appear in the entry's case-folded `search_text`), which keeps
facet counts, sort and pagination in the same SQL query on SQLite and PostgreSQL.
"""

from collections import Counter, defaultdict
from urllib.parse import urlencode

from django import forms
from django.core.paginator import Paginator
from django.db.models import CharField, Count, F, Prefetch, QuerySet, Value
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale

import django_filters
import django_filters.fields

from home import locales
from home.caching import SharedFacts
from home.models import City, Country, Topic
from knowledge.choices import Status
from knowledge.languages import LANGUAGE_CHOICES, codes_from_text, split_codes
from members_area.access import ROLE_MEMBERS
from members_area.models import MemberProfile

PAGE_SIZE = 20
# The facets that are a column of the entry (topics are a list of tags), with the column they count.
FACET_COLUMNS = {
    "country": "country__iso_code",
    "city": "city_id",
    "status": "status",
    "financing": "financing_model__slug",
    "language": "original_language",
}
MAX_QUERY_WORDS = 8


class LenientMultipleChoiceField(forms.MultipleChoiceField):
    """Keeps the valid values of a multiple choice and drops the others, so a stale or edited link still works."""

    def clean(self, value) -> list[str]:
        values = self.to_python(value)
        return list(dict.fromkeys(v for v in values if self.valid_value(v)))


class LenientMultipleChoiceFilter(django_filters.MultipleChoiceFilter):
    field_class = LenientMultipleChoiceField

    def __init__(self, *args, **kwargs) -> None:
        # Every facet filters on a column of the entry or through a subquery: no row can repeat, and a DISTINCT over
        # whole pages would only cost a sort of every matching entry.
        kwargs.setdefault("distinct", False)
        super().__init__(*args, **kwargs)


class CityIdField(LenientMultipleChoiceField):
    """City ids: any number is accepted (a city without entries simply matches nothing), so no list is read."""

    def valid_value(self, value) -> bool:
        return str(value).isdigit()


class CityIdFilter(LenientMultipleChoiceFilter):
    field_class = CityIdField


class LenientChoiceField(django_filters.fields.ChoiceField):
    """A single choice that falls back to empty (the default) when the value is unknown."""

    def clean(self, value) -> str:
        value = self.to_python(value)
        return value if self.valid_value(value) else ""


def words(text: str) -> list[str]:
    return [word for word in (text or "").split() if word][:MAX_QUERY_WORDS]


class EntryFilterSet(django_filters.FilterSet):
    """The facets shared by good practices and projects; choices come from the listing's locale."""

    tag_model = None

    q = django_filters.CharFilter(label=_("Search"), method="filter_text", max_length=200)
    topic = LenientMultipleChoiceFilter(label=_("Topic"), method="filter_topic")
    country = LenientMultipleChoiceFilter(label=_("Country"), field_name="country__iso_code")
    city = CityIdFilter(label=_("City"), field_name="city_id")
    status = LenientMultipleChoiceFilter(label=_("Status"), field_name="status")
    financing = LenientMultipleChoiceFilter(label=_("Financing model"), field_name="financing_model__slug")
    language = LenientMultipleChoiceFilter(
        label=_("Language of the original"), field_name="original_language", choices=LANGUAGE_CHOICES
    )
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"),
        method="filter_nothing",
        empty_label=None,
        choices=[("newest", _("Newest first")), ("title", _("Title")), ("country", _("Country")), ("city", _("City"))],
    )
    sort.field_class = LenientChoiceField

    ordering = {
        "newest": ["-first_published_at", "-pk"],
        "title": ["title", "pk"],
        "country": ["country__name", "title", "pk"],
        "city": ["city__name", "title", "pk"],
    }
    facet_names = ("topic", "country", "city", "status", "financing", "language")

    def __init__(self, data=None, *args, vocabulary: "Vocabulary", **kwargs) -> None:
        super().__init__(data, *args, **kwargs)
        self.vocabulary = vocabulary
        self.filters["topic"].extra["choices"] = vocabulary.topic_choices()
        self.filters["country"].extra["choices"] = vocabulary.country_choices()
        self.filters["status"].extra["choices"] = vocabulary.status_choices
        self.filters["financing"].extra["choices"] = vocabulary.financing_choices()

    def filter_text(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        """Every word in the entry's text fields or city name (kept case-folded in one column: see `search_text`)."""
        for word in words(value):
            queryset = queryset.filter(search_text__contains=word.casefold())
        return queryset

    def filter_topic(self, queryset: QuerySet, name: str, value: list[str]) -> QuerySet:
        tagged = self.tag_model.objects.filter(topic__slug__in=value).values("page_id")
        return queryset.filter(pk__in=tagged)

    def filter_nothing(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset


class GoodPracticeFilterSet(EntryFilterSet):
    """The good-practice compilation's facets."""


class ProjectFilterSet(EntryFilterSet):
    """The project database's facets."""


class ExpertFilterSet(django_filters.FilterSet):
    """The directory's facets; it is applied to plain rows (see ExpertListing), so the filters only validate."""

    q = django_filters.CharFilter(label=_("Search"), max_length=200)
    topic = LenientMultipleChoiceFilter(label=_("Expertise"))
    country = LenientMultipleChoiceFilter(label=_("Country"))
    city = CityIdFilter(label=_("City"))
    language = LenientMultipleChoiceFilter(label=_("Languages spoken"), choices=LANGUAGE_CHOICES)
    coaching = LenientMultipleChoiceFilter(
        label=_("Peer coaching"), choices=[("yes", _("Available for peer coaching"))]
    )
    kind = LenientMultipleChoiceFilter(label=_("Kind"), choices=[("member", _("Member")), ("expert", _("Expert"))])
    sort = django_filters.ChoiceFilter(
        label=_("Sort by"), empty_label=None, choices=[("name", _("Name")), ("country", _("Country"))]
    )
    sort.field_class = LenientChoiceField

    facet_names = ("topic", "country", "city", "language", "coaching", "kind")

    def __init__(self, data=None, *args, vocabulary: "Vocabulary", **kwargs) -> None:
        super().__init__(data, *args, **kwargs)
        self.vocabulary = vocabulary
        self.filters["topic"].extra["choices"] = vocabulary.topic_choices()
        self.filters["country"].extra["choices"] = vocabulary.country_choices()


# The taxonomy's names change when an editor edits a topic, country or financing model (knowledge.signals connects
# VOCABULARIES.forget to their changes).
VOCABULARIES = SharedFacts("vocabulary", 10 * 60)


class Vocabulary:
    """The locale's names for the facet values, read in one query (a union of the three lists) and kept in the
    cache until the taxonomy changes."""

    def __init__(self, locale: Locale | int, financing_model=None) -> None:
        self.cities: dict[str, str] = {}
        lists = {"topic": {}, "country": {}, "financing": {}}
        for kind, key, name in self.cached_rows(locale, financing_model):
            lists[kind][key] = name
        self.topics, self.countries, self.financing = lists["topic"], lists["country"], lists["financing"]
        self.status_choices = list(Status.choices)
        self.statuses = dict(Status.choices)
        self.languages = dict(LANGUAGE_CHOICES)

    @classmethod
    def cached_rows(cls, locale: Locale | int, financing_model=None) -> list[tuple[str, str, str]]:
        model = financing_model._meta.label if financing_model is not None else ""
        key = f"{getattr(locale, 'pk', locale)}:{model}"
        return VOCABULARIES.get(key, lambda: cls.rows(locale, financing_model))

    @staticmethod
    def rows(locale: Locale | int, financing_model=None) -> list[tuple[str, str, str]]:
        """(kind, value, name) of every topic, country and financing model of the locale, each list in its order."""

        def named(queryset: QuerySet, kind: str, key: str, order: str | int) -> QuerySet:
            order = F(order) if isinstance(order, str) else Value(order)
            return (
                queryset.filter(locale=locale)
                .annotate(kind=Value(kind), key=F(key), position=order)
                .values_list("kind", "key", "name", "position")
                .order_by()
            )

        lists = [named(Topic.objects, "topic", "slug", "sort_order"), named(Country.objects, "country", "iso_code", 0)]
        if financing_model is not None:
            lists.append(named(financing_model.objects, "financing", "slug", "sort_order"))
        union = lists[0].union(*lists[1:], all=True).order_by("kind", "position", "name")
        return [(kind, key, name) for kind, key, name, _position in union]

    def topic_choices(self) -> list[tuple[str, str]]:
        return list(self.topics.items())

    def country_choices(self) -> list[tuple[str, str]]:
        return list(self.countries.items())

    def city_names(self, ids: list[str]) -> dict[str, str]:
        return {str(pk): name for pk, name in City.objects.filter(pk__in=ids).values_list("pk", "name")}

    def financing_choices(self) -> list[tuple[str, str]]:
        return list(self.financing.items())


def facet_option_list(name, counts: Counter, labels: dict, chosen: list[str]) -> list[dict]:
    """The options of one facet: every value with entries, plus the chosen ones, in vocabulary order."""
    options = []
    for value, label in labels.items():
        if counts.get(value) or value in chosen:
            options.append({"value": value, "label": label, "count": counts.get(value, 0), "checked": value in chosen})
    return options


def querystring(data: dict, **changes) -> str:
    """The listing's query string with some parameters changed (None removes one); page links keep the filters."""
    params = {key: value for key, value in data.items() if value not in ("", [], None)}
    for key, value in changes.items():
        if value is None:
            params.pop(key, None)
        else:
            params[key] = value
    return urlencode(params, doseq=True)


class Listing:
    """One request's view of a collection: the filtered entries, their facets, a page of them, the export rows."""

    def __init__(self, index, queryset, data) -> None:
        self.collection = index.collection
        self.locale_id = index.locale_id
        self.vocabulary = Vocabulary(self.locale_id, index.financing_model)
        filterset_class, tag_model = index.filterset_class, index.tag_model
        # The directory's source is not a queryset: its filter set only validates the query string.
        base = queryset if isinstance(queryset, QuerySet) else MemberProfile.objects.none()
        self.filterset = filterset_class(data, queryset=base, vocabulary=self.vocabulary)
        self.filterset.tag_model = tag_model
        self.tag_model = tag_model
        self.queryset = queryset
        self.form = self.filterset.form
        self.form.is_valid()
        self.cleaned = dict(self.form.cleaned_data)
        self.data = {key: self.cleaned.get(key) for key in self.filterset.filters}

    # --- good practices and projects (database) ----------------------------------------------------------------------
    def apply(self, queryset: QuerySet, skip: str | None = None) -> QuerySet:
        for name, value in self.cleaned.items():
            if name in ("sort", skip) or value in ("", [], None):
                continue
            queryset = self.filterset.filters[name].filter(queryset, value)
        return queryset

    def entries(self) -> QuerySet:
        sort = self.cleaned.get("sort") or "newest"
        return self.apply(self.queryset).order_by(*self.filterset.ordering[sort])

    def page_facets(self) -> list[dict]:
        chosen = {name: self.cleaned.get(name) or [] for name in self.filterset.facet_names}
        counts: dict[str, Counter] = {name: Counter() for name in chosen}
        city_names: dict[str, str] = {}
        self.total = 0 if any(not chosen[name] for name in FACET_COLUMNS) else None
        for row in self.facet_rows(chosen):
            group = row.pop("group")
            if group == "all":
                # The group without a choice of its own applies every filter: its counts add up to the list's length.
                self.total += row["n"]
            for name in FACET_COLUMNS if group == "all" else [group]:
                value = row[name]
                if value is not None:
                    counts[name][str(value)] += row["n"]
            if row["city"] is not None and row["city_name"] is not None:
                city_names[str(row["city"])] = row["city_name"]
        missing = [value for value in chosen["city"] if value not in city_names]
        if missing:
            city_names.update(self.vocabulary.city_names(missing))
        labels = {
            "topic": self.vocabulary.topics,
            "country": self.vocabulary.countries,
            "city": dict(sorted(city_names.items(), key=lambda item: item[1])),
            "status": self.vocabulary.statuses,
            "financing": self.vocabulary.financing,
            "language": self.vocabulary.languages,
        }
        return [
            {
                "name": name,
                "legend": self.filterset.filters[name].label,
                "options": facet_option_list(name, counts[name], labels[name], chosen[name]),
            }
            for name in self.filterset.facet_names
        ]

    def facet_rows(self, chosen: dict[str, list]) -> list[dict]:
        """Every facet's counts in one query, a union of grouped counts with the same columns (facet name: value,
        plus "group", "city_name" and the count "n"):

        - group "all": every column facet without a choice of its own, over the fully filtered list;
        - one group per column facet with a choice: that facet over the list filtered by everything else;
        - group "topic": the topics (a page has several) over the list filtered by everything but the topic.
        """
        text = CharField()
        nothing = Value(None, output_field=text)
        names = [*FACET_COLUMNS, "city_name", "topic"]

        def grouped(queryset: QuerySet, group: str, columns: dict, count: Count) -> QuerySet:
            # Aliases of their own: an annotation may not take the name of a model field ("country", "topic").
            selected = {f"facet_{name}": columns.get(name, nothing) for name in names}
            return (
                queryset.order_by()
                .annotate(facet_group=Value(group, output_field=text), **selected)
                .values("facet_group", *selected)
                .annotate(n=count)
            )

        def counted(facets: list[str]) -> dict:
            columns = {name: Cast(FACET_COLUMNS[name], text) for name in facets}
            if "city" in facets:
                columns["city_name"] = F("city__name")
            return columns

        pages = self.apply(self.queryset, skip="topic").order_by().values("pk")
        tags = self.tag_model.objects.filter(page__in=pages)
        union = grouped(tags, "topic", {"topic": F("topic__slug")}, Count("page_id", distinct=True))
        free = [name for name in FACET_COLUMNS if not chosen[name]]
        groups = [grouped(self.apply(self.queryset), "all", counted(free), Count("pk"))] if free else []
        for name in FACET_COLUMNS:
            if chosen[name]:
                groups.append(grouped(self.apply(self.queryset, skip=name), name, counted([name]), Count("pk")))
        rows = union.union(*groups, all=True)
        return [
            {"group": row["facet_group"], "n": row["n"], **{name: row[f"facet_{name}"] for name in names}}
            for row in rows
        ]

    def decorate(self, entries) -> list:
        """Put the locale's names on the entries (aliases carry the source locale's tags)."""
        vocabulary = self.vocabulary
        for entry in entries:
            slugs = [tag.topic.slug for tag in entry.topic_tags.all()]
            entry.topic_labels = [vocabulary.topics.get(slug, slug) for slug in slugs]
            entry.topic_slugs = slugs
            entry.country_label = vocabulary.countries.get(entry.country.iso_code, "") if entry.country else ""
            entry.city_label = entry.city.name if entry.city else ""
            entry.status_label = vocabulary.statuses.get(entry.status, entry.status)
            entry.language_label = vocabulary.languages.get(entry.original_language, entry.original_language)
            entry.financing_label = (
                vocabulary.financing.get(entry.financing_model.slug, "") if entry.financing_model else ""
            )
        return entries

    def with_related(self, queryset: QuerySet) -> QuerySet:
        tags = self.tag_model.objects.select_related("topic").order_by("sort_order")
        return queryset.select_related("country", "city", "financing_model").prefetch_related(
            Prefetch("topic_tags", queryset=tags)
        )

    # --- expert directory (Python over a fixed number of queries) ----------------------------------------------------
    def people(self) -> list[dict]:
        """Member profiles and expert entries as rows of one shape."""
        if not hasattr(self, "_people"):
            vocabulary = self.vocabulary
            self._people = self.queryset.rows(self.locale_id)
            for person in self._people:
                person["country_label"] = vocabulary.countries.get(person["country"], "")
                person["topic_labels"] = [vocabulary.topics.get(slug, slug) for slug in person["topics"]]
                person["language_labels"] = [vocabulary.languages[code] for code in person["languages"]]
        return self._people

    def person_matches(self, person: dict, skip: str | None = None) -> bool:
        c = self.cleaned
        checks = {
            "topic": lambda v: bool(set(v) & set(person["topics"])),
            "country": lambda v: person["country"] in v,
            "city": lambda v: person["city_id"] in v,
            "language": lambda v: bool(set(v) & set(person["languages"])),
            "coaching": lambda v: person["coaching"],
            "kind": lambda v: person["kind"] in v,
        }
        for name, check in checks.items():
            if name != skip and c.get(name) and not check(c[name]):
                return False
        for word in words(c.get("q") or ""):
            if word.casefold() not in person["text"]:
                return False
        return True

    def people_entries(self) -> list[dict]:
        people = [p for p in self.people() if self.person_matches(p)]
        if (self.cleaned.get("sort") or "name") == "country":
            people.sort(key=lambda p: (p["country_label"], p["sort_name"]))
        else:
            people.sort(key=lambda p: p["sort_name"])
        return people

    def people_facets(self) -> list[dict]:
        facets = []
        city_names = {p["city_id"]: p["city_label"] for p in self.people() if p["city_id"]}
        labels = {
            "topic": self.vocabulary.topics,
            "country": self.vocabulary.countries,
            "city": dict(sorted(city_names.items(), key=lambda item: item[1])),
            "language": self.vocabulary.languages,
            "coaching": {"yes": _("Available for peer coaching")},
            "kind": {"member": _("Member"), "expert": _("Expert")},
        }
        for name in self.filterset.facet_names:
            counts: Counter = Counter()
            for person in self.people():
                if not self.person_matches(person, skip=name):
                    continue
                values = {
                    "topic": person["topics"],
                    "country": [person["country"]],
                    "city": [person["city_id"]],
                    "language": person["languages"],
                    "coaching": ["yes"] if person["coaching"] else [],
                    "kind": [person["kind"]],
                }[name]
                counts.update(v for v in set(values) if v)
            chosen = self.cleaned.get(name) or []
            facets.append(
                {
                    "name": name,
                    "legend": self.filterset.filters[name].label,
                    "options": facet_option_list(name, counts, labels[name], chosen),
                }
            )
        return facets

    # --- shared ------------------------------------------------------------------------------------------------------
    def all_entries(self) -> list:
        """Every entry of the filtered list, for the exports."""
        if self.collection == "experts":
            return self.people_entries()
        return self.decorate(list(self.with_related(self.entries())))

    def context(self, page_number: str | None) -> dict:
        if self.collection == "experts":
            paginator = Paginator(self.people_entries(), PAGE_SIZE)
            facets = self.people_facets()
        else:
            facets = self.page_facets()
            paginator = Paginator(self.with_related(self.entries()), PAGE_SIZE)
            if self.total is not None:
                paginator.count = self.total  # known from the facet counts: saves the COUNT query
        items = paginator.get_page(page_number)
        if self.collection != "experts":
            self.decorate(items.object_list)
        return {
            "filter_form": self.form,
            "facets": facets,
            "items": items,
            "result_count": paginator.count,
            "query_text": self.cleaned.get("q") or "",
            "sort_options": [
                {"value": value, "label": label, "selected": value == (self.cleaned.get("sort") or "")}
                for value, label in self.filterset.filters["sort"].extra["choices"]
            ],
            "filter_query": querystring(self.data, page=None),
            "export_query": querystring(self.data, page=None, sort=self.cleaned.get("sort") or None),
        }


class People:
    """The expert directory's source: member profiles and expert entries, read in three queries."""

    def __init__(self, expert_model, expert_topic_model) -> None:
        self.expert_model, self.expert_topic_model = expert_model, expert_topic_model

    def rows(self, locale: Locale | int) -> list[dict]:
        Expert, ExpertTopic = self.expert_model, self.expert_topic_model
        locale_id = getattr(locale, "pk", locale)
        default_id = locales.default_locale().pk
        # The entries in the default locale, which carry the facts, and their translations in this one.
        experts, translated = [], {}
        for expert in Expert.objects.filter(locale_id__in={default_id, locale_id}).select_related("country", "city"):
            if expert.locale_id == default_id:
                experts.append(expert)
            if expert.locale_id == locale_id:
                translated[expert.translation_key] = expert
        profiles = list(
            MemberProfile.objects.filter(user__is_active=True, user__groups__name=ROLE_MEMBERS)
            .select_related("user", "country", "city")
            .distinct()
        )
        # Both kinds' topics in one query: the experts' tags and the members' fields of expertise.
        expert_topics = ExpertTopic.objects.filter(expert__locale_id=default_id).annotate(
            kind=Value("expert", output_field=CharField()),
            person=F("expert_id"),
            slug=F("topic__slug"),
            position=F("sort_order"),
        )
        member_topics = MemberProfile.expertise.through.objects.filter(memberprofile__user__is_active=True).annotate(
            kind=Value("member", output_field=CharField()),
            person=F("memberprofile_id"),
            slug=F("topic__slug"),
            position=F("id"),
        )
        topics = defaultdict(list)
        union = (
            expert_topics.values_list("kind", "person", "slug", "position")
            .order_by()
            .union(member_topics.values_list("kind", "person", "slug", "position").order_by(), all=True)
        )
        for kind, person_id, slug, _position in union.order_by("kind", "person", "position"):
            topics[kind, person_id].append(slug)
        rows = []
        for expert in experts:
            shown = translated.get(expert.translation_key, expert)
            rows.append(person_row("expert", expert, shown, topics["expert", expert.pk], split_codes(expert.languages)))
        for profile in profiles:
            rows.append(
                person_row("member", profile, profile, topics["member", profile.pk], codes_from_text(profile.languages))
            )
        return rows


def person_row(kind: str, person, shown, topics: list[str], languages: list[str]) -> dict:
    name = person.display_name
    position = getattr(shown, "position", "")
    bio = shown.bio
    return {
        "kind": kind,
        "object": person,
        "pk": person.pk,
        "name": name,
        "sort_name": name.casefold(),
        "position": position,
        "institution": person.institution,
        "bio": bio,
        "country": person.country.iso_code if person.country else "",
        "country_label": "",
        "city_id": str(person.city_id) if person.city_id else "",
        "city_label": person.city.name if person.city else "",
        "topics": list(dict.fromkeys(topics)),
        "languages": languages,
        "coaching": person.available_for_peer_coaching,
        "text": " ".join([name, position, person.institution, bio, person.city.name if person.city else ""]).casefold(),
    }
