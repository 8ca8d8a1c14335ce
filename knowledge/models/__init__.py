"""The knowledge base's models (good practices, projects, experts) go here.

The vocabulary they tag with (`Topic`, `Country`, `City`) lives on the ground floor, in `home.models.taxonomy`.
"""
