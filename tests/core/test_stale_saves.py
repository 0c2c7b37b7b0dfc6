"""A save based on an old page is refused on every model edited in the admin, inlines
included, and the person's input is shown back; nothing anyone saved is overwritten."""

from dataclasses import dataclass

import pytest
from django.test import Client
from django.urls import reverse

from areas.factories import GoalFactory
from areas.models import Charter, CommonTheme
from events.models import EventKind, Photo
from plans.factories import (
    AreaPlanFactory,
    IssueSourceFactory,
    MilestoneFactory,
    PlanContactFactory,
    PlanIssueFactory,
    PlanReviewFactory,
    RaisedVoiceFactory,
    ReviewEntryFactory,
)
from tests.adminforms import form_data
from tests.imagefiles import image_bytes, upload

pytestmark = pytest.mark.django_db

STALE = "別の人がこの内容を変更して保存しています"


def arakawa(rows):
    return rows["arakawa"]["areagroup"]


def of_arakawa(name):
    return lambda rows: rows["arakawa"][name]


@dataclass
class Case:
    app: str
    model: str
    row: object  # area_rows -> the row to edit
    field: str
    mine: str  # what the person types on the old page
    theirs: object  # what someone else saved meanwhile

    def url(self, obj):
        return reverse(f"admin:{self.app}_{self.model}_change", args=[obj.pk])

    @property
    def form_id(self):
        return f"{self.model}_form"


CASES = [
    Case("areas", "municipality", of_arakawa("municipality"), "kana", "あ", "い"),
    Case("areas", "areagroup", arakawa, "name", "荒川の会（私）", "荒川の会（他の人）"),
    Case("areas", "membership", of_arakawa("membership"), "position", "42", 5),
    Case("areas", "charter", lambda r: Charter.objects.get(), "philosophy", "私の理念", "他の理念"),
    Case("areas", "commontheme", lambda r: CommonTheme.objects.get(), "name", "私の", "他の"),
    Case(
        "plans",
        "areaplan",
        lambda r: AreaPlanFactory(area_group=arakawa(r)),
        "vision",
        "私の描くまち",
        "他の人の描くまち",
    ),
    Case(
        "plans",
        "planissue",
        lambda r: PlanIssueFactory(plan=AreaPlanFactory(area_group=arakawa(r))),
        "description",
        "私の説明",
        "他の人の説明",
    ),
    Case(
        "plans",
        "planreview",
        lambda r: PlanReviewFactory(plan=AreaPlanFactory(area_group=arakawa(r))),
        "summary",
        "私のまとめ",
        "他の人のまとめ",
    ),
    Case(
        "plans",
        "plancontact",
        lambda r: PlanContactFactory(area_group=arakawa(r)),
        "display_name",
        "私の窓口",
        "他の人の窓口",
    ),
    Case("events", "activityreport", of_arakawa("activityreport"), "summary", "私", "他"),
    Case("events", "photo", of_arakawa("photo"), "caption", "私の説明", "他の説明"),
    Case("events", "venue", of_arakawa("venue"), "address", "私の住所", "他の住所"),
    Case(
        "coops",
        "organization",
        lambda r: r["arakawa"]["membership"].organization,
        "description",
        "私の紹介",
        "他の人の紹介",
    ),
]


@dataclass
class InlineCase:
    """A row edited through an inline of its parent's change page."""

    app: str
    parent: str  # the parent's model name
    prefix: str  # the inline's formset prefix
    row: object  # area_rows -> the row
    parent_of: object  # row -> the parent row
    field: str
    mine: str
    theirs: object

    def url(self, obj):
        return reverse(f"admin:{self.app}_{self.parent}_change", args=[self.parent_of(obj).pk])


def event_photo(rows):
    event = rows["arakawa"]["event"]
    return Photo.objects.create(event=event, image=upload(image_bytes()), alt_text="チラシ")


def issue_of_arakawa(rows):
    return PlanIssueFactory(plan=AreaPlanFactory(area_group=arakawa(rows)))


