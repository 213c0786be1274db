"""Demo content of the newsroom: news, activities and the journal, then content in the workflow."""

from newsroom.demo import news, workflow


def load(ctx):
    news.load(ctx)
    workflow.load(ctx)
