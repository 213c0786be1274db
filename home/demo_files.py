"""Images and PDFs made at run time for demo content and tests (no downloads, nothing committed)."""

import hashlib
import io
import textwrap

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw

from home.pdf import thai_pdf


def _slug(title):
    return hashlib.sha256(title.encode()).hexdigest()[:12]


PALETTE = ["#123a6b", "#1e6b34", "#8a5a00", "#6b1e5a", "#0a4f9c", "#a4161a", "#2f4f4f", "#5a3e1b"]


def make_png(text="", size=(1200, 800), colour=None, seed=0):
    """A placeholder photo: a gradient with soft circles placed from the text, so each differs.

    No lettering: Pillow's basic layout cannot set Thai, and alt text carries the meaning.
    """
    colour = colour or PALETTE[seed % len(PALETTE)]
    width, height = size
    base = PILImage.new("RGB", size, colour)
    light = PILImage.new("RGB", size, "#ffffff")
    mask = PILImage.linear_gradient("L").resize(size).point(lambda value: value * 0.45)
    image = PILImage.composite(light, base, mask).convert("RGBA")
    overlay = PILImage.new("RGBA", size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(overlay)
    digest = hashlib.sha256(f"{text}{seed}".encode()).digest()
    for index in range(6):
        x = digest[index] * width // 255
        y = digest[index + 6] * height // 255
        radius = (digest[index + 12] % 40 + 10) * min(width, height) // 100
        draw.ellipse([x - radius, y - radius, x + radius, y + radius], fill=(255, 255, 255, 40))
    image = PILImage.alpha_composite(image, overlay).convert("RGB")
    buffer = io.BytesIO()
    image.save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


def make_pdf(title, paragraphs=()):
    """A one-page A4 PDF with a Thai title and body, in Sarabun when it is installed."""
    pdf, write = thai_pdf(size=18)
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    pdf.multi_cell(0, 10, write(title), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font_size(14)
    for paragraph in paragraphs:
        for line in textwrap.wrap(paragraph, 90) or [""]:
            pdf.multi_cell(0, 8, write(line), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    return bytes(pdf.output())


def wagtail_image(title, text="", seed=0, size=(1200, 800), description=""):
    """Get or create a Wagtail image by title."""
    from wagtail.images.models import Image

    image = Image.objects.filter(title=title).first()
    if image:
        return image
    data = make_png(text or title, size, seed=seed)
    return Image.objects.create(
        title=title,
        description=description or title,
        file=ImageFile(io.BytesIO(data), name=f"demo-{_slug(title)}.png"),
    )


def wagtail_document(title, paragraphs=(), filename=None):
    """Get or create a Wagtail document (a PDF) by title."""
    from wagtail.documents.models import Document

    document = Document.objects.filter(title=title).first()
    if document:
        return document
    data = make_pdf(title, paragraphs)
    document = Document(
        title=title, file_size=len(data), file_hash=hashlib.sha1(data, usedforsecurity=False).hexdigest()
    )
    document.file.save(filename or f"doc-{_slug(title)}.pdf", ContentFile(data), save=False)
    document.save()
    return document
