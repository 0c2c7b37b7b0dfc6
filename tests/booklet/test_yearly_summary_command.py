"""`manage.py yearly_summary <year>` gives the same outputs from a shell."""

import csv
import io

import pytest
from django.core.management import CommandError, call_command
from pypdf import PdfReader

from booklet import services

pytestmark = pytest.mark.django_db


def run(*args, **options):
    out, err = io.StringIO(), io.StringIO()
    call_command("yearly_summary", *args, stdout=out, stderr=err, **options)
    return out.getvalue(), err.getvalue()


def test_the_command_prints_the_years_figures_per_area(demo):
    out, err = run("2023")
    assert "2023年度 東京の生協のまちづくり活動トピックス" in out
    assert "荒川区まちづくり" in out
    assert "100%" in err  # the progress bar finished


def test_the_command_writes_the_pdf_and_the_csv(demo, tmp_path):
    pdf, figures = tmp_path / "report.pdf", tmp_path / "figures.csv"
    run("2023", "--pdf", str(pdf), "--csv", str(figures), verbosity=0)
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "知る・学ぶ・そして楽しむこと" in text.replace("\n", "")
    assert figures.read_bytes().startswith(b"\xef\xbb\xbf")
    with figures.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert rows[1][0] == "荒川区まちづくり"


def test_quiet_runs_print_nothing(demo, tmp_path):
    out, err = run("2023", "--csv", str(tmp_path / "f.csv"), verbosity=0)
    assert out == err == ""


def test_a_year_with_no_data_is_a_clear_error(demo):
    with pytest.raises(CommandError, match="2010年度のデータはありません"):
        run("2010")


def test_published_needs_a_published_report(unpublished_demo, superuser, tmp_path):
    with pytest.raises(CommandError, match="まだ公開されていません"):
        run("2023", "--published")
    services.publish(2023, superuser)
    out, _err = run("2023", "--published")
    assert "荒川区まちづくり" in out


def test_a_missing_output_folder_is_a_clear_error(demo, tmp_path):
    with pytest.raises(CommandError, match="書き出し先のフォルダがありません"):
        run("2023", "--pdf", str(tmp_path / "nowhere" / "report.pdf"))
