"""A member's profile (one per account) and their requests to delete their data, with the network's quotas."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

from members_area.storage import MemberPhotoField

# Seed document, "Participation": each country assigns 1-2 national and 2-3 municipal representatives.
LEVEL_NATIONAL = "national"
LEVEL_MUNICIPAL = "municipal"
REPRESENTATIVES = {
    LEVEL_NATIONAL: {"min": 1, "max": 2},
    LEVEL_MUNICIPAL: {"min": 2, "max": 3},
}


# One sentence per level, so each language can word it properly.
QUOTA_MESSAGES = {
    LEVEL_NATIONAL: _(
        "%(country)s already has %(max)d national representatives, the most the network allows. "
        "Deactivate one of them or register this member at the municipal level."
    ),
    LEVEL_MUNICIPAL: _(
        "%(country)s already has %(max)d municipal representatives, the most the network allows. "
        "Deactivate one of them or register this member at the national level."
    ),
}


class MemberProfile(models.Model):
    """What a member tells the network about themselves; other members read it, the public never does."""

    class Level(models.TextChoices):
        NATIONAL = LEVEL_NATIONAL, _("National")
        MUNICIPAL = LEVEL_MUNICIPAL, _("Municipal")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("account"), on_delete=models.CASCADE, related_name="member_profile"
    )
    # null=True: a profile row can exist (e.g. for login tracking) before the secretariat assigns the country;
    # forms still require it.
    country = models.ForeignKey(
        "home.Country",
        verbose_name=_("country"),
        null=True,
        on_delete=models.PROTECT,
        related_name="member_profiles",
        help_text=_("The partner country this member represents."),
    )
    city = models.ForeignKey(
        "home.City",
        verbose_name=_("city"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="member_profiles",
        help_text=_("For municipal representatives: the city or municipality."),
    )
    institution = models.CharField(_("institution"), max_length=200, blank=True)
    level = models.CharField(_("level"), max_length=20, choices=Level.choices, default=Level.MUNICIPAL)
    expertise = models.ManyToManyField(
        "home.Topic", verbose_name=_("expertise"), blank=True, related_name="member_profiles"
    )
    languages = models.CharField(
        _("languages spoken"), max_length=200, blank=True, help_text=_("For example: Portuguese, English, Spanish.")
    )
    bio = models.TextField(_("about me"), max_length=2000, blank=True)
    photo = MemberPhotoField(
        _("photo"),
        upload_to="member-photos/",
        blank=True,
        help_text=_("Shown to other members only. JPEG, PNG or WebP, at most 2 MB."),
    )
    contact_email = models.EmailField(_("contact email"), blank=True)
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    contact_visible = models.BooleanField(
        _("contact details visible to other members"),
        default=False,
        help_text=_("When off, only the secretariat sees your email address and phone number."),
    )
    available_for_peer_coaching = models.BooleanField(_("available for peer coaching"), default=False)
    language = models.CharField(
        _("language for emails"),
        max_length=10,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The monthly digest and notifications are written in this language."),
    )
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    # The dashboard shows what is new since the login before the current one.
    latest_login = models.DateTimeField(_("latest login"), null=True, blank=True, editable=False)
    previous_login = models.DateTimeField(_("previous login"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("member profile")
        verbose_name_plural = _("member profiles")
        ordering = ["user__last_name", "user__first_name"]

    def __str__(self) -> str:
        return self.user.get_full_name() or self.user.get_username()

    def clean(self) -> None:
        super().clean()
        if self.country_id is None:
            raise ValidationError({"country": _("Choose the partner country this member represents.")})
        if self.city_id and self.city.country.translation_key != self.country.translation_key:
            raise ValidationError({"city": _("This city is not in the chosen country.")})
        maximum = REPRESENTATIVES[self.level]["max"]
        if self.user_id is not None and not self.user.is_active:
            return  # a deactivated member's profile does not take a seat
        if representatives(self.country, self.level).exclude(pk=self.pk).count() >= maximum:
            raise ValidationError(
                {"level": QUOTA_MESSAGES[self.level] % {"country": self.country.localized, "max": maximum}}
            )

    @property
    def display_name(self) -> str:
        return str(self)

    def contact_for(self, viewer) -> dict[str, str] | None:
        """The contact details this viewer may see: the member's own choice decides, except for themselves."""
        if not (self.contact_visible or viewer.pk == self.user_id):
            return None
        return {"email": self.contact_email or self.user.email, "phone": self.phone}


def representatives(country, level: str) -> models.QuerySet:
    """Active members' profiles for a country (any of its translations) at one level."""
    return MemberProfile.objects.filter(
        country__translation_key=country.translation_key, level=level, user__is_active=True
    )


class DeletionRequest(models.Model):
    """A member asked for their account and data to be erased; the secretariat carries it out and marks it done."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="deletion_requests",
    )
    username = models.CharField(_("username"), max_length=150, help_text=_("Kept after the account is deleted."))
    email = models.EmailField(_("email address"), blank=True)
    reason = models.TextField(_("reason"), max_length=1000, blank=True)
    requested_at = models.DateTimeField(_("requested"), auto_now_add=True)
    completed_at = models.DateTimeField(
        _("completed"), null=True, blank=True, help_text=_("Set when the data has been erased.")
    )

    class Meta:
        verbose_name = _("deletion request")
        verbose_name_plural = _("deletion requests")
        ordering = ["-requested_at"]

    def __str__(self) -> str:
        return self.username
