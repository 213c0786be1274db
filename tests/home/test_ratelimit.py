"""The client address the public forms' rate limit and the login lockout count."""

import pytest
from django.test import RequestFactory

from home.ratelimit import client_ip, hit, rate_key


def _request(remote, forwarded=None):
    extra = {"HTTP_X_FORWARDED_FOR": forwarded} if forwarded else {}
    return RequestFactory().post("/", REMOTE_ADDR=remote, **extra)


def test_direct_visitor_is_counted_by_remote_addr_and_cannot_spoof_forwarded_for():
    assert client_ip(_request("203.0.113.7", "198.51.100.1")) == "203.0.113.7"


def test_behind_our_proxy_the_address_it_saw_is_counted(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    assert client_ip(_request("10.0.0.2", "198.51.100.1, 203.0.113.7")) == "203.0.113.7"


def test_a_chain_of_our_own_proxies_is_skipped_from_the_right(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8", "2001:db8:ffff::/48"]
    request = _request("10.1.2.3", "198.51.100.1, 203.0.113.7, 2001:db8:ffff::5, 10.9.9.9")
    assert client_ip(request) == "203.0.113.7"


def test_garbage_in_forwarded_for_falls_back_to_the_proxy_itself(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    assert client_ip(_request("10.0.0.2", "<script>, \x00")) == "10.0.0.2"


def test_a_proxy_outside_the_ranges_is_not_believed(settings):
    settings.TRUSTED_PROXIES = ["10.0.0.0/8"]
    assert client_ip(_request("192.0.2.50", "203.0.113.7")) == "192.0.2.50"


def test_ipv6_visitors_are_counted_per_64():
    assert rate_key("2001:db8:1:2:aaaa::1") == rate_key("2001:db8:1:2:ffff::9") == "2001:db8:1:2::/64"
    assert rate_key("2001:db8:1:3::1") != rate_key("2001:db8:1:2::1")
    assert rate_key("203.0.113.7") == "203.0.113.7"
    assert rate_key("::ffff:203.0.113.7") == "203.0.113.7"


@pytest.mark.parametrize("second", ["2001:db8:1:2::beef", "2001:db8:1:2:ffff:ffff:ffff:ffff"])
def test_a_visitor_cannot_escape_the_limit_by_changing_address_inside_its_64(second):
    assert hit("test", _request("2001:db8:1:2::1"), limit=1, window_seconds=60)
    assert not hit("test", _request(second), limit=1, window_seconds=60)
    assert hit("test", _request("2001:db8:1:3::1"), limit=1, window_seconds=60)
