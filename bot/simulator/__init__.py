"""A Telegram Bot API simulator for demos, previews and end-to-end tests.

Run a real python-telegram-bot Application against it with
``ApplicationBuilder().token(token).base_url(simulator.api_base_url)``.
"""

from bot.simulator.client import SimulatedChat, SimulatorClient, SimulatorError
from bot.simulator.server import Simulator

__all__ = ["SimulatedChat", "Simulator", "SimulatorClient", "SimulatorError"]
