"""Page fields point at the site's image model (rows copied with the same ids by 0006)."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("home", "0006_copy_images")]

    operations = [
        migrations.AlterField(
            model_name='contactpage',
            name='listing_image',
            field=models.ForeignKey(blank=True, help_text='Shown on cards and, unless a social image is set, when the page is shared.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.customimage', verbose_name='listing image'),
        ),
        migrations.AlterField(
            model_name='contactpage',
            name='social_image',
            field=models.ForeignKey(blank=True, help_text='Shown when the page is shared on social media (1200×630 works best).', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.customimage', verbose_name='social image'),
        ),
        migrations.AlterField(
            model_name='eventindexpage',
            name='listing_image',
            field=models.ForeignKey(blank=True, help_text='Shown on cards and, unless a social image is set, when the page is shared.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.customimage', verbose_name='listing image'),
        ),
        migrations.AlterField(
            model_name='eventindexpage',
            name='social_image',
            field=models.ForeignKey(blank=True, help_text='Shown when the page is shared on social media (1200×630 works best).', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.customimage', verbose_name='social image'),
        ),
        migrations.AlterField(
            model_name='eventpage',
            name='listing_image',
            field=models.ForeignKey(blank=True, help_text='Shown on cards and, unless a social image is set, when the page is shared.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.customimage', verbose_name='listing image'),
        ),
        migrations.AlterField(
            model_name='eventpage',
            name='social_image',
            field=models.ForeignKey(blank=True, help_text='Shown when the page is shared on social media (1200×630 works best).', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.customimage', verbose_name='social image'),
        ),
        migrations.AlterField(
            model_name='homepage',
            name='hero_image',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.customimage', verbose_name='hero image'),
        ),
        migrations.AlterField(
            model_name='homepage',
            name='listing_image',
            field=models.ForeignKey(blank=True, help_text='Shown on cards and, unless a social image is set, when the page is shared.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.customimage', verbose_name='listing image'),
        ),
        migrations.AlterField(
            model_name='homepage',
            name='social_image',
            field=models.ForeignKey(blank=True, help_text='Shown when the page is shared on social media (1200×630 works best).', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.customimage', verbose_name='social image'),
        ),
        migrations.AlterField(
            model_name='newsindexpage',
            name='listing_image',
            field=models.ForeignKey(blank=True, help_text='Shown on cards and, unless a social image is set, when the page is shared.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.customimage', verbose_name='listing image'),
        ),
        migrations.AlterField(
            model_name='newsindexpage',
            name='social_image',
            field=models.ForeignKey(blank=True, help_text='Shown when the page is shared on social media (1200×630 works best).', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.customimage', verbose_name='social image'),
        ),
        migrations.AlterField(
            model_name='newspage',
            name='image',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.customimage', verbose_name='image'),
        ),
        migrations.AlterField(
            model_name='newspage',
            name='listing_image',
            field=models.ForeignKey(blank=True, help_text='Shown on cards and, unless a social image is set, when the page is shared.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.customimage', verbose_name='listing image'),
        ),
        migrations.AlterField(
            model_name='newspage',
            name='social_image',
            field=models.ForeignKey(blank=True, help_text='Shown when the page is shared on social media (1200×630 works best).', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.customimage', verbose_name='social image'),
        ),
        migrations.AlterField(
            model_name='partnercountrypage',
            name='listing_image',
            field=models.ForeignKey(blank=True, help_text='Shown on cards and, unless a social image is set, when the page is shared.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.customimage', verbose_name='listing image'),
        ),
        migrations.AlterField(
            model_name='partnercountrypage',
            name='social_image',
            field=models.ForeignKey(blank=True, help_text='Shown when the page is shared on social media (1200×630 works best).', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.customimage', verbose_name='social image'),
        ),
        migrations.AlterField(
            model_name='partnerindexpage',
            name='listing_image',
            field=models.ForeignKey(blank=True, help_text='Shown on cards and, unless a social image is set, when the page is shared.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.customimage', verbose_name='listing image'),
        ),
        migrations.AlterField(
            model_name='partnerindexpage',
            name='social_image',
            field=models.ForeignKey(blank=True, help_text='Shown when the page is shared on social media (1200×630 works best).', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.customimage', verbose_name='social image'),
        ),
        migrations.AlterField(
            model_name='standardpage',
            name='listing_image',
            field=models.ForeignKey(blank=True, help_text='Shown on cards and, unless a social image is set, when the page is shared.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.customimage', verbose_name='listing image'),
        ),
        migrations.AlterField(
            model_name='standardpage',
            name='social_image',
            field=models.ForeignKey(blank=True, help_text='Shown when the page is shared on social media (1200×630 works best).', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.customimage', verbose_name='social image'),
        ),
        migrations.AlterField(
            model_name='topicindexpage',
            name='listing_image',
            field=models.ForeignKey(blank=True, help_text='Shown on cards and, unless a social image is set, when the page is shared.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.customimage', verbose_name='listing image'),
        ),
        migrations.AlterField(
            model_name='topicindexpage',
            name='social_image',
            field=models.ForeignKey(blank=True, help_text='Shown when the page is shared on social media (1200×630 works best).', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.customimage', verbose_name='social image'),
        ),
        migrations.AlterField(
            model_name='topicpage',
            name='listing_image',
            field=models.ForeignKey(blank=True, help_text='Shown on cards and, unless a social image is set, when the page is shared.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.customimage', verbose_name='listing image'),
        ),
        migrations.AlterField(
            model_name='topicpage',
            name='social_image',
            field=models.ForeignKey(blank=True, help_text='Shown when the page is shared on social media (1200×630 works best).', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='home.customimage', verbose_name='social image'),
        ),
    ]
