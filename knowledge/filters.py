"""Facets of the knowledge collections (placeholder, replaced below)."""


def collection_entries(index):
    raise NotImplementedError


class Listing:
    pass
