"""Import of the register from a spreadsheet in its export layout: all rows or none.

Every bad row is reported with its row number (as the spreadsheet numbers it, the heading being
row 1) and its reasons in Thai; if any row is bad nothing is saved. A row whose id (รหัส, the
export's first column) names a record updates it; a row without one (or with an id no longer in
the register) adds a record. ``plan_rows`` shows what would change without saving (the preview).
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
    """Identity keys of what the register holds already, each with the holder's (pk, name)."""
    existing = {}
    for obj in layout.model.objects.all():
        for key in _identity_keys(layout, obj):
            existing.setdefault(key[:2], (obj.pk, str(obj)))
    return existing


@dataclass
class Change:
    heading: str
    old: str
    new: str


@dataclass
class PlannedRow:
    row: int
    instance: object
    changes: list  # [Change] for an update; empty for a new record or an unchanged one
    is_new: bool


@dataclass
class ImportPlan:
    rows: list

    @property
    def created(self):
        return [row for row in self.rows if row.is_new]

    @property
    def updated(self):
        return [row for row in self.rows if not row.is_new and row.changes]

    @property
    def unchanged(self):
        return [row for row in self.rows if not row.is_new and not row.changes]


def _build(layout, cells, outlets, existing_objects=None):
    """An unsaved instance from one row's cells (the existing record, changed, when its id names
    one), its changes, and the reasons it is bad."""
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

    pk = values.pop("pk", None)
    original = (existing_objects or {}).get(pk)
    changes = []
    if original is not None:
        instance = original
        for column in layout.columns:
            if column.attr in values and column.attr != "pk":
                old = column.render(getattr(instance, column.attr))
                setattr(instance, column.attr, values[column.attr])
                new = column.render(getattr(instance, column.attr))
                if old != new:
                    changes.append(Change(column.heading, old, new))
    else:
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
    return instance, changes, reasons


def plan_rows(layout: Layout, rows):
    """Validate every row; return the ``ImportPlan`` (nothing saved) or raise ImportRefused."""
    if not rows or not any(rows):
        raise FileError("ไฟล์ว่าง ไม่มีแถวหัวตาราง")
    heading = [str(cell or "").strip() for cell in rows[0]]
    missing = [c.heading for c in layout.columns if c.heading not in heading and not c.optional_heading]
    if missing:
        raise FileError(
            "หัวตารางไม่ตรงกับแบบฟอร์มส่งออก ขาดคอลัมน์: " + ", ".join(missing) + " (ใช้ไฟล์ที่ส่งออกจากระบบเป็นแบบ)"
        )
    positions = [heading.index(c.heading) if c.heading in heading else None for c in layout.columns]
    outlets = {o.name.casefold(): o for o in MediaOutlet.objects.all()}
    existing = _existing_keys(layout)
    existing_objects = {obj.pk: obj for obj in layout.model.objects.all()}
    seen_in_file, seen_ids = {}, {}
    planned, errors = [], []
    for number, row in enumerate(rows[1:], start=2):
        if not any(_cell_present(cell) for cell in row):
            continue  # blank lines at the end of a sheet are not rows
        cells = [row[p] if p is not None and p < len(row) else None for p in positions]
        instance, changes, reasons = _build(layout, cells, outlets, existing_objects)
        if instance.pk is not None:
            if instance.pk in seen_ids:
                reasons.append(f"รหัส {instance.pk} ซ้ำกับแถวที่ {seen_ids[instance.pk]} ในไฟล์")
            seen_ids[instance.pk] = number
        for kind, value, description in _identity_keys(layout, instance):
            holder = existing.get((kind, value))
            if holder and holder[0] != instance.pk:
                reasons.append(f"ซ้ำกับข้อมูลที่มีอยู่แล้ว ({description}: {holder[1]})")
            elif (kind, value) in seen_in_file:
                reasons.append(f"ซ้ำกับแถวที่ {seen_in_file[(kind, value)]} ในไฟล์ ({description})")
            else:
                seen_in_file[(kind, value)] = number
        if reasons:
            errors.append(RowError(number, reasons))
        planned.append(PlannedRow(number, instance, changes, is_new=instance.pk is None))
    if errors:
        raise ImportRefused(errors)
    if not planned:
        raise FileError("ไม่มีข้อมูลในไฟล์ นอกจากหัวตาราง")
    return ImportPlan(planned)


def _cell_present(cell):
    return cell is not None and str(cell).strip() != ""


def import_rows(layout, rows):
    """Check, then save the new and changed rows in one transaction. Returns the ``ImportPlan``."""
    plan = plan_rows(layout, rows)
    with transaction.atomic():
        for row in plan.created + plan.updated:
            row.instance.save()
    return plan
