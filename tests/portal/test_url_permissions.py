"""Every URL pattern of the project × every persona, with GET and with POST.

The first test walks the URL resolver (the admin's patterns included) and fails for any
pattern nobody classified: a new view or a newly registered admin model must be added to
NAMED, UNNAMED or ADMIN_MODELS below with who may use it. The second tries each pattern,
filled with a row of 荒川区, as each persona, and checks who gets in, who is sent to sign
in or to set up two-factor, and who finds nothing. The third opens every admin form and
every inline as the coordinator of 荒川区 and checks that no relation field offers a row
of 北区. (pretix's src/tests/control/test_permissions.py is the model.)
"""

import datetime
import json
import re

import pytest
from django.contrib import admin
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.forms import ModelChoiceField
from django.test import RequestFactory
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import timezone

from areas.permissions import AreaScopedAdminMixin

pytestmark = pytest.mark.django_db

# Who may use a URL. Each persona below has every right of the ones before it, except
# that the 事務局 without two-factor is held at the two-factor setup.
PUBLIC = "public"  # anyone, signed in or not (the site, feeds, sign-in pages)
SIGNED_IN = "signed-in"  # any account (its own password, email and two-factor pages)
COORDINATOR = "coordinator"  # staff with the コーディネーター role, for their own area's rows
SECRETARIAT = "secretariat"  # the 事務局 group, with two-factor
SUPERUSER = "superuser"  # the operators
NOBODY = "nobody"  # no one through the web (e.g. adding a published report by hand)
RANK = {PUBLIC: 0, SIGNED_IN: 1, COORDINATOR: 2, SECRETARIAT: 3, SUPERUSER: 4, NOBODY: 5}

PERSONAS = {
    "anonymous": PUBLIC,
    "resident": SIGNED_IN,
    "coordinator_a": COORDINATOR,
    "coordinator_b": COORDINATOR,  # 北区: 荒川区's rows do not exist for them
    "secretariat": SECRETARIAT,
    "secretariat_without_mfa": SECRETARIAT,
    "superuser": SUPERUSER,
}

# Models whose admin form has a 「プレビュー」 button (admin:<app>_<model>_preview).
PREVIEWED = ("areas_yearlytheme", "events_event", "events_activityreport", "plans_areaplan")
SCOPED_PREVIEWS = (
    "staff:theme_preview",
    "staff:event_preview",
    "staff:report_preview",
    "staff:plan_preview",
    *(f"admin:{model}_preview" for model in PREVIEWED),
)

