"""Who can help, and why: experts, members and good practices ranked against a need, each with its reasons.

A need is what someone is looking for: topics, a financing model, languages and a country. A candidate earns points for
each shared topic (3), the same financing model (2), each shared language (1) and the same country (1); only
candidates sharing a topic or the financing model are suggested, since a shared language alone helps nobody. Ties are
broken by name and then by id, so the same data always gives the same list. Topics, countries and financing models are
compared by translation key, so a German project finds an expert tagged with the English topic.

Candidates are read in a fixed number of queries whatever their number: experts and practices are scored and
ranked in the database, so only the best few are read; member profiles (a few per country) are read and scored here.
The page models are looked up through the app registry because the page models themselves call this module.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from uuid import UUID

from django.apps import apps
from django.db.models import Case, Count, F, IntegerField, Max, Q, QuerySet, Value, When
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.text import format_lazy
from django.utils.translation import gettext, ngettext

from wagtail.models import Locale

from home.models import Country
from home.visibility import visible_pages
from knowledge.languages import LANGUAGE_CHOICES, codes_from_text, split_codes
from members_area.accounts.roles import ROLE_MEMBERS
from members_area.models import MemberProfile

TOPIC_POINTS = 3
FINANCING_POINTS = 2
LANGUAGE_POINTS = 1
COUNTRY_POINTS = 1
PEOPLE_LIMIT = 5
PRACTICE_LIMIT = 3

KIND_MEMBER = "member"
KIND_EXPERT = "expert"
KIND_PRACTICE = "practice"


@dataclass(frozen=True)
class Need:
    """What help is sought for; keys are translation keys, languages ISO 639-1 codes."""

    topics: frozenset[UUID] = frozenset()
    financing: UUID | None = None
    languages: frozenset[str] = frozenset()
    country: UUID | None = None
    exclude_user_id: int | None = None
    exclude_page_key: UUID | None = None


@dataclass
class Candidate:
    kind: str
    pk: int
    name: str
    url: str
    topics: set = field(default_factory=set)
    financing: UUID | None = None
    languages: list[str] = field(default_factory=list)
    country: UUID | None = None
    country_name: str = ""
    page: object = None  # a practice's page, whose URL is worked out only when it is suggested


@dataclass
class Match:
    """A suggestion with its score and the facts that earned it; `reason` words them in the active language."""

    candidate: Candidate
    score: int
    shared_topics: int
    same_financing: bool
    shared_languages: list[str]
    same_country: bool

    @property
    def name(self) -> str:
        return self.candidate.name

    @property
    def url(self) -> str:
        return self.candidate.url or (self.candidate.page.url if self.candidate.page is not None else "")

    @property
    def kind(self) -> str:
        return self.candidate.kind

    @property
    def reason(self) -> str:
        parts = []
        if self.shared_topics:
            parts.append(
                ngettext("%(count)d shared topic", "%(count)d shared topics", self.shared_topics)
                % {"count": self.shared_topics}
            )
        if self.same_financing:
            parts.append(gettext("same financing model"))
        if self.shared_languages:
            names = dict(LANGUAGE_CHOICES)
            languages = ", ".join(str(names[code]) for code in self.shared_languages)
            if self.kind == KIND_PRACTICE:
                parts.append(gettext("documented in %(languages)s") % {"languages": languages})
            else:
                parts.append(gettext("speaks %(languages)s") % {"languages": languages})
        if self.same_country:
            parts.append(gettext("also in %(country)s") % {"country": self.candidate.country_name})
        return "; ".join(parts)

    def __str__(self) -> str:
        return format_lazy("{}: {}", self.name, self.reason)


def score(need: Need, candidate: Candidate) -> Match | None:
    shared_topics = len(need.topics & candidate.topics)
    same_financing = need.financing is not None and need.financing == candidate.financing
    if not (shared_topics or same_financing):
        return None
    shared_languages = [code for code in candidate.languages if code in need.languages]
    same_country = need.country is not None and need.country == candidate.country
    points = (
        TOPIC_POINTS * shared_topics
        + FINANCING_POINTS * same_financing
        + LANGUAGE_POINTS * len(shared_languages)
        + COUNTRY_POINTS * same_country
    )
    return Match(candidate, points, shared_topics, same_financing, shared_languages, same_country)


def rank(need: Need, candidates: list[Candidate], limit: int) -> list[Match]:
    """The best `limit` matches: highest score first, then by name (case-insensitive), kind and id."""
    matches = [match for match in (score(need, candidate) for candidate in candidates) if match]
    matches.sort(key=lambda m: (-m.score, m.candidate.name.casefold(), m.candidate.kind, m.candidate.pk))
    return matches[:limit]


# Needs


def need_for_entry(page, viewer=None) -> Need:
    """What a project (or practice) needs: its topics, financing model, country and original language, plus the
    languages the viewer speaks (they will make the call)."""
    topics = frozenset(tag.topic.translation_key for tag in page.topic_tags.select_related("topic"))
    languages = {page.original_language}
    profile = member_profile(viewer)
    if profile is not None:
        languages |= set(codes_from_text(profile.languages))
    return Need(
        topics=topics,
        financing=page.financing_model.translation_key if page.financing_model_id else None,
        languages=frozenset(languages),
        country=page.country.translation_key if page.country_id else None,
        exclude_user_id=getattr(viewer, "pk", None),
        exclude_page_key=page.translation_key,
    )


def need_for_member(user) -> Need:
    """What a member works on, from their profile: their expertise topics, languages and country."""
    profile = member_profile(user)
    if profile is None:
        return Need(exclude_user_id=user.pk)
    return Need(
        topics=frozenset(profile.expertise.values_list("translation_key", flat=True)),
        languages=frozenset(codes_from_text(profile.languages)),
        country=profile.country.translation_key if profile.country_id else None,
        exclude_user_id=user.pk,
    )


def need_for_coaching(coaching) -> Need:
    """A peer-coaching request: its topic, the languages it may be held in and the requester's country."""
    profile = member_profile(coaching.requester)
    return Need(
        topics=frozenset([coaching.topic.translation_key]) if coaching.topic_id else frozenset(),
        languages=frozenset(codes_from_text(coaching.languages) + split_codes(coaching.languages)),
        country=profile.country.translation_key if profile and profile.country_id else None,
        exclude_user_id=coaching.requester_id,
    )


