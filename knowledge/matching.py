"""Who can help, and why: experts, members and good practices ranked against a need, each with its reasons.

A need is what someone is looking for: topics, a financing model, languages and a country. A candidate earns points for
each shared topic (3), the same financing model (2), each shared language (1) and the same country (1); only
candidates sharing a topic or the financing model are suggested, since a shared language alone helps nobody. Ties are
broken by name and then by id, so the same data always gives the same list. Topics, countries and financing models are
compared by translation key, so a German project finds an expert tagged with the English topic.

Candidates are read in a fixed number of queries whatever their number: one per kind of candidate and one per kind of
tag, plus the country names. The page models are looked up through the app registry because the page models
themselves call this module.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from uuid import UUID

from django.apps import apps
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


def people(locale: Locale, exclude_user_id: int | None = None) -> list[Candidate]:
    """Expert entries and active members, in four queries plus one to find the expert directory."""
    Expert = apps.get_model("knowledge", "Expert")
    ExpertTopic = apps.get_model("knowledge", "ExpertTopic")
    ExpertDirectoryPage = apps.get_model("knowledge", "ExpertDirectoryPage")
    directory = ExpertDirectoryPage.objects.live().filter(locale=locale).first()
    names = country_names(locale)
    candidates = []
    experts = Expert.objects.filter(locale=Locale.get_default()).select_related("country")
    expertise = defaultdict(set)
    for expert_id, key in ExpertTopic.objects.filter(expert__locale=Locale.get_default()).values_list(
        "expert_id", "topic__translation_key"
    ):
        expertise[expert_id].add(key)
    for expert in experts:
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
    for profile in profiles:
        candidates.append(
            Candidate(
                kind=KIND_MEMBER,
                pk=profile.pk,
                name=profile.display_name,
                url=reverse("members_area:profile_detail", args=[profile.pk]),
                topics=topics[profile.pk],
                languages=codes_from_text(profile.languages),
                **country_of(profile, names),
            )
        )
    return candidates


def practices(locale: Locale, user, exclude_page_key: UUID | None = None) -> list[Candidate]:
    """The live good practices of one language that this user may see, in two queries."""
    GoodPracticePage = apps.get_model("knowledge", "GoodPracticePage")
    GoodPracticePageTopic = apps.get_model("knowledge", "GoodPracticePageTopic")
    names = country_names(locale)
    pages = visible_pages(user, GoodPracticePage.objects.live().filter(locale=locale))
    pages = list(pages.exclude(translation_key=exclude_page_key).select_related("country", "financing_model"))
    topics = defaultdict(set)
    for page_id, key in GoodPracticePageTopic.objects.filter(page__in=[p.pk for p in pages]).values_list(
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
        for page in pages
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
    return {
        "people": rank(need, people(locale, need.exclude_user_id), PEOPLE_LIMIT),
        "practices": rank(need, practices(locale, user, need.exclude_page_key), PRACTICE_LIMIT),
    }
