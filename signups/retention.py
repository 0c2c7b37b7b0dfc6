"""Sign-ups are erased once their date is more than PERSONAL_DATA_RETENTION_DAYS past
(the date is when the data stopped being needed)."""

from django.utils import timezone

from core.retention import cutoff, register
from signups.models import Signup


@register("申し込み")
def erase_expired(now) -> int:
    last_day = timezone.localtime(cutoff(now)).date()
    erased, _ = Signup.objects.filter(occurrence_date__lt=last_day).delete()
    return erased
