import pytest

pytestmark = pytest.mark.django_db


def test_the_benchmark_ceiling_page_is_hidden_by_default(client, settings):
    settings.BENCH_CEILING = False
    assert client.get("/bench/ceiling/").status_code == 404


def test_the_benchmark_ceiling_page_answers_briefly_when_switched_on(client, settings):
    settings.BENCH_CEILING = True
    response = client.get("/bench/ceiling/")
    assert response.status_code == 200
    assert response.content == b"ok"