INLINE_CASES = [
    InlineCase(
        "areas",
        "areagroup",
        "memberships",
        of_arakawa("membership"),
        lambda row: row.area_group,
        "position",
        "42",
        5,
    ),
    InlineCase(
        "areas",
        "charter",
        "goals",
        lambda r: GoalFactory(charter=Charter.objects.get()),
        lambda row: row.charter,
        "text",
        "私の目標",
        "他の人の目標",
    ),
    InlineCase(
        "plans",
        "areaplan",
        "issues",
        issue_of_arakawa,
        lambda row: row.plan,
        "description",
        "私の説明",
        "他の人の説明",
    ),
    InlineCase(
        "plans",
        "planissue",
        "milestones",
        lambda r: MilestoneFactory(issue=issue_of_arakawa(r)),
        lambda row: row.issue,
        "title",
        "私の節目",
        "他の人の節目",
    ),
    InlineCase(
        "plans",
        "planreview",
        "entries",
        lambda r: ReviewEntryFactory(review=PlanReviewFactory(plan=issue_of_arakawa(r).plan)),
        lambda row: row.review,
        "note",
        "私のメモ",
        "他の人のメモ",
    ),
    InlineCase(
        "events",
        "event",
        "reports",
        of_arakawa("activityreport"),
        lambda row: row.event,
        "summary",
        "私の報告",
        "他の人の報告",
    ),
    InlineCase(
        "events",
        "event",
        "photos",
        event_photo,
        lambda row: row.event,
        "caption",
        "私の説明",
        "他の人の説明",
    ),
    InlineCase(
        "events",
        "activityreport",
        "photos",
        of_arakawa("photo"),
        lambda row: row.report,
        "caption",
        "私の説明",
        "他の人の説明",
    ),
    InlineCase(
        "events",
        "activityreport",
        "voices",
        lambda r: RaisedVoiceFactory(report=r["arakawa"]["activityreport"]),
        lambda row: row.report,
        "text",
        "私の聞いた声",
        "他の人の聞いた声",
    ),
]


@pytest.fixture
def office(client, secretariat):
    client.force_login(secretariat)
    return client


@pytest.fixture
def someone_else(superuser):
    other = Client()
    other.force_login(superuser)
    return other


def save_elsewhere(obj, field, value):
    fresh = type(obj)._default_manager.get(pk=obj.pk)
    setattr(fresh, field, value)
    fresh.save()


def row_errors(response, prefix):
    """The errors shown on each row of the inline with this prefix."""
    for inline in response.context["inline_admin_formsets"]:
        if inline.formset.prefix == prefix:
            return [" ".join(form.non_field_errors()) for form in inline.formset.forms]
    raise AssertionError(f"no inline {prefix}")


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.model)
def test_a_stale_save_is_refused_and_the_input_shown_back(office, area_rows, case):
    obj = case.row(area_rows)
    page = office.get(case.url(obj))
    assert page.status_code == 200
    save_elsewhere(obj, case.field, case.theirs)

    refused = office.post(case.url(obj), form_data(page, case.form_id, **{case.field: case.mine}))

    assert refused.status_code == 200
    assert STALE in refused.content.decode()
    assert form_data(refused, case.form_id)[case.field] == case.mine
    obj.refresh_from_db()
    assert getattr(obj, case.field) == case.theirs


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.model)
def test_a_save_based_on_the_latest_page_goes_through(office, area_rows, case):
    obj = case.row(area_rows)
    obj.refresh_from_db()
    before = obj.version
    page = office.get(case.url(obj))
    saved = office.post(case.url(obj), form_data(page, case.form_id, **{case.field: case.mine}))
    assert saved.status_code == 302, saved.context["errors"]
    obj.refresh_from_db()
    assert str(getattr(obj, case.field)) == case.mine
    assert obj.version == before + 1


def row_index(data, prefix, pk):
    """The index of the row of this pk in the inline with this prefix."""
    total = int(data[f"{prefix}-TOTAL_FORMS"])
    return next(i for i in range(total) if data.get(f"{prefix}-{i}-id") == str(pk))


@pytest.mark.parametrize("case", INLINE_CASES, ids=lambda case: f"{case.parent}-{case.prefix}")
def test_a_stale_inline_row_refuses_the_whole_save_and_shows_on_its_row(office, area_rows, case):
    row = case.row(area_rows)
    page = office.get(case.url(row))
    data = form_data(page, f"{case.parent}_form")
    key = f"{case.prefix}-{row_index(data, case.prefix, row.pk)}-{case.field}"
    save_elsewhere(row, case.field, case.theirs)

    refused = office.post(case.url(row), {**data, key: case.mine})

    assert refused.status_code == 200
    index = row_index(data, case.prefix, row.pk)
    assert STALE in row_errors(refused, case.prefix)[index]
    assert form_data(refused, f"{case.parent}_form")[key] == case.mine
    row.refresh_from_db()
    assert getattr(row, case.field) == case.theirs


