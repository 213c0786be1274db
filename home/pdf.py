"""PDFs in Thai with fpdf2: the Sarabun font from the npm package that `make` installs.

Used for demo documents (``home.demo_files``) and for documents staff print (the phone book,
the newsletter). Thai has no spaces between words, and fpdf2 breaks lines only at spaces (or in
the middle of a word): ``thai_lines``/``write_paragraph`` break at word boundaries found by
PyThaiNLP, the same segmentation the site search uses.
"""

import tempfile
from functools import cache
from pathlib import Path

from django.conf import settings

# fpdf2 style -> Sarabun weight of the npm package.
WEIGHTS = {"": 400, "B": 700}


@cache
def thai_font_files():
    """Sarabun as TTF files for fpdf2, converted once from the WOFF files; {} when not installed.

    Keys are ``(subset, style)``: ``("thai", "")``, ``("latin", "B")``...
    """
    from fontTools.ttLib import TTFont

    target = Path(tempfile.gettempdir()) / "esao-fonts"
    target.mkdir(exist_ok=True)
    fonts = {}
    for style, weight in WEIGHTS.items():
        for subset in ("thai", "latin"):
            source = settings.SARABUN_DIR / f"sarabun-{subset}-{weight}-normal.woff"
            if not source.exists():
                return {}
            ttf = target / f"sarabun-{subset}-{weight}.ttf"
            if not ttf.exists():
                font = TTFont(str(source))
                font.flavor = None
                font.save(str(ttf))
            fonts[subset, style] = str(ttf)
    return fonts


def thai_pdf(size=14, pdf_class=None, **kwargs):
    """An A4 ``FPDF`` with Sarabun set (regular and bold), and a function that makes text safe
    for the font in use. ``pdf_class``: an ``FPDF`` subclass (one with a header or footer).

    Without the font (a machine without `make`), text is reduced to ASCII so the PDF stays valid.
    """
    from fpdf import FPDF

    pdf = (pdf_class or FPDF)(format="A4", **kwargs)
    fonts = thai_font_files()
    if fonts:
        for (subset, style), fname in fonts.items():
            pdf.add_font(f"Sarabun{subset.title()}", style=style, fname=fname)
        pdf.set_font("SarabunLatin", size=size)
        pdf.set_fallback_fonts(["SarabunThai"])
        return pdf, str
    pdf.set_font("Helvetica", size=size)
    return pdf, lambda text: str(text).encode("ascii", "replace").decode()


def _words(text):
    from pythainlp.tokenize import word_tokenize

    return word_tokenize(text, engine="newmm", keep_whitespace=True)


def thai_lines(pdf, text, width):
    """``text`` cut into lines no wider than ``width`` (mm, in the current font), at Thai word
    boundaries and spaces; a word wider than a line is cut between characters."""
    lines = []
    for paragraph in str(text).splitlines() or [""]:
        line = ""
        for word in _words(paragraph):
            candidate = line + word
            if pdf.get_string_width(candidate) <= width:
                line = candidate
                continue
            if line.strip():
                lines.append(line.rstrip())
            line = word.lstrip()
            while pdf.get_string_width(line) > width and len(line) > 1:
                cut = len(line)
                while cut > 1 and pdf.get_string_width(line[:cut]) > width:
                    cut -= 1
                # Never leave a combining vowel or tone mark at the start of the next line.
                while cut > 1 and _is_mark(line[cut]):
                    cut -= 1
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line.rstrip())
    return lines


def _is_mark(character):
    import unicodedata

    return unicodedata.category(character) == "Mn"


def write_paragraph(pdf, text, line_height, width=0):
    """Write ``text`` from the left margin, wrapped by ``thai_lines``; ``width`` 0 = to the right margin."""
    width = width or pdf.epw
    for line in thai_lines(pdf, text, width):
        pdf.cell(width, line_height, line, new_x="LMARGIN", new_y="NEXT")
