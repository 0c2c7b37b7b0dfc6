"""Helpers of the open-data tests: download the ZIP and read its files."""

import csv
import io
import json
import zipfile

import pytest

ZIP_URL = "/open-data/machizukuri-open-data.zip"


class OpenData:
    def __init__(self, content: bytes):
        self.zip = zipfile.ZipFile(io.BytesIO(content))

    def names(self) -> list[str]:
        return self.zip.namelist()

    def raw(self, name: str) -> bytes:
        return self.zip.read(name)

    def text(self, name: str) -> str:
        return self.raw(name).decode("utf-8-sig")

    def csv_rows(self, name: str) -> list[list[str]]:
        return list(csv.reader(io.StringIO(self.text(f"{name}.csv"), newline="")))

    def json(self, name: str) -> dict:
        return json.loads(self.raw(f"{name}.json").decode("utf-8"))

    def all_text(self) -> str:
        return "\n".join(self.text(name) for name in self.names())


@pytest.fixture
def download(client):
    """GET the ZIP as an anonymous visitor: OpenData of its bytes."""

    def get(url: str = ZIP_URL) -> OpenData:
        response = client.get(url)
        assert response.status_code == 200, response.status_code
        return OpenData(response.content)

    return get
