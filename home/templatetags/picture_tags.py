from django import template

from home import pictures

register = template.Library()


@register.simple_tag
def picture(image, spec, alt="", eager=False, transparent=False, css_class="", sizes=""):
    """``home.pictures.picture``; used by ``components/picture.html`` only."""
    if not image:
        return ""
    formats = pictures.TRANSPARENT_FORMATS if transparent else pictures.FORMATS
    return pictures.picture(
        image, spec, alt=alt, eager=eager, formats=formats, sizes=sizes, **{"class": css_class}
    )
