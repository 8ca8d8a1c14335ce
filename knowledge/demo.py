"""Demo content of the knowledge base: the three collections below the members root, with sample entries.

The entries are invented (every summary and bio starts with the "sample" label) and read from demo.toml. Texts given
in all four languages are translated for real through wagtail-localize; the others stay English. A few practices
carry a chart and a PDF in the members' collection, made here. Idempotent: pages are found by slug, experts by name,
images and documents by title, and a second run changes nothing.
"""

import datetime
import io
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Locale, Page

from PIL import Image, ImageDraw

from home.demo.texts import is_text, read_texts, source
from home.demo.translation import translate
from home.models import City, Country, Topic
from members_area.models import MembersAreaPage
from members_area.restrictions import ensure_members_collection

from .models import (
    Expert,
    ExpertDirectoryPage,
    ExpertTopic,
    FinancingModel,
    GoodPracticeIndexPage,
    GoodPracticePage,
    GoodPracticePageContact,
    GoodPracticePageDocument,
    GoodPracticePageImage,
    GoodPracticePageProject,
    GoodPracticePageTopic,
    ProjectIndexPage,
    ProjectPage,
    ProjectPageContact,
    ProjectPageTopic,
)

TEXTS = Path(__file__).with_name("demo.toml")


class Demo:
    """One run of the loader: the texts, the default locale's vocabulary and the other locales' string maps."""

    def __init__(self) -> None:
        texts = read_texts(TEXTS)
        self.data, self.strings = texts.data, texts.strings
        self.default = Locale.objects.get(language_code=settings.LANGUAGE_CODE)
        self.others = [
            locale for locale in Locale.objects.exclude(pk=self.default.pk) if locale.language_code in self.strings
        ]
        self.topics = {topic.slug: topic for topic in Topic.objects.filter(locale=self.default)}
        self.countries = {country.iso_code: country for country in Country.objects.filter(locale=self.default)}
        self.cities = {city.name: city for city in City.objects.all()}
        self.financing = {model.slug: model for model in FinancingModel.objects.filter(locale=self.default)}
        sample = self.data["sample"]
        self.sample = source(sample)
        # Labelled texts ("Sample data. …") are whole strings for wagtail-localize: add their translations too.
        for text in self.labelled_texts():
            for code, strings in self.strings.items():
                strings[f"{self.sample} {source(text)}"] = f"{sample[code]} {text[code]}"

    def labelled_texts(self) -> list[dict]:
        return [
            entry[key]
            for kind, key in [("practices", "summary"), ("projects", "summary"), ("experts", "bio")]
            for entry in self.data[kind]
            if is_text(entry[key])
        ]

    def text(self, value: dict | str) -> str:
        return source(value) if is_text(value) else value

    def labelled(self, value: dict | str) -> str:
        return f"{self.sample} {self.text(value)}"

    def translate(self, instance, names: list[str] = ()) -> None:
        """Into every other locale, proper names (institutions, emails) kept as they are."""
        for locale in self.others:
            strings = dict(self.strings[locale.language_code]) | {name: name for name in names if name}
            translate(instance, locale, strings)


def publish(page: Page) -> Page:
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def ensure_index(demo: Demo, members_area: MembersAreaPage, model: type[Page], data: dict) -> Page:
    page = model.objects.child_of(members_area).first()
    if page is None:
        page = members_area.add_child(
            instance=model(
                slug=data["slug"], title=source(data["title"]), introduction=source(data["introduction"]), live=False
            )
        )
        publish(page)
    demo.translate(page)
    return page


def ensure_financing(demo: Demo) -> None:
    for slug in demo.data["financing"]:
        model = demo.financing.get(slug)
        if model is not None:
            demo.translate(model)


def ensure_experts(demo: Demo) -> dict[str, Expert]:
    experts = {}
    for data in demo.data["experts"]:
        expert = Expert.objects.filter(locale=demo.default, name=data["name"]).first()
        if expert is None:
            expert = Expert.objects.create(
                locale=demo.default,
                name=data["name"],
                position=demo.text(data["position"]),
                institution=data["institution"],
                country=demo.countries.get(data["country"]),
                city=demo.cities.get(data.get("city", "")),
                languages=data["languages"],
                bio=demo.labelled(data["bio"]),
                email=data["email"],
                contact_visible=data["contact_visible"],
                available_for_peer_coaching=data["coaching"],
            )
            for slug in data["topics"]:
                ExpertTopic.objects.create(expert=expert, topic=demo.topics[slug], locale=demo.default)
        if is_text(data["bio"]):
            demo.translate(expert, [data["email"]])
        experts[data["name"]] = expert
    return experts


def entry_fields(demo: Demo, data: dict) -> dict:
    return {
        "slug": data["slug"],
        "title": demo.text(data["title"]),
        "summary": demo.labelled(data["summary"]),
        "institution": data["institution"],
        "country": demo.countries.get(data["country"]),
        "city": demo.cities.get(data.get("city", "")),
        "status": data["status"],
        "financing_model": demo.financing.get(data["financing"]),
        "original_language": data["language"],
        "start_date": datetime.date(data["start"], 1, 1),
        "end_date": datetime.date(data["end"], 12, 31) if "end" in data else None,
        "live": False,
    }


def paragraph(text: str) -> str:
    return f"<p>{text}</p>"


