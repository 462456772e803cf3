"""Typed keys for what the dashboard app holds."""

from __future__ import annotations

from datetime import tzinfo

from aiohttp import web
from jinja2 import Environment

from storage.store import Store

STORE_KEY = web.AppKey("store", Store)
THRESHOLD_KEY = web.AppKey("threshold", int)
JINJA_KEY = web.AppKey("jinja", Environment)
ZONE_KEY = web.AppKey("zone", tzinfo)
