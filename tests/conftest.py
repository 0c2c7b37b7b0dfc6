"""Fixtures that two or more test folders share: the personas, the demo data, the clean slate
every test starts from. A fixture only one folder uses lives in that folder's conftest.py."""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.management import call_command
from django.utils import translation

from areas.models import AreaGroup
from portal.demo.loader import load_demo

PASSWORD = "pass-for-tests-only"


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The test database plus the cache table that sign-in rate limits use."""
    with django_db_blocker.unblock():
        call_command("createcachetable", verbosity=0)


@pytest.fixture(autouse=True)
def _japanese_by_default():
    """Each test starts in the default language: a request to an /en/ page activates English
    for the rest of the thread, which would leak into the next test."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def _outside_a_request():
    """Each test starts outside a request: a test whose view raised, or whose streamed response
    was never read, never sends request_finished, which would leave its request id behind."""
    from portal import request_id

    request_id.clear()
    yield
    request_id.clear()


@pytest.fixture
def demo(db):
    """The demo data: the 2023 booklet and sample events."""
    load_demo()


TOTP_SECRET = "JBSWY3DPEHPK3PXP"


@pytest.fixture
def superuser(django_user_model):
    """An operator's account; web sign-in as superuser needs two-factor, set up here."""
    from allauth.mfa.totp.internal.auth import TOTP

    user = django_user_model.objects.create_superuser(
        username="admin", email="admin@example.org", password=PASSWORD
    )
    TOTP.activate(user, TOTP_SECRET)
    return user


@pytest.fixture
def admin_client(client, superuser):
    client.force_login(superuser)
    return client


@pytest.fixture
def bulk(db):
    """Six times the demo data (the demo's groups and 60 more, with their organizations,
    themes, events and reports over several years), for pinning query counts."""
    from portal.demo.generator import generate

    load_demo()
    return generate(scale=6, seed=3)


# --- Personas: who signs in ---------------------------------------------------------


@pytest.fixture
def resident(django_user_model):
    """A signed-in resident: an account, but no admin access."""
    return django_user_model.objects.create_user(
        username="resident", email="resident@example.org", password=PASSWORD
    )


def make_coordinator(django_user_model, username, *area_slugs):
    user = django_user_model.objects.create_user(
        username=username, email=f"{username}@example.org", password=PASSWORD, is_staff=True
    )
    user.groups.add(Group.objects.get(name=settings.COORDINATOR_GROUP))
    for area in AreaGroup.objects.filter(slug__in=area_slugs):
        area.coordinators.add(user)
    return user


@pytest.fixture
def tokyo_areas(db):
    """The groups of 荒川区 (arakawa) and 北区 (kita), as the demo data names them."""
    from areas.factories import NetworkFactory
    from areas.models import Municipality

    network = NetworkFactory()
    for slug, code, name in [
        ("arakawa", "13118", "荒川区まちづくり"),
        ("kita", "13117", "北区まちづくり"),
    ]:
        AreaGroup.objects.update_or_create(
            slug=slug,
            defaults={
                "municipality": Municipality.objects.get(code=code),
                "name": name,
                "network": network,
            },
        )


@pytest.fixture
def coordinator_a(tokyo_areas, django_user_model):
    """The coordinator of 荒川区 (arakawa)."""
    return make_coordinator(django_user_model, "coordinator_a", "arakawa")


@pytest.fixture
def coordinator_b(tokyo_areas, django_user_model):
    """The coordinator of 北区 (kita)."""
    return make_coordinator(django_user_model, "coordinator_b", "kita")


@pytest.fixture
def secretariat(django_user_model):
    """Secretariat (事務局) staff with two-factor sign-in already set up."""
    from allauth.mfa.totp.internal.auth import TOTP

    user = django_user_model.objects.create_user(
        username="secretariat", email="office@example.org", password=PASSWORD, is_staff=True
    )
    user.groups.add(Group.objects.get(name=settings.SECRETARIAT_GROUP))
    TOTP.activate(user, TOTP_SECRET)
    return user


@pytest.fixture
def secretariat_without_mfa(django_user_model):
    """A 事務局 account that has not set up two-factor yet."""
    user = django_user_model.objects.create_user(
        "new-office", email="new-office@example.org", password=PASSWORD, is_staff=True
    )
    user.groups.add(Group.objects.get(name=settings.SECRETARIAT_GROUP))
    return user


@pytest.fixture
def page_cache(settings):
    """The anonymous page cache turned on, as in production."""
    settings.PAGE_CACHE_SECONDS = 120


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    """Uploaded files go to a temporary directory, never into the project."""
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def area_rows(tokyo_areas):
    """One row of every area-scoped model for 荒川区 and for 北区, drafts included."""
    from areas.factories import (
        CharterFactory,
        CommonThemeFactory,
        MembershipFactory,
        YearlyThemeFactory,
    )
    from areas.models import PublicationStatus
    from core.fiscal_year import current_fiscal_year
    from events.factories import ActivityReportFactory, EventFactory, VenueFactory
    from events.models import Photo
    from tests.imagefiles import image_bytes, upload

    CharterFactory()
    CommonThemeFactory()
    year = current_fiscal_year() + 1  # drafts for the next fiscal year, the furthest one known
    rows = {}
    for slug in ["arakawa", "kita"]:
        area = AreaGroup.objects.select_related("municipality").get(slug=slug)
        venue = VenueFactory(name=f"{area.municipality.name}の会場", municipality=area.municipality)
        event = EventFactory(
            title=f"{area.name}の下書きの活動",
            venue=venue,
            area_groups=[area],
            publication=PublicationStatus.DRAFT,
        )
        report = ActivityReportFactory(event=event, publication=PublicationStatus.DRAFT)
        photo = Photo.objects.create(
            report=report, image=upload(image_bytes()), alt_text=f"{area.name}の写真"
        )
        rows[slug] = {
            "areagroup": area,
            "municipality": area.municipality,
            "yearlytheme": YearlyThemeFactory(
                area_group=area,
                fiscal_year=year,
                headline=f"{area.name}の下書きテーマ",
                publication=PublicationStatus.DRAFT,
            ),
            "membership": MembershipFactory(area_group=area, fiscal_year=year),
            "venue": venue,
            "event": event,
            "activityreport": report,
            "photo": photo,
            "signup": _signup(event, f"{area.name}の参加者"),
        }
    return rows


def _signup(event, name):
    from django.utils import timezone

    from signups.models import Signup

    signup = Signup(
        event=event, occurrence_date=timezone.localtime(event.starts_at).date(), name=name
    )
    signup.phone = "0312345678"
    signup.set_token()
    signup.save()
    return signup


@pytest.fixture(autouse=True)
def fast_password_hashing(settings):
    """Sign-in behaves the same with a cheap hasher; the suite runs much faster."""
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _empty_cache():
    """Each test starts with an empty cache: no page or data version left by another test."""
    cache.clear()
    yield
    cache.clear()
