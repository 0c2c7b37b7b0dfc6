"""声を届ける: a resident sends a local concern to an area's わたまち process; it waits for the
coordinator (nothing public before), who adopts it as a voice raised at a gathering, linked to a
plan issue, or sets it aside. The sender's name and contact never become public."""

import datetime

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.core import mail
from django.utils import timezone

from areas.models import AreaGroup
from core import form_guards
from core.retention import erase_expired
from events.factories import ActivityReportFactory, EventFactory
from events.models import EventKind
from plans.factories import AreaPlanFactory, PlanIssueFactory
from plans.models import IssueSource, RaisedVoice, SubmissionStatus, VoiceSubmission

pytestmark = pytest.mark.django_db

VOICE = {
    "body": "駅前の坂道が急で、買い物の帰りに休める場所がほしい。",
    "name": "佐藤一郎",
    "contact": "ichiro.sato@example.net",
    "website": "",
}
ADMIN = "/admin/plans/voicesubmission/"


def _watamachi(group):
    plan = AreaPlanFactory(area_group=group)
    cafe = EventFactory(title=f"{group.name}のわたまちカフェ", kind=EventKind.WATAMACHI_CAFE)
    cafe.area_groups.set([group])
    return {
        "plan": plan,
        "issue": PlanIssueFactory(plan=plan, title=f"{group.name}の居場所づくり"),
        "cafe": cafe,
        "report": ActivityReportFactory(event=cafe),
    }


@pytest.fixture
def processes(coordinator_a, coordinator_b):
    return {slug: _watamachi(AreaGroup.objects.get(slug=slug)) for slug in ["arakawa", "kita"]}


@pytest.fixture
def submission(processes):
    return VoiceSubmission.objects.create(
        area_group=AreaGroup.objects.get(slug="arakawa"),
        **{k: VOICE[k] for k in VOICE if k != "website"},
    )


def _adopt(client, submission, processes, slug="arakawa", **changes):
    data = {
        "status": SubmissionStatus.ADOPTED,
        "report": processes[slug]["report"].pk,
        "kind": "need",
        "text": "買い物の帰りに休める場所がほしい",
        "issue": processes[slug]["issue"].pk,
        "_save": "1",
    }
    return client.post(f"{ADMIN}{submission.pk}/change/", data | changes)


def test_a_resident_sends_a_voice_that_waits_unpublished(client, processes):
    response = client.post("/areas/arakawa/voice/", VOICE)
    assert response.status_code == 302
    assert response.url == "/areas/arakawa/voice/sent/"
    submission = VoiceSubmission.objects.get()
    assert submission.status == SubmissionStatus.PENDING
    assert submission.area_group.slug == "arakawa"
    plan_page = client.get("/areas/arakawa/plan/").content.decode()
    assert "駅前の坂道" not in plan_page and "佐藤一郎" not in plan_page
    assert mail.outbox == []


def test_an_area_without_a_watamachi_process_takes_no_voices(client, coordinator_a):
    assert client.get("/areas/arakawa/voice/").status_code == 404
    assert client.post("/areas/arakawa/voice/", VOICE).status_code == 404
    assert VoiceSubmission.objects.count() == 0


def test_the_plan_page_links_to_the_voice_form(client, processes):
    assert "/areas/arakawa/voice/" in client.get("/areas/arakawa/plan/").content.decode()


def test_the_voice_form_works_in_english_under_en(client, processes):
    page = client.get("/en/areas/arakawa/voice/")
    assert page.status_code == 200
    response = client.post("/en/areas/arakawa/voice/", VOICE)
    assert response.url == "/en/areas/arakawa/voice/sent/"
    assert client.get(response.url).status_code == 200


def test_name_and_contact_are_optional_and_a_bot_filling_the_honeypot_is_ignored(client, processes):
    assert (
        client.post("/areas/arakawa/voice/", {"body": "声です", "website": ""}).status_code == 302
    )
    assert client.post("/areas/arakawa/voice/", VOICE | {"website": "x"}).status_code == 302
    assert VoiceSubmission.objects.count() == 1


def test_one_ip_can_send_only_a_few_voices_an_hour(client, processes):
    for n in range(form_guards.PER_IP):
        assert client.post("/areas/arakawa/voice/", {"body": f"声{n}"}).status_code == 302
    assert client.post("/areas/arakawa/voice/", {"body": "もう一つ"}).status_code == 429
    assert VoiceSubmission.objects.count() == form_guards.PER_IP


