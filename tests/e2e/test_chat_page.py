"""A person using the simulator's web chat page in a real browser (headless Chromium)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = os.environ.get("CAREVOICE_CHROMIUM") or shutil.which("chromium")
# CI installs Chromium (.ci/run), so there a missing browser is a failure, not a skip; only a
# developer's machine without it skips.
pytestmark = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"),
    reason="Chromium is not installed (apt-get install chromium)",
)
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture
async def page(bot, tmp_path: Path):
    from playwright.async_api import async_playwright

    async with async_playwright() as playwright:
        browser = await playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        page = await browser.new_page(viewport={"width": 400, "height": 800})
        yield page
        await page.screenshot(path=str(tmp_path / "chat.png"), full_page=True)
        await browser.close()


async def _send(page, text: str) -> None:
    await page.fill("#text", text)
    await page.click("button.send")


async def test_a_young_person_joins_and_has_their_say_in_the_browser(page, simulator, invite):
    from playwright.async_api import expect

    await page.goto(f"{simulator.url}/chat?chat=6660001")
    await _send(page, f"/start {await invite()}")
    await expect(page.get_by_text("Is that okay?")).to_be_visible(timeout=15_000)
    await page.get_by_role("button", name="✅ Yes, that's okay").click()
    await page.get_by_role("button", name="Skip").click()
    await page.get_by_role("button", name="💬 Have my say").click()
    await page.get_by_role("button", name="✍️ Something else — let me just type").click()
    await expect(page.get_by_text("type your message")).to_be_visible()
    await _send(page, "I'd like more say in my care plan <b>please</b>")
    await expect(page.get_by_text("Your reference is CV-")).to_be_visible()
    await expect(page.get_by_text("<b>please</b>", exact=False)).to_be_visible()
    await page.get_by_role("button", name="🆘 Help").last.click()
    await expect(page.get_by_text("Childline: 0800 1111")).to_be_visible()


async def test_an_invite_link_opens_the_chat_and_presses_start(page, simulator, invite):
    from playwright.async_api import expect

    await page.goto(f"{simulator.url}/chat?start={await invite()}")
    await expect(page.get_by_text("Is that okay?")).to_be_visible(timeout=15_000)
    assert "start=" not in page.url  # reloading the page must not press Start again
