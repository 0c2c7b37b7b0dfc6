"""Safe image uploads, shared by organization logos and event/report photos.

An upload is accepted only when Pillow, restricted to JPEG, PNG and WebP, can decode it
whole. It is then turned upright (EXIF orientation), stripped of every piece of metadata
(EXIF, GPS, ICC, text chunks) and re-encoded, so nothing but pixels reaches the site.

"Whole" holds whatever another library did: Pillow's `ImageFile.LOAD_TRUNCATED_IMAGES` is one
flag for the process, and WeasyPrint turns it on when imported (a cut-off JPEG would then be
padded with grey and accepted). So the check does not trust the flag's value at the time, nor
the order of imports: it forces strict decoding around its own load (`strict_decoding`).
"""

import io
import threading
import warnings
from contextlib import contextmanager
from dataclasses import dataclass

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.utils.translation import gettext_lazy as _
from PIL import Image, ImageFile, ImageOps

from core.stored_files import unguessable_name

ALLOWED_FORMATS = ("JPEG", "PNG", "WEBP")
MAX_UPLOAD_BYTES = 10 * 1024 * 1024
# Above this many pixels Pillow warns of a decompression bomb; we refuse instead.
MAX_PIXELS = 50_000_000


@dataclass(frozen=True)
class Rendition:
    name: str
    width: int


THUMBNAIL = Rendition("thumb", 320)
CARD = Rendition("card", 800)
FULL = Rendition("full", 1920)
LOGO = Rendition("logo", 600)

MESSAGES = {
    "too_large": _("画像が大きすぎます。10MB以下のファイルにしてください。"),
    "format": _(
        "JPEG・PNG・WebP の画像だけをアップロードできます。"
        "このファイルは画像として読み取れないか、対応していない形式です。"
    ),
    "broken": _("画像が壊れているか、途中で切れています。元のファイルをもう一度保存してください。"),
    "bomb": _("画像の画素数が多すぎます。縦横を小さくしてからアップロードしてください。"),
}


_strict_lock = threading.Lock()


@contextmanager
def strict_decoding():
    """Pillow refuses a truncated file inside this block, then the flag is put back.

    Pillow reads the global flag while an image loads; the lock keeps two uploads at once from
    putting back each other's value. Other threads meanwhile decode strictly too, never laxly.
    """
    with _strict_lock:
        before = ImageFile.LOAD_TRUNCATED_IMAGES
        ImageFile.LOAD_TRUNCATED_IMAGES = False
        try:
            yield
        finally:
            ImageFile.LOAD_TRUNCATED_IMAGES = before


def open_upload(uploaded) -> Image.Image:
    """Decode an uploaded file, or raise ValidationError with a message for the uploader."""
    size = getattr(uploaded, "size", None)
    if size is not None and size > MAX_UPLOAD_BYTES:
        raise ValidationError(MESSAGES["too_large"], code="too_large")
    if hasattr(uploaded, "seek"):
        uploaded.seek(0)
    data = uploaded.read(MAX_UPLOAD_BYTES + 1)
    if len(data) > MAX_UPLOAD_BYTES:
        raise ValidationError(MESSAGES["too_large"], code="too_large")
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data), formats=ALLOWED_FORMATS)
        except (Image.UnidentifiedImageError, OSError, SyntaxError, ValueError) as exc:
            raise ValidationError(MESSAGES["format"], code="format") from exc
        except (Image.DecompressionBombWarning, Image.DecompressionBombError) as exc:
            raise ValidationError(MESSAGES["bomb"], code="bomb") from exc
        if image.width * image.height > MAX_PIXELS:
            raise ValidationError(MESSAGES["bomb"], code="bomb")
        try:
            with strict_decoding():
                image.load()  # decodes every byte: a truncated or forged body fails here
        except (Image.DecompressionBombWarning, Image.DecompressionBombError) as exc:
            raise ValidationError(MESSAGES["bomb"], code="bomb") from exc
        except (OSError, SyntaxError, ValueError, EOFError) as exc:
            raise ValidationError(MESSAGES["broken"], code="broken") from exc
    return image


def clean_pixels(image: Image.Image) -> Image.Image:
    """Upright, metadata-free pixels in RGB or RGBA."""
    image = ImageOps.exif_transpose(image)
    has_alpha = image.mode in ("RGBA", "LA", "PA") or (
        image.mode == "P" and "transparency" in image.info
    )
    image = image.convert("RGBA" if has_alpha else "RGB")
    # A fresh image carries no info dict, EXIF, ICC profile or text chunks.
    bare = Image.new(image.mode, image.size)
    bare.paste(image)
    return bare


def encode(image: Image.Image, max_width: int) -> ContentFile:
    """Re-encode at most max_width wide: JPEG, or PNG when the image is transparent.

    The file gets a random name (core/stored_files.py): nothing of the uploader's name.
    """
    image = image.copy()
    if image.width > max_width:
        height = max(1, round(image.height * max_width / image.width))
        image = image.resize((max_width, height), Image.Resampling.LANCZOS)
    buffer = io.BytesIO()
    if image.mode == "RGBA":
        image.save(buffer, format="PNG", optimize=True)
        extension = "png"
    else:
        image.save(buffer, format="JPEG", quality=85, optimize=True, progressive=True)
        extension = "jpg"
    return ContentFile(buffer.getvalue(), name=unguessable_name(extension=extension))


def sanitize(uploaded, max_width: int = FULL.width) -> ContentFile:
    """Validate an upload and return a clean re-encoded copy (at most max_width wide)."""
    image = open_upload(uploaded)
    return encode(clean_pixels(image), max_width)


def rendition(source_file, spec: Rendition) -> ContentFile:
    """A smaller copy of an already sanitized image."""
    source_file.open("rb")
    try:
        source_file.seek(0)
        image = Image.open(source_file, formats=ALLOWED_FORMATS)
        image.load()
    finally:
        source_file.seek(0)
    return encode(image.convert("RGBA" if image.mode == "RGBA" else "RGB"), spec.width)


class SafeImageField(forms.ImageField):
    """A form field that accepts JPEG/PNG/WebP only and returns a sanitized copy."""

    def __init__(self, *args, max_width: int = FULL.width, **kwargs):
        self.max_width = max_width
        super().__init__(*args, **kwargs)

    def to_python(self, data):
        file = forms.FileField.to_python(self, data)
        if file is None:
            return None
        return sanitize(file, self.max_width)
