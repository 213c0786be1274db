"""Rewrites a parsed search query into the Thai index terms of :mod:`search.thai`.

``PlainText("ประชุมผู้อำนวยการ")`` becomes an ``And`` with one slot per word; a slot matches the
word's own term, or all of its sub-words (the document may have been segmented differently around
it), or any form of a synonym group the words belong to. The result is built from the query
classes the database backends already compile and rank (``And``, ``Or``, ``PlainText``).
"""

from modelsearch.query import And, Boost, Fuzzy, MatchAll, Not, Or, Phrase, PlainText

from search import thai


def _leaf(text):
    return PlainText(text, operator="and")


def _word_query(word):
    own = _leaf(thai.term(word))
    parts = thai.split(word)
    if not parts:
        return own
    return Or([own, _leaf(" ".join(thai.term(part) for part in parts))])


def _words_query(words):
    queries = [_word_query(word) for word in words]
    return queries[0] if len(queries) == 1 else And(queries)


def _slots(words, groups):
    """Cut the query's words into slots: a synonym form found in the query (longest first), or one word."""
    slots, i = [], 0
    forms = sorted(((form, group) for group in groups for form in group), key=lambda fg: -len(fg[0]))
    while i < len(words):
        for form, group in forms:
            if form and tuple(words[i : i + len(form)]) == form:
                slots.append(Or([_words_query(list(alternative)) for alternative in group]))
                i += len(form)
                break
        else:
            slots.append(_word_query(words[i]))
            i += 1
    return slots


def _combine(slots, operator):
    if not slots:
        return Not(MatchAll())
    if len(slots) == 1:
        return slots[0]
    return And(slots) if operator == "and" else Or(slots)


def thai_query(query, groups=None):
    """The query in index terms. ``groups``: synonym groups, each a list of forms (tuples of words)."""
    if groups is None:
        from search.synonyms import synonym_groups

        groups = synonym_groups()
    if isinstance(query, Fuzzy):
        # Tone-less terms only: "ผู่อำนวยการ" (wrong tone mark) still meets "ผู้อำนวยการ".
        slots = [_leaf(thai.toneless_term(word)) for word in thai.words(query.query_string)]
        return _combine(slots, query.operator)
    if isinstance(query, PlainText):
        return _combine(_slots(thai.words(query.query_string), groups), query.operator)
    if isinstance(query, Phrase):
        # Word order is not kept in the index (sub-words sit beside their compound): all words must match.
        return _combine(_slots(thai.words(query.query_string), groups), "and")
    if isinstance(query, (And, Or)):
        return type(query)([thai_query(sub, groups) for sub in query.subqueries])
    if isinstance(query, Not):
        return Not(thai_query(query.subquery, groups))
    if isinstance(query, Boost):
        return Boost(thai_query(query.subquery, groups), query.boost)
    return query
