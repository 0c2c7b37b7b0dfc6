"""Open data is public data only: never a draft (event, activity report, yearly theme), never
a row or a column of a model holding residents' personal data (core/personal_data.py)."""

import datetime

import pytest
from django.apps import apps
from django.db import models
from django.utils import timezone

from areas.factories import YearlyThemeFactory
from areas.models import AreaGroup, PublicationStatus
from core.fiscal_year import current_fiscal_year
from core.personal_data import is_personal
from events.factories import ActivityReportFactory, EventFactory
from events.models import Event
from follows.models import Follower
from inquiries.models import GroupMessage
from opendata.datasets import DATASETS
from plans.models import VoiceSubmission
from signups.models import Signup

pytestmark = pytest.mark.django_db

DRAFT = PublicationStatus.DRAFT
PUBLISHED = PublicationStatus.PUBLISHED


def personal_models() -> list[type[models.Model]]:
    return [model for model in apps.get_models() if is_personal(model)]


@pytest.fixture
def residents_data(demo):
    """One row of every personal model, with words found nowhere else."""
    area = AreaGroup.objects.get(slug="arakawa")
    event = Event.objects.published().filter(area_groups=area).first()
    day = timezone.localtime(event.starts_at).date()
    signup = Signup(
        event=event, occurrence_date=day, name="申込山 花子", email="hanako@private.example"
    )
    signup.phone = "09011112222"
    signup.note = "車いすで参加します"
    signup.set_token()
    signup.save()
    GroupMessage.objects.create(
        area_group=area,
        name="問合川 次郎",
        email="jiro@private.example",
        phone="08033334444",
        body="家の前の道のことで相談があります",
    )
    VoiceSubmission.objects.create(
        area_group=area, body="公園にベンチがほしい声", name="声田 三郎", contact="saburo@x.example"
    )
    follower = Follower.objects.create(email="follower@private.example", token_hash="f" * 64)
    follower.areas.add(area)
    counts = {model._meta.label: model.objects.count() for model in personal_models()}
    assert all(counts.values()), counts


def personal_values() -> set[str]:
    """Every free-text value of every personal row (choices and short codes aside)."""
    values = set()
    for model in personal_models():
        fields = [
            f
            for f in model._meta.concrete_fields
            if isinstance(f, models.CharField | models.TextField) and not f.choices
        ]
        for row in model.objects.all():
            for field in fields:
                value = getattr(row, field.attname)
                if isinstance(value, str) and len(value) >= 4:
                    values.add(value)
    return values


def personal_only_column_names() -> set[str]:
    """Field names personal models have and no other model has (email, phone, body…)."""
    personal, other = set(), set()
    for model in apps.get_models():
        names = {f.name for f in model._meta.get_fields()} | {
            f.attname for f in model._meta.concrete_fields
        }
        (personal if is_personal(model) else other).update(names)
    return personal - other


def test_no_value_of_a_personal_model_is_in_any_file(residents_data, download):
    text = download().all_text()
    values = personal_values()
    assert "hanako@private.example" in values and "08033334444" in values
    leaked = sorted(value for value in values if value in text)
    assert leaked == []


def test_no_column_of_a_personal_model_is_a_field_of_the_open_data(residents_data, download):
    data = download()
    # Users and offices have an email and a contact; the search index has a body (its text).
    names = personal_only_column_names() | {"email", "contact", "body"}
    assert {"phone", "body", "party_size"} <= names
    for dataset in DATASETS:
        assert not names & set(data.csv_rows(dataset.name)[0]), dataset.name
        assert not names & set(data.json(dataset.name)["fields"]), dataset.name


@pytest.fixture
def drafts(demo):
    area = AreaGroup.objects.get(slug="arakawa")
    published_event = Event.objects.published().filter(reports__isnull=True).first()
    starts = timezone.now() + datetime.timedelta(days=10)
    draft_event = EventFactory(
        title="下書きの活動・まだ秘密",
        area_groups=[area],
        starts_at=starts,
        ends_at=starts + datetime.timedelta(hours=2),
        publication=DRAFT,
    )
    return {
        "event": draft_event,
        # A draft report of a public event, and a published report of a draft event.
        "report": ActivityReportFactory(
            event=published_event,
            held_on=timezone.localtime(published_event.starts_at).date(),
            participants=98765,
            publication=DRAFT,
        ),
        "report_of_draft_event": ActivityReportFactory(
            event=draft_event,
            held_on=timezone.localtime(starts).date(),
            participants=87654,
            publication=PUBLISHED,
        ),
        "theme": YearlyThemeFactory(
            area_group=area,
            fiscal_year=current_fiscal_year() + 1,
            headline="下書きのテーマ・まだ秘密",
            text="下書きのテーマの本文・まだ秘密",
            publication=DRAFT,
        ),
    }


def test_no_draft_event_report_or_theme_is_in_any_file(drafts, download):
    data = download()
    text = data.all_text()
    for words in ("下書きの活動", "下書きのテーマ", "まだ秘密", "98765", "87654"):
        assert words not in text
    report_ids = {row["id"] for row in data.json("activity_reports")["rows"]}
    assert not {drafts["report"].pk, drafts["report_of_draft_event"].pk} & report_ids
    event_ids = {row["event_id"] for row in data.json("event_occurrences")["rows"]}
    assert drafts["event"].pk not in event_ids
    theme_ids = {row["id"] for row in data.json("yearly_themes")["rows"]}
    assert drafts["theme"].pk not in theme_ids


def test_a_published_report_of_a_public_event_is_in_the_figures(drafts, download):
    report = drafts["report"]
    report.publication = PUBLISHED
    report.save()
    rows = download().json("activity_reports")["rows"]
    assert {"id": report.pk, "participants": 98765}.items() <= next(
        row for row in rows if row["id"] == report.pk
    ).items()
