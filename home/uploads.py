"""Checks of files the public uploads: by extension, size and content (a renamed .exe is refused).

Every public form with an attachment (journal contributions, services cases, school news) calls
``check_upload``; the Thai messages tell the sender what to do.
"""

import os

from django import forms

MB = 1024 * 1024

# extension -> the first bytes such a file starts with.
FILE_SIGNATURES = {
    ".pdf": (b"%PDF",),
    ".doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",),
    ".docx": (b"PK\x03\x04",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".png": (b"\x89PNG\r\n\x1a\n",),
}
DOCUMENT_EXTENSIONS = (".pdf", ".doc", ".docx", ".jpg", ".jpeg", ".png")
IMAGE_EXTENSIONS = (".jpg", ".jpeg", ".png")


def _names(extensions):
    """``PDF, DOC, DOCX, JPG หรือ PNG``: the types in the caller's order, as the form's help says."""
    names = list(dict.fromkeys(ext.lstrip(".").upper().replace("JPEG", "JPG") for ext in extensions))
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} หรือ {names[-1]}"


def check_upload(upload, extensions=DOCUMENT_EXTENSIONS, max_size=10 * MB):
    """Raise a Thai ``ValidationError`` unless ``upload`` is one of ``extensions``, small enough,
    and starts with the bytes of its type. Returns the upload, rewound."""
    names = _names(extensions)
    extension = os.path.splitext(upload.name)[1].lower()
    if extension not in extensions:
        raise forms.ValidationError(f"รับเฉพาะไฟล์ {names} เท่านั้น")
    if upload.size > max_size:
        raise forms.ValidationError(
            f"ไฟล์มีขนาด {upload.size / MB:.1f} MB เกินกว่าที่รับได้ (ไม่เกิน {max_size // MB} MB)"
        )
    head = upload.read(16)
    upload.seek(0)
    if not head.startswith(FILE_SIGNATURES[extension]):
        raise forms.ValidationError(f"เนื้อไฟล์ไม่ตรงกับชนิดไฟล์ กรุณาบันทึกไฟล์ใหม่เป็น {names}")
    return upload


def original_filename(upload, max_length):
    """The sender's file name cut to ``max_length`` characters, keeping the extension."""
    stem, extension = os.path.splitext(os.path.basename(upload.name))
    return stem[: max_length - len(extension)] + extension
