"""Tags for the admin templates we extend: the page editor's header shows "Translate this page" as a button."""

from django import template

from home.translation_buttons import translate_header_buttons

register = template.Library()


@register.simple_tag
def page_translate_buttons(page, user) -> list:
    return translate_header_buttons(page, user)
