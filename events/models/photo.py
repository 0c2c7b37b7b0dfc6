from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from core.images import CARD, THUMBNAIL, rendition
from core.stored_files import ImageField, RowFiles, unguessable_name
from core.versioning import VersionedModel

FILE_FIELDS = ("image", "card", "thumbnail")
SIZE_FIELDS = (
    "width",
    "height",
    "card_width",
    "card_height",
    "thumbnail_width",
    "thumbnail_height",
)


class Photo(VersionedModel):
    """A photo of an event, and usually of one of its reports (several per report).

    Every photo belongs to an event (which decides its area); a report's photo also names the
    report. `image` holds the sanitized full-width copy (see core/images.py); the card and
    thumbnail renditions are made from it on save.

    Files follow the row (core/stored_files.py): stored under random names; a deleted photo's
    files, and a replaced image's, are deleted after the transaction commits. History keeps
    names, not files: a version restored after its files were deleted keeps the photo's
    current files, or, when the photo itself was deleted, comes back without an image (hidden
    from the public until a new one is uploaded).
    """

    event = models.ForeignKey(
        "events.Event",
        on_delete=models.CASCADE,
        related_name="photos",
        verbose_name=_("活動・イベント"),
    )
    report = models.ForeignKey(
        "events.ActivityReport",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="photos",
        verbose_name=_("実施報告"),
        help_text=_("実施報告の写真なら選んでください（活動の紹介写真なら空欄）"),
    )
    image = ImageField(
        _("写真"),
        upload_to="photos/full/",
        width_field="width",
        height_field="height",
        help_text=_("JPEG・PNG・WebP、10MBまで。位置情報などのメタデータは自動で取り除きます。"),
    )
    width = models.PositiveIntegerField(_("幅"), default=0, editable=False)
    height = models.PositiveIntegerField(_("高さ"), default=0, editable=False)
    card = ImageField(
        upload_to="photos/card/",
        width_field="card_width",
        height_field="card_height",
        blank=True,
        editable=False,
    )
    card_width = models.PositiveIntegerField(default=0, editable=False)
    card_height = models.PositiveIntegerField(default=0, editable=False)
    thumbnail = ImageField(
        upload_to="photos/thumb/",
        width_field="thumbnail_width",
        height_field="thumbnail_height",
        blank=True,
        editable=False,
    )
    thumbnail_width = models.PositiveIntegerField(default=0, editable=False)
    thumbnail_height = models.PositiveIntegerField(default=0, editable=False)
    alt_text = models.CharField(
        _("代替テキスト"),
        max_length=200,
        help_text=_("写真を見られない人に伝える説明（例: 公園で防災マップを広げる参加者たち）"),
    )
    caption = models.CharField(_("キャプション"), max_length=200, blank=True)
    position = models.PositiveSmallIntegerField(_("表示順"), default=0)
    created_at = models.DateTimeField(_("作成日時"), auto_now_add=True)

    history = HistoricalRecords(verbose_name=_("写真の履歴"))

    class Meta:
        verbose_name = _("写真")
        verbose_name_plural = _("写真")
        ordering = ["event", "report", "position", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=~models.Q(alt_text=""), name="events_photo_alt_text_required"
            ),
        ]

    def __str__(self):
        return self.alt_text

    def save(self, *args, **kwargs):
        if self.report_id and not self.event_id:
            self.event_id = self.report.event_id
        stored = PHOTO_FILES.stored(self, *SIZE_FIELDS)
        if self._files_are_gone(stored):
            self._take_stored_files(stored)
        image_changed = self.image and not getattr(self.image, "_committed", True)
        if image_changed:
            # Store the full image first so its name is final, then the renditions.
            self.image.save(unguessable_name(self.image.name), self.image.file, save=False)
        if self.image and (image_changed or not self.card):
            card = rendition(self.image, CARD)
            self.card.save(card.name, card, save=False)
            thumbnail = rendition(self.image, THUMBNAIL)
            self.thumbnail.save(thumbnail.name, thumbnail, save=False)
        super().save(*args, **kwargs)
        PHOTO_FILES.discard_replaced(stored, self)

    def _files_are_gone(self, stored) -> bool:
        """A name other than the stored one (restored from history) whose file was deleted."""
        if not self.image or not getattr(self.image, "_committed", True):
            return False
        if stored and stored["image"] == self.image.name:
            return False
        return not self.image.storage.exists(self.image.name)

    def _take_stored_files(self, stored) -> None:
        """Keep the files the photo has now; none at all if it was deleted."""
        for field in FILE_FIELDS:
            setattr(self, field, stored[field] if stored else "")
        for field in SIZE_FIELDS:
            setattr(self, field, stored[field] if stored else 0)

    def clean(self):
        if self.report_id and self.event_id and self.report.event_id != self.event_id:
            raise ValidationError({"report": _("この活動の実施報告を選んでください。")})


PHOTO_FILES = RowFiles(Photo, FILE_FIELDS)
