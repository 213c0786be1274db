"""Demo synonyms: the abbreviations an office writes and the long forms the public types. Idempotent."""

from search.models import SearchSynonym

DEMO_SYNONYMS = [
    ["ผอ.", "ผู้อำนวยการ"],
    ["รอง ผอ.", "รองผู้อำนวยการ"],
    ["สพป.", "สำนักงานเขตพื้นที่การศึกษาประถมศึกษา"],
    ["สพม.", "สำนักงานเขตพื้นที่การศึกษามัธยมศึกษา"],
    ["สพฐ.", "สำนักงานคณะกรรมการการศึกษาขั้นพื้นฐาน"],
    ["ศธ.", "กระทรวงศึกษาธิการ"],
    ["ปีงบ", "ปีงบประมาณ"],
]


def load(ctx):
    for terms in DEMO_SYNONYMS:
        text = "\n".join(terms)
        if not SearchSynonym.objects.filter(terms=text).exists():
            SearchSynonym.objects.create(terms=text, note="ข้อมูลตัวอย่าง")
    ctx.log(f"demo: {len(DEMO_SYNONYMS)} synonym groups")
