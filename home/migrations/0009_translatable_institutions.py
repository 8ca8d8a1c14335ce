"""The institutions of a partner country page become translatable inline children.

Every existing row takes its page's locale, and the same institution on every translation of a page (the rows at the
same position, which wagtail-localize had copied from the source) gets one translation key, so the names carried over
become the translations of the source's names. Stored revisions are given the same keys, so drafts still open.
"""

import uuid

import django.db.models.deletion
from django.db import migrations, models


def institution_key(page_key, position: int) -> uuid.UUID:
    return uuid.uuid5(uuid.NAMESPACE_URL, f"iscn:{page_key}:institutions:{position}")


def carry_over(apps, schema_editor):
    Page = apps.get_model("home", "PartnerCountryPage")
    Institution = apps.get_model("home", "PartnerCountryPageInstitution")
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    pages = {page.pk: page for page in Page.objects.all()}
    for page in pages.values():
        for position, institution in enumerate(Institution.objects.filter(page_id=page.pk).order_by("sort_order", "pk")):
            institution.locale_id = page.locale_id
            institution.translation_key = institution_key(page.translation_key, position)
            institution.save(update_fields=["locale", "translation_key"])

    content_type = ContentType.objects.filter(app_label="home", model="partnercountrypage").first()
    if content_type is None:
        return
    for revision in Revision.objects.filter(content_type=content_type).iterator():
        content = revision.content or {}
        institutions = content.get("institutions")
        if not isinstance(institutions, list):
            continue
        page = pages.get(int(revision.object_id))
        locale_id = content.get("locale", page.locale_id if page else None)
        page_key = content.get("translation_key", str(page.translation_key) if page else "")
        for position, institution in enumerate(institutions):
            institution.setdefault("locale", locale_id)
            institution.setdefault("translation_key", str(institution_key(page_key, position)))
        revision.save(update_fields=["content"])


class Migration(migrations.Migration):

    dependencies = [
        ("home", "0008_contact_message_read_at"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.AddField(
            model_name="partnercountrypageinstitution",
            name="locale",
            field=models.ForeignKey(
                null=True,
                editable=False,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="+",
                to="wagtailcore.locale",
                verbose_name="locale",
            ),
        ),
        migrations.AddField(
            model_name="partnercountrypageinstitution",
            name="translation_key",
            field=models.UUIDField(null=True, editable=False),
        ),
        migrations.RunPython(carry_over, migrations.RunPython.noop),
    ]
