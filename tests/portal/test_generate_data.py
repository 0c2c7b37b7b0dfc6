import pytest
from django.core.management import call_command

from areas.models import AreaGroup, Membership, Municipality, YearlyTheme
from coops.models import Organization
from events.models import ActivityReport, Event, Recurrence
from portal.demo import booklet_2023

pytestmark = pytest.mark.django_db


def counts():
    return {
        "groups": AreaGroup.objects.count(),
        "organizations": Organization.objects.count(),
        "memberships": Membership.objects.count(),
        "themes": YearlyTheme.objects.count(),
        "events": Event.objects.count(),
        "reports": ActivityReport.objects.count(),
    }


def snapshot():
    """Everything a visitor could tell apart, in a stable order."""
    return {
        "groups": list(
            AreaGroup.objects.order_by("slug").values_list("slug", "name", "status", "position")
        ),
        "memberships": sorted(
            Membership.objects.values_list(
                "area_group__slug", "organization__slug", "fiscal_year", "role", "position"
            )
        ),
        "themes": sorted(
            YearlyTheme.objects.values_list(
                "area_group__slug", "fiscal_year", "headline", "text", "publication"
            )
        ),
        "events": sorted(
            Event.objects.values_list(
                "title", "starts_at", "ends_at", "kind", "status", "publication", "recurrence"
            )
        ),
        "event_groups": sorted(
            Event.area_groups.through.objects.values_list(
                "event__title", "event__starts_at", "areagroup__slug"
            )
        ),
        "reports": sorted(
            ActivityReport.objects.values_list("event__title", "held_on", "participants")
        ),
    }


def demo_group_count():
    """The groups load_demo makes: Tokyo's booklet and the Saitama わたまち example."""
    return len(booklet_2023.ACTIVE_GROUPS) + len(booklet_2023.PROMOTING_GROUPS) + 1


def test_scale_one_is_the_demo_alone():
    call_command("load_demo", verbosity=0)
    demo = counts()
    call_command("generate_data", scale=1, verbosity=0)
    assert counts() == demo


def test_counts_grow_with_the_scale():
    call_command("load_demo", verbosity=0)
    demo = counts()
    call_command("generate_data", scale=2, verbosity=0)
    at_two = counts()
    call_command("generate_data", scale=4, verbosity=0)
    at_four = counts()
    # Twelve more groups for each step of the scale, on top of the demo's own.
    assert at_two["groups"] == demo["groups"] + 12
    assert at_four["groups"] == demo["groups"] + 36
    for name in ("organizations", "memberships", "themes", "events", "reports"):
        assert at_four[name] > at_two[name], name


def test_the_same_seed_gives_the_same_data_and_another_seed_does_not():
    call_command("generate_data", scale=3, seed=7, verbosity=0)
    first = snapshot()
    call_command("generate_data", scale=3, seed=7, verbosity=0)
    assert snapshot() == first
    call_command("generate_data", scale=3, seed=8, verbosity=0)
    assert snapshot() != first


def test_running_again_replaces_instead_of_adding():
    call_command("generate_data", scale=3, verbosity=0)
    before = counts()
    call_command("generate_data", scale=3, verbosity=0)
    assert counts() == before


def test_a_smaller_scale_after_a_larger_one_removes_the_extra_rows():
    call_command("generate_data", scale=7, verbosity=0)
    call_command("generate_data", scale=2, verbosity=0)
    assert AreaGroup.objects.count() == demo_group_count() + 12


def test_beyond_tokyo_it_invents_municipalities_with_unique_codes_outside_13xxx():
    call_command("generate_data", scale=6, verbosity=0)  # 72 groups: more than Tokyo's 62
    assert AreaGroup.objects.count() == demo_group_count() + 60
    # Outside Tokyo's codes, apart from the demo's Saitama example (川口市, 11203).
    invented = Municipality.objects.exclude(code__startswith="13").exclude(prefecture="埼玉県")
    assert invented.count() == 72 - 62
    assert all(
        code.startswith("9") and len(code) == 5 for code in invented.values_list("code", flat=True)
    )
    assert Municipality.objects.filter(code__startswith="13").count() == 62
    assert Municipality.objects.filter(code__startswith="13", area_group__isnull=True).count() == 0


def test_generated_data_spans_several_years_with_recurring_events_and_reports():
    call_command("generate_data", scale=4, verbosity=0)
    generated = Event.objects.filter(area_groups__slug__startswith="gen-").distinct()
    years = {e.starts_at.year for e in generated}
    assert len(years) >= 3
    assert generated.exclude(recurrence=Recurrence.NONE).exists()
    assert ActivityReport.objects.filter(event__in=generated).exists()
    assert (
        YearlyTheme.objects.filter(area_group__slug__startswith="gen-")
        .values("fiscal_year")
        .distinct()
        .count()
        >= 3
    )
    # Every generated membership is unique per group, organization and year (the constraint
    # would have refused the save), and each active group has members every year.
    assert Membership.objects.filter(area_group__slug__startswith="gen-").exists()


def test_dry_run_saves_nothing():
    call_command("generate_data", scale=3, dry_run=True, verbosity=0)
    assert AreaGroup.objects.count() == 0
