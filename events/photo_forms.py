"""Adding photos on an event's or a report's own admin form: several files in one choice,
each with its description (alt text), kept across a validation error.

The rule:
- One file input with `multiple` (Django's documented pattern: a ClearableFileInput with
  `allow_multiple_selected` and a FileField whose clean takes a list). Every file passes the
  same checks as a single photo (core/images.py); one refused file refuses the choice, with
  the file's name in the message, and nothing is saved.
- A description is required for every photo: it is what a screen reader says instead of the
  picture, and only the person who took the photo knows what it shows. A default made of
  the event's title and date would read the same for every photo and say nothing of it.
  With JavaScript a 説明 field appears beside each chosen file at once; without it, the
  photos come back as thumbnails, each with its empty 説明 field, and the form asks for them.
- Valid photos of a submit that fails (any field, here or in an inline) are staged
  (events/photo_staging.py) and come back as thumbnails with their descriptions; saving the
  form turns them into Photo rows. The admin sets `photo_user`, the person the tokens are
  bound to; without it (or without the right to add photos) nothing is taken.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db.models import Max
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _

from core.images import SafeImageField
from events import photo_staging
from events.models import Photo

ALT_LABEL = _("写真の説明（目の見えない方の読み上げ用）")
ALT_HELP = _("何が写っているかを一文で。例: 公園で防災マップを広げる参加者たち")
ALT_MAX_LENGTH = Photo._meta.get_field("alt_text").max_length
MAX_FILES = 20
ACCEPT = "image/jpeg,image/png,image/webp"
NEW_ALT = "new_photo_alt"
STAGED_TOKEN, STAGED_ALT = "staged_photo_token", "staged_photo_alt"


class MultipleImageInput(forms.ClearableFileInput):
    """The file input with `multiple`, and an empty list where JavaScript shows each chosen
    file with its 説明 field (events/static/events/admin-photos.js)."""

    allow_multiple_selected = True

    def __init__(self, attrs=None):
        super().__init__({"accept": ACCEPT, "class": "photo-picker", **(attrs or {})})

    def render(self, name, value, attrs=None, renderer=None):
        return format_html(
            '{}<ol class="new-photo-list" data-name="{}" data-label="{}" data-help="{}"'
            ' data-maxlength="{}"></ol>',
            super().render(name, value, attrs, renderer),
            NEW_ALT,
            ALT_LABEL,
            ALT_HELP,
            ALT_MAX_LENGTH,
        )


class MultipleSafeImageField(SafeImageField):
    """A list of cleaned images; a refused file names itself in the message."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleImageInput())
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data] if data else []
        if len(files) > MAX_FILES:
            raise ValidationError(
                _("一度に選べる写真は%(max)d枚までです。") % {"max": MAX_FILES}, code="too_many"
            )
        cleaned, errors = [], []
        for file in files:
            try:
                cleaned.append(super().clean(file, initial))
            except ValidationError as error:
                name = getattr(file, "name", "")
                errors += [f"{name}: {message}" for message in error.messages]
        if errors:
            raise ValidationError(
                [*errors, _("この写真を選び直してください。写真はまだどれも保存されていません。")]
            )
        return [file for file in cleaned if file is not None]


class StagedPhotosWidget(forms.Widget):
    """The photos that will be added on save: thumbnail, token and 説明 field each.

    It shows the `staged` list the form checked (never tokens straight from the request)."""

    staged: list = []

    def value_from_datadict(self, data, files, name):
        return list(zip(data.getlist(STAGED_TOKEN), data.getlist(STAGED_ALT), strict=False))

    def value_omitted_from_data(self, data, files, name):
        return STAGED_TOKEN not in data

    def render(self, name, value, attrs=None, renderer=None):
        if not self.staged:
            return ""
        items = format_html_join(
            "",
            '<li class="staged-photo"><img src="{}" alt="{}" class="staged-photo-thumb">'
            '<input type="hidden" name="{}" value="{}">'
            '<label for="staged-photo-alt-{}">{}</label>'
            '<input type="text" id="staged-photo-alt-{}" name="{}" value="{}" maxlength="{}"'
            ' aria-describedby="staged-photo-help-{}" class="vTextField">'
            '<div class="help" id="staged-photo-help-{}">{}</div></li>',
            (
                (
                    photo.thumbnail_data_uri(),
                    _("保存すると追加される写真 %(number)d") % {"number": number},
                    STAGED_TOKEN,
                    photo.token,
                    number,
                    ALT_LABEL,
                    number,
                    STAGED_ALT,
                    photo.alt_text,
                    ALT_MAX_LENGTH,
                    number,
                    number,
                    ALT_HELP,
                )
                for number, photo in enumerate(self.staged, start=1)
            ),
        )
        return format_html('<ol class="staged-photos">{}</ol>', items)