# Named URLs outside the admin's model pages.
NAMED = {
    "home": PUBLIC,
    "charter": PUBLIC,
    "privacy": PUBLIC,
    "plan_list": PUBLIC,
    "area_plan": PUBLIC,
    "sitemap": PUBLIC,
    "sitemap_section": PUBLIC,
    "robots_txt": PUBLIC,
    "bench-ceiling": PUBLIC,
    "healthz": PUBLIC,
    "readyz": PUBLIC,
    "media": PUBLIC,
    "areas:list": PUBLIC,
    "areas:detail": PUBLIC,
    "areas:year": PUBLIC,
    # Residents take part (issue 15): asking a group, sending a voice to its わたまち process.
    "inquiries:contact": PUBLIC,
    "inquiries:contact_sent": PUBLIC,
    "area_voice": PUBLIC,
    "area_voice_sent": PUBLIC,
    # Open data (issue 16): the page and the ZIP of the public data.
    "opendata:index": PUBLIC,
    "opendata:download": PUBLIC,
    "coops:list": PUBLIC,
    "coops:detail": PUBLIC,
    "events:list": PUBLIC,
    "events:calendar": PUBLIC,
    "events:detail": PUBLIC,
    "events:report_detail": PUBLIC,  # a published report of a published event; else 404
    "og_card": PUBLIC,  # a public object's share card; a draft's is a 404
    "og_site_card": PUBLIC,
    "events:event_ics": PUBLIC,
    "events:ics": PUBLIC,
    "events:area_ics": PUBLIC,
    "events:organization_ics": PUBLIC,
    "events:atom": PUBLIC,
    # Calendars (issue 16): one date's .ics, and the help pages for calendar apps and feeds.
    "events:occurrence_ics": PUBLIC,
    "events:calendar_help": PUBLIC,
    "events:feeds_help": PUBLIC,
    "search:search": PUBLIC,
    "signups:register": PUBLIC,
    "signups:manage": PUBLIC,  # the token is the key
    "signups:cancel": PUBLIC,  # the token is the key
    "reports:list": PUBLIC,
    "reports:detail": PUBLIC,
    "reports:pdf": PUBLIC,
    "reports:csv": PUBLIC,
    "reports:xlsx": PUBLIC,
    "reports:publish": SECRETARIAT,  # GET: the confirmation; POST: publishing
    "reports:withdraw": SECRETARIAT,
    "reports:editions": PUBLIC,  # published editions are public records
    "reports:edition": PUBLIC,  # a withdrawn one shows its content to the 事務局 only
    "reports:dashboard": SECRETARIAT,
    "reports:remind": SECRETARIAT,  # GET confirms, POST mails the groups behind
    "reports:export": SECRETARIAT,
    # Another network's booklet: /reports/<network>/<year>/…, the same rules.
    "reports:network_detail": PUBLIC,
    "reports:network_pdf": PUBLIC,
    "reports:network_csv": PUBLIC,
    "reports:network_xlsx": PUBLIC,
    "reports:network_publish": SECRETARIAT,
    "reports:network_withdraw": SECRETARIAT,
    "reports:network_editions": PUBLIC,
    "reports:network_edition": PUBLIC,
    "reports:network_dashboard": SECRETARIAT,
    "reports:network_remind": SECRETARIAT,
    "staff:theme_preview": COORDINATOR,
    "staff:event_preview": COORDINATOR,
    "staff:report_preview": COORDINATOR,
    "staff:plan_preview": COORDINATOR,
    "staff:invitation_accept": PUBLIC,  # the token is the key
    # Following areas by email: the form, and the links whose token is the key.
    "follows:follow": PUBLIC,
    "follows:confirm": PUBLIC,
    "follows:unsubscribe": PUBLIC,
    # allauth: sign-in and recovery are open; an account's own settings need one.
    "account_login": PUBLIC,
    "account_logout": PUBLIC,
    "account_inactive": PUBLIC,
    "account_signup": PUBLIC,  # closed: says so
    "account_reset_password": PUBLIC,
    "account_reset_password_done": PUBLIC,
    "account_reset_password_from_key": PUBLIC,
    "account_reset_password_from_key_done": PUBLIC,
    "account_confirm_email": PUBLIC,
    "account_email_verification_sent": PUBLIC,
    "account_confirm_login_code": PUBLIC,
    "account_request_reauthentication_code": PUBLIC,
    "account_confirm_reauthentication_code": PUBLIC,
    "mfa_authenticate": PUBLIC,  # the second step of signing in
    "account_reauthenticate": SIGNED_IN,
    "account_email": SIGNED_IN,
    "account_change_password": SIGNED_IN,
    "account_set_password": SIGNED_IN,
    "mfa_index": SIGNED_IN,
    "mfa_reauthenticate": SIGNED_IN,
    "mfa_activate_totp": SIGNED_IN,
    "mfa_deactivate_totp": SIGNED_IN,
    "mfa_view_recovery_codes": SIGNED_IN,
    "mfa_generate_recovery_codes": SIGNED_IN,
    "mfa_download_recovery_codes": SIGNED_IN,
    # The admin site itself: any staff account (each model page decides more).
    "admin:index": COORDINATOR,
    "guide": COORDINATOR,  # the coordinators' guide (ヘルプ, /admin/help/): any staff account
    # The admin's sign-in sends everyone to allauth's; a signed-in resident is refused.
    "admin:login": SIGNED_IN,
    "admin:logout": PUBLIC,
    "admin:password_change": COORDINATOR,
    "admin:password_change_done": COORDINATOR,
    "admin:autocomplete": COORDINATOR,
    "admin:jsi18n": COORDINATOR,
    "admin:view_on_site": COORDINATOR,
    "admin:app_list": COORDINATOR,
    # 年度の準備: the 事務局 opens a fiscal year (areas/open_year_admin.py).
    "admin:areas_yearlytheme_open_year": SECRETARIAT,
    # 「プレビュー」 on an admin form before saving (POST only; areas/previews.py): as the
    # form itself, the add permission for a new row, the change permission for a saved one.
    **{f"admin:{model}_add_preview": COORDINATOR for model in PREVIEWED},
    **{f"admin:{model}_preview": COORDINATOR for model in PREVIEWED},
}

