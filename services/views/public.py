"""The public side: the three forms, the thank-you page with the tracking code, tracking, the Q&A page
and the complaint statistics (ITA). No login, no JavaScript needed."""

from django.core import signing
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.cache import patch_cache_control
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_http_methods

from home.ratelimit import hit
from home.thai_dates import current_fiscal_year
from newsroom.listing import paginate
from services.forms import FORMS, TrackForm
from services.models import CaseAttachment, CaseKind
from services.statistics import complaint_statistics
from services.workflow import open_case

SUBMISSIONS_PER_HOUR = 5
QUESTIONS_PER_PAGE = 30
TRACKING_ATTEMPTS_PER_HOUR = 20
SESSION_KEY = "services_last_code"
DOWNLOAD_SALT = "services.answer-document"
DOWNLOAD_MAX_AGE = 60 * 60  # seconds a download link of the tracking page stays valid

NACC_CHANNELS = [
    ("สำนักงาน ป.ป.ช. (คณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ)", "https://www.nacc.go.th/", "สายด่วน 1205"),
    ("สำนักงาน ป.ป.ท. (คณะกรรมการป้องกันและปราบปรามการทุจริตในภาครัฐ)", "https://www.pacc.go.th/", "สายด่วน 1206"),
]

PAGES = {
    CaseKind.QUESTION: {
        "title": "ถาม-ตอบ สอบถามสำนักงาน",
        "intro": "สอบถามเรื่องที่เกี่ยวกับงานของสำนักงาน เจ้าหน้าที่ของกลุ่มงานที่รับผิดชอบจะตอบภายในกำหนด "
        "คำถามที่เป็นประโยชน์ต่อผู้อื่นอาจเผยแพร่ในหน้าถาม-ตอบ โดยไม่แสดงชื่อและข้อมูลของผู้ถาม",
        "button": "ส่งคำถาม",
    },
    CaseKind.COMPLAINT: {
        "title": "แจ้งเรื่องร้องเรียน ร้องทุกข์ และการทุจริตและประพฤติมิชอบ",
        "intro": "ร้องเรียนการให้บริการ การปฏิบัติงานของเจ้าหน้าที่ หรือแจ้งเบาะแสการทุจริตและประพฤติมิชอบ "
        "เรื่องทุจริตเปิดเผยเฉพาะเจ้าหน้าที่ที่สำนักงานมอบหมาย (กลุ่มกฎหมายและคดีและผู้อำนวยการ) "
        "และร้องเรียนโดยไม่ประสงค์ออกนามได้",
        "button": "ส่งเรื่องร้องเรียน",
    },
    CaseKind.INFORMATION_REQUEST: {
        "title": "คำขอข้อมูลข่าวสารราชการ",
        "intro": "ขอข้อมูลข่าวสารของราชการตามพระราชบัญญัติข้อมูลข่าวสารของราชการ พ.ศ. 2540 "
        "สำนักงานแจ้งผลภายใน 15 วันทำการ หากข้อมูลมีจำนวนมากหรือต้องใช้เวลา จะแจ้งกำหนดให้ทราบ",
        "button": "ส่งคำขอ",
    },
}


def _private(response):
    # Pages with a CSRF token or a person's case are never kept by a shared cache.
    patch_cache_control(response, private=True, no_cache=True, no_store=True)
    return response


def _render(request, template, context, status=200):
    return _private(TemplateResponse(request, template, context, status=status))


@csrf_protect
@require_http_methods(["GET", "HEAD", "POST"])
def case_form(request, kind):
    form_class = FORMS[kind]
    context = {
        "kind": kind,
        **PAGES[kind],
        "nacc_channels": NACC_CHANNELS if kind == CaseKind.COMPLAINT else (),
    }
    if request.method != "POST":
        return _render(request, "services/case_form.html", {**context, "form": form_class()})
    if not hit(f"services-{kind}", request, SUBMISSIONS_PER_HOUR, 3600):
        typed = {k: v for k, v in request.POST.items() if k not in ("website", "csrfmiddlewaretoken")}
        return _render(
            request,
            "services/case_form.html",
            {**context, "form": form_class(initial=typed), "rate_limited": True},
            status=429,
        )
    form = form_class(request.POST, request.FILES)
    if form.is_bot:
        # Looks like success, so a bot learns nothing; nothing is stored.
        return redirect("services_submitted")
    if not form.is_valid():
        return _render(request, "services/case_form.html", {**context, "form": form}, status=400)
    case = open_case(form.save(), request=request, attachments=form.attachments())
    request.session[SESSION_KEY] = case.tracking_code
    return redirect("services_submitted")


