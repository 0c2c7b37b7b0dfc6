"""わたまちプラン is its own app, `plans`: its models carry the `plans` label (so the roles'
permissions, admin URLs and content types do too), and no app below it imports it."""

import ast
from pathlib import Path

import pytest
from django.apps import apps
from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType

ROOT = Path(__file__).resolve().parents[2]
BELOW_PLANS = ["core", "coops", "areas", "inquiries", "events"]
MOVED = [
    "areaplan",
    "planissue",
    "milestone",
    "planreview",
    "reviewentry",
    "plancontact",
    "raisedvoice",
    "issuesource",
]
COORDINATOR_ACTIONS = {
    "areaplan": {"view", "add", "change"},
    "planissue": {"view", "add", "change", "delete"},
    "milestone": {"view", "add", "change", "delete"},
    "planreview": {"view", "add", "change", "delete"},
    "reviewentry": {"view", "add", "change", "delete"},
    "plancontact": {"view", "add", "change"},
    "raisedvoice": {"view", "add", "change", "delete"},
    "issuesource": {"view", "add", "change", "delete"},
    # Voices residents sent (声を届ける): moderated, never added by hand.
    "voicesubmission": {"view", "change", "delete"},
}


def imported_modules(path: Path):
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            yield node.module
        elif isinstance(node, ast.Import):
            yield from (alias.name for alias in node.names)


@pytest.mark.parametrize("app", BELOW_PLANS)
def test_no_app_below_plans_imports_it(app):
    offenders = [
        f"{path.relative_to(ROOT)}: {module}"
        for path in sorted((ROOT / app).rglob("*.py"))
        for module in imported_modules(path)
        if module == "plans" or module.startswith("plans.")
    ]
    assert offenders == []


@pytest.mark.parametrize("model", MOVED)
def test_the_plan_models_belong_to_the_plans_app(model):
    assert apps.get_model("plans", model)._meta.db_table == f"plans_{model}"


@pytest.mark.django_db
def test_no_content_type_is_left_under_the_old_labels():
    old = ContentType.objects.filter(app_label__in=["areas", "events"], model__in=MOVED)
    assert list(old.values_list("app_label", "model")) == []


@pytest.mark.django_db
def test_the_coordinator_group_holds_the_plan_permissions_under_the_plans_label():
    coordinator = Group.objects.get(name=settings.COORDINATOR_GROUP)
    held = set(
        coordinator.permissions.filter(content_type__app_label="plans").values_list(
            "codename", flat=True
        )
    )
    expected = {f"{action}_{m}" for m, actions in COORDINATOR_ACTIONS.items() for action in actions}
    assert held == expected


@pytest.mark.django_db
def test_the_secretariat_group_holds_every_plans_permission():
    secretariat = Group.objects.get(name=settings.SECRETARIAT_GROUP)
    every = set(Permission.objects.filter(content_type__app_label="plans"))
    assert every and every <= set(secretariat.permissions.all())


@pytest.mark.django_db
@pytest.mark.parametrize("factory_name", ["AreaPlanFactory", "RaisedVoiceFactory"])
def test_a_saved_plan_row_moves_the_page_cache_version_on_commit(
    factory_name, page_cache, django_capture_on_commit_callbacks
):
    from plans import factories
    from portal.page_cache import data_version

    row = getattr(factories, factory_name)()
    before = data_version()
    with django_capture_on_commit_callbacks(execute=True):
        row.save()
    assert data_version() != before