# Patterns without a name: the admin's catch-all and its short object links.
UNNAMED = {
    r"^admin/\(\?P<url>\.\*\)\$$": COORDINATOR,
    r"^admin/\w+/\w+/<path:object_id>/$": COORDINATOR,
}

C, S, SU, NO = COORDINATOR, SECRETARIAT, SUPERUSER, NOBODY
# Every model registered in the admin: who may view, add, change and delete its rows.
# `scoped`: a coordinator reaches only the rows of their own area.
ADMIN_MODELS = {
    "areas.municipality": {"view": C, "add": S, "change": S, "delete": S, "scoped": True},
    "areas.areagroup": {"view": C, "add": S, "change": S, "delete": S, "scoped": True},
    "areas.membership": {"view": C, "add": C, "change": C, "delete": C, "scoped": True},
    "areas.yearlytheme": {"view": C, "add": C, "change": C, "delete": S, "scoped": True},
    "plans.areaplan": {"view": C, "add": C, "change": C, "delete": S, "scoped": True},
    "plans.planissue": {"view": C, "add": C, "change": C, "delete": C, "scoped": True},
    "plans.planreview": {"view": C, "add": C, "change": C, "delete": C, "scoped": True},
    "plans.plancontact": {"view": C, "add": C, "change": C, "delete": S, "scoped": True},
    "areas.network": {"view": S, "add": S, "change": S, "delete": S},
    "areas.charter": {"view": S, "add": S, "change": S, "delete": S},
    "areas.commontheme": {"view": S, "add": S, "change": S, "delete": S},
    "areas.invitation": {"view": S, "add": S, "change": S, "delete": S},
    # Residents' messages and voices: theirs, never added or rewritten by staff.
    "inquiries.groupmessage": {"view": C, "add": NO, "change": C, "delete": C, "scoped": True},
    "plans.voicesubmission": {"view": C, "add": NO, "change": C, "delete": C, "scoped": True},
    "events.venue": {"view": C, "add": C, "change": C, "delete": S, "scoped": True},
    "events.event": {"view": C, "add": C, "change": C, "delete": C, "scoped": True},
    "events.activityreport": {"view": C, "add": C, "change": C, "delete": C, "scoped": True},
    "events.photo": {"view": C, "add": C, "change": C, "delete": C, "scoped": True},
    "signups.signup": {"view": C, "add": C, "change": C, "delete": S, "scoped": True},
    # How many follow each area, never who: the 事務局 only, read-only.
    "follows.areafollowing": {"view": S, "add": NO, "change": NO, "delete": NO},
    "coops.organization": {"view": C, "add": S, "change": S, "delete": S},
    # An edition is a record: withdrawn on the booklet's page, never changed or deleted.
    "booklet.publishedreport": {"view": S, "add": NO, "change": NO, "delete": NO},
    "booklet.yearbooklet": {"view": S, "add": S, "change": S, "delete": S},
    # Accounts: the 事務局 manages staff accounts (never superusers: see test_staff_user_admin).
    "auth.user": {"view": S, "add": S, "change": S, "delete": SU},
    "auth.group": {"view": SU, "add": SU, "change": SU, "delete": SU},
    "account.emailaddress": {"view": SU, "add": SU, "change": SU, "delete": SU},
    "mfa.authenticator": {"view": SU, "add": SU, "change": SU, "delete": SU},
}
ADMIN_PAGE = re.compile(
    r"^admin:(?P<app>[a-z]+)_(?P<model>[a-z]+)_"
    r"(?P<page>changelist|add|change|delete|history|simple_history|password_change)$"
)
# What an admin page needs, for GET and for POST (a restore saves: it needs "change").
PAGE_ACTIONS = {
    "changelist": ("view", "view"),  # bulk actions: test_admin_scoping
    "add": ("add", "add"),
    "change": ("view", "change"),
    "delete": ("delete", "delete"),
    "history": ("view", "view"),
    "simple_history": ("view", "change"),
    "password_change": ("change", "change"),
}
OBJECT_PAGES = {"change", "delete", "history", "simple_history", "password_change"}