def submitted(request):
    """The thank-you page: the tracking code of the case just sent (kept in the visitor's session)."""
    from services.models import Case

    code = request.session.get(SESSION_KEY)
    case = Case.objects.filter(tracking_code=code).first() if code else None
    return _render(request, "services/submitted.html", {"case": case})


@csrf_protect
@require_http_methods(["GET", "HEAD", "POST"])
def track(request):
    """A case's status and public answer, for whoever knows its code and the contact given with it."""
    if request.method != "POST":
        return _render(request, "services/track.html", {"form": TrackForm(initial=request.GET.dict())})
    if not hit("services-track", request, TRACKING_ATTEMPTS_PER_HOUR, 3600):
        return _render(
            request, "services/track.html", {"form": TrackForm(), "rate_limited": True}, status=429
        )
    form = TrackForm(request.POST)
    if not form.is_valid():
        return _render(request, "services/track.html", {"form": form}, status=400)
    case = form.find()
    if case is None:
        return _render(
            request, "services/track.html", {"form": form, "not_found": TrackForm.NOT_FOUND}, status=404
        )
    signer = signing.TimestampSigner(salt=DOWNLOAD_SALT)
    documents = [
        (attachment, signer.sign(str(attachment.pk)))
        for attachment in case.attachments.filter(is_answer=True)
        if case.status != "received"
    ]
    return _render(request, "services/track.html", {"form": form, "case": case, "documents": documents})


def answer_document(request, token):
    """An answer document, through the signed link the tracking page gave (valid for an hour)."""
    signer = signing.TimestampSigner(salt=DOWNLOAD_SALT)
    try:
        pk = signer.unsign(token, max_age=DOWNLOAD_MAX_AGE)
    except signing.BadSignature:
        raise Http404("ลิงก์หมดอายุหรือไม่ถูกต้อง โปรดติดตามเรื่องอีกครั้งเพื่อรับลิงก์ใหม่") from None
    attachment = get_object_or_404(CaseAttachment, pk=pk, is_answer=True)
    response = FileResponse(
        attachment.file.open("rb"), as_attachment=True, filename=attachment.original_filename
    )
    response["X-Content-Type-Options"] = "nosniff"
    return _private(response)


def questions(request):
    """The public Q&A page: published answered questions by topic, without anyone's details."""
    from services.models import Case

    published = (
        Case.objects.published_questions()
        .select_related("topic")
        .only("public_question", "public_answer", "closed_at", "topic__name", "topic__sort_order")
        .order_by("topic__sort_order", "topic__name", "-closed_at", "-id")
    )
    page_obj = paginate(request, published, QUESTIONS_PER_PAGE)
    topics = {}
    for case in page_obj:
        topics.setdefault(case.topic, []).append(case)
    return TemplateResponse(
        request, "services/questions.html", {"topics": list(topics.items()), "page_obj": page_obj}
    )


def statistics(request, year=None):
    """O18: complaint figures of a fiscal year, first six months and whole year, from the records."""
    year = year or current_fiscal_year()
    if not 2500 <= year <= 2700:
        raise Http404("ไม่มีปีงบประมาณนี้")
    return TemplateResponse(
        request,
        "services/statistics.html",
        {
            "stats": complaint_statistics(year),
            "years": range(current_fiscal_year(), current_fiscal_year() - 5, -1),
        },
    )


def index(request):
    return TemplateResponse(request, "services/index.html", {"pages": PAGES, "form_urls": _form_urls()})


def _form_urls():
    return {kind: reverse(f"services_{kind}") for kind in CaseKind}


def information_center(request):
    """The information center's register of §7 and §9 information, from the pages' disclosure categories."""
    from services.register import register_page

    return TemplateResponse(request, "services/information_center.html", register_page(request))
