"""What the network did with one page: its channel log, clippings and e-mail progress.

The yearly counts per channel are the PR report's (``reports.kpis.channel_items``).
"""

from network.models import ChannelLog, CoverageClipping, Release


def page_summary(page):
    """Everything the network did with one page: channels, clippings and e-mail progress."""
    logs = list(
        ChannelLog.objects.filter(page=page).select_related("recorded_by", "channel").order_by("published_at")
    )
    clippings = list(CoverageClipping.objects.filter(page=page).select_related("outlet", "scan"))
    release = Release.objects.filter(page=page).first()
    return {
        "logs": logs,
        "channels": sorted({log.channel.name for log in logs}),
        "clippings": clippings,
        "release": release,
        "progress": release.progress() if release else None,
    }
