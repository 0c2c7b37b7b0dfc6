"""export_portal and import_portal leave out the rows of models marked as residents' personal
data (core/personal_data.py) unless --include-personal-data is given."""

import json
import zipfile

import pytest
from django.core.management import call_command

from areas.models import YearlyTheme
from coops.models import Organization
from core.personal_data import is_personal, personal_labels

pytestmark = pytest.mark.django_db


@pytest.fixture
def organizations_are_personal(monkeypatch):
    """Stands in for the residents' models (sign-ups, messages…) until they exist."""
    monkeypatch.setattr(Organization, "personal_data", True, raising=False)


def exported_models(archive):
    rows = json.loads(zipfile.ZipFile(archive).read("data.json"))
    return {row["model"] for row in rows}


def an_archive_with_one_organization(tmp_path):
    archive = tmp_path / "with-organization.zip"
    manifest = {
        "format": "machizukuri-portal-export",
        "version": 1,
        "created": "2027-04-01T00:00:00+09:00",
        "models": {"coops.organization": 1},
        "media_files": 0,
    }
    row = {
        "model": "coops.organization",
        "pk": 1,
        "fields": {"name": "コープA", "slug": "coop-a", "kind": "regional_coop"},
    }
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("manifest.json", json.dumps(manifest))
        zf.writestr("data.json", json.dumps([row], ensure_ascii=False))
    return archive


def test_the_residents_sign_ups_messages_and_voices_are_personal():
    residents = {
        "follows.follower",
        "inquiries.groupmessage",
        "plans.voicesubmission",
        "signups.signup",
    }
    assert residents <= personal_labels()


def test_a_models_edit_history_is_as_personal_as_the_model(monkeypatch):
    monkeypatch.setattr(YearlyTheme, "personal_data", True, raising=False)
    assert is_personal(YearlyTheme.history.model)
    assert "areas.historicalyearlytheme" in personal_labels()


def test_an_export_leaves_personal_data_out(organizations_are_personal, tmp_path):
    Organization.objects.create(name="コープA", slug="coop-a", kind="regional_coop")
    archive = tmp_path / "portal.zip"
    call_command("export_portal", str(archive))
    assert "coops.organization" not in exported_models(archive)
    manifest = json.loads(zipfile.ZipFile(archive).read("manifest.json"))
    assert "coops.organization" not in manifest["models"]
    assert manifest["personal_data"] is False


def test_an_export_asked_to_includes_personal_data(organizations_are_personal, tmp_path):
    Organization.objects.create(name="コープA", slug="coop-a", kind="regional_coop")
    archive = tmp_path / "portal.zip"
    call_command("export_portal", str(archive), "--include-personal-data")
    assert "coops.organization" in exported_models(archive)


def test_an_import_leaves_personal_data_out(organizations_are_personal, tmp_path):
    call_command("import_portal", str(an_archive_with_one_organization(tmp_path)))
    assert not Organization.objects.exists()


def test_an_import_asked_to_loads_personal_data(organizations_are_personal, tmp_path):
    archive = an_archive_with_one_organization(tmp_path)
    call_command("import_portal", str(archive), "--include-personal-data")
    assert Organization.objects.get().slug == "coop-a"


def test_queued_tasks_are_never_exported(tmp_path):
    from django_tasks_db.models import DBTaskResult

    DBTaskResult.objects.create(
        task_path="core.mail.send_mail_task",
        args_kwargs={"args": [], "kwargs": {"to": ["a@example.org"]}},
        backend_name="default",
    )
    archive = tmp_path / "portal.zip"
    call_command("export_portal", str(archive), "--include-personal-data")
    assert "django_tasks_db.dbtaskresult" not in exported_models(archive)