def member_profile(user) -> MemberProfile | None:
    if user is None or not user.is_authenticated:
        return None
    return MemberProfile.objects.filter(user=user).select_related("country").first()


# Candidates
#
# Experts and good practices can be counted in thousands: the database scores them with the same points as `score`
# and returns the best `limit`, which are then read in full and scored again here for their reasons. Member profiles
# (a few per partner country) are scored here, since their languages are free text.


def topic_points(relation: str, need: Need) -> Count:
    """TOPIC_POINTS times the number of the need's topics found through `relation` (a tag relation)."""
    shared = Q(**{f"{relation}__topic__translation_key__in": need.topics})
    return Count(f"{relation}__topic__translation_key", filter=shared, distinct=True) * TOPIC_POINTS


def when(condition: Q, points: int) -> Case:
    return Case(When(condition, then=Value(points)), default=Value(0), output_field=IntegerField())


def best(queryset: QuerySet, need: Need, language_points, name_field: str, limit: int) -> list[int]:
    """Ids of the `limit` best-scored rows of `queryset` that share a topic or the financing model.

    Every part of the score is an aggregate over the row's tags (Max of a per-row value), so the rows are grouped by
    their id alone and the test "shares a topic or the financing model" is one HAVING clause.
    """
    financing = Q(pk__in=[])
    if need.financing and hasattr(queryset.model, "financing_model"):
        financing = Q(financing_model__translation_key=need.financing)
    country = Q(country__translation_key=need.country) if need.country else Q(pk__in=[])
    queryset = queryset.annotate(
        shared_points=topic_points("topic_tags", need),
        financing_points=Max(when(financing, FINANCING_POINTS)),
        other_points=Max(language_points + when(country, COUNTRY_POINTS)),
    ).filter(Q(shared_points__gt=0) | Q(financing_points__gt=0))
    queryset = queryset.annotate(points=F("shared_points") + F("financing_points") + F("other_points"))
    ordered = queryset.order_by("-points", Lower(name_field), "pk")
    return list(ordered.values_list("pk", flat=True)[:limit])


