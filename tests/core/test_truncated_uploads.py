"""A truncated image is refused, whatever a library did to Pillow's global leniency flag.

WeasyPrint sets `PIL.ImageFile.LOAD_TRUNCATED_IMAGES = True` when it is imported, for the
whole process: after the first PDF, Pillow would quietly pad a cut-off JPEG with grey.
"""

import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from PIL import ImageFile

from core import images
from tests.imagefiles import image_bytes, upload

WHOLE_JPEG = image_bytes("JPEG", size=(400, 300))
# Cut inside the picture data (the headers are whole): only a lenient decoder accepts it.
CUT_JPEG = WHOLE_JPEG[: len(WHOLE_JPEG) // 2]


@pytest.fixture
def lenient_pillow():
    """The process as WeasyPrint leaves it; the flag is put back for the other tests."""
    before = ImageFile.LOAD_TRUNCATED_IMAGES
    import weasyprint  # noqa: F401  (sets the flag the first time it is imported)

    # A second import is a no-op, so set the flag as WeasyPrint's import does.
    ImageFile.LOAD_TRUNCATED_IMAGES = True
    yield
    ImageFile.LOAD_TRUNCATED_IMAGES = before


def test_a_truncated_jpeg_is_refused_as_broken_after_weasyprint_was_imported(lenient_pillow):
    with pytest.raises(ValidationError) as error:
        images.sanitize(upload(CUT_JPEG, name="cut.jpg"))
    assert error.value.code == "broken"
    assert "壊れている" in str(error.value)


def test_the_upload_check_leaves_the_flag_as_it_found_it(lenient_pillow):
    with pytest.raises(ValidationError):
        images.sanitize(upload(CUT_JPEG, name="cut.jpg"))
    images.sanitize(upload(image_bytes("JPEG"), name="whole.jpg"))
    assert ImageFile.LOAD_TRUNCATED_IMAGES is True


def test_loading_the_pdf_renderer_leaves_pillow_strict():
    # A fresh interpreter: in this one WeasyPrint may have been imported long ago.
    code = (
        "import django; django.setup();"
        "import booklet.pdf;"
        "from PIL import ImageFile; print(ImageFile.LOAD_TRUNCATED_IMAGES)"
    )
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "portal.settings"}
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.strip().splitlines()[-1] == "False"
