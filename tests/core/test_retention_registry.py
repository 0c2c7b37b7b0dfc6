"""Every registered eraser runs with the same clock, and the cutoff follows the setting."""

import datetime

from core import retention


def test_the_cutoff_is_the_set_number_of_days_back(settings):
    settings.PERSONAL_DATA_RETENTION_DAYS = 30
    now = datetime.datetime(2027, 4, 30, 12, 0, tzinfo=datetime.UTC)
    assert retention.cutoff(now) == datetime.datetime(2027, 3, 31, 12, 0, tzinfo=datetime.UTC)


def test_each_registered_eraser_runs_and_reports_its_count(monkeypatch):
    monkeypatch.setattr(retention, "_erasers", {})
    # Only the eraser below: the apps' own retention modules are tested in their folders.
    seen = []

    @retention.register("テスト")
    def erase(now):
        seen.append(now)
        return 3

    now = datetime.datetime(2027, 4, 30, tzinfo=datetime.UTC)
    assert retention.erase_expired(now) == {"テスト": 3}
    assert seen == [now]


def test_every_apps_eraser_is_registered_at_start_up():
    labels = set(retention._erasers)
    assert {"申し込み", "グループへの問い合わせ", "届いた声"} <= labels
