"""Demo content of the newsroom: news of two fiscal years, upcoming activities and six journal issues.

Idempotent: pages are found by slug under their parent, contributions by title.
"""

from datetime import date, timedelta

from newsroom.models import (
    JournalArticle,
    JournalColumn,
    JournalContribution,
    JournalIssuePage,
    NewsAttachment,
    NewsPage,
)
from newsroom.models.news import Product, Stream
from newsroom.skeleton import ensure_indexes
from newsroom.time_standards import Kind

# (title, intro, tags)
NEWS_TOPICS = [
    (
        "ประชุมผู้บริหารสถานศึกษาประจำเดือน",
        "ผู้อำนวยการ สพป. ประชุมผู้บริหารสถานศึกษาทุกแห่ง ชี้แจงนโยบายและแนวทางการบริหารจัดการ",
        ["ประชุม", "ผู้บริหาร"],
    ),
    (
        "ตรวจเยี่ยมโรงเรียนขนาดเล็กในอำเภอป่าบอน",
        "คณะผู้บริหารลงพื้นที่ติดตามการจัดการเรียนการสอนและให้กำลังใจครู",
        ["ตรวจราชการ", "โรงเรียนขนาดเล็ก"],
    ),
    (
        "แถลงข่าวการรับนักเรียนปีการศึกษาใหม่",
        "สพป. แถลงปฏิทินและหลักเกณฑ์การรับนักเรียนของโรงเรียนในสังกัด",
        ["รับนักเรียน", "แถลงข่าว"],
    ),
    ("ประกาศจัดกิจกรรมวันภาษาไทยแห่งชาติ", "เชิญโรงเรียนในสังกัดร่วมกิจกรรมวันภาษาไทยแห่งชาติ", ["ภาษาไทย", "กิจกรรม"]),
    (
        "อบรมครูด้านการจัดการเรียนรู้เชิงรุก",
        "พัฒนาครูผู้สอนให้จัดการเรียนรู้แบบ Active Learning",
        ["พัฒนาครู", "Active Learning"],
    ),
    (
        "นิเทศติดตามการอ่านออกเขียนได้ชั้น ป.1",
        "ศึกษานิเทศก์ติดตามผลการอ่านออกเขียนได้ของนักเรียนชั้นประถมศึกษาปีที่ 1",
        ["นิเทศ", "การอ่าน"],
    ),
    ("พิธีถวายพระพรชัยมงคล", "ข้าราชการและบุคลากรร่วมพิธีถวายพระพรชัยมงคลเนื่องในวันเฉลิมพระชนมพรรษา", ["พระราชพิธี"]),
    ("มอบทุนการศึกษาแก่นักเรียนยากจน", "ภาคีเครือข่ายมอบทุนการศึกษาแก่นักเรียนที่ขาดแคลนทุนทรัพย์", ["ทุนการศึกษา", "เครือข่าย"]),
    ("การแข่งขันศิลปหัตถกรรมนักเรียนระดับเขตพื้นที่", "นักเรียนกว่าพันคนร่วมแข่งขันทักษะทางวิชาการ", ["ศิลปหัตถกรรม", "นักเรียน"]),
    (
        "ประชุมคณะกรรมการติดตามตรวจสอบและประเมินผล (ก.ต.ป.น.)",
        "คณะกรรมการพิจารณาผลการดำเนินงานตามแผนปฏิบัติการประจำปี",
        ["ประชุม", "ก.ต.ป.น."],
    ),
    ("บทความ: โรงเรียนคุณภาพของชุมชน", "ถอดบทเรียนโรงเรียนที่ชุมชนร่วมพัฒนา", ["โรงเรียนคุณภาพ"]),
    ("สารคดี: ครูผู้เสียสละบนเกาะกลางทะเลสาบ", "เรื่องราวของครูที่เดินทางด้วยเรือทุกวันเพื่อสอนนักเรียน", ["ครูดี"]),
]

STREAMS = [Stream.POLICY, Stream.PROACTIVE, Stream.PROACTIVE, Stream.ROYAL]
PRODUCTS = list(Product)
KINDS = [Kind.MEETING, Kind.INSPECTION, Kind.PRESS_CONFERENCE, Kind.ACTIVITY, Kind.GENERAL]

UPCOMING = [
    ("ประกาศรับสมัครการแข่งขันทักษะคณิตศาสตร์", 6, "หอประชุม สพป.พัทลุง เขต 2"),
    ("เชิญร่วมงานวันครู ประจำปี 2570", 20, "โรงเรียนอนุบาลป่าบอน"),
    ("ประกาศจัดอบรมการใช้ระบบ DMC สำหรับเจ้าหน้าที่โรงเรียน", 9, "ห้องประชุมกลุ่มส่งเสริมการศึกษาทางไกลฯ"),
    ("กิจกรรมวันเด็กแห่งชาติ สพป.พัทลุง เขต 2", 48, "สนามกีฬาอำเภอควนขนุน"),
]

