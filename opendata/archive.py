"""Build the open-data ZIP: per dataset a CSV and a JSON file, and a README.md.

CSV: UTF-8 with a byte-order mark and CRLF line ends (Excel opens Japanese right), a header
row of the snake_case field names, written by the booklet's writer so no cell can run as a
formula (booklet/exports.py, escape_formula). JSON: UTF-8, not ASCII-escaped, with the
licence and the generation time next to the rows. Every entry carries the generation time,
so the archive is the same bytes for the same data and time.
"""

import io
import json
import zipfile
from dataclasses import dataclass

from django.conf import settings
from django.utils import timezone

from booklet.exports import csv_bytes
from opendata.datasets import DATASETS, Dataset
from opendata.readme import readme_text

FILENAME = "machizukuri-open-data.zip"


@dataclass(frozen=True)
class Built:
    content: bytes
    generated_at: "timezone.datetime"
    counts: dict[str, int]


def licence() -> dict:
    return dict(settings.OPEN_DATA_LICENCE)


def _csv_cell(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return ";".join(str(item) for item in value)
    if isinstance(value, str):
        # A line break inside a cell is LF, as Excel writes it; CRLF ends records only.
        return value.replace("\r\n", "\n")
    return value


def _csv(dataset: Dataset, rows: list[tuple]) -> bytes:
    return csv_bytes(dataset.header, ([_csv_cell(v) for v in row] for row in rows))


def _json(dataset: Dataset, rows: list[tuple], generated_at) -> bytes:
    document = {
        "dataset": dataset.name,
        "generated_at": generated_at.isoformat(),
        "license": licence(),
        "count": len(rows),
        "fields": dataset.header,
        "rows": [dict(zip(dataset.header, row, strict=True)) for row in rows],
    }
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def build_zip() -> Built:
    """Read every dataset now and return the archive's bytes."""
    generated_at = timezone.localtime().replace(microsecond=0)
    stamp = generated_at.timetuple()[:6]
    counts = {}
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:

        def write(name: str, data: bytes) -> None:
            entry = zipfile.ZipInfo(name, date_time=stamp)
            entry.external_attr = 0o644 << 16  # readable by all once unpacked
            archive.writestr(entry, data, zipfile.ZIP_DEFLATED)

        for dataset in DATASETS:
            rows = list(dataset.rows())
            counts[dataset.name] = len(rows)
            write(f"{dataset.name}.csv", _csv(dataset, rows))
            write(f"{dataset.name}.json", _json(dataset, rows, generated_at))
        write("README.md", readme_text(generated_at, counts).encode("utf-8"))
    return Built(buffer.getvalue(), generated_at, counts)
