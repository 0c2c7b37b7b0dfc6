"""What a resident reads on the sign-up form: the date in the page's language, the help text
in the page's language, and one error that says what is wrong with a mistyped address."""

import pytest
from django.urls import reverse
from django.utils import timezone

from signups.models import Signup
from tests.signups.conftest import day_of, form_data

pytestmark = pytest.mark.django_db


def register_url(event, prefix=""):
    return f"{prefix}{reverse('signups:register', args=[event.pk])}?date={day_of(event)}"


def test_the_date_to_sign_up_for_reads_as_a_japanese_date(client, cafe):
    start = timezone.localtime(cafe.starts_at)
    page = client.get(register_url(cafe)).content.decode()
    assert f"{start.year}年{start.month}月{start.day}日" in page
    assert day_of(cafe).isoformat() + " " not in page


def test_the_english_form_explains_the_number_of_people_in_english(client, cafe):
    page = client.get(register_url(cafe, "/en")).content.decode()
    assert "ご本人を含めた人数" not in page
    assert "Number of people, including you (up to 10)" in page


def test_a_mistyped_email_gets_one_error_saying_it_is_not_valid(client, cafe):
    response = client.post(register_url(cafe), form_data(cafe, email="hanako@example"))
    page = response.content.decode()
    assert response.status_code == 400
    assert "有効なメールアドレスを入力してください。" in page
    assert page.count('class="field-error"') == 1


def test_the_form_says_what_the_data_is_for_and_links_the_privacy_page(client, cafe):
    page = client.get(register_url(cafe)).content.decode()
    page = page[page.index("<main") :]  # the header's search is a form too
    form = page[page.index("<form") : page.index("</form>")]
    assert "申し込みの受け付けと当日までのご連絡のためだけに使い" in form
    assert f'href="{reverse("privacy")}"' in form


@pytest.mark.parametrize("typed", ["03-1234-567a", "03-1234-5678 内線", "tel 0312345678"])
def test_a_phone_number_with_letters_is_refused_not_stored_wrong(client, weekly, typed):
    response = client.post(
        reverse("signups:register", args=[weekly.pk]), form_data(weekly, email="", phone=typed)
    )
    assert "電話番号を確かめてください" in response.content.decode()
    assert not Signup.objects.exists()


@pytest.mark.parametrize("typed", ["03ー1234ー5678", "０３－１２３４－５６７８", "(03) 1234 5678"])
def test_a_phone_number_typed_the_usual_ways_is_taken(client, weekly, typed):
    client.post(
        reverse("signups:register", args=[weekly.pk]), form_data(weekly, email="", phone=typed)
    )
    assert Signup.objects.get().phone == "0312345678"
