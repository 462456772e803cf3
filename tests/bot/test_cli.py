"""The officer-facing commands: invites and keys."""

import re

from click.testing import CliRunner

from bot.cli import main
from storage.encryption import new_data_key


def _env(tmp_path):
    return {
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'cli.db'}",
        "CAREVOICE_DATA_KEY": new_data_key(),
        "CAREVOICE_LOOKUP_KEY": "lookup",
        "CAREVOICE_BOT_USERNAME": "CouncilVoiceBot",
    }


def test_invite_create_prints_the_code_and_its_telegram_link(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(
        main,
        [
            "invite",
            "create",
            "--cohort",
            "care_leaver",
            "--age-band",
            "16-25",
            "--uses",
            "3",
            "--expires",
            "14",
        ],
        env=_env(tmp_path),
    )
    assert result.exit_code == 0, result.output
    code = re.search(r"Invite code: ([0-9A-Z]{8})", result.output).group(1)
    assert f"https://t.me/CouncilVoiceBot?start={code}" in result.output
    assert "up to 3 young people" in result.output and "14 days" in result.output


def test_invite_create_refuses_a_band_that_does_not_exist(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(
        main, ["invite", "create", "--cohort", "in_care", "--age-band", "5-7"], env=_env(tmp_path)
    )
    assert result.exit_code == 2 and "5-7" in result.output


def test_a_missing_key_is_named_in_one_sentence(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    env = {**_env(tmp_path), "CAREVOICE_DATA_KEY": ""}
    result = CliRunner().invoke(main, ["db", "upgrade"], env=env)
    assert result.exit_code == 1
    assert "CAREVOICE_DATA_KEY" in result.output and "Traceback" not in result.output


def test_keys_generate_prints_usable_keys(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, ["keys", "generate"])
    assert result.exit_code == 0
    assert re.search(r"^CAREVOICE_DATA_KEY=\S{44}$", result.output, re.M)
    assert re.search(r"^CAREVOICE_LOOKUP_KEY=\S+$", result.output, re.M)


def test_db_upgrade_then_keys_rotate(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    env = _env(tmp_path)
    assert CliRunner().invoke(main, ["db", "upgrade"], env=env).exit_code == 0
    result = CliRunner().invoke(main, ["keys", "rotate"], env=env)
    assert result.exit_code == 0 and "Re-encrypted 0" in result.output
