from datetime import UTC, datetime
from types import SimpleNamespace

from aiohttp.test_utils import TestClient, TestServer

from dashboard.app import create_dashboard
from storage.tables import PersonRow

NOW = datetime(2026, 3, 2, tzinfo=UTC)


async def _get(store, path):
    app = create_dashboard(store, SimpleNamespace(suppression_threshold=5))
    async with TestClient(TestServer(app)) as client:
        response = await client.get(path)
        return response.status, await response.text()


async def test_the_overview_links_to_themes_and_hides_small_counts(store):
    async with store.unit_of_work() as uow:
        for n in range(3):
            uow.session.add(PersonRow(id=f"p{n}", status="active", created_at=NOW, joined_at=NOW))
    status, html = await _get(store, "/")
    assert status == 200 and 'href="/themes"' in html
    assert 'aria-current="page">Overview' in html
    assert "Hidden: too few to show safely." in html and ">3<" not in html


async def test_the_dashboard_says_it_is_up(store):
    status, body = await _get(store, "/healthz")
    assert status == 200 and '"ok": true' in body
