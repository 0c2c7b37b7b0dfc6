import pytest

from coops.models import Organization

pytestmark = pytest.mark.django_db


def test_coop_list_separates_member_coops_from_partners(client, demo):
    html = client.get("/coops/").content.decode()
    members, partners = html.index('id="members-heading"'), html.index('id="partners-heading"')
    assert members < html.index("コープみらい") < partners
    assert html.index("荒川区社会福祉協議会") > partners


def test_coop_page_shows_the_areas_it_takes_part_in_by_year(client, demo):
    html = client.get("/coops/coop-mirai/").content.decode()
    assert "参加している地域" in html
    assert "2023年度" in html
    assert 'href="/areas/arakawa/2023/"' in html


def test_coop_page_lists_the_events_it_organizes(client, demo):
    html = client.get("/coops/coop-mirai/").content.decode()
    assert "主催・共催する活動" in html
    assert "荒川コープカフェ" in html
    assert 'href="/coops/coop-mirai/events.ics"' in html


def test_unknown_coop_is_a_404(client, demo):
    assert client.get("/coops/no-such-coop/").status_code == 404


def test_english_coop_pages(client, demo):
    html = client.get("/en/coops/").content.decode()
    assert "Member co-op" in html
    organization = Organization.objects.get(slug="coop-mirai")
    html = client.get(f"/en/coops/{organization.slug}/").content.decode()
    assert "Areas taken part in" in html
    assert 'href="/en/areas/arakawa/2023/"' in html


@pytest.mark.parametrize("slug", ["", "coop-mirai/", "generated/"])
def test_coop_pages_run_a_fixed_number_of_queries(
    client, bulk, slug, django_assert_max_num_queries
):
    if slug == "generated/":  # a local organization of a generated group
        slug = f"{bulk.organizations[0].slug}/"
    with django_assert_max_num_queries(10):
        assert client.get(f"/coops/{slug}").status_code == 200