def test_the_coordinator_adopts_a_voice_as_raised_at_a_gathering_and_links_it_to_an_issue(
    client, coordinator_a, processes, submission
):
    client.force_login(coordinator_a)
    response = _adopt(client, submission, processes)
    assert response.status_code == 302, response.content.decode()[:2000]
    submission.refresh_from_db()
    voice = submission.raised_voice
    assert submission.status == SubmissionStatus.ADOPTED
    assert submission.moderated_by == coordinator_a and submission.moderated_at is not None
    assert (voice.report, voice.kind, voice.text) == (
        processes["arakawa"]["report"],
        "need",
        "買い物の帰りに休める場所がほしい",
    )
    assert IssueSource.objects.filter(
        issue=processes["arakawa"]["issue"], event=processes["arakawa"]["cafe"]
    ).exists()


def test_the_adopted_voice_is_public_but_never_the_senders_name_or_contact(
    client, coordinator_a, processes, submission
):
    client.force_login(coordinator_a)
    _adopt(client, submission, processes)
    client.logout()
    page = client.get("/areas/arakawa/plan/").content.decode()
    assert "買い物の帰りに休める場所がほしい" in page
    assert "佐藤一郎" not in page and "ichiro.sato@example.net" not in page
    voice = RaisedVoice.objects.get(text="買い物の帰りに休める場所がほしい")
    assert "ichiro" not in voice.text and "佐藤" not in voice.text


def test_adopting_needs_the_gathering_it_was_raised_at(
    client, coordinator_a, processes, submission
):
    client.force_login(coordinator_a)
    response = _adopt(client, submission, processes, report="")
    assert response.status_code == 200
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.PENDING
    assert RaisedVoice.objects.filter(text__contains="休める").count() == 0


def test_a_coordinator_cannot_adopt_into_another_areas_gathering_or_issue_by_a_forged_id(
    client, coordinator_a, processes, submission
):
    client.force_login(coordinator_a)
    response = _adopt(
        client,
        submission,
        processes,
        report=processes["kita"]["report"].pk,
        issue=processes["kita"]["issue"].pk,
    )
    assert response.status_code == 200  # the form, with "not one of the choices"
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.PENDING
    assert not RaisedVoice.objects.filter(report=processes["kita"]["report"]).exists()
    assert not IssueSource.objects.filter(issue=processes["kita"]["issue"]).exists()


def test_another_areas_coordinator_cannot_see_or_decline_the_voice(
    client, coordinator_b, processes, submission
):
    client.force_login(coordinator_b)
    assert client.get(f"{ADMIN}{submission.pk}/change/").status_code == 404
    assert "駅前の坂道" not in client.get(ADMIN).content.decode()
    client.post(ADMIN, {"action": "decline", ACTION_CHECKBOX_NAME: [submission.pk]})
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.PENDING
    assert _adopt(client, submission, processes, slug="kita").status_code == 404


def test_the_coordinator_sets_a_voice_aside(client, coordinator_a, processes, submission):
    client.force_login(coordinator_a)
    client.post(ADMIN, {"action": "decline", ACTION_CHECKBOX_NAME: [submission.pk]})
    submission.refresh_from_db()
    assert submission.status == SubmissionStatus.DECLINED
    assert submission.raised_voice is None and submission.moderated_by == coordinator_a


def test_voices_past_the_period_are_erased_and_the_adopted_public_voice_stays(
    client, coordinator_a, processes, submission, settings
):
    settings.PERSONAL_DATA_RETENTION_DAYS = 180
    client.force_login(coordinator_a)
    _adopt(client, submission, processes)
    group = submission.area_group
    waiting = VoiceSubmission.objects.create(area_group=group, body="新しい声")
    old_waiting = VoiceSubmission.objects.create(area_group=group, body="古い声")
    now = timezone.now()
    VoiceSubmission.objects.filter(pk=old_waiting.pk).update(
        created_at=now - datetime.timedelta(days=200)
    )
    VoiceSubmission.objects.filter(pk=submission.pk).update(
        created_at=now - datetime.timedelta(days=400),
        moderated_at=now - datetime.timedelta(days=181),
    )

    assert erase_expired(now)["届いた声"] == 2

    assert list(VoiceSubmission.objects.values_list("pk", flat=True)) == [waiting.pk]
    assert RaisedVoice.objects.filter(text="買い物の帰りに休める場所がほしい").exists()
