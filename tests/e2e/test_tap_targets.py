"""Pages for older eyes and thumbs (issue 16), measured in the browser on every public page type.

At 375 px (a phone), in Japanese and English:

- every visible `a`, `button`, `input`, `select`, `textarea`, `summary` and `[role=button]` is
  at least 44×44 CSS px. The rules, stated once (WCAG 2.5.5 / 2.5.8):
  * INLINE PROSE IS EXEMPT: a link shown inline whose nearest block parent is a `p` that holds
    words outside its links (a link inside a running sentence, WCAG 2.5.8's "inline"
    exception). A link alone in its paragraph, a paragraph of links with only separators
    (・, |, commas) between them, a list item, a heading, a nav or a table is not exempt.
  * A CHECKBOX OR RADIO'S TARGET INCLUDES ITS LABEL: a tap on the `<label for>` ticks it, so the
    box measured is the union of the input and its label.
- every visible text is at least 14 px (computed font-size of the text's element).

At 640 px (1280 px at 200% zoom) and 320 px (1280 px at 400%, WCAG 1.4.10 reflow): no page
scrolls sideways, except inside its own scroll container (a data table, the map), and no two
tap targets overlap.

PAGES is the list of page types: add a line when a new public page type is served (search,
a report's page, open data, help pages…). Screenshots at 375 and 1280 px go to artifacts/e2e/.
"""

import re

import pytest

from events.models import Event
from portal.public_pages import sample_values
from tests.e2e.conftest import ARTIFACTS, DESKTOP, PHONE

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

MIN_TARGET = 44
MIN_TEXT = 14
REFLOW_WIDTHS = [640, 320]

# (name, path, status). Placeholders: those of portal.public_pages.sample_values(), and
# {signup_event}: the demo's 荒川コープカフェ, whose sign-up form is on this site.
PAGES = [
    ("home", "/", 200),
    ("charter", "/charter/", 200),
    ("privacy", "/privacy/", 200),
    ("areas", "/areas/", 200),
    ("areas_page", "/areas/?network=tokyo&status=active&page=2", 200),
    ("area", "/areas/{area}/", 200),
    ("events", "/events/", 200),
    ("events_filtered", "/events/?kind=cafe&area={area}", 200),
    ("calendar", "/events/calendar/{month}/", 200),
    ("event", "/events/{signup_event}/", 200),
    ("signup_form", "/events/{signup_event}/register/", 200),
    ("contact_form", "/areas/{area}/contact/", 200),
    ("voice_form", "/areas/{plan_area}/voice/", 200),
    ("follow_form", "/follow/?area={area}", 200),
    ("plans", "/plans/", 200),
    ("area_plan", "/areas/{plan_area}/plan/", 200),
    ("coops", "/coops/", 200),
    ("coops_kind", "/coops/?kind=social_welfare_council", 200),
    ("coop", "/coops/{coop}/", 200),
    ("reports", "/reports/", 200),
    ("report", "/reports/{year}/", 200),
    ("activity_report", "/events/{report_event}/reports/{activity_report}/", 200),
    ("search", "/search/?q=ぼうさい", 200),
    ("search_one_kind", "/search/?q=カフェ&kind=event", 200),
    ("calendar_help", "/help/calendar/?area={area}", 200),
    ("feeds_help", "/help/feeds/", 200),
    ("open_data", "/open-data/", 200),
    ("not_found", "/areas/no-such-area/", 404),
]
LANGUAGES = {"ja": "", "en": "/en"}

# Shared by the checks below: which elements count as shown, and how to name one.
_HELPERS = """
const TARGETS = 'a[href], button, input:not([type=hidden]), select, textarea, summary, '
  + '[role=button]';
function shown(el) {
  if (!el.checkVisibility({opacityProperty: true, visibilityProperty: true})) return false;
  for (let e = el; e && e !== document.body; e = e.parentElement) {
    const r = e.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1) return false;  // .visually-hidden and the like
  }
  return true;
}
function where(el) {
  const parts = [];
  for (let e = el; e && e !== document.body && parts.length < 5; e = e.parentElement) {
    let part = e.tagName.toLowerCase();
    if (e.id) part += '#' + e.id;
    else if (e.classList.length) part += '.' + [...e.classList].join('.');
    parts.unshift(part);
  }
  return parts.join(' > ');
}
function box(r) { return `${Math.round(r.width * 10) / 10}×${Math.round(r.height * 10) / 10}`; }
"""

