"""``{{ page|absolute_url }}``, ``{{ rendition.url|absolute_url }}``: links built from the
configured base URL (``home.site_url``), never from the request's host."""

from django import template

from home.site_url import absolute_url as _absolute_url

register = template.Library()


@register.filter
def absolute_url(target):
    return _absolute_url(target)
