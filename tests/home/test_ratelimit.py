"""The client address the contribution rate limit counts."""

from django.test import RequestFactory

from home.ratelimit import client_ip


def test_direct_visitor_is_counted_by_remote_addr_and_cannot_spoof_forwarded_for():
    request = RequestFactory().post("/", REMOTE_ADDR="203.0.113.7", HTTP_X_FORWARDED_FOR="198.51.100.1")
    assert client_ip(request) == "203.0.113.7"


def test_behind_our_proxy_the_address_it_saw_is_counted(settings):
    settings.TRUSTED_PROXY_IPS = ("10.0.0.2",)
    request = RequestFactory().post(
        "/", REMOTE_ADDR="10.0.0.2", HTTP_X_FORWARDED_FOR="198.51.100.1, 203.0.113.7"
    )
    assert client_ip(request) == "203.0.113.7"
