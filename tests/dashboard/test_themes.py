"""The Themes page over HTTP, and the protected figures behind it.

Threshold 5. February 2025: 6 young people (in care, 11–17) negative about school; one
young person (care leaver) sends 3 messages about money; one more (in care, 8–11) writes
about health in a message that is marked urgent.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from types import SimpleNamespace

from aiohttp.test_utils import TestClient, TestServer
from hypothesis import given, settings
from hypothesis import strategies as st

from core.aggregation import AnalysedRecord
from core.analysis import Sentiment
from core.disclosure import DisclosurePolicy
from core.people import AgeBand, Cohort
from core.periods import Granularity
from dashboard.app import create_dashboard
from dashboard.theme_figures import build_theme_figures, group_of
from dashboard.themes import default_start, parse_theme_query
from storage.tables import FeedbackRow, PersonRow

RAW_SCHOOL = "Mr Bloggs at Fictional Academy shouts at me in maths every single day"
QUOTE_SCHOOL = "[NAME] at [SCHOOL] shouts at me in maths every single day"
RAW_MONEY = "my pocket money from Sandra is late again"
QUOTE_MONEY = "my pocket money from [NAME] is late again"
RAW_URGENT = "something urgent and private about my health"
WHEN = datetime(2025, 2, 10, 12, tzinfo=UTC)


async def _seed(store):
    people = [(f"s{n}", Cohort.IN_CARE, AgeBand.TEEN) for n in range(6)]
    people += [("m", Cohort.CARE_LEAVER, AgeBand.LEAVER), ("u", Cohort.IN_CARE, AgeBand.YOUNG)]
    messages = [(f"s{n}", RAW_SCHOOL, QUOTE_SCHOOL, "education", "none") for n in range(6)]
    messages += [("m", RAW_MONEY, QUOTE_MONEY, "money", "none")] * 3
    messages += [("u", RAW_URGENT, "about my health", "health_wellbeing", "urgent")]
    async with store.unit_of_work() as uow:
        for person_id, cohort, band in people:
            uow.session.add(
                PersonRow(
                    id=person_id, status="active", cohort=cohort, age_band=band, created_at=WHEN
                )
            )
        await uow.session.flush()
        for n, (person_id, raw, redacted, theme, risk) in enumerate(messages):
            uow.session.add(_message(store, n, person_id, raw, redacted, theme, risk))


def _message(store, n, person_id, raw, redacted, theme, risk):
    return FeedbackRow(
        reference=f"CV-{n}",
        person_id=person_id,
        kind="views",
        text_enc=store.cipher.encrypt(raw),
        risk_level=risk,
        received_at=WHEN,
        themes=[theme],
        sentiment="negative",
        intent="comment",
        redacted_enc=store.cipher.encrypt(redacted),
        analysis_version="v1",
    )


async def _get(store, path, threshold=5):
    app = create_dashboard(store, SimpleNamespace(suppression_threshold=threshold, zone=UTC))
    async with TestClient(TestServer(app)) as client:
        response = await client.get(path)
        return response.status, await response.text()


def _row(html, name):
    """The cells of the first table row headed `name`."""
    match = re.search(rf'<tr><th scope="row">{re.escape(name)}</th>(.*?)</tr>', html)
    assert match, name
    return re.findall(r"<td[^>]*>(.*?)</td>", match.group(1))


async def test_the_page_shows_redacted_quotes_and_never_raw_text(store):
    await _seed(store)
    status, html = await _get(store, "/themes?from=2025-02-01&to=2025-02-28")
    assert status == 200
    for raw in (RAW_SCHOOL, RAW_MONEY, RAW_URGENT, "Bloggs", "Sandra", "private"):
        assert raw not in html
    assert QUOTE_SCHOOL in html  # 6 people: enough to quote
    assert QUOTE_MONEY not in html  # 1 person: not quotable
    assert "<svg" in html and "http://" not in html and "https://" not in html


async def test_small_counts_are_hidden(store):
    await _seed(store)
    _, html = await _get(store, "/themes?from=2025-02-01&to=2025-02-28&granularity=month")
    assert _row(html, "School, college and learning") == ["0", "0", "6", "0", "6"]
    assert _row(html, "Money") == ["0", "0", "[c]", "0", "[c]"]  # 3 messages, 1 person
    assert _row(html, "Health and feelings") == ["0", "0", "[c]", "0", "[c]"]
    # Shown totals are true; money and health add up to 4 but neither can be told apart.
    assert _row(html, "All themes") == ["0", "0", "10", "0", "10"]


async def test_a_higher_threshold_hides_more(store):
    await _seed(store)
    _, html = await _get(store, "/themes?from=2025-02-01&to=2025-02-28", threshold=10)
    assert ">6<" not in html and QUOTE_SCHOOL not in html


async def test_without_a_query_the_last_three_months_are_shown(store):
    status, html = await _get(store, "/themes")
    today = datetime.now(UTC).date()
    assert status == 200 and f"{default_start(today).day} " in html
    assert 'aria-current="page">Themes' in html


async def test_a_bad_query_is_refused_kindly(store):
    status, html = await _get(store, "/themes?from=2025-03-01&to=2025-01-01")
    assert status == 400 and "must not be after" in html
    status, html = await _get(store, "/themes?granularity=<script>")
    assert status == 400 and "<script>" not in html


def test_the_default_range_is_this_month_and_the_two_before():
    query = parse_theme_query({}, date(2025, 2, 14))
    assert (query.start, query.end, query.granularity) == (
        date(2024, 12, 1),
        date(2025, 2, 14),
        Granularity.MONTH,
    )


records = st.lists(
    st.builds(
        AnalysedRecord,
        person_id=st.sampled_from([f"p{n}" for n in range(12)]),
        received_on=st.dates(date(2025, 1, 1), date(2025, 3, 31)),
        cohort=st.sampled_from([*Cohort, None]),
        age_band=st.sampled_from([*AgeBand, None]),
        themes=st.lists(st.sampled_from(["education", "money", "housing"]), max_size=2).map(tuple),
        sentiment=st.sampled_from(Sentiment),
        redacted=st.just("quote"),
    ),
    max_size=60,
)


@settings(max_examples=60, deadline=None)
@given(records)
def test_range_figures_are_shown_only_as_sums_of_shown_period_figures(chosen):
    starts = (date(2025, 1, 1), date(2025, 2, 1), date(2025, 3, 1))
    figures = build_theme_figures(
        chosen, starts, Granularity.MONTH, starts[-1], DisclosurePolicy(5)
    )
    for theme in ("education", "money"):
        parts = [p.sentiments.row_total(theme) for p in figures.periods]
        shown = figures.overall.row_total(theme)
        assert shown.is_suppressed == any(part.is_suppressed for part in parts)
        true = sum(theme in r.themes for r in chosen)
        assert shown.value in (None, true)
        cohort_total = figures.by_cohort.cell(theme, "in_care")
        in_care = sum(theme in r.themes and group_of(r).startswith("in_care/") for r in chosen)
        assert cohort_total.value in (None, in_care)


def test_emerging_topics_name_only_phrases_enough_young_people_used():
    from dashboard.themes import _emerging

    def record(person: str, text: str) -> AnalysedRecord:
        return AnalysedRecord(
            person_id=person,
            received_on=date(2026, 3, 2),
            cohort=None,
            age_band=None,
            themes=(),
            sentiment=Sentiment.NEUTRAL,
            redacted=text,
            is_urgent=False,
        )

    many = [record(f"p{n}", "the knitting circle on tuesdays is lovely") for n in range(10)]
    one_person = [record("loud", "the chess tournament was brilliant") for _ in range(30)]
    phrases = [topic.phrase for topic in _emerging(many + one_person, DisclosurePolicy(10))]
    assert any("knitting circle" in phrase for phrase in phrases)
    assert not any("chess" in phrase for phrase in phrases)
