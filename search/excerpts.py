"""The excerpt under each result: the text around the first match, matched words marked.

Thai has no spaces, so matching is on substrings of the text (after the same digit and case folding
as the index), and the window is cut at a space or between two Thai words (PyThaiNLP).
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from search import thai

WINDOW = 110  # characters either side of the first match


def highlight_words(query, groups=()):
    """The words to mark: the query's words and every form of a synonym group the query uses."""
    words = set(thai.words(query))
    for group in groups:
        if any(all(word in words for word in form) for form in group):
            words.update(word for form in group for word in form)
    return sorted((word for word in words if len(word) > 1), key=len, reverse=True)


def _fold(text):
    return text.translate(thai.THAI_DIGITS).lower()


def _cut(text, start, end):
    """Move ``start``/``end`` to the nearest word boundary so no word is cut in half."""
    if start > 0:
        space = text.rfind(" ", max(0, start - 20), start)
        start = space + 1 if space != -1 else _thai_boundary(text, start)
    if end < len(text):
        space = text.find(" ", end, end + 20)
        end = space if space != -1 else _thai_boundary(text, end)
    return start, end


def _thai_boundary(text, position):
    """The start of the Thai word that covers ``position`` (segmenting a few characters around it)."""
    left = max(0, position - 20)
    offset = left
    for token in _segment(text[left : position + 20]):
        if offset + len(token) > position:
            return offset
        offset += len(token)
    return position


def _segment(text):
    return thai._segment(text) if thai.has_thai(text) else [text]


def excerpt(text, words):
    """Safe HTML: about ``2 * WINDOW`` characters of ``text`` around the first match, matches in <mark>."""
    text = " ".join(text.split())
    if not text:
        return ""
    folded = _fold(text)
    pattern = re.compile("|".join(re.escape(_fold(word)) for word in words)) if words else None
    match = pattern.search(folded) if pattern else None
    if match:
        start, end = _cut(text, max(0, match.start() - WINDOW), min(len(text), match.end() + WINDOW))
    else:
        start, end = _cut(text, 0, min(len(text), 2 * WINDOW))
    parts = []
    position = start
    if pattern:
        for found in pattern.finditer(folded, start, end):
            parts.append(escape(text[position : found.start()]))
            parts.append(f"<mark>{escape(text[found.start() : found.end()])}</mark>")
            position = found.end()
    parts.append(escape(text[position:end]))
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(text) else ""
    return mark_safe(prefix + "".join(parts) + suffix)  # noqa: S308 (every piece of text is escaped)
