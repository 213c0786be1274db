"""The webmaster's synonym groups, as the query rewriter needs them (forms as tuples of words)."""

from search import thai


def parse_groups(term_lists):
    groups = []
    for terms in term_lists:
        forms = [tuple(thai.words(term)) for term in terms]
        forms = list(dict.fromkeys(form for form in forms if form))
        if len(forms) > 1:
            groups.append(forms)
    return groups


def synonym_groups():
    """One small query per search: an edit in the admin counts from the next search, on every worker."""
    from search.models import SearchSynonym

    return parse_groups(synonym.term_list for synonym in SearchSynonym.objects.only("terms"))
