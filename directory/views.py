"""``/directory/``: the public staff directory (ทำเนียบบุคลากร) and the phone book; the staff-only part
(school directors and the area's boards) behind the admin login."""

from functools import wraps

from django.contrib.auth.views import redirect_to_login
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control
from wagtail.models import Site

from directory.book import office_sections, staff_sections
from directory.pdf import phone_book_pdf
from home.models import OfficeSettings


def staff_only(view):
    """Staff = people who may use the admin. Others are sent to log in; logged-in non-staff get 403."""

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path(), "wagtailadmin_login")
        if not request.user.has_perm("wagtailadmin.access_admin"):
            return TemplateResponse(request, "directory/forbidden.html", status=403)
        response = view(request, *args, **kwargs)
        patch_cache_control(response, private=True, no_store=True)
        return response

    return wrapped


def _office(request):
    site = Site.find_for_request(request)
    return OfficeSettings.for_site(site) if site else OfficeSettings.objects.first()


def directory(request):
    return TemplateResponse(
        request, "directory/directory.html", {"sections": office_sections(with_photos=True)}
    )


def _pdf_response(pdf, filename):
    response = HttpResponse(pdf, content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def phone_book(request):
    office = _office(request)
    pdf = phone_book_pdf(office.office_name, office_sections(), today=timezone.localdate())
    return _pdf_response(pdf, "phone-book.pdf")


@staff_only
def staff_directory(request):
    return TemplateResponse(request, "directory/staff.html", {"sections": staff_sections()})


@staff_only
def staff_phone_book(request):
    office = _office(request)
    pdf = phone_book_pdf(office.office_name, office_sections(), staff_sections(), today=timezone.localdate())
    return _pdf_response(pdf, "phone-book-staff.pdf")