_MEASURE = (
    "([minTarget, minText]) => {"
    + _HELPERS
    + """
  const problems = [];
  function nearestBlock(el) {
    for (let e = el.parentElement; e; e = e.parentElement) {
      if (!getComputedStyle(e).display.startsWith('inline')) return e;
    }
    return null;
  }
  function inlineInProse(el) {
    if (el.tagName !== 'A' || getComputedStyle(el).display !== 'inline') return false;
    const block = nearestBlock(el);
    if (!block || block.tagName !== 'P') return false;
    const words = [...block.childNodes]
      .map(n => (n.nodeType === Node.TEXT_NODE || n.tagName !== 'A' ? n.textContent : ''))
      .join('');
    return words.replace(/[\\s・、。,.|/()（）]/g, '').length > 0;
  }
  function targetRect(el) {
    const r = el.getBoundingClientRect();
    if (!(el.type === 'checkbox' || el.type === 'radio') || !el.labels) return r;
    let [left, top, right, bottom] = [r.left, r.top, r.right, r.bottom];
    for (const label of el.labels) {
      const l = label.getBoundingClientRect();
      left = Math.min(left, l.left); top = Math.min(top, l.top);
      right = Math.max(right, l.right); bottom = Math.max(bottom, l.bottom);
    }
    return {width: right - left, height: bottom - top};
  }
  for (const el of document.querySelectorAll(TARGETS)) {
    if (!shown(el) || inlineInProse(el)) continue;
    const r = targetRect(el);
    if (r.width < minTarget - 0.01 || r.height < minTarget - 0.01) {
      const text = (el.innerText || el.value || el.name || '').trim().slice(0, 40);
      problems.push(`target ${box(r)} px: ${where(el)} «${text}»`);
    }
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  const seen = new Set();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (!node.textContent.trim() || seen.has(el)) continue;
    if (el.closest('script, style, template, svg, option')) continue;
    seen.add(el);
    if (!shown(el)) continue;
    const size = parseFloat(getComputedStyle(el).fontSize);
    if (size < minText - 0.01) {
      problems.push(`text ${size} px: ${where(el)} «${node.textContent.trim().slice(0, 40)}»`);
    }
  }
  return problems;
}"""
)

_REFLOW = (
    "() => {"
    + _HELPERS
    + """
  const problems = [];
  const width = document.documentElement.clientWidth;
  if (document.documentElement.scrollWidth > width) {
    const scrolled = document.documentElement.scrollWidth;
    problems.push(`the page scrolls sideways: ${scrolled} > ${width} px`);
  }
  // Content inside a box that scrolls or clips (a table's or the map's scroller, the
  // honeypot's 1 px box) does not widen the page.
  function inScroller(el) {
    for (let e = el.parentElement; e && e !== document.body; e = e.parentElement) {
      if (getComputedStyle(e).overflowX !== 'visible') return true;
    }
    return false;
  }
  for (const el of document.body.querySelectorAll('*')) {
    const r = el.getBoundingClientRect();
    if (r.right > width + 0.5 && el.checkVisibility() && !inScroller(el)) {
      problems.push(`sticks out ${Math.round(r.right - width)} px: ${where(el)}`);
    }
  }
  // Two targets overlap when a line box of one covers a line box of the other (an inline
  // link over two lines is two boxes, not the rectangle around both).
  function overlap(p, q) {
    const x = Math.min(p.right, q.right) - Math.max(p.left, q.left);
    const y = Math.min(p.bottom, q.bottom) - Math.max(p.top, q.top);
    return x > 1 && y > 1 ? `${Math.round(x)}×${Math.round(y)}` : null;
  }
  const targets = [...document.querySelectorAll(TARGETS)].filter(shown);
  const boxes = targets.map(el => [...el.getClientRects()]);
  for (let i = 0; i < targets.length; i++) {
    for (let j = i + 1; j < targets.length; j++) {
      const [a, b] = [targets[i], targets[j]];
      const labelled = a.labels && [...a.labels].some(l => l.contains(b));
      if (a.contains(b) || b.contains(a) || labelled) continue;
      const hit = boxes[i].flatMap(p => boxes[j].map(q => overlap(p, q))).find(Boolean);
      if (hit) problems.push(`overlap ${hit} px: ${where(a)} and ${where(b)}`);
    }
  }
  return problems.slice(0, 40);
}"""
)


def page_values() -> dict:
    cafe = Event.objects.published().filter(title="荒川コープカフェ").only("pk").first()
    return {**sample_values(), "signup_event": cafe.pk}


def _open(page, site, path, prefix, status, viewport):
    page.set_viewport_size(viewport)
    response = page.goto(site + prefix + path.format(**page_values()))
    assert response.status == status, f"{prefix}{path}: {response.status}"


def _report(url, problems) -> str:
    return f"{url} — {len(problems)} problem(s):\n" + "\n".join(problems)


def _screenshot(page, name):
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{re.sub(r'[^\w.-]+', '-', name)}.png"), full_page=True)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("name", "path", "status"), PAGES, ids=[p[0] for p in PAGES])
def test_every_tapped_target_is_44px_and_every_text_14px_at_375px(
    page, site, name, path, status, lang
):
    _open(page, site, path, LANGUAGES[lang], status, PHONE)
    problems = page.evaluate(_MEASURE, [MIN_TARGET, MIN_TEXT])
    _screenshot(page, f"tap-{name}-{lang}-375")
    assert not problems, _report(page.url, problems)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize(("name", "path", "status"), PAGES, ids=[p[0] for p in PAGES])
def test_no_page_scrolls_sideways_at_200_and_400_percent_zoom(page, site, name, path, status, lang):
    _open(page, site, path, LANGUAGES[lang], status, DESKTOP)
    _screenshot(page, f"tap-{name}-{lang}-1280")
    problems = []
    for width in REFLOW_WIDTHS:
        page.set_viewport_size({"width": width, "height": 800})
        problems += [f"{width} px: {p}" for p in page.evaluate(_REFLOW)]
    assert not problems, _report(page.url, problems)
