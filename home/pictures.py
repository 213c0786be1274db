"""Public images as ``<picture>``: AVIF and WebP where the browser takes them, JPEG otherwise, each
``<img>`` with its width and height (no layout shift) and lazy unless it is the first image seen.

``templates/components/picture.html`` is the one include every public template uses; lists
prefetch the renditions it needs with ``rendition_prefetch`` (no rendition is looked up, let alone
generated, per card).
"""

from django.db.models import Prefetch
from wagtail.images import get_image_model
from wagtail.images.models import Picture
from wagtail.images.shortcuts import get_renditions_or_not_found

FORMATS = ("avif", "webp", "jpeg")
# A logo or a drawing keeps its transparency.
TRANSPARENT_FORMATS = ("avif", "webp", "png")


def picture_specs(spec, formats=FORMATS):
    """Every rendition of ``spec`` (one filter, or several sizes joined by commas for a srcset)."""
    return [f"{size}|format-{fmt}" for fmt in formats for size in spec.split(",")]


def picture(image, spec, alt="", eager=False, formats=FORMATS, **attrs):
    """The ``<picture>`` element of ``image`` resized by ``spec`` (``fill-640x400``, ``width-1200``).

    ``eager``: the first image a reader sees (the largest contentful paint) loads at once and first;
    every other one waits until it nears the viewport.
    """
    renditions = get_renditions_or_not_found(image, picture_specs(spec, formats))
    attrs = {"alt": alt, "decoding": "async", **{k: v for k, v in attrs.items() if v}}
    if eager:
        attrs["fetchpriority"] = "high"
    else:
        attrs["loading"] = "lazy"
    return Picture(renditions, attrs)


def rendition_prefetch(field, spec, formats=FORMATS):
    """``select_related(field)`` plus this ``Prefetch``: the image in the page's query and its
    renditions for ``picture.html`` in one more, however many cards."""
    rendition_model = get_image_model().get_rendition_model()
    return Prefetch(
        f"{field}__renditions",
        queryset=rendition_model.objects.filter(filter_spec__in=picture_specs(spec, formats)),
        to_attr="prefetched_renditions",
    )
