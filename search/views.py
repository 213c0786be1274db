"""``/search/``: the public site search (works without JavaScript)."""

from urllib.parse import urlencode

from django.apps import apps
from django.db.models import Q
from django.template.response import TemplateResponse
from django.views.generic import View
from modelsearch.query import Fuzzy, PlainText
from wagtail.models import Site

from caching.headers import set_public_cache_headers
from home.departments import owned_by_q
from home.models import DepartmentPage, OfficeSettings
from home.thai_dates import fiscal_year_period
from newsroom.listing import paginate
from search import kinds
from search.excerpts import highlight_words
from search.forms import SearchForm
from search.results import build_results
from search.synonyms import synonym_groups
from search.visibility import searchable_pages

RESULTS_PER_PAGE = 10


def cache_tags():
    """What a results page shows, as the page cache's tags (``caching.headers.page_tags``): pages of
    every searchable kind, which any publication, unpublication, withdrawal or edit of one purges
    (``caching.invalidation``), and the synonym list (a snippet, purged when saved or deleted).
    The site's tag, on every cached response, covers settings and moves."""
    labels = [kind.model for kind in kinds.KINDS.values()] + ["search.SearchSynonym"]
    return {f"listing:{label.lower()}" for label in labels}


def filter_pages(queryset, data, departments, site=None):
    """Filters on the Page model's own filter fields (the search backends check them)."""
    if data.get("type"):
        kind = kinds.KINDS[data["type"]]
        model = apps.get_model(kind.model)
        queryset = queryset.filter(id__in=model.objects.filter(kind.where).values("id"))
    if data.get("group"):
        # The owner rule of home.departments: pages in the group's room, or owned through their own
        # ``department`` field. Expressed as ``id``/``path`` filters, the fields Page's index can filter.
        department = departments[data["group"]]
        main_department_id = main_department_id_for(site)
        rooms = list(DepartmentPage.objects.values_list("path", flat=True))
        owned = Q(path__startswith=department.path)
        for model in kinds.models():
            if any(field.name == "department" for field in model._meta.fields):
                owned_pages = model.objects.filter(owned_by_q(department, main_department_id, rooms))
                owned |= Q(id__in=owned_pages.values("id"))
        queryset = queryset.filter(owned)
    if data.get("year"):
        start, end = fiscal_year_period(data["year"]).datetime_range()
        queryset = queryset.filter(first_published_at__gte=start, first_published_at__lt=end)
    return queryset


def main_department_id_for(site):
    return OfficeSettings.for_site(site).main_department_id if site else None


class SearchView(View):
    template_name = "search/search.html"

    def get(self, request):
        departments = list(DepartmentPage.objects.live().order_by("path").only("id", "slug", "title", "path"))
        form = SearchForm(request.GET if "q" in request.GET else None, departments=departments)
        context = {"form": form, "searched": form.is_bound}
        if form.is_bound and form.is_valid():
            context.update(self.search(request, form, departments))
        response = TemplateResponse(request, self.template_name, context)
        # The same for every anonymous reader: the page cache (and a proxy) may keep it until a purge.
        return set_public_cache_headers(request, response, tags=cache_tags())

    def search(self, request, form, departments):
        data = form.cleaned_data
        site = Site.find_for_request(request)
        # Specific pages straight from the search: the excerpts read their own fields.
        pages = filter_pages(searchable_pages(), data, form.departments, site).specific()
        hits = pages.search(PlainText(data["q"]))
        fuzzy = False
        if not hits.count():
            # Nothing matched exactly: a wrong tone mark or a missing one still finds the word.
            hits = pages.search(Fuzzy(data["q"]))
            fuzzy = bool(hits.count())
        page_obj = paginate(request, hits, RESULTS_PER_PAGE)
        words = highlight_words(data["q"], synonym_groups())
        query = request.GET.copy()
        query.pop("page", None)
        filtered = any(data.get(name) for name in ("type", "group", "year"))
        return {
            "query": data["q"],
            "page_obj": page_obj,
            "results": build_results(list(page_obj.object_list), words, request),
            "fuzzy": fuzzy,
            "filtered": filtered,
            "pagination_query": query.urlencode(),
            "unfiltered_query": urlencode({"q": data["q"]}),
        }