def ensure_projects(demo: Demo, index: ProjectIndexPage, experts: dict[str, Expert]) -> dict[str, ProjectPage]:
    projects = {}
    for data in demo.data["projects"]:
        page = ProjectPage.objects.child_of(index).filter(slug=data["slug"]).first()
        if page is None:
            page = ProjectPage(
                **entry_fields(demo, data),
                budget_range=data["budget"],
                goals=paragraph(demo.text(data["goals"])),
                help_wanted=demo.text(data["help"]),
                topic_tags=[ProjectPageTopic(topic=demo.topics[slug], locale=demo.default) for slug in data["topics"]],
                contacts=[ProjectPageContact(expert=experts[name]) for name in data["experts"]],
            )
            page = publish(index.add_child(instance=page))
        if is_text(data["title"]):
            demo.translate(page, [data["institution"]])
        projects[data["slug"]] = page
    return projects


def bar_chart(values: list[int], colour: str) -> bytes:
    """A PNG bar chart with no text in it (the image's alt text says what it shows)."""
    width, height, margin = 640, 360, 40
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    draw.line([(margin, margin), (margin, height - margin), (width - margin, height - margin)], fill="#444", width=2)
    slot = (width - 2 * margin) // len(values)
    top = max(values)
    for number, value in enumerate(values):
        left = margin + number * slot + slot // 5
        bar_top = height - margin - round((height - 2 * margin - 10) * value / top)
        draw.rectangle([left, bar_top, left + slot * 3 // 5, height - margin - 1], fill=colour)
    buffer = io.BytesIO()
    image.save(buffer, "PNG")
    return buffer.getvalue()


def pdf_text(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def one_page_pdf(title: str, lines: list[str]) -> bytes:
    """A one-page A4 PDF of real text (Helvetica, Latin-1), with its title and language for screen readers."""
    text = [f"BT /F1 16 Tf 56 780 Td 22 TL ({pdf_text(title)}) Tj /F1 11 Tf T*"]
    text += [f"T* ({pdf_text(line)}) Tj" for line in lines]
    stream = "\n".join([*text, "ET"]).encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R /Lang (en) >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title (%s) >>" % pdf_text(title).encode("latin-1"),
    ]
    pdf, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\n" % (len(objects) + 1, len(objects))
    pdf += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(pdf)


def ensure_attachments(demo: Demo) -> dict[str, dict]:
    """Each attachment's chart and PDF in the members' collection, keyed by the practice's slug."""
    collection = ensure_members_collection()
    images, documents = get_image_model(), get_document_model()
    found = {}
    for data in demo.data["attachments"]:
        slug = data["practice"]
        image = images.objects.filter(title=data["image"], collection=collection).first()
        if image is None:
            image = images(title=data["image"], description=data["alt"], collection=collection)
            content = io.BytesIO(bar_chart(data["values"], data["colour"]))
            image.file.save(f"{slug}-chart.png", ImageFile(content, name=f"{slug}-chart.png"), save=False)
            image.save()
        document = documents.objects.filter(title=data["document"], collection=collection).first()
        if document is None:
            document = documents(title=data["document"], collection=collection)
            content = ContentFile(one_page_pdf(data["document"], data["lines"]))
            document.file.save(f"{slug}-summary.pdf", content, save=False)
            document.save()
        found[slug] = {"image": image, "document": document}
    return found


def ensure_practices(demo: Demo, index: GoodPracticeIndexPage, experts: dict, projects: dict) -> None:
    attachments = ensure_attachments(demo)
    for data in demo.data["practices"]:
        page = GoodPracticePage.objects.child_of(index).filter(slug=data["slug"]).first()
        if page is None:
            page = GoodPracticePage(
                **entry_fields(demo, data),
                challenge=paragraph(demo.text(data["challenge"])),
                solution=paragraph(demo.text(data["solution"])),
                results=paragraph(demo.text(data["results"])),
                replicability=demo.text(data["replicability"]),
                review_date=datetime.date(2027, 6, 30),
                topic_tags=[
                    GoodPracticePageTopic(topic=demo.topics[slug], locale=demo.default) for slug in data["topics"]
                ],
                contacts=[GoodPracticePageContact(expert=experts[name]) for name in data["experts"]],
                related_projects=[GoodPracticePageProject(project=projects[slug]) for slug in data["projects"]],
            )
            if files := attachments.get(data["slug"]):
                page.images = [GoodPracticePageImage(image=files["image"])]
                page.documents = [GoodPracticePageDocument(document=files["document"])]
            page = publish(index.add_child(instance=page))
        if is_text(data["title"]):
            demo.translate(page, [data["institution"]])


@transaction.atomic
def create_demo_content() -> None:
    """The collections below the default members root, translated into every locale, with their sample entries."""
    demo = Demo()
    members_area = MembersAreaPage.objects.filter(locale=demo.default).first()
    if members_area is None or not demo.topics or not demo.countries:
        return
    indexes = demo.data["indexes"]
    practice_index = ensure_index(demo, members_area, GoodPracticeIndexPage, indexes["good_practices"])
    project_index = ensure_index(demo, members_area, ProjectIndexPage, indexes["projects"])
    ensure_index(demo, members_area, ExpertDirectoryPage, indexes["experts"])
    ensure_financing(demo)
    experts = ensure_experts(demo)
    projects = ensure_projects(demo, project_index, experts)
    ensure_practices(demo, practice_index, experts, projects)
