"""Fixtures of the knowledge-base suites (the members area's fixtures, the collections and a small vocabulary)."""

from tests.members_area.conftest import make_member, members_root  # noqa: F401  (fixtures)

from .collection_fixtures import collections, vocabulary  # noqa: F401  (fixtures)