@pytest.mark.parametrize("case", INLINE_CASES, ids=lambda case: f"{case.parent}-{case.prefix}")
def test_an_inline_row_based_on_the_latest_page_saves(office, area_rows, case):
    row = case.row(area_rows)
    row.refresh_from_db()
    before = row.version
    data = form_data(office.get(case.url(row)), f"{case.parent}_form")
    key = f"{case.prefix}-{row_index(data, case.prefix, row.pk)}-{case.field}"

    saved = office.post(case.url(row), {**data, key: case.mine})

    assert saved.status_code == 302, saved.context["errors"]
    row.refresh_from_db()
    assert (str(getattr(row, case.field)), row.version) == (case.mine, before + 1)


def test_saving_an_event_does_not_overwrite_a_report_saved_meanwhile(
    office, someone_else, area_rows
):
    event, report = area_rows["arakawa"]["event"], area_rows["arakawa"]["activityreport"]
    event_url = reverse("admin:events_event_change", args=[event.pk])
    event_page = office.get(event_url)

    report_url = reverse("admin:events_activityreport_change", args=[report.pk])
    report_page = someone_else.get(report_url)
    data = form_data(report_page, "activityreport_form", summary="他の人が書いた報告")
    assert someone_else.post(report_url, data).status_code == 302

    refused = office.post(event_url, form_data(event_page, "event_form", title="私の名前"))

    assert refused.status_code == 200
    assert STALE in row_errors(refused, "reports")[0]
    assert form_data(refused, "event_form")["title"] == "私の名前"
    event.refresh_from_db()
    report.refresh_from_db()
    assert event.title != "私の名前"
    assert report.summary == "他の人が書いた報告"


def test_a_report_someone_changed_meanwhile_is_not_deleted_through_the_event(office, area_rows):
    event, report = area_rows["arakawa"]["event"], area_rows["arakawa"]["activityreport"]
    url = reverse("admin:events_event_change", args=[event.pk])
    page = office.get(url)
    save_elsewhere(report, "summary", "他の人が書き足した報告")

    refused = office.post(url, form_data(page, "event_form", **{"reports-0-DELETE": "on"}))

    assert refused.status_code == 200
    assert STALE in refused.content.decode()
    report.refresh_from_db()
    assert report.summary == "他の人が書き足した報告"


def test_an_issue_source_repointed_meanwhile_is_not_overwritten_through_the_event(
    office, area_rows
):
    plan = AreaPlanFactory(area_group=arakawa(area_rows))
    first, theirs, mine = PlanIssueFactory.create_batch(3, plan=plan)
    source = IssueSourceFactory(issue=first, event__kind=EventKind.WATAMACHI_CAFE)
    url = reverse("admin:events_event_change", args=[source.event.pk])
    page = office.get(url)
    save_elsewhere(source, "issue", theirs)

    refused = office.post(
        url, form_data(page, "event_form", **{"issue_sources-0-issue": str(mine.pk)})
    )

    assert refused.status_code == 200
    assert STALE in row_errors(refused, "issue_sources")[0]
    source.refresh_from_db()
    assert source.issue == theirs


def test_a_review_entry_that_moves_its_issues_progress_makes_an_open_issue_page_stale(
    office, area_rows
):
    issue = PlanIssueFactory(plan=AreaPlanFactory(area_group=arakawa(area_rows)), progress=10)
    url = reverse("admin:plans_planissue_change", args=[issue.pk])
    page = office.get(url)
    ReviewEntryFactory(review=PlanReviewFactory(plan=issue.plan), issue=issue, progress=60)

    refused = office.post(url, form_data(page, "planissue_form", description="私の説明"))

    assert refused.status_code == 200
    issue.refresh_from_db()
    assert (issue.progress, issue.description) == (60, "")


def test_a_page_the_person_may_only_view_carries_no_version(client, coordinator_a, area_rows):
    """A coordinator only views their group (with its members inline): nothing is posted
    back, so no version field and no empty 版 column are shown."""
    client.force_login(coordinator_a)
    url = reverse("admin:areas_areagroup_change", args=[arakawa(area_rows).pk])
    page = client.get(url)
    assert page.status_code == 200
    assert "edit_version" not in page.content.decode()
