"""Thai phone numbers and lists of them, as PR officers write them in the register."""

import re

from django.core.exceptions import ValidationError

# Mobile numbers have 10 digits (06/08/09), landlines 9 (02–07); +66 replaces the leading 0.
_MOBILE = re.compile(r"^0[689]\d{8}$")
_LANDLINE = re.compile(r"^0[2-7]\d{7}$")
_SEPARATORS = re.compile(r"[\s\-().]")


def normalise_phone(value):
    """Return the phone in the usual Thai layout (081-234-5678, 074-611-234) or raise ValidationError."""
    raw = _SEPARATORS.sub("", str(value or ""))
    if raw.startswith("+66"):
        raw = "0" + raw[3:]
    if _MOBILE.match(raw):
        return f"{raw[:3]}-{raw[3:6]}-{raw[6:]}"
    if _LANDLINE.match(raw):
        return f"{raw[:3]}-{raw[3:6]}-{raw[6:]}"
    raise ValidationError(
        "หมายเลขโทรศัพท์ %(value)s ไม่ถูกต้อง (ใช้รูปแบบ 08x-xxx-xxxx หรือ 07x-xxx-xxx)",
        code="invalid_phone",
        params={"value": value},
    )


def split_phones(value):
    return [part.strip() for part in re.split(r"[,;/\n]", str(value or "")) if part.strip()]


def normalise_phones(value):
    """Several numbers separated by commas: each checked, returned as one normalised string."""
    return ", ".join(normalise_phone(part) for part in split_phones(value))


def validate_phones(value):
    normalise_phones(value)


_ORDER_NUMBER = re.compile(r"^\d{1,5}/\d{4}$")


def validate_order_number(value):
    if not _ORDER_NUMBER.match(value or ""):
        raise ValidationError("เลขที่คำสั่งต้องอยู่ในรูปแบบ เลขที่/ปี พ.ศ. เช่น 295/2557", code="invalid_order_number")
