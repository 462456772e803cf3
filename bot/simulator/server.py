"""Assemble the simulator: Bot API, control API and web chat page on one aiohttp server."""

from pathlib import Path

from aiohttp import web

from bot.simulator import bot_api, control
from bot.simulator.context import SIMULATION, Simulation
from bot.simulator.objects import bot_object
from bot.simulator.ratelimit import RateLimiter
from bot.simulator.state import SimState
from bot.simulator.waiting import ChangeFeed

STATIC = Path(__file__).parent / "static"
DEFAULT_BOT_ID = 7000000001
# The page loads only its own script and style, so injected markup could not run.
PAGE_POLICY = "default-src 'self'; img-src 'self' data:; frame-ancestors 'self'"


class Simulator:
    """A Telegram Bot API look-alike that a real PTB Application can poll."""

    def __init__(
        self, token: str, bot_username: str = "CareVoiceDemoBot", rate_limit: bool = False
    ) -> None:
        self.feed = ChangeFeed()
        bot = bot_object(bot_id_from(token), "CareVoice", bot_username)
        self.state = SimState(bot, on_change=self.feed.notify)
        self.rate_limiter = RateLimiter(is_enabled=rate_limit)
        self._app = build_app(Simulation(token, self.state, self.feed, self.rate_limiter))
        self._runner: web.AppRunner | None = None
        self._url: str | None = None

    def __repr__(self) -> str:
        return f"Simulator(url={self._url!r}, token=<hidden>)"

    @property
    def app(self) -> web.Application:
        """Return the aiohttp application (to mount or serve elsewhere)."""
        return self._app

    @property
    def url(self) -> str:
        """Return the server's root URL, e.g. http://127.0.0.1:8081."""
        if self._url is None:
            raise RuntimeError("Simulator is not running; await start() first.")
        return self._url

    @property
    def api_base_url(self) -> str:
        """Return what to pass to PTB's ApplicationBuilder.base_url."""
        return f"{self.url}/bot"

    async def start(self, host: str = "127.0.0.1", port: int = 0) -> None:
        """Serve on host:port; port 0 picks a free port."""
        # No access log: Bot API paths carry the token and query strings may carry text.
        self._runner = web.AppRunner(self._app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, host, port)
        await site.start()
        bound_host, bound_port = self._runner.addresses[0][:2]
        shown_host = f"[{bound_host}]" if ":" in bound_host else bound_host  # IPv6
        self._url = f"http://{shown_host}:{bound_port}"

    async def stop(self) -> None:
        """Release long polls and stop serving."""
        self.feed.close()
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None


def build_app(sim: Simulation) -> web.Application:
    """Return the aiohttp application serving every simulator route."""
    app = web.Application(middlewares=[control.control_errors])
    app[SIMULATION] = sim
    bot_api.add_routes(app)
    control.add_routes(app)
    app.router.add_get("/", redirect_to_chat)
    app.router.add_get("/chat", chat_page)
    app.router.add_static("/static", STATIC)
    return app


async def chat_page(request: web.Request) -> web.FileResponse:
    """Serve the web chat page where a person plays the young person."""
    headers = {"Content-Security-Policy": PAGE_POLICY, "Cache-Control": "no-store"}
    return web.FileResponse(STATIC / "chat.html", headers=headers)


async def redirect_to_chat(request: web.Request) -> web.Response:
    """Send visitors of the root to the chat page."""
    raise web.HTTPFound("/chat")


def bot_id_from(token: str) -> int:
    """Return the bot id Telegram encodes before the colon of a token."""
    prefix = token.split(":", 1)[0]
    return int(prefix) if prefix.isdigit() else DEFAULT_BOT_ID
