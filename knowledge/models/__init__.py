from .taxonomy import City, Country, Topic

__all__ = ["City", "Country", "Topic"]
