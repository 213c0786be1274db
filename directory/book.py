"""What the directory and the phone book list, in the order they list it: executives first, then each
group in the order of the site's tree; for staff, the boards. A fixed number of queries."""

from dataclasses import dataclass, field

from directory.models import Board, DirectoryEntry
from home.models import PERSON_PHOTO_FILTER, DepartmentPage, Person
from home.pictures import rendition_prefetch


@dataclass
class Section:
    title: str
    people: list = field(default_factory=list)
    slug: str = ""


def office_sections(with_photos=False):
    """The office's staff from the people records: executives, each group, then anyone without a group."""
    people = Person.objects.select_related("department").order_by("sort_order", "last_name", "id")
    if with_photos:
        # The photo with the person, its renditions (components/picture.html) in one more query.
        people = people.select_related("photo").prefetch_related(
            rendition_prefetch("photo", PERSON_PHOTO_FILTER)
        )
    people = list(people)
    departments = list(
        DepartmentPage.objects.live().public().order_by("path").only("id", "title", "slug", "phone")
    )
    sections = [Section("ผู้บริหาร", [person for person in people if person.is_executive], "executives")]
    by_department = {
        department.pk: Section(department.title, [], department.slug) for department in departments
    }
    others = Section("บุคลากรอื่น", [], "others")
    for person in people:
        if person.is_executive:
            continue
        by_department.get(person.department_id, others).people.append(person)
    sections.extend(by_department[department.pk] for department in departments)
    sections.append(others)
    return [section for section in sections if section.people]


def staff_sections():
    """The boards of the staff-only part, in the order of ``Board``."""
    entries = list(DirectoryEntry.objects.order_by("sort_order", "name"))
    sections = []
    for value, label in Board.choices:
        members = [entry for entry in entries if entry.board == value]
        if members:
            sections.append(Section(label, members, value))
    return sections