def walk(patterns, route="", namespace=""):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace + (f"{pattern.namespace}:" if pattern.namespace else "")
            yield from walk(pattern.url_patterns, route + str(pattern.pattern), inner)
        elif isinstance(pattern, URLPattern):
            name = f"{namespace}{pattern.name}" if pattern.name else None
            yield name, route + str(pattern.pattern)


def all_patterns():
    """Each pattern once (the Japanese and /en/ versions share their names)."""
    seen, found = set(), []
    for name, route in walk(get_resolver().url_patterns):
        key = name or route
        if key not in seen:
            seen.add(key)
            found.append((name, route))
    return found


def classify(name, route):
    """(needed for GET, needed for POST, model label, page) or None when unclassified."""
    if name is None:
        for regex, level in UNNAMED.items():
            if re.match(regex, route):
                return level, level, None, None
        return None
    if name in NAMED:
        return NAMED[name], NAMED[name], None, None
    match = ADMIN_PAGE.match(name)
    if match is None:
        return None
    label = f"{match['app']}.{match['model']}"
    access = ADMIN_MODELS.get(label)
    if access is None:
        return None
    get_action, post_action = PAGE_ACTIONS[match["page"]]
    return access[get_action], access[post_action], label, match["page"]


def test_every_url_pattern_is_classified():
    unclassified = [
        name or route for name, route in all_patterns() if classify(name, route) is None
    ]
    assert unclassified == [], "Say who may use these URLs (tests/portal/test_url_permissions.py)"


def test_every_admin_model_is_classified():
    registered = {model._meta.label_lower for model in admin.site._registry}
    assert registered == set(ADMIN_MODELS)
    scoped = {
        model._meta.label_lower
        for model, model_admin in admin.site._registry.items()
        if isinstance(model_admin, AreaScopedAdminMixin)
    }
    assert scoped == {label for label, access in ADMIN_MODELS.items() if access.get("scoped")}


# --- the rows the URLs are filled with ------------------------------------------------


@pytest.fixture
def rows(area_rows, django_user_model):
    """Every admin model's row of 荒川区 (or any row for unscoped ones), drafts included."""
    from allauth.account.models import EmailAddress
    from allauth.mfa.models import Authenticator

    from areas.models import Charter, CommonTheme, Invitation, Network
    from booklet.models import PublishedReport, YearBooklet
    from booklet.services import build_report
    from coops.factories import OrganizationFactory
    from follows.models import AreaFollowing
    from inquiries.models import GroupMessage
    from plans.factories import (
        AreaPlanFactory,
        PlanContactFactory,
        PlanIssueFactory,
        PlanReviewFactory,
    )
    from plans.models import VoiceSubmission

    arakawa = dict(area_rows["arakawa"])
    group = arakawa["areagroup"]
    plan = AreaPlanFactory(area_group=group)
    arakawa |= {
        "areaplan": plan,
        "planissue": PlanIssueFactory(plan=plan),
        "planreview": PlanReviewFactory(plan=plan, held_on=datetime.date(2024, 12, 1)),
        "plancontact": PlanContactFactory(area_group=group),
        "groupmessage": GroupMessage.objects.create(
            area_group=group, name="住民", email="resident-a@example.net", body="質問"
        ),
        "voicesubmission": VoiceSubmission.objects.create(area_group=group, body="声"),
    }
    member = django_user_model.objects.create_user(
        "target", email="target@example.org", password="x-Target-pass-1", is_staff=True
    )
    invitation = Invitation(email="invited@example.org")
    invitation.new_token()
    invitation.save()
    arakawa |= {
        "network": Network.objects.first(),
        "charter": Charter.objects.first(),
        "commontheme": CommonTheme.objects.first(),
        "invitation": invitation,
        "organization": OrganizationFactory(slug="target-coop"),
        "publishedreport": PublishedReport.objects.create(
            network=Network.objects.default(),
            fiscal_year=2022,
            number=1,
            content=json.loads(json.dumps(build_report(2022), cls=DjangoJSONEncoder)),
            published_at=datetime.datetime.now(datetime.UTC),
        ),
        "yearbooklet": YearBooklet.objects.create(
            network=Network.objects.default(), fiscal_year=2030, title="冊子"
        ),
        "user": member,
        "areafollowing": AreaFollowing.objects.get(pk=group.pk),
        "group": Group.objects.get(name="コーディネーター"),
        "emailaddress": EmailAddress.objects.create(user=member, email="target@example.org"),
        "authenticator": Authenticator.objects.create(
            user=member, type=Authenticator.Type.RECOVERY_CODES, data={"seed": "0" * 40}
        ),
    }
    return arakawa


