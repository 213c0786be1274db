"""The part of indexing shared by both databases: every text value of an object goes through Thai analysis."""

from search import thai


class ThaiIndexerMixin:
    """Mixed into the vendor's ``ObjectIndexer``: each text is stored as Thai index terms."""

    def prepare_value(self, value):
        # Lists and dicts (StreamField content, related objects) come back here item by item.
        if isinstance(value, (list, dict)):
            return super().prepare_value(value)
        return thai.index_text(super().prepare_value(value))