def experts(locale: Locale, need: Need, limit: int, names: dict[UUID, str]) -> list[Candidate]:
    """The best `limit` expert entries for the need (experts are kept in the default language)."""
    Expert = apps.get_model("knowledge", "Expert")
    ExpertTopic = apps.get_model("knowledge", "ExpertTopic")
    ExpertDirectoryPage = apps.get_model("knowledge", "ExpertDirectoryPage")
    if not need.topics:
        return []
    default = Locale.get_default()
    # Language codes are stored as "en,es,pt": two-letter codes joined by commas cannot overlap.
    languages = sum((when(Q(languages__contains=code), LANGUAGE_POINTS) for code in sorted(need.languages)), Value(0))
    ids = best(Expert.objects.filter(locale=default), need, languages, "name", limit)
    if not ids:
        return []
    directory = ExpertDirectoryPage.objects.live().filter(locale=locale).first()
    expertise = defaultdict(set)
    for expert_id, key in ExpertTopic.objects.filter(expert_id__in=ids).values_list(
        "expert_id", "topic__translation_key"
    ):
        expertise[expert_id].add(key)
    candidates = []
    for expert in Expert.objects.filter(pk__in=ids).select_related("country"):
        url = ""
        if directory is not None:
            url = directory.url + directory.reverse_subpage("expert", kwargs={"expert_id": expert.pk})
        candidates.append(
            Candidate(
                kind=KIND_EXPERT,
                pk=expert.pk,
                name=expert.name,
                url=url,
                topics=expertise[expert.pk],
                languages=split_codes(expert.languages),
                **country_of(expert, names),
            )
        )
    return candidates


def members(names: dict[UUID, str], exclude_user_id: int | None = None) -> list[Candidate]:
    """Every active member's profile, in two queries."""
    profiles = (
        MemberProfile.objects.filter(user__is_active=True, user__groups__name=ROLE_MEMBERS)
        .exclude(user_id=exclude_user_id)
        .select_related("user", "country")
        .distinct()
    )
    profiles = list(profiles)
    topics = defaultdict(set)
    through = MemberProfile.expertise.through
    for profile_id, key in through.objects.filter(memberprofile__in=[p.pk for p in profiles]).values_list(
        "memberprofile_id", "topic__translation_key"
    ):
        topics[profile_id].add(key)
    return [
        Candidate(
            kind=KIND_MEMBER,
            pk=profile.pk,
            name=profile.display_name,
            url=reverse("members_area:profile_detail", args=[profile.pk]),
            topics=topics[profile.pk],
            languages=codes_from_text(profile.languages),
            **country_of(profile, names),
        )
        for profile in profiles
    ]


def people(locale: Locale, need: Need, limit: int = PEOPLE_LIMIT, names: dict | None = None) -> list[Candidate]:
    """Candidates among members and experts: every member, and the experts that can be among the best `limit`."""
    names = country_names(locale) if names is None else names
    return experts(locale, need, limit, names) + members(names, need.exclude_user_id)


def practices(
    locale: Locale, user, need: Need, limit: int = PRACTICE_LIMIT, names: dict | None = None
) -> list[Candidate]:
    """The best `limit` live good practices of one language that this user may see."""
    GoodPracticePage = apps.get_model("knowledge", "GoodPracticePage")
    GoodPracticePageTopic = apps.get_model("knowledge", "GoodPracticePageTopic")
    if not (need.topics or need.financing):
        return []
    pages = visible_pages(user, GoodPracticePage.objects.live().filter(locale=locale))
    pages = pages.exclude(translation_key=need.exclude_page_key)
    languages = when(Q(original_language__in=need.languages), LANGUAGE_POINTS)
    ids = best(pages, need, languages, "title", limit)
    if not ids:
        return []
    names = country_names(locale) if names is None else names
    topics = defaultdict(set)
    for page_id, key in GoodPracticePageTopic.objects.filter(page_id__in=ids).values_list(
        "page_id", "topic__translation_key"
    ):
        topics[page_id].add(key)
    return [
        Candidate(
            kind=KIND_PRACTICE,
            pk=page.pk,
            name=page.title,
            url="",
            page=page,
            topics=topics[page.pk],
            financing=page.financing_model.translation_key if page.financing_model_id else None,
            languages=[page.original_language],
            **country_of(page, names),
        )
        for page in GoodPracticePage.objects.filter(pk__in=ids).select_related("country", "financing_model")
    ]


def country_names(locale: Locale) -> dict[UUID, str]:
    """Every country's name in this language, by translation key (one query)."""
    return dict(Country.objects.filter(locale=locale).values_list("translation_key", "name"))


def country_of(item, names: dict[UUID, str]) -> dict:
    country = item.country
    if country is None:
        return {"country": None, "country_name": ""}
    return {"country": country.translation_key, "country_name": names.get(country.translation_key, country.name)}


# What the pages and hooks ask for


def who_can_help(need: Need, locale: Locale, user) -> dict[str, list[Match]]:
    """People and practices for a need, best first."""
    names = country_names(locale)
    return {
        "people": rank(need, people(locale, need, PEOPLE_LIMIT, names), PEOPLE_LIMIT),
        "practices": rank(need, practices(locale, user, need, PRACTICE_LIMIT, names), PRACTICE_LIMIT),
    }