# (period start, period end, volume, number)
JOURNAL_ISSUES = [
    (date(2025, 12, 1), date(2026, 1, 1), 11, 1),
    (date(2026, 2, 1), date(2026, 3, 1), 11, 2),
    (date(2026, 4, 1), date(2026, 5, 1), 11, 3),
    (date(2026, 6, 1), date(2026, 7, 1), 11, 4),
    (date(2026, 8, 1), date(2026, 9, 1), 11, 5),
    (date(2026, 10, 1), date(2026, 11, 1), 12, 1),
]

ARTICLES = [
    ("บก.แถลง", "ก้าวใหม่ของวารสาร", "กองบรรณาธิการ"),
    ("จากใจ ผอ.สพป.", "ร่วมสร้างคุณภาพการศึกษาเพื่อเด็กทุกคน", "นายสมชาย ศรีสุข"),
    ("ร้อยรสบทกวี", "ครูผู้จุดเทียน", "นางสาวจันทร์เพ็ญ ทองดี"),
    ("คุยเฟื่องเรื่องนิเทศ", "นิเทศแบบกัลยาณมิตร", "นายวีระ ชูช่วย"),
    ("รอบรั้วโรงเรียน", "ข่าวกิจกรรมโรงเรียนในสังกัด", "กองบรรณาธิการ"),
    ("มุมเผยแพร่นวัตกรรม", "เกมการศึกษาฝึกอ่านคำควบกล้ำ", "นางพรทิพย์ แก้วสว่าง"),
    ("รู้เรื่องเมืองลุง", "หนังตะลุงกับการเรียนรู้ภาษาถิ่น", "นายสุเทพ ด้วงแก้ว"),
]


def load(ctx):
    news_index, journal_index = ensure_indexes(ctx.home_page, user=ctx.users.get("admin"))
    images = [ctx.image(f"ภาพข่าวกิจกรรม {n + 1}", f"News {n + 1}", seed=n) for n in range(8)]
    _news(ctx, news_index, images)
    _upcoming(ctx, news_index, images)
    _journal(ctx, journal_index)
    _contributions()
    ctx.log(f"newsroom: {NewsPage.objects.count()} news, {JournalIssuePage.objects.count()} journal issues")


def _news(ctx, news_index, images):
    departments = list(ctx.departments.values())
    main = ctx.departments["general-administration"]
    document = ctx.document("คำสั่งแต่งตั้งคณะทำงาน", ["คำสั่งแต่งตั้งคณะทำงานจัดกิจกรรม", "สพป.พัทลุง เขต 2"])
    document.get_file_size()  # record the size the attachment list shows
    for n in range(44):
        title, intro, tags = NEWS_TOPICS[n % len(NEWS_TOPICS)]
        kind = KINDS[n % len(KINDS)]
        # Every fourth item is the PR officer's own, under /news/; the rest live in their group's room.
        in_index = n % 4 == 0
        parent = news_index if in_index else departments[n % len(departments)]
        published = ctx.days_ago(2 + n * 9, hour=9 + n % 8)
        event_start = event_end = None
        if kind == Kind.ACTIVITY:
            event_start = published + timedelta(days=3 + n % 5)
            event_end = event_start + timedelta(hours=6)
        elif kind != Kind.GENERAL:
            # Most items meet the standard; every seventh is late, as real offices are sometimes.
            late = n % 7 == 0
            event_end = published - timedelta(hours=30 if late else 1)
            event_start = event_end - timedelta(hours=3)
        image = images[n % len(images)]
        body = [
            (
                "paragraph",
                f"<p>{intro} ณ {ctx.departments['general-administration'].title} สพป.พัทลุง เขต 2</p>",
            )
        ]
        if n % 3 == 0:
            body.append(
                (
                    "gallery",
                    {
                        "title": "ภาพกิจกรรม",
                        "images": [
                            {
                                "image": images[(n + k) % len(images)],
                                "alt_text": f"ภาพกิจกรรมที่ {k + 1}",
                                "caption": "",
                                "credit": "งานประชาสัมพันธ์",
                            }
                            for k in range(3)
                        ],
                    },
                )
            )
        page = ctx.page(
            parent,
            NewsPage,
            f"news-{n + 1:03d}",
            first_published_at=published,
            title=f"{title} ครั้งที่ {n // len(NEWS_TOPICS) + 1}",
            intro=intro,
            stream=STREAMS[n % len(STREAMS)],
            product=PRODUCTS[n % len(PRODUCTS)],
            kind=kind,
            event_start=event_start,
            event_end=event_end,
            event_location="หอประชุม สพป.พัทลุง เขต 2" if event_start else "",
            cover_image=image,
            cover_alt=f"{title} ผู้เข้าร่วมกิจกรรมถ่ายภาพร่วมกัน",
            body=body,
            sources="ข้อมูล: งานประชาสัมพันธ์ สพป.พัทลุง เขต 2",
            credits="ข่าว: จ่าเอกสุริยนต์ ชมภู · ภาพ: งานประชาสัมพันธ์",
            photo_consent=True,
            featured=n in (0, 5, 10),
            department=main if in_index else None,
        )
        if not page.tags.exists():
            page.tags.add(*tags)
            if n % 5 == 0 and not page.attachments.exists():
                NewsAttachment.objects.create(page=page, document=document, title="คำสั่งที่เกี่ยวข้อง")
            page.save_revision(log_action=False).publish(log_action=False)
            NewsPage.objects.filter(pk=page.pk).update(
                first_published_at=published, last_published_at=published
            )


