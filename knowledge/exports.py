"""Exports (placeholder)."""


def export(index, listing, user, file_format):
    raise NotImplementedError