def history_id(obj):
    return obj.history.order_by("-history_id").values_list("history_id", flat=True).first()


def fill(name, route, rows):
    """A concrete URL (with a query string where the view needs one) for the pattern."""
    model = ADMIN_PAGE.match(name or "")
    if model:
        obj = rows[model["model"]]
        page = model["page"]
        if page == "password_change":
            return reverse(name, args=[obj.pk])
        if page == "simple_history":
            return reverse(name, args=[obj.pk, history_id(obj)])
        return reverse(name, args=[obj.pk]) if page in OBJECT_PAGES else reverse(name)
    if name is None:
        if "(?P<url>" in route:
            return "/admin/no-such-page/"
        model_name = route.split("/")[2]
        return "/" + route.replace("<path:object_id>", str(rows[model_name].pk))
    preview = re.match(r"^admin:[a-z]+_(?P<model>[a-z]+)_preview$", name)
    if preview:
        return reverse(name, args=[rows[preview["model"]].pk])
    event, theme = rows["event"], rows["yearlytheme"]
    year = theme.fiscal_year  # the next fiscal year: the furthest the portal knows
    kwargs = {
        "admin:view_on_site": [ContentType.objects.get_for_model(event).pk, event.pk],
        "admin:app_list": ["areas"],
        "staff:theme_preview": [theme.pk],
        "staff:event_preview": [event.pk],
        "staff:report_preview": [rows["activityreport"].pk],
        "staff:plan_preview": [rows["areaplan"].pk],
        "staff:invitation_accept": ["x" * 43],
        "follows:confirm": ["x" * 43],
        "follows:unsubscribe": ["1-" + "0" * 40],
        "events:detail": [event.pk],
        "events:report_detail": [rows["activityreport"].event_id, rows["activityreport"].pk],
        "og_card": ["event", event.pk],
        "signups:register": [event.pk],
        "signups:manage": ["x" * 32],
        "signups:cancel": ["x" * 32],
        "events:event_ics": [event.pk],
        "events:occurrence_ics": [event.pk, timezone.localdate(event.starts_at)],
        "events:calendar": [2030, 4],
        "events:area_ics": ["arakawa"],
        "events:organization_ics": ["target-coop"],
        "areas:detail": ["arakawa"],
        "areas:year": ["arakawa", year],
        "inquiries:contact": ["arakawa"],
        "inquiries:contact_sent": ["arakawa"],
        "area_voice": ["arakawa"],
        "area_voice_sent": ["arakawa"],
        "area_plan": ["arakawa"],
        "coops:detail": ["target-coop"],
        "sitemap_section": ["events"],
        "reports:export": [year, "events", "csv"],
        # The row's edition (2022, 第1版), in the default network and by its slug.
        "reports:withdraw": [2022],
        "reports:editions": [2022],
        "reports:edition": [2022, 1],
        "reports:network_withdraw": ["tokyo", 2022],
        "reports:network_editions": ["tokyo", 2022],
        "reports:network_edition": ["tokyo", 2022, 1],
        "account_confirm_email": ["not-a-key"],
        "media": [rows["photo"].image.name],
    }.get(name)
    if name.startswith("reports:network_") and kwargs is None:
        kwargs = ["saitama-watamachi", year]
    if name.startswith("reports:") and kwargs is None and name != "reports:list":
        kwargs = [year]
    if name == "account_reset_password_from_key":
        return reverse(name, kwargs={"uidb36": "1", "key": "not-a-key"})
    url = reverse(name, args=kwargs or [])
    if name == "admin:autocomplete":
        url += "?app_label=events&model_name=event&field_name=venue&term="
    return url


# --- what each persona must get ------------------------------------------------------

LOGIN_PATHS = ("/accounts/login/", "/admin/login/")


def sent_to_sign_in(response):
    return response.status_code == 302 and response.url.startswith(LOGIN_PATHS)


def sent_to_two_factor(response):
    return response.status_code == 302 and response.url == reverse("mfa_activate_totp")


