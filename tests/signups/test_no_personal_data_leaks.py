"""A sign-up's secret link never reaches a log line, and a sign-up's data never reaches the
public pages' cache."""

import pytest
from django.urls import reverse

from portal.log_redaction import redact_text
from signups.models import Signup
from tests.signups.conftest import day_of

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("prefix", ["", "/en"])
def test_the_token_of_a_sign_up_link_is_redacted_in_logs(prefix):
    line = f'"GET {prefix}/signups/s3cr3t-token/cancel/ HTTP/1.1" 200'
    assert "s3cr3t-token" not in redact_text(line)
    assert f"{prefix}/signups/[redacted]/cancel/" in redact_text(line)


def test_a_sign_up_page_is_not_served_from_the_cache_to_the_next_visitor(client, cafe, page_cache):
    signup = Signup(event=cafe, occurrence_date=day_of(cafe), name="秘密の名前", phone="0312345678")
    token = signup.set_token()
    signup.save()
    url = reverse("signups:manage", args=[token])
    assert "秘密の名前" in client.get(url).content.decode()
    # update() sends no signal: the page cache's version stays, a stored page would show.
    Signup.objects.filter(pk=signup.pk).update(name="別の名前")
    again = client.get(url)
    assert "別の名前" in again.content.decode() and "X-Page-Cache" not in again
