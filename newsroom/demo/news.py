"""Demo content (filled by the news work)."""


def load(ctx):
    return None
