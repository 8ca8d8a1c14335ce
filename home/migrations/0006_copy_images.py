"""Copy every wagtailimages.Image into home.CustomImage with the same id, so nothing that names an image breaks.

Page foreign keys, image blocks in StreamFields and rich-text image embeds store the id, which stays the same. Tags and
reference-index rows are repointed to the new content type. Originals of images in restricted collections move to
private storage; the old renditions are dropped with their files (the new model makes them again on demand), so no
rendition of a members' image stays a public file.
"""

from django.core.management.color import no_style
from django.db import migrations

from home.storage import media_storage, move_file


def _restricted_collection_ids(apps) -> set[int]:
    Collection = apps.get_model("wagtailcore", "Collection")
    CollectionViewRestriction = apps.get_model("wagtailcore", "CollectionViewRestriction")
    restricted_paths = list(
        Collection.objects.filter(
            pk__in=CollectionViewRestriction.objects.values_list("collection_id", flat=True)
        ).values_list("path", flat=True)
    )
    return {
        pk
        for pk, path in Collection.objects.values_list("pk", "path")
        if any(path.startswith(restricted) for restricted in restricted_paths)
    }


def copy_images(apps, schema_editor) -> None:
    OldImage = apps.get_model("wagtailimages", "Image")
    OldRendition = apps.get_model("wagtailimages", "Rendition")
    CustomImage = apps.get_model("home", "CustomImage")
    ContentType = apps.get_model("contenttypes", "ContentType")
    TaggedItem = apps.get_model("taggit", "TaggedItem")
    ReferenceIndex = apps.get_model("wagtailcore", "ReferenceIndex")
    if not OldImage.objects.exists():
        return
    old_type = ContentType.objects.get_or_create(app_label="wagtailimages", model="image")[0]
    new_type = ContentType.objects.get_or_create(app_label="home", model="customimage")[0]
    restricted = _restricted_collection_ids(apps)
    storage = media_storage()
    fields = [f.attname for f in OldImage._meta.concrete_fields]
    for row in OldImage.objects.values(*fields).iterator():
        if row["file"] and row["collection_id"] in restricted:
            row["file"] = move_file(storage, row["file"], private=True)
        CustomImage.objects.create(**row)
        for tag_id in TaggedItem.objects.filter(content_type=old_type, object_id=row["id"]).values_list("tag_id", flat=True):
            TaggedItem.objects.get_or_create(content_type=new_type, object_id=row["id"], tag_id=tag_id)
    for rendition in OldRendition.objects.all().iterator():
        if rendition.file and storage.exists(rendition.file.name):
            storage.delete(rendition.file.name)
    OldRendition.objects.all().delete()
    ReferenceIndex.objects.filter(to_content_type=old_type).update(to_content_type=new_type)
    ReferenceIndex.objects.filter(base_content_type=old_type).update(base_content_type=new_type)
    ReferenceIndex.objects.filter(content_type=old_type).update(content_type=new_type)
    # Ids were given explicitly: the next upload must not collide with a copied row (PostgreSQL sequences).
    for statement in schema_editor.connection.ops.sequence_reset_sql(no_style(), [CustomImage]):
        schema_editor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_custom_image"),
        ("wagtailimages", "0027_image_description"),
        ("wagtailcore", "0098_apitoken"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(copy_images, migrations.RunPython.noop)]
