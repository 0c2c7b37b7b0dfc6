"""Every admin page × every persona: who gets in, who is sent to sign in, who sees nothing.

Rows of 荒川区 (arakawa) are opened by each persona. The coordinator of 荒川区 works on
them; the coordinator of 北区 must find that they do not exist (404, not 403).
"""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

PERSONAS = ["anonymous", "resident", "coordinator_a", "coordinator_b", "secretariat"]

# What the コーディネーター group may do per model (None: nothing, the page is 403).
COORDINATOR_ACTIONS = {
    "areas.yearlytheme": {"view", "add", "change"},
    "areas.membership": {"view", "add", "change", "delete"},
    "areas.areagroup": {"view"},
    "areas.municipality": {"view"},
    "events.event": {"view", "add", "change", "delete"},
    "events.activityreport": {"view", "add", "change", "delete"},
    "events.photo": {"view", "add", "change", "delete"},
    "events.venue": {"view", "add", "change"},
    "areas.charter": set(),
    "areas.commontheme": set(),
    "areas.invitation": set(),
    "coops.organization": {"view"},
}
SCOPED = {
    m
    for m in COORDINATOR_ACTIONS
    if m.split(".")[1] not in {"charter", "commontheme", "invitation", "organization"}
}
PAGES = ["changelist", "add", "change", "delete", "history"]


def expected_status(persona, model, page):
    if persona in ("anonymous", "resident"):
        return 302  # sent to sign in
    if persona == "secretariat":
        return 200
    actions = COORDINATOR_ACTIONS[model]
    needed = {"changelist": "view", "change": "view", "history": "view"}.get(page, page)
    if page in ("change", "delete", "history") and model in SCOPED and persona == "coordinator_b":
        return 404  # another area's row does not exist for them
    return 200 if needed in actions else 403


@pytest.fixture
def persona_client(request, client, area_rows):
    def sign_in(persona):
        if persona != "anonymous":
            client.force_login(request.getfixturevalue(persona))
        return client

    return sign_in


def target(model, area_rows):
    app_label, model_name = model.split(".")
    if model_name in area_rows["arakawa"]:
        return area_rows["arakawa"][model_name]
    from django.apps import apps

    return apps.get_model(app_label, model_name)._default_manager.order_by("pk").first()


def admin_url(model, page, obj):
    app_label, model_name = model.split(".")
    name = f"admin:{app_label}_{model_name}_{page}"
    return reverse(name) if page in ("changelist", "add") else reverse(name, args=[obj.pk])


CASES = [
    (persona, model, page)
    for model in COORDINATOR_ACTIONS
    for page in PAGES
    for persona in PERSONAS
    if not (model == "areas.invitation" and page in ("change", "delete", "history"))
]


@pytest.mark.parametrize(("persona", "model", "page"), CASES)
def test_admin_page_answers_each_persona_as_expected(
    persona_client, area_rows, persona, model, page
):
    obj = target(model, area_rows)
    response = persona_client(persona).get(admin_url(model, page, obj))
    assert response.status_code == expected_status(persona, model, page)


@pytest.mark.parametrize("persona", PERSONAS)
def test_invitation_pages_are_for_the_secretariat_only(persona_client, persona):
    from areas.factories import AreaGroupFactory
    from areas.models import Invitation

    invitation = Invitation(email="x@example.org")
    invitation.new_token()
    invitation.save()
    invitation.area_groups.add(AreaGroupFactory())
    client = persona_client(persona)
    expected = {"anonymous": 302, "resident": 302, "secretariat": 200}.get(persona, 403)
    for page in ["change", "history"]:
        url = reverse(f"admin:areas_invitation_{page}", args=[invitation.pk])
        assert client.get(url).status_code == expected


@pytest.mark.parametrize("persona", ["coordinator_a", "coordinator_b"])
@pytest.mark.parametrize("model", sorted(SCOPED))
def test_change_list_shows_only_the_coordinators_own_area(
    persona_client, area_rows, persona, model
):
    own, other = ("arakawa", "kita") if persona == "coordinator_a" else ("kita", "arakawa")
    app_label, model_name = model.split(".")
    response = persona_client(persona).get(reverse(f"admin:{app_label}_{model_name}_changelist"))
    shown = {obj.pk for obj in response.context["cl"].result_list}
    assert area_rows[own][model_name].pk in shown
    assert area_rows[other][model_name].pk not in shown


AUTOCOMPLETE_FIELDS = [
    ("areas", "yearlytheme", "area_group", "areagroup"),
    ("areas", "membership", "area_group", "areagroup"),
    ("events", "event", "area_groups", "areagroup"),
    ("events", "event", "venue", "venue"),
    ("events", "venue", "municipality", "municipality"),
    ("events", "activityreport", "event", "event"),
    ("events", "photo", "report", "activityreport"),
    ("events", "photo", "event", "event"),
]


@pytest.mark.parametrize("persona", PERSONAS)
@pytest.mark.parametrize(
    ("app_label", "model_name", "field_name", "target_model"), AUTOCOMPLETE_FIELDS
)
def test_autocomplete_offers_only_the_personas_areas(
    persona_client, area_rows, persona, app_label, model_name, field_name, target_model
):
    client = persona_client(persona)
    response = client.get(
        reverse("admin:autocomplete"),
        {"app_label": app_label, "model_name": model_name, "field_name": field_name, "term": ""},
    )
    if persona in ("anonymous", "resident"):
        assert response.status_code == 302
        return
    assert response.status_code == 200
    ids = {int(result["id"]) for result in response.json()["results"]}
    arakawa, kita = area_rows["arakawa"][target_model].pk, area_rows["kita"][target_model].pk
    if persona == "secretariat":
        assert {arakawa, kita} <= ids
    elif persona == "coordinator_a":
        assert arakawa in ids and kita not in ids
    else:
        assert kita in ids and arakawa not in ids
