"""Every admin URL that serves the register, read from Django's URL resolver.

A hand-written list misses what Wagtail adds on its own (choosers, their results and "chosen" JSON,
history results, bulk actions); walking the resolver finds every view registered for a register
model, so a view that a Wagtail upgrade adds is tested the day it appears.
"""

import re

from django.urls import URLPattern, URLResolver, get_resolver, reverse

from network.spreadsheet import LAYOUTS

# Wagtail views that take any model by its app label and name; they are filled in for each model.
GENERIC_MODEL_VIEWS = {"wagtail_bulk_action": {"action": "delete"}}


def walk(patterns=None, route="", namespaces=()):
    """Yield ``(full name, route)`` of every named URL pattern."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            inner = (*namespaces, pattern.namespace) if pattern.namespace else namespaces
            yield from walk(pattern.url_patterns, route + str(pattern.pattern), inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            yield ":".join((*namespaces, pattern.name)), route + str(pattern.pattern)


def _parameters(route):
    return re.findall(r"<(?:\w+:)?(\w+)>", route)


def register_urls(models, page, pending_member):
    """URLs (with query strings where a view needs them) of every view of the register."""
    labels = {model._meta.model_name: model for model in models}
    urls = []
    for name, route in walk():
        if not route.startswith("admin/"):
            continue
        params = _parameters(route)
        if name in GENERIC_MODEL_VIEWS:
            for model_name, model in labels.items():
                obj = model.objects.first()
                kwargs = {"app_label": "network", "model_name": model_name, **GENERIC_MODEL_VIEWS[name]}
                urls.append(reverse(name, kwargs=kwargs) + f"?id={obj.pk}")
            continue
        model = next((m for n, m in labels.items() if re.search(rf"_network_{n}(:|$)", name)), None)
        if model is not None:
            urls.extend(_model_view_urls(name, params, model))
        elif route.startswith("admin/network/") or name.startswith("network_"):
            urls.extend(_custom_view_urls(name, params, page, pending_member))
    return urls


def _model_view_urls(name, params, model):
    obj = model.objects.first()
    if params:
        return [reverse(name, kwargs={params[0]: obj.pk})]
    url = reverse(name)
    if name.endswith(":list"):
        return [url, f"{url}?export=csv", f"{url}?export=xlsx", f"{url}?q=a"]
    if name.endswith(("choose", "choose_results")):
        return [url, f"{url}?q=a"]
    if name.endswith("chosen_multiple"):
        return [f"{url}?id={obj.pk}"]
    return [url]


def _custom_view_urls(name, params, page, pending_member):
    if params == ["layout"]:
        return [reverse(name, kwargs={"layout": layout}) for layout in LAYOUTS]
    values = {"page_id": page.pk, "pk": pending_member.pk}
    return [reverse(name, kwargs={p: values[p] for p in params})]