class StagedPhotosForm(forms.Form):
    """Mixed into an admin ModelForm (before it): the two photo fields and their saving.

    The ModelForm names where photos go with `photo_owner()` → (event, report or None)."""

    photo_user = None

    new_photos = MultipleSafeImageField(
        label=_("写真を選ぶ（まとめて選べます）"),
        required=False,
        help_text=_(
            "JPEG・PNG・WebP、1枚10MBまで。何枚でも一度に選べます。位置情報などは自動で"
            "取り除きます。写真ごとに説明を書いて保存すると追加されます。"
        ),
    )
    staged_photos = forms.Field(
        label=_("保存すると追加される写真"), required=False, widget=StagedPhotosWidget
    )

    def clean(self):
        # Before the model form's own checks: a stale-version error must not drop the photos.
        self._take_photos()
        return super().clean()

    def _take_photos(self):
        self.photos_to_add = []
        if not self.may_add_photos():
            return
        staged = self._staged_from_request()
        staged += self._stage_new(self.cleaned_data.get("new_photos") or [])
        self.photos_to_add = staged
        self.fields["staged_photos"].widget.staged = staged
        if any(not photo.alt_text for photo in staged):
            self.add_error(
                "staged_photos",
                _("写真ごとに説明を書いてください（目の見えない方が画面の読み上げで聞く文です）。"),
            )
        if any(len(photo.alt_text) > ALT_MAX_LENGTH for photo in staged):
            self.add_error(
                "staged_photos",
                _("写真の説明は%(max)d文字以内にしてください。") % {"max": ALT_MAX_LENGTH},
            )

    def may_add_photos(self) -> bool:
        user = self.photo_user
        return user is not None and user.has_perm("events.add_photo")

    def _staged_from_request(self):
        staged, seen = [], set()
        for token, alt_text in self.cleaned_data.get("staged_photos") or []:
            photo = photo_staging.unstage(token, self.photo_user)
            if photo is not None and photo.path in seen:
                continue  # the same photo sent twice is added once
            if photo is None:
                self.add_error(
                    "staged_photos",
                    _(
                        "選んだ写真の一部を受け付けられませんでした（時間が経ちすぎたか、"
                        "正しくない送信です）。その写真をもう一度選んでください。"
                    ),
                )
                continue
            photo.alt_text = alt_text.strip()
            seen.add(photo.path)
            staged.append(photo)
        return staged

    def _stage_new(self, files):
        alts = [alt.strip() for alt in self.data.getlist(NEW_ALT)]
        staged = []
        for index, file in enumerate(files):
            photo = photo_staging.stage(file, self.photo_user)
            photo.alt_text = alts[index] if index < len(alts) else ""
            staged.append(photo)
        return staged

    def photo_owner(self):
        raise NotImplementedError

    def save_staged_photos(self) -> list[Photo]:
        """Turn the staged photos into Photo rows after the form's own row is saved."""
        if not self.photos_to_add:
            return []
        event, report = self.photo_owner()
        siblings = Photo.objects.filter(event=event, report=report)
        last = siblings.aggregate(last=Max("position"))["last"]
        position = 0 if last is None else last + 1
        photos = []
        for staged in self.photos_to_add:
            try:
                content = staged.read()
            except FileNotFoundError:
                continue  # a save of the same form in another tab has just added it
            photo = Photo(event=event, report=report, alt_text=staged.alt_text)
            photo.position = position + len(photos)
            photo.image = ContentFile(content, name=staged.path.rsplit("/", 1)[-1])
            photo.save()
            photos.append(photo)
            photo_staging.discard_after_commit(staged)
        return photos
