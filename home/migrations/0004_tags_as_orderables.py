"""Topics and partner countries of news and events become inline children (orderables) with a snippet chooser.

The links of the former many-to-many fields are carried over: each page keeps its tags, mapped to the snippet of the
page's own locale by translation key (the linked snippet itself where that locale has no translation of it), and
the stored revisions are rewritten to the new shape so that drafts and the revision history still open.
"""

import uuid

from django.db import migrations, models
import django.db.models.deletion
import modelcluster.fields

# (page model, old many-to-many field, new child model, its foreign key to the snippet, snippet model)
TAGS = [
    ("NewsPage", "topics", "NewsPageTopic", "topic", "Topic"),
    ("NewsPage", "countries", "NewsPageCountry", "country", "Country"),
    ("EventPage", "topics", "EventPageTopic", "topic", "Topic"),
]


def child_key(page_key: uuid.UUID, field: str, target_key: uuid.UUID) -> uuid.UUID:
    """The same tag on every translation of a page gets the same translation key, as wagtail-localize expects."""
    return uuid.uuid5(uuid.NAMESPACE_URL, f"iscn:{page_key}:{field}:{target_key}")


def copy_tags(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    Revision = apps.get_model("wagtailcore", "Revision")
    for page_name, field, child_name, fk, snippet_name in TAGS:
        Page = apps.get_model("home", page_name)
        Child = apps.get_model("home", child_name)
        Snippet = apps.get_model("home", snippet_name)
        through = Page._meta.get_field(field).remote_field.through
        page_column = f"{page_name.lower()}_id"
        snippet_column = f"{snippet_name.lower()}_id"
        snippets = {s.pk: s for s in Snippet.objects.all()}
        by_key = {(s.translation_key, s.locale_id): s for s in snippets.values()}

        def localized(snippet_id, locale_id):
            snippet = snippets.get(snippet_id)
            if snippet is None:
                return None
            return by_key.get((snippet.translation_key, locale_id), snippet)

        pages = {p.pk: p for p in Page.objects.all()}
        for order, row in enumerate(through.objects.order_by("pk").values(page_column, snippet_column)):
            page = pages[row[page_column]]
            target = localized(row[snippet_column], page.locale_id)
            if target is None or Child.objects.filter(page_id=page.pk, **{f"{fk}_id": target.pk}).exists():
                continue
            Child.objects.create(
                page_id=page.pk,
                sort_order=order,
                locale_id=page.locale_id,
                translation_key=child_key(page.translation_key, field, target.translation_key),
                **{f"{fk}_id": target.pk},
            )

        content_type = ContentType.objects.filter(app_label="home", model=page_name.lower()).first()
        if content_type is None:
            continue
        for revision in Revision.objects.filter(content_type=content_type).iterator():
            content = revision.content or {}
            values = content.get(field)
            if not isinstance(values, list) or not all(isinstance(v, int) for v in values):
                continue
            page = pages.get(int(revision.object_id))
            locale_id = content.get("locale", page.locale_id if page else None)
            translation_key = content.get("translation_key", str(page.translation_key) if page else "")
            children = []
            for order, snippet_id in enumerate(values):
                target = localized(snippet_id, locale_id)
                if target is None:
                    continue
                children.append(
                    {
                        "pk": None,
                        "page": int(revision.object_id),
                        fk: target.pk,
                        "sort_order": order,
                        "locale": locale_id,
                        "translation_key": str(child_key(translation_key, field, target.translation_key)),
                    }
                )
            content[field] = children
            revision.content = content
            revision.save(update_fields=["content"])


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0003_taxonomy_from_knowledge'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.CreateModel(
            name='EventPageTopic',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                ('page', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='topics', to='home.eventpage')),
                ('topic', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='event_tags', to='home.topic', verbose_name='topic')),
            ],
            options={
                'verbose_name': 'event topic',
                'verbose_name_plural': 'event topics',
                'ordering': ['sort_order'],
                'abstract': False,
                'unique_together': {('translation_key', 'locale')},
            },
        ),
        migrations.CreateModel(
            name='NewsPageCountry',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('country', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='news_tags', to='home.country', verbose_name='partner country')),
                ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                ('page', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='countries', to='home.newspage')),
            ],
            options={
                'verbose_name': 'news partner country',
                'verbose_name_plural': 'news partner countries',
                'ordering': ['sort_order'],
                'abstract': False,
                'unique_together': {('translation_key', 'locale')},
            },
        ),
        migrations.CreateModel(
            name='NewsPageTopic',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('sort_order', models.IntegerField(blank=True, editable=False, null=True)),
                ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
                ('page', modelcluster.fields.ParentalKey(on_delete=django.db.models.deletion.CASCADE, related_name='topics', to='home.newspage')),
                ('topic', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='news_tags', to='home.topic', verbose_name='topic')),
            ],
            options={
                'verbose_name': 'news topic',
                'verbose_name_plural': 'news topics',
                'ordering': ['sort_order'],
                'abstract': False,
                'unique_together': {('translation_key', 'locale')},
            },
        ),
        migrations.RunPython(copy_tags, migrations.RunPython.noop),
        migrations.RemoveField(
            model_name='eventpage',
            name='topics',
        ),
        migrations.RemoveField(
            model_name='newspage',
            name='countries',
        ),
        migrations.RemoveField(
            model_name='newspage',
            name='topics',
        ),
    ]
