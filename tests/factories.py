"""Factories for tests only: build page trees and accounts explicitly."""

from django.contrib.auth import get_user_model

import factory
import wagtail_factories

from home.models import HomePage, StandardPage


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    password = factory.PostGenerationMethodCall("set_password", "correct horse battery")


class HomePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HomePage

    title = "International Smart Cities Network"
    slug = "home"
    hero_title = "Shaping the digital transformation of cities together"


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Standard page {n}")
    slug = factory.Sequence(lambda n: f"standard-{n}")
    introduction = "An introduction."
    body = wagtail_factories.StreamFieldFactory({})
