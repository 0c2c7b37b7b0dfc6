import pytest

pytestmark = pytest.mark.django_db


def test_charter_shows_philosophy_purpose_goals_and_common_theme(client, demo):
    html = client.get("/charter/?year=2023").content.decode()
    assert "理念・目的・目標（2023年度）" in html
    assert "ひとりぼっちにしないまちづくり" in html
    assert "地域の現状、特徴や強みを知り、地域の課題に取り組みます。" in html
    assert "生活困窮者支援" in html


def test_each_goal_lists_the_areas_and_events_that_address_it(client, demo):
    html = client.get("/charter/?year=2023").content.decode()
    goal1 = html.index('id="goal-1"')
    goal2 = html.index('id="goal-2"')
    assert goal1 < html.index("地域を知る学習会「荒川区の地域福祉」", goal1) < goal2
    assert 'href="/areas/' in html[goal1:goal2]


def test_a_goals_all_events_link_lists_that_years_events(client, demo):
    response = client.get("/charter/?year=2023")
    goal = response.context["charter"].goals.get(number=1)
    link = f"/events/?goal={goal.pk}&date_from=2023-04-01&date_to=2024-03-31"
    assert f'href="{link.replace("&", "&amp;")}"' in response.content.decode()
    listed = {o.event.title for o in client.get(link).context["page"].object_list}
    assert "地域を知る学習会「荒川区の地域福祉」" in listed


def test_a_bad_year_gets_a_message_not_an_error(client, demo):
    for value in ("abc", "99999999999999999999", "-1", ""):
        response = client.get(f"/charter/?year={value}")
        assert response.status_code == 200
    html = client.get("/charter/?year=abc").content.decode()
    assert "年度は 2023 のように西暦の数字で指定してください。" in html


def test_a_year_without_a_charter_says_so(client, demo):
    html = client.get("/charter/?year=2000").content.decode()
    assert "この年度の基準はまだ登録されていません。" in html


def test_english_charter(client, demo):
    html = client.get("/en/charter/?year=2023").content.decode()
    assert "Goals" in html


def test_charter_runs_a_fixed_number_of_queries(client, bulk, django_assert_max_num_queries):
    with django_assert_max_num_queries(10):
        assert client.get("/charter/?year=2023").status_code == 200
