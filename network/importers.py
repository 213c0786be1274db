"""Import of the register from a spreadsheet in its export layout: all rows or none.

Every bad row is reported with its row number (as the spreadsheet numbers it, the heading being
row 1) and its reasons in Thai; if any row is bad nothing is saved.
"""

from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db import transaction

from network.models import MediaContact, MediaOutlet, NetworkMember
from network.spreadsheet import CellError, FileError, Layout
from network.validators import normalise_phone, normalise_phone_entry, split_phones


@dataclass
class RowError:
    row: int
    reasons: list

    def __str__(self):
        return f"แถวที่ {self.row}: {'; '.join(self.reasons)}"


class ImportRefused(Exception):
    def __init__(self, errors):
        super().__init__(f"{len(errors)} errors")
        self.errors = errors


def _identity_keys(layout, instance):
    """What makes a row a duplicate: (kind, normalised value, Thai description) triples."""
    keys = []
    if layout.model is MediaOutlet:
        keys.append(("name", instance.name.casefold(), f"ชื่อสื่อ {instance.name}"))
    if layout.model is NetworkMember:
        keys.append(("name", instance.name.casefold(), f"ชื่อ {instance.name}"))
    if layout.model in (MediaContact, NetworkMember):
        if instance.email:
            keys.append(("email", instance.email.lower(), f"อีเมล {instance.email}"))
        for phone in instance.phone_list:
            keys.append(("phone", phone, f"โทรศัพท์ {phone}"))
    return keys


def _existing_keys(layout):
    """Identity keys of what the register holds already, each with the holder's name."""
    existing = {}
    for obj in layout.model.objects.all():
        for key in _identity_keys(layout, obj):
            existing.setdefault(key[:2], str(obj))
    return existing


def _build(layout, cells, outlets):
    """An unsaved instance from one row's cells, and the reasons it is bad."""
    reasons = []
    values = {}
    for column, cell in zip(layout.columns, cells, strict=False):
        try:
            value = column.parse(cell)
        except CellError as error:
            reasons.append(f"{column.heading}: {error}")
            continue
        if column.required and value in ("", None):
            reasons.append(f"ไม่มี{column.heading}")
            continue
        values[column.attr] = value

    if values.get("email"):
        values["email"] = values["email"].lower()
        try:
            validate_email(values["email"])
        except ValidationError:
            reasons.append(f"อีเมล “{values['email']}” ไม่ถูกต้อง")
            values.pop("email")
    if values.get("phones"):
        normalised = []
        for phone in split_phones(values["phones"]):
            try:
                normalised.extend(n for n in normalise_phone_entry(phone) if n not in normalised)
            except ValidationError:
                reasons.append(f"หมายเลขโทรศัพท์ “{phone}” ไม่ถูกต้อง")
        values["phones"] = ", ".join(normalised)
    if values.get("phone"):
        try:
            values["phone"] = normalise_phone(values["phone"])
        except ValidationError:
            reasons.append(f"หมายเลขโทรศัพท์ “{values['phone']}” ไม่ถูกต้อง")
            values.pop("phone")
    if "outlet" in values:
        outlet_name = values.pop("outlet")
        if outlet_name:
            outlet = outlets.get(outlet_name.casefold())
            if outlet is None:
                reasons.append(f"ไม่พบสื่อ “{outlet_name}” ในทะเบียนสื่อมวลชน")
            values["outlet"] = outlet

    instance = layout.model(**values)
    if not reasons:
        try:
            instance.full_clean()
        except ValidationError as error:
            for field_name, messages in error.message_dict.items():
                label = (
                    layout.model._meta.get_field(field_name).verbose_name if field_name != "__all__" else ""
                )
                reasons.extend(f"{label} {message}".strip() for message in messages)
    return instance, reasons


def check_rows(layout: Layout, rows):
    """Validate every row; return the unsaved instances or raise ImportRefused with all bad rows."""
    if not rows or not any(rows):
        raise FileError("ไฟล์ว่าง ไม่มีแถวหัวตาราง")
    heading = [str(cell or "").strip() for cell in rows[0]]
    missing = [h for h in layout.headings if h not in heading]
    if missing:
        raise FileError(
            "หัวตารางไม่ตรงกับแบบฟอร์มส่งออก ขาดคอลัมน์: " + ", ".join(missing) + " (ใช้ไฟล์ที่ส่งออกจากระบบเป็นแบบ)"
        )
    positions = [heading.index(h) for h in layout.headings]
    outlets = {o.name.casefold(): o for o in MediaOutlet.objects.all()}
    existing = _existing_keys(layout)
    seen_in_file = {}
    instances, errors = [], []
    for number, row in enumerate(rows[1:], start=2):
        if not any(_cell_present(cell) for cell in row):
            continue  # blank lines at the end of a sheet are not rows
        cells = [row[p] if p < len(row) else None for p in positions]
        instance, reasons = _build(layout, cells, outlets)
        for kind, value, description in _identity_keys(layout, instance):
            if (kind, value) in existing:
                reasons.append(f"ซ้ำกับข้อมูลที่มีอยู่แล้ว ({description}: {existing[(kind, value)]})")
            elif (kind, value) in seen_in_file:
                reasons.append(f"ซ้ำกับแถวที่ {seen_in_file[(kind, value)]} ในไฟล์ ({description})")
            else:
                seen_in_file[(kind, value)] = number
        if reasons:
            errors.append(RowError(number, reasons))
        instances.append(instance)
    if errors:
        raise ImportRefused(errors)
    if not instances:
        raise FileError("ไม่มีข้อมูลในไฟล์ นอกจากหัวตาราง")
    return instances


def _cell_present(cell):
    return cell is not None and str(cell).strip() != ""


def import_rows(layout, rows):
    """Check, then save every row in one transaction. Returns the saved instances."""
    instances = check_rows(layout, rows)
    with transaction.atomic():
        for instance in instances:
            instance.save()
    return instances
