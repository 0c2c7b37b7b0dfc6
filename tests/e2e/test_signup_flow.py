"""A resident signs up for the next 荒川コープカフェ without an account, gets the mail with the
private link, opens it and cancels. The live server runs in this process, so the mails it
sends land in django.core.mail.outbox here."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core import mail

from events.models import Event, SignupMethod
from signups.models import Signup, SignupStatus

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_resident_signs_up_for_the_next_cafe_gets_the_mail_and_cancels(page, site):
    cafe = Event.objects.get(title="荒川コープカフェ")
    cafe.signup_method, cafe.capacity = SignupMethod.SITE, 20
    cafe.save()
    mail.outbox.clear()

    page.goto(f"{site}/events/{cafe.pk}/")
    assert page.get_by_text("残り20人").first.is_visible()
    page.get_by_role("link", name=re.compile("に申し込む")).first.click()
    page.get_by_role("button", name="申し込む").click()  # empty: the errors are tied to fields
    assert page.get_by_label("お名前").get_attribute("aria-invalid") == "true"
    assert_no_wcag_violations(page)
    page.get_by_label("お名前").fill("荒川さくら")
    page.get_by_label("メールアドレス").fill("sakura@example.org")
    page.get_by_label("人数").fill("2")
    page.get_by_label("連絡事項").fill("車いすで参加します")
    page.get_by_role("button", name="申し込む").click()
    page.wait_for_url(re.compile(r"/signups/[^/]+/$"))
    assert page.get_by_text("お申し込みを受け付けました。").is_visible()
    assert page.get_by_text("申し込み済み").is_visible()

    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["sakura@example.org"]
    link = re.search(r"https?://\S+/signups/[^/\s]+/", mail.outbox[0].body).group(0)
    assert link.startswith(site)

    page.goto(link)
    assert_no_wcag_violations(page)
    page.get_by_role("link", name="この申し込みを取り消す").click()
    page.get_by_role("button", name="取り消す").click()
    assert page.get_by_text("申し込みを取り消しました。").is_visible()
    assert Signup.objects.get().status == SignupStatus.CANCELLED


def assert_no_wcag_violations(page):
    tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
    results = Axe().run(
        page, options={"runOnly": {"type": "tag", "values": tags}, "resultTypes": ["violations"]}
    )
    assert results.violations_count == 0, results.generate_report()
