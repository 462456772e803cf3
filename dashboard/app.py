"""The staff dashboard (aiohttp + Jinja2): protected headline figures and themes."""

from __future__ import annotations

from datetime import UTC, tzinfo

from aiohttp import web

from dashboard.keys import JINJA_KEY, STORE_KEY, THRESHOLD_KEY, ZONE_KEY
from dashboard.overview import load_overview
from dashboard.rendering import create_environment
from dashboard.themes import themes_page
from storage.store import Store

__all__ = ["JINJA_KEY", "STORE_KEY", "THRESHOLD_KEY", "ZONE_KEY", "create_dashboard"]


def create_dashboard(store: Store, settings: object) -> web.Application:
    """Build the dashboard app around a store."""
    # TODO(staff login): every page here is for signed-in staff only; not built yet.
    app = web.Application()
    app[STORE_KEY] = store
    app[THRESHOLD_KEY] = int(getattr(settings, "suppression_threshold", 10))
    zone: tzinfo = getattr(settings, "zone", UTC)
    app[ZONE_KEY] = zone
    app[JINJA_KEY] = create_environment()
    app.router.add_get("/", overview)
    app.router.add_get("/themes", themes_page)
    app.router.add_get("/healthz", health)
    return app


async def overview(request: web.Request) -> web.Response:
    """Show headline figures, with small numbers suppressed."""
    app = request.app
    figures = await load_overview(app[STORE_KEY], app[THRESHOLD_KEY])
    template = app[JINJA_KEY].get_template("overview.html")
    html = template.render(page="overview", figures=figures)
    return web.Response(text=html, content_type="text/html")


async def health(request: web.Request) -> web.Response:
    """Say the dashboard is up."""
    return web.json_response({"ok": True})
