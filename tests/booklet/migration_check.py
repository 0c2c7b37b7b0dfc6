"""The booklet's move, replayed on a scratch database (run by tests/booklet/test_booklet_app.py).

`python -m tests.booklet.migration_check <scenario>` with DATABASE_URL naming a scratch
SQLite file: migrate fully, go back to before the move, publish a report and log it as the
admin did then (in the "early" scenario a booklet content type also exists already), give the
2023 charter an introduction and a theme policy as they were kept before the year's booklet
words, migrate forward again and print, as JSON, what became of the content type, the report
(now an edition), the log entry, the charter's words and the grants. A subprocess keeps
these migrations away from the test database.
"""

import json
import sys

import django

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.admin.models import ADDITION, LogEntry  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.contrib.auth.models import Group, Permission  # noqa: E402
from django.contrib.contenttypes.models import ContentType  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.migrations.executor import MigrationExecutor  # noqa: E402
from django.utils import timezone  # noqa: E402

from areas.models import Charter  # noqa: E402
from booklet.models import YearBooklet  # noqa: E402

BEFORE_MOVE = [("portal", "0003_booklet_permissions"), ("booklet", None)]


def main(scenario: str) -> dict:
    call_command("migrate", verbosity=0)
    executor = MigrationExecutor(connection)
    executor.migrate(BEFORE_MOVE)
    old = executor.loader.project_state(BEFORE_MOVE[:1]).apps
    old_type = old.get_model("contenttypes", "ContentType").objects.get(
        app_label="portal", model="publishedreport"
    )
    report = old.get_model("portal", "PublishedReport").objects.create(
        fiscal_year=2023, content={"title": "old"}, published_at=timezone.now()
    )
    office = get_user_model().objects.create_user("office", "office@example.org")
    entry = LogEntry.objects.create(
        action_flag=ADDITION,
        content_type_id=old_type.pk,
        object_id=str(report.pk),
        object_repr="2023年度",
        user=office,
    )
    if scenario == "early":
        ContentType.objects.clear_cache()
        early = ContentType.objects.create(app_label="booklet", model="publishedreport")
        view = Permission.objects.create(
            content_type=early, codename="view_publishedreport", name="-"
        )
        office.user_permissions.add(view)

    # areas stayed migrated: its model of today is the table's.
    Charter.objects.create(
        fiscal_year=2023,
        philosophy="理念",
        purpose="目的",
        introduction="2023年度のはじめに",
        theme_policy="2023年度の方針",
    )

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
    ContentType.objects.clear_cache()
    moved = ContentType.objects.get(app_label="booklet", model="publishedreport")
    secretariat = Group.objects.get(name=settings.SECRETARIAT_GROUP)
    edition = moved.model_class().objects.select_related("network").get()
    words = YearBooklet.objects.select_related("network").get()
    return {
        "edition": [edition.network.slug, edition.fiscal_year, edition.number],
        "words": [words.network.slug, words.fiscal_year, words.lead, words.theme_policy],
        "old_type": old_type.pk,
        "moved_type": moved.pk,
        "content": moved.model_class().objects.get().content,
        "log_entry_type": LogEntry.objects.get(pk=entry.pk).content_type_id,
        "secretariat_booklet": sorted(
            secretariat.permissions.filter(content_type__app_label="booklet").values_list(
                "codename", flat=True
            )
        ),
        "office_permissions": [
            list(row) for row in office.user_permissions.values_list("content_type", "codename")
        ],
    }


if __name__ == "__main__":
    print(json.dumps(main(sys.argv[1])))
