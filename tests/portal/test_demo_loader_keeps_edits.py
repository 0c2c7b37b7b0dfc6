"""Running `load_demo` again only adds what is missing: what a person did to the demo stays.

Every `make run` loads the demo again. A row that is there is never saved again (so it
keeps a person's edits and gets no history row); only a row that is missing is added — one
a person deleted included, which then comes back as the seed has it.
"""

import datetime

import pytest
from django.apps import apps

from areas.models import AreaGroup, CommonTheme, Membership, PublicationStatus, YearlyTheme
from coops.models import Organization
from events.models import ActivityReport, Event
from plans.models import AreaPlan, Milestone
from portal.demo.loader import load_demo

pytestmark = pytest.mark.django_db

FIRST_DAY = datetime.date(2026, 6, 15)


def counts() -> dict[str, int]:
    """Rows of every table, the history tables and many-to-many links included."""
    return {
        model._meta.label: model._default_manager.count()
        for model in apps.get_models(include_auto_created=True)
    }


def history_counts() -> dict[str, int]:
    return {label: n for label, n in counts().items() if ".Historical" in label}


def test_a_second_run_adds_no_row_of_any_table_and_no_history():
    load_demo(today=FIRST_DAY)
    first = counts()
    assert sum(history_counts().values()) > 0
    load_demo(today=FIRST_DAY)
    assert counts() == first


def test_a_second_run_on_a_later_day_adds_nothing_twice():
    load_demo(today=FIRST_DAY)
    first = counts()
    load_demo(today=datetime.date(2026, 12, 20))
    load_demo(today=datetime.date(2027, 3, 31))
    assert counts() == first


def test_a_run_in_a_later_fiscal_year_adds_only_that_years_common_theme():
    load_demo(today=FIRST_DAY)
    first = counts()
    load_demo(today=datetime.date(2027, 5, 1))
    added = {label: n - first[label] for label, n in counts().items() if n != first[label]}
    assert added == {"areas.CommonTheme": 1}
    assert CommonTheme.objects.filter(fiscal_year=2027).count() == 1
    again = counts()
    load_demo(today=datetime.date(2027, 8, 1))
    assert counts() == again


def test_a_group_name_and_theme_text_a_person_edited_survive_a_second_run():
    load_demo(today=FIRST_DAY)
    group = AreaGroup.objects.get(slug="arakawa")
    group.name = "荒川区まちづくり（改称）"
    group.save()
    theme = group.themes.get(fiscal_year=2023)
    theme.text = "事務局が書き直した本文"
    theme.goals.clear()
    theme.save()
    load_demo(today=FIRST_DAY)
    group.refresh_from_db()
    theme.refresh_from_db()
    assert group.name == "荒川区まちづくり（改称）"
    assert theme.text == "事務局が書き直した本文"
    assert not theme.goals.exists()
    assert AreaGroup.objects.filter(municipality__code="13118").count() == 1


def test_a_theme_set_back_to_draft_stays_a_draft():
    load_demo(today=FIRST_DAY)
    theme = YearlyTheme.objects.get(area_group__slug="kita", fiscal_year=2023)
    theme.publication = PublicationStatus.DRAFT
    theme.save()
    load_demo(today=FIRST_DAY)
    theme.refresh_from_db()
    assert theme.publication == PublicationStatus.DRAFT


def test_a_report_a_person_added_to_a_demo_event_survives():
    load_demo(today=FIRST_DAY)
    event = Event.objects.get(title="北区 防災講座「わが家の備蓄を見直そう」")
    added = ActivityReport.objects.create(
        event=event, held_on=FIRST_DAY - datetime.timedelta(days=3), participants=7, summary="追記"
    )
    load_demo(today=FIRST_DAY)
    load_demo(today=datetime.date(2026, 12, 20))
    assert ActivityReport.objects.filter(pk=added.pk).exists()
    assert event.reports.count() == 2


def test_an_edited_demo_report_and_event_keep_their_edits():
    load_demo(today=FIRST_DAY)
    event = Event.objects.get(title="荒川コープカフェ")
    event.description = "書き直した説明"
    event.save()
    report = event.reports.get(held_on=datetime.date(2023, 4, 15))
    report.participants = 99
    report.save()
    load_demo(today=FIRST_DAY)
    event.refresh_from_db()
    report.refresh_from_db()
    assert event.description == "書き直した説明"
    assert report.participants == 99


def test_a_renamed_demo_event_is_not_added_again():
    load_demo(today=FIRST_DAY)
    event = Event.objects.get(title="防災まち歩き")
    event.title = "杉並区 防災まち歩き（2023年11月）"
    event.save()
    load_demo(today=FIRST_DAY)
    assert not Event.objects.filter(title="防災まち歩き").exists()


def test_a_renamed_organization_is_not_added_again():
    load_demo(today=FIRST_DAY)
    Organization.objects.filter(slug="coop-mirai").update(name="コープみらい（新名称）")
    before = Organization.objects.count()
    load_demo(today=FIRST_DAY)
    assert Organization.objects.count() == before
    assert Organization.objects.get(slug="coop-mirai").name == "コープみらい（新名称）"


def test_a_membership_a_person_removed_stays_removed():
    load_demo(today=FIRST_DAY)
    membership = Membership.objects.get(
        area_group__slug="kita", organization__slug="kita-shakyo", fiscal_year=2023
    )
    membership.delete()
    load_demo(today=FIRST_DAY)
    assert not Membership.objects.filter(
        area_group__slug="kita", organization__slug="kita-shakyo", fiscal_year=2023
    ).exists()


def test_a_demo_event_a_person_deleted_is_missing_and_comes_back_with_its_report():
    load_demo(today=FIRST_DAY)
    Event.objects.get(title="居場所の見学会").delete()
    load_demo(today=FIRST_DAY)
    event = Event.objects.get(title="居場所の見学会")
    assert event.reports.get().held_on == datetime.date(2023, 10, 4)
    assert list(event.area_groups.values_list("slug", flat=True)) == ["nerima"]


def test_the_sample_plan_keeps_what_a_person_changed_on_a_later_day():
    load_demo(today=FIRST_DAY)
    plan = AreaPlan.objects.get(is_sample=True)
    plan.review_interval_months = 12
    plan.save()
    milestone = Milestone.objects.filter(issue__plan=plan).order_by("pk").first()
    due_on, done = milestone.due_on, not milestone.done
    milestone.done = done
    milestone.save()
    load_demo(today=datetime.date(2026, 12, 20))
    plan.refresh_from_db()
    milestone.refresh_from_db()
    assert plan.review_interval_months == 12
    assert plan.adopted_on == FIRST_DAY - datetime.timedelta(days=340)
    assert (milestone.due_on, milestone.done) == (due_on, done)
