"""Real image files made in the test: good ones from Pillow, bad ones by hand."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

GPS_IFD = 0x8825
ORIENTATION = 0x0112


def image_bytes(fmt="JPEG", size=(64, 32), color=(200, 30, 30), mode="RGB", exif=None) -> bytes:
    buffer = io.BytesIO()
    image = Image.new(mode, size, color)
    kwargs = {"exif": exif} if exif is not None else {}
    image.save(buffer, format=fmt, **kwargs)
    return buffer.getvalue()


def jpeg_with_gps_and_orientation(size=(80, 40), orientation=6) -> bytes:
    """A landscape JPEG that says 'rotate 90°' and carries a GPS position."""
    exif = Image.Exif()
    exif[ORIENTATION] = orientation
    exif[0x010F] = "TestCam"  # Make
    exif.get_ifd(GPS_IFD).update({1: "N", 2: (35.0, 44.0, 10.0), 3: "E", 4: (139.0, 47.0, 30.0)})
    return image_bytes("JPEG", size=size, exif=exif)


def upload(data: bytes, name="photo.jpg", content_type="image/jpeg") -> SimpleUploadedFile:
    return SimpleUploadedFile(name, data, content_type=content_type)
