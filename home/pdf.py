"""PDFs in Thai with fpdf2: the Sarabun font from the npm package that `make` installs.

Used for demo documents (``home.demo_files``) and for documents staff print (the phone book).
"""

import tempfile
from functools import cache
from pathlib import Path

from django.conf import settings


@cache
def thai_font_files():
    """Sarabun as TTF files for fpdf2, converted once from the WOFF files; {} when not installed."""
    from fontTools.ttLib import TTFont

    target = Path(tempfile.gettempdir()) / "esao-fonts"
    target.mkdir(exist_ok=True)
    fonts = {}
    for subset in ("thai", "latin"):
        source = settings.SARABUN_DIR / f"sarabun-{subset}-400-normal.woff"
        if not source.exists():
            return {}
        ttf = target / f"sarabun-{subset}-400.ttf"
        if not ttf.exists():
            font = TTFont(str(source))
            font.flavor = None
            font.save(str(ttf))
        fonts[subset] = str(ttf)
    return fonts


def thai_pdf(size=14, **kwargs):
    """An A4 ``FPDF`` with Sarabun set, and a function that makes text safe for the font in use.

    Without the font (a machine without `make`), text is reduced to ASCII so the PDF stays valid.
    """
    from fpdf import FPDF

    pdf = FPDF(format="A4", **kwargs)
    fonts = thai_font_files()
    if fonts:
        pdf.add_font("SarabunThai", fname=fonts["thai"])
        pdf.add_font("SarabunLatin", fname=fonts["latin"])
        pdf.set_font("SarabunLatin", size=size)
        pdf.set_fallback_fonts(["SarabunThai"])
        return pdf, str
    pdf.set_font("Helvetica", size=size)
    return pdf, lambda text: str(text).encode("ascii", "replace").decode()
