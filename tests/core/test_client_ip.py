"""A resident's address for the rate limits: the proxy's X-Forwarded-For is read only when the
request comes from a trusted proxy, and a visitor cannot put their own address in front."""

from django.test import RequestFactory

from core.form_guards import client_ip


def request(remote, forwarded=None):
    headers = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        headers["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **headers)


def test_a_direct_visitor_is_their_own_address_whatever_header_they_send(settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    assert client_ip(request("198.51.100.7", "203.0.113.9")) == "198.51.100.7"


def test_behind_the_trusted_proxy_the_address_it_saw_is_used(settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    assert client_ip(request("127.0.0.1", "198.51.100.7")) == "198.51.100.7"


def test_an_address_a_visitor_put_in_front_of_the_header_is_ignored(settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    assert client_ip(request("127.0.0.1", "203.0.113.9, 198.51.100.7")) == "198.51.100.7"


def test_a_chain_of_trusted_proxies_is_walked_to_the_visitor(settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1", "10.0.0.2"]
    assert client_ip(request("127.0.0.1", "198.51.100.7, 10.0.0.2")) == "198.51.100.7"


def test_the_proxy_itself_without_a_header_is_the_address(settings):
    settings.TRUSTED_PROXIES = ["127.0.0.1"]
    assert client_ip(request("127.0.0.1")) == "127.0.0.1"
