"""Template filters for Buddhist-Era dates: ``{{ page.date|thai_date }}``.

Loaded as a template builtin, so templates need no ``{% load %}``. Each date filter takes an
optional argument ``"thai"`` for Thai digits: ``{{ d|thai_date:"thai" }}``.
"""

from django import template

from home import thai_dates

register = template.Library()


def _digits(arg):
    return arg in ("thai", True, "th")


@register.filter
def thai_date(value, arg=None):
    return thai_dates.thai_date(value, _digits(arg))


@register.filter
def thai_date_short(value, arg=None):
    return thai_dates.thai_date_short(value, _digits(arg))


@register.filter
def thai_time(value, arg=None):
    return thai_dates.thai_time(value, _digits(arg))


@register.filter
def thai_datetime(value, arg=None):
    return thai_dates.thai_datetime(value, _digits(arg))


@register.filter
def thai_month_year(value, arg=None):
    return thai_dates.thai_month_year(value, _digits(arg))


@register.filter
def thai_digits(value):
    return thai_dates.to_thai_digits(value)


@register.filter
def be_year(value):
    return "" if value in (None, "") else thai_dates.be_year(value)


@register.filter
def fiscal_year(value):
    return "" if value in (None, "") else thai_dates.fiscal_year_of(value)
