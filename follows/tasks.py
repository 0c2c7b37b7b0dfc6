"""The weekly digest as a Django task, for the scheduler (once a week) and the task worker."""

from django.tasks import task

from follows.digest import send_digests


@task
def send_digests_task() -> int:
    return send_digests()
