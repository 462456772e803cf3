"""What every route of the simulator shares."""

from dataclasses import dataclass

from aiohttp import web

from bot.simulator.ratelimit import RateLimiter
from bot.simulator.state import SimState
from bot.simulator.waiting import ChangeFeed


@dataclass
class Simulation:
    """The token, the simulated world, its change feed and flood control."""

    token: str
    state: SimState
    feed: ChangeFeed
    limiter: RateLimiter
    poll_generation: int = 0  # the newest getUpdates call; older ones are terminated

    def __repr__(self) -> str:
        return f"Simulation(token=<hidden>, pending={self.state.updates.pending_count})"


SIMULATION = web.AppKey("simulation", Simulation)
