"""Where each group stands on the dashboard, and the reminder email to the groups behind."""

import pytest
from django.core import mail
from django.utils import timezone

from areas.factories import YearlyThemeFactory
from areas.models import AreaGroup, Membership, PublicationStatus
from core.fiscal_year import current_fiscal_year, fiscal_year_bounds
from events.models import ActivityReport
from tests.booklet.report_helpers import element_text
from tests.conftest import make_coordinator

pytestmark = pytest.mark.django_db


@pytest.fixture
def year_in_progress(demo, django_user_model):
    """This year: 荒川区 published its theme and reported every session; 北区 has a draft;
    the others have no theme yet. A coordinator for each of 荒川区, 北区 and 足立区."""
    year = current_fiscal_year()
    arakawa, kita = AreaGroup.objects.get(slug="arakawa"), AreaGroup.objects.get(slug="kita")
    YearlyThemeFactory(area_group=arakawa, fiscal_year=year)
    YearlyThemeFactory(area_group=kita, fiscal_year=year, publication=PublicationStatus.DRAFT)
    cafe = arakawa.events.get(title="荒川コープカフェ")
    start, _end = fiscal_year_bounds(year)
    held = cafe.occurrences_between(start, timezone.now())
    assert held  # the monthly café has met this year
    for occurrence in held:
        ActivityReport.objects.get_or_create(
            event=cafe,
            held_on=occurrence.date,
            defaults={"participants": 5, "summary": "報告", "publication": "published"},
        )
    return {
        "year": year,
        "arakawa": make_coordinator(django_user_model, "arakawa-coord", "arakawa"),
        "kita": make_coordinator(django_user_model, "kita-coord", "kita"),
        "adachi": make_coordinator(django_user_model, "adachi-coord", "adachi"),
    }


def test_the_dashboard_shows_each_groups_theme_members_sessions_and_reports(
    client, secretariat, year_in_progress
):
    year = year_in_progress["year"]
    client.force_login(secretariat)
    html = client.get(f"/reports/{year}/dashboard/").content.decode()
    arakawa = element_text(html, "status-arakawa").splitlines()
    assert arakawa[1] == "公開"
    carried = Membership.objects.filter(area_group__slug="arakawa", fiscal_year=2023).count()
    assert arakawa[2] == str(carried)  # the members of 2023年度, carried over
    assert int(arakawa[3]) == int(arakawa[4]) >= 1  # every session held is reported
    assert arakawa[5] == "そろっています"
    assert element_text(html, "status-kita").splitlines()[1] == "下書き"
    assert element_text(html, "status-adachi").splitlines()[1] == "テーマ未登録"
    assert "設置推進" in element_text(html, "status-toshima")


def test_the_reminder_first_lists_whom_it_will_mail(client, secretariat, year_in_progress):
    year = year_in_progress["year"]
    client.force_login(secretariat)
    response = client.get(f"/reports/{year}/dashboard/remind/")
    assert response.status_code == 200
    listed = element_text(response.content.decode(), "reminder-list")
    assert "北区まちづくり" in listed and "kita-coord" in listed
    assert "足立区まちづくり" in listed and "adachi-coord" in listed
    assert "荒川区まちづくり" not in listed
    assert mail.outbox == []


def test_the_reminder_mails_only_the_coordinators_of_groups_behind(
    client, secretariat, year_in_progress
):
    year = year_in_progress["year"]
    client.force_login(secretariat)
    response = client.post(f"/reports/{year}/dashboard/remind/", follow=True)
    assert response.redirect_chain[-1][0] == f"/reports/{year}/dashboard/"
    recipients = sorted(m.to[0] for m in mail.outbox)
    assert recipients == ["adachi-coord@example.org", "kita-coord@example.org"]
    to_kita = next(m for m in mail.outbox if m.to == ["kita-coord@example.org"])
    assert "下書きのまま" in to_kita.body
    theme = AreaGroup.objects.get(slug="kita").themes.get(fiscal_year=year)
    assert f"/admin/areas/yearlytheme/{theme.pk}/change/" in to_kita.body
    to_adachi = next(m for m in mail.outbox if m.to == ["adachi-coord@example.org"])
    assert "/admin/areas/yearlytheme/add/?area_group=" in to_adachi.body
    assert "催促のメールを送りました" in response.content.decode()


def test_a_double_submit_does_not_mail_twice(client, secretariat, year_in_progress):
    year = year_in_progress["year"]
    client.force_login(secretariat)
    client.post(f"/reports/{year}/dashboard/remind/")
    sent = len(mail.outbox)
    response = client.post(f"/reports/{year}/dashboard/remind/", follow=True)
    assert len(mail.outbox) == sent == 2
    assert "少し前に送ったばかり" in response.content.decode()


def test_a_mail_server_failure_is_reported_on_the_page_not_a_500(
    client, secretariat, year_in_progress, monkeypatch, caplog
):
    def refuse(*args, **kwargs):
        raise ConnectionRefusedError("the mail server is down")

    monkeypatch.setattr("booklet.reminders.send_mail", refuse)
    year = year_in_progress["year"]
    client.force_login(secretariat)
    response = client.post(f"/reports/{year}/dashboard/remind/", follow=True)
    assert response.status_code == 200
    assert "メールを送れませんでした" in response.content.decode()
    assert "ConnectionRefusedError" in caplog.text
    assert "kita-coord" not in caplog.text and "example.org" not in caplog.text
    # Nobody got it: the next try may send at once.
    monkeypatch.undo()
    client.post(f"/reports/{year}/dashboard/remind/")
    assert len(mail.outbox) == 2


def test_coordinators_and_visitors_cannot_send_reminders(client, year_in_progress):
    year = year_in_progress["year"]
    assert client.post(f"/reports/{year}/dashboard/remind/").status_code == 302
    client.force_login(year_in_progress["kita"])
    assert client.post(f"/reports/{year}/dashboard/remind/").status_code == 403
    assert client.get(f"/reports/{year}/dashboard/remind/").status_code == 403
    assert mail.outbox == []


def test_with_the_cache_away_nothing_is_mailed_and_the_page_says_so(
    client, secretariat, year_in_progress, monkeypatch
):
    def away(*args, **kwargs):
        raise ConnectionError("the cache is down")

    monkeypatch.setattr("booklet.reminders.cache.get_many", away)
    monkeypatch.setattr("booklet.reminders.cache.add", away)
    year = year_in_progress["year"]
    client.force_login(secretariat)
    assert client.get(f"/reports/{year}/dashboard/remind/").status_code == 200
    response = client.post(f"/reports/{year}/dashboard/remind/", follow=True)
    assert response.status_code == 200
    assert "一時的な不具合のため送りませんでした" in response.content.decode()
    assert mail.outbox == []  # a double submit could not be told apart: better not at all


def test_another_networks_reminder_belongs_to_its_own_dashboard(
    client, secretariat, year_in_progress
):
    year = year_in_progress["year"]
    client.force_login(secretariat)
    own = f"/reports/saitama-watamachi/{year}/dashboard/"
    assert f'href="{own}remind/"' in client.get(own).content.decode()
    assert f'href="{own}"' in client.get(f"{own}remind/").content.decode()
    assert client.post(f"{own}remind/")["Location"] == own