def let_in(response):
    return response.status_code < 400 or response.status_code == 405


def refused(response):
    return response.status_code in (403, 404, 405) or sent_to_sign_in(response)


def check(persona, needed, response, *, object_of_another_area, account_page, missing_page):
    status = response.status_code
    assert status < 500
    if persona == "secretariat_without_mfa" and not account_page:
        assert sent_to_two_factor(response)
        return
    if needed == PUBLIC:
        assert status != 403
        return
    if persona == "anonymous":
        assert sent_to_sign_in(response) or status == 405
        return
    if needed == SIGNED_IN:
        assert not sent_to_sign_in(response)
        return
    if RANK[PERSONAS[persona]] < RANK[needed]:
        assert refused(response)
        return
    if object_of_another_area:
        assert status in (404, 405)  # another area's row does not exist for them
        return
    if missing_page:
        assert status == 404
        return
    assert let_in(response) and not sent_to_sign_in(response)


PATTERNS = all_patterns()


@pytest.mark.parametrize(
    ("name", "route"), PATTERNS, ids=[name or route for name, route in PATTERNS]
)
def test_each_url_answers_each_persona_as_classified(request, client, rows, name, route):
    classified = classify(name, route)
    assert classified is not None
    needed_get, needed_post, label, page = classified
    url = fill(name, route, rows)
    scoped = bool(label and ADMIN_MODELS[label].get("scoped") and page in OBJECT_PAGES)
    scoped |= name in SCOPED_PREVIEWS
    # Pages a 事務局 account without two-factor may still use: its account, signing out.
    account_page = route.startswith("accounts/") or name in ("healthz", "readyz", "admin:logout")
    for persona in PERSONAS:
        client.logout()
        if persona != "anonymous":
            client.force_login(request.getfixturevalue(persona))
        for method, needed in (("get", needed_get), ("post", needed_post)):
            response = getattr(client, method)(url)
            try:
                check(
                    persona,
                    needed,
                    response,
                    object_of_another_area=scoped and persona == "coordinator_b",
                    account_page=account_page,
                    missing_page=url == "/admin/no-such-page/",
                )
            except AssertionError as error:
                raise AssertionError(
                    f"{method.upper()} {url} as {persona}: {response.status_code} "
                    f"{response.get('Location', '')}"
                ) from error
            if method == "post" and persona != "anonymous" and response.status_code < 400:
                # A POST may sign out (logout): sign in again for the next method.
                client.force_login(request.getfixturevalue(persona))


# --- every relation field of every admin form and inline -----------------------------


def kita_rows(area_rows):
    from plans.factories import AreaPlanFactory, PlanIssueFactory, PlanReviewFactory

    kita = dict(area_rows["kita"])
    plan = AreaPlanFactory(area_group=kita["areagroup"])
    kita |= {
        "areaplan": plan,
        "planissue": PlanIssueFactory(plan=plan),
        "planreview": PlanReviewFactory(plan=plan),
    }
    return kita


def relation_fields(form_class):
    for name, field in form_class.base_fields.items():
        if isinstance(field, ModelChoiceField):
            yield name, field


def test_no_relation_field_of_any_admin_form_or_inline_offers_another_areas_rows(
    rows, area_rows, coordinator_a
):
    others = kita_rows(area_rows)
    request = RequestFactory().get("/admin/")
    request.user = coordinator_a
    checked = 0
    for model, model_admin in admin.site._registry.items():
        if not model_admin.has_view_permission(request):
            continue
        obj = rows.get(model._meta.model_name)
        forms = [("", model_admin.get_form(request, obj if obj and obj.pk else None))]
        instances = model_admin.get_inline_instances(request, obj)
        forms += [
            (f"{type(inline).__name__}.", inline.get_formset(request, obj).form)
            for inline in instances
        ]
        for where, form_class in forms:
            for name, field in relation_fields(form_class):
                other = others.get(field.queryset.model._meta.model_name)
                related_admin = admin.site._registry.get(field.queryset.model)
                if other is None or not isinstance(related_admin, AreaScopedAdminMixin):
                    continue
                checked += 1
                assert not field.queryset.filter(pk=other.pk).exists(), (
                    f"{model._meta.label}: {where}{name} offers 北区's {other}"
                )
    assert checked >= 15  # the fields of events, reports, photos, plans and their inlines
