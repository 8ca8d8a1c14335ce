"""Reading rendered HTML in tests by element and attribute, whatever the template's line layout."""

from html.parser import HTMLParser


class _TagCollector(HTMLParser):
    def __init__(self, tag: str) -> None:
        super().__init__(convert_charrefs=True)
        self.tag = tag
        self.found: list[dict[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == self.tag:
            self.found.append({name: value or "" for name, value in attrs})

    handle_startendtag = handle_starttag


def tags(content: bytes | str, tag: str, **required: str) -> list[dict[str, str]]:
    """The attributes of every `tag` element whose attributes include `required` (`class_` for class, a word of it)."""
    if isinstance(content, bytes):
        content = content.decode()
    collector = _TagCollector(tag)
    collector.feed(content)
    wanted_class = required.pop("class_", None)
    return [
        attrs
        for attrs in collector.found
        if all(attrs.get(name) == value for name, value in required.items())
        and (wanted_class is None or wanted_class in attrs.get("class", "").split())
    ]


def attribute(content: bytes | str, tag: str, name: str, **required: str) -> str:
    """The attribute `name` of the one `tag` element matching `required`; fails the test unless exactly one matches."""
    found = tags(content, tag, **required)
    assert len(found) == 1, f"expected one <{tag}> with {required}, found {len(found)}"
    return found[0].get(name, "")
