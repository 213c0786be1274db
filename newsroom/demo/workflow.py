"""Demo content (filled by the workflow work)."""


def load(ctx):
    return None
