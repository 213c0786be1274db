"""Names of the newsletter's log actions (registered in ``wagtail_hooks.py``)."""

PREFILL_ACTION = "newsletter.prefill"