def _upcoming(ctx, news_index, images):
    for n, (title, days_ahead, place) in enumerate(UPCOMING):
        start = ctx.days_ago(-days_ahead, hour=9)
        ctx.page(
            news_index,
            NewsPage,
            f"activity-{n + 1:02d}",
            first_published_at=ctx.days_ago(1 + n),
            title=title,
            intro=f"ขอเชิญครู นักเรียน และผู้สนใจร่วม{title.removeprefix('ประกาศ').removeprefix('เชิญ')}",
            stream=Stream.PROACTIVE,
            product=Product.PRESS_RELEASE,
            kind=Kind.ACTIVITY,
            event_start=start,
            event_end=start + timedelta(hours=7),
            event_location=place,
            cover_image=images[n],
            cover_alt=f"ภาพประกอบ {title}",
            photo_consent=True,
            department=ctx.departments["general-administration"],
        )


def _journal(ctx, journal_index):
    columns = {column.name: column for column in JournalColumn.objects.all()}
    for start, end, volume, number in JOURNAL_ISSUES:
        slug = f"volume-{volume}-number-{number}"
        if journal_index.get_children().filter(slug=slug).exists():
            continue
        title = f"วารสารประชาสัมพันธ์ สพป.พัทลุง เขต 2 ปีที่ {volume} ฉบับที่ {number}"
        issue = JournalIssuePage(
            slug=slug,
            title=title,
            volume=volume,
            number=number,
            period_start=start,
            period_end=end,
            print_run=450,
            intro="รวมข่าวกิจกรรม นวัตกรรมของครู และสาระน่ารู้จากโรงเรียนในสังกัด",
            cover_image=ctx.image(
                f"ปกวารสาร ปีที่ {volume} ฉบับที่ {number}",
                f"Journal {volume}/{number}",
                seed=number,
                size=(600, 848),
            ),
            pdf=ctx.document(title, [title, "วารสารประชาสัมพันธ์ราย 2 เดือน", "สพป.พัทลุง เขต 2"]),
        )
        issue.pdf.get_file_size()
        for order, (column_name, article_title, author) in enumerate(ARTICLES):
            issue.articles.add(
                JournalArticle(
                    column=columns[column_name],
                    title=article_title,
                    author=author,
                    page_number=2 + order * 3,
                    sort_order=order,
                )
            )
        journal_index.add_child(instance=issue)
        issue.save_revision(user=ctx.users.get("pr"), log_action=False).publish(log_action=False)
        published = (
            ctx.now.replace(year=end.year, month=end.month, day=20) if end < ctx.now.date() else ctx.now
        )
        JournalIssuePage.objects.filter(pk=issue.pk).update(
            first_published_at=published, last_published_at=published
        )


def _contributions():
    column = JournalColumn.objects.filter(name="มุมเผยแพร่นวัตกรรม").first()
    JournalContribution.objects.get_or_create(
        title="นวัตกรรมบัตรคำพัฒนาการอ่าน",
        defaults={
            "name": "นางสาวสุดารัตน์ ทองเนื้อดี",
            "school": "โรงเรียนบ้านควนขนุน",
            "email": "sudarat@example.ac.th",
            "column": column,
            "text": "บัตรคำช่วยให้นักเรียนชั้น ป.1 อ่านคำพื้นฐานได้คล่องขึ้นภายในหนึ่งภาคเรียน",
            "authorship_confirmed": True,
            "consent_to_publish": True,
        },
    )
