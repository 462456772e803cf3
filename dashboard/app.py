"""The staff dashboard (aiohttp + Jinja2). This shell shows protected headline figures."""

from __future__ import annotations

from pathlib import Path

from aiohttp import web
from jinja2 import Environment, FileSystemLoader, select_autoescape

from dashboard.overview import load_overview
from storage.store import Store

TEMPLATES = Path(__file__).parent / "templates"
STORE_KEY = web.AppKey("store", Store)
THRESHOLD_KEY = web.AppKey("threshold", int)
JINJA_KEY = web.AppKey("jinja", Environment)


def create_dashboard(store: Store, settings: object) -> web.Application:
    """Build the dashboard app around a store."""
    app = web.Application()
    app[STORE_KEY] = store
    app[THRESHOLD_KEY] = int(getattr(settings, "suppression_threshold", 10))
    app[JINJA_KEY] = Environment(
        loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"])
    )
    app.router.add_get("/", overview)
    app.router.add_get("/healthz", health)
    return app


async def overview(request: web.Request) -> web.Response:
    """Show headline figures, with small numbers suppressed."""
    app = request.app
    figures = await load_overview(app[STORE_KEY], app[THRESHOLD_KEY])
    html = app[JINJA_KEY].get_template("overview.html").render(figures=figures)
    return web.Response(text=html, content_type="text/html")


async def health(request: web.Request) -> web.Response:
    """Say the dashboard is up."""
    return web.json_response({"ok": True})
