"""Template tags of the members area: URLs of members-only images."""

from django import template
from django.urls import reverse

register = template.Library()


@register.simple_tag
def member_image_url(image, filter_spec: str = "max-800x800") -> str:
    """URL of an image from a restricted collection, served by the members-only view (never a public rendition)."""
    if image is None:
        return ""
    return reverse("members_area:member_image", args=[image.pk, filter_spec])
