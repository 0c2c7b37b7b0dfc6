"""load_demo and generate_data leave the index complete; rebuild_search_index rewrites it
(bulk_create and QuerySet.update() send no save signal)."""

import pytest
from django.core.management import call_command

from areas.models import AreaGroup, YearlyTheme
from coops.models import Organization
from events.models import ActivityReport, Event
from plans.search_documents import shown_plans
from search.models import Kind, SearchEntry

pytestmark = pytest.mark.django_db


def expected_counts() -> dict:
    plans = shown_plans()
    from plans.models import PlanIssue

    return {
        Kind.AREA: AreaGroup.objects.count() + YearlyTheme.objects.published().count(),
        Kind.EVENT: Event.objects.published().count(),
        Kind.REPORT: ActivityReport.objects.published().count(),
        Kind.PLAN: plans.count() + PlanIssue.objects.filter(plan__in=plans).count(),
        Kind.COOP: Organization.objects.count(),
    }


def indexed_counts() -> dict:
    return {kind: SearchEntry.objects.filter(kind=kind).count() for kind in Kind.values}


def test_generate_data_leaves_every_public_row_indexed():
    call_command("generate_data", scale=2, verbosity=0)
    assert indexed_counts() == expected_counts()
    assert Event.objects.exclude(publication="published").exists()  # drafts were left out


def test_load_demo_leaves_every_public_row_indexed():
    call_command("load_demo", verbosity=0)
    assert indexed_counts() == expected_counts()
    assert all(indexed_counts().values())


def test_rebuild_search_index_puts_back_what_an_update_left_out():
    call_command("load_demo", verbosity=0)
    before = indexed_counts()
    Event.objects.update(publication="draft")  # no signal
    call_command("rebuild_search_index", verbosity=0)
    assert indexed_counts()[Kind.EVENT] == 0
    assert indexed_counts()[Kind.REPORT] == 0
    assert before[Kind.EVENT] > 0
