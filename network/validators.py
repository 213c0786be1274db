"""Thai phone numbers and lists of them, as PR officers write them in the register."""

import re

from django.core.exceptions import ValidationError
from pythainlp.util import thai_digit_to_arabic_digit

# Mobile numbers have 10 digits (06/08/09), landlines 9 (02–07); +66 replaces the leading 0.
_MOBILE = re.compile(r"^0[689]\d{8}$")
_LANDLINE = re.compile(r"^0[2-7]\d{7}$")
_SEPARATORS = re.compile(r"[\s\-().]")
# "074-611234 ต่อ 101", "074-611234 ext. 101", "074-611234#101"
_EXTENSION = re.compile(r"^(?P<number>.+?)\s*(?:ต่อ|ext\.?|x|#)\s*(?P<extension>\d{1,5})$", re.IGNORECASE)
# "074-695911-17": a block of lines, 074-695-911 to 074-695-917 (the last digits of the last number).
_RANGE = re.compile(r"^(?P<first>[\d\s()+.]*\d[\d\s()+.\-]*?\d)\s*-\s*(?P<last>\d{1,2})$")
MAX_RANGE = 10
_LIST_SEPARATORS = re.compile(r"[,;/\n|]|\s+(?:หรือ|และ)\s+")


def _digits(value):
    raw = _SEPARATORS.sub("", thai_digit_to_arabic_digit(str(value or "")))
    if raw.startswith("+66"):
        raw = "0" + raw[3:]
    elif raw.startswith("66") and len(raw) in (10, 11):
        raw = "0" + raw[2:]
    # Excel stores a phone typed as a number and drops its leading 0 (74611234, 812345678).
    if raw.isdigit() and (len(raw) == 8 and raw[0] in "234567" or len(raw) == 9 and raw[0] in "689"):
        raw = "0" + raw
    return raw


def _layout(raw):
    return f"{raw[:3]}-{raw[3:6]}-{raw[6:]}"


def normalise_phone(value):
    """Return the phone in the usual Thai layout (081-234-5678, 074-611-234, 074-611-234 ต่อ 101)
    or raise ValidationError."""
    text = str(value or "").strip()
    extension = ""
    if match := _EXTENSION.match(text):
        text, extension = match["number"], f" ต่อ {match['extension']}"
    raw = _digits(text)
    if _MOBILE.match(raw) or _LANDLINE.match(raw):
        return _layout(raw) + extension
    raise ValidationError(
        "หมายเลขโทรศัพท์ %(value)s ไม่ถูกต้อง (ใช้รูปแบบ 08x-xxx-xxxx หรือ 07x-xxx-xxx)",
        code="invalid_phone",
        params={"value": value},
    )


def normalise_phone_entry(value):
    """One entry of a list: a number, or a block of lines ("074-695911-17") as all its numbers."""
    text = str(value or "").strip()
    match = _RANGE.match(text)
    if match and not _LANDLINE.match(_digits(text)) and not _MOBILE.match(_digits(text)):
        first = normalise_phone(match["first"])
        digits = first.replace("-", "")
        last_digits = match["last"]
        last = int(digits[: len(digits) - len(last_digits)] + last_digits)
        start = int(digits)
        if not 0 < last - start < MAX_RANGE:
            raise ValidationError(
                "ช่วงหมายเลข %(value)s ไม่ถูกต้อง (เช่น 074-695911-17 คือ 074-695-911 ถึง 074-695-917)",
                code="invalid_phone_range",
                params={"value": value},
            )
        return [_layout(f"0{number}") for number in range(start, last + 1)]
    return [normalise_phone(text)]


def split_phones(value):
    """The entries of a cell or field that holds several numbers (comma, semicolon, slash, new line,
    "หรือ", "และ")."""
    return [part.strip() for part in _LIST_SEPARATORS.split(str(value or "")) if part.strip()]


def normalise_phones(value):
    """Several numbers in one text: each checked, returned as one normalised, comma-separated string."""
    numbers = []
    for entry in split_phones(value):
        for number in normalise_phone_entry(entry):
            if number not in numbers:
                numbers.append(number)
    return ", ".join(numbers)


def validate_phones(value):
    normalise_phones(value)


_ORDER_NUMBER = re.compile(r"^\d{1,5}/\d{4}$")


def validate_order_number(value):
    if not _ORDER_NUMBER.match(value or ""):
        raise ValidationError("เลขที่คำสั่งต้องอยู่ในรูปแบบ เลขที่/ปี พ.ศ. เช่น 295/2557", code="invalid_order_number")
