import pytest

from bot.settings import SettingsError, load_settings
from storage.encryption import new_data_key


def test_defaults_need_nothing_and_mean_demo_mode():
    settings = load_settings(None)
    assert settings.is_demo and settings.database_url.startswith("sqlite+aiosqlite://")
    assert settings.timezone == "Europe/London"


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("CAREVOICE_TIMEZONE", "Mars/Olympus"),
        ("CAREVOICE_DATA_KEY", "not-a-key"),
        ("DATABASE_URL", "mysql://x"),
        ("CAREVOICE_DASHBOARD_PORT", "eighty"),
        ("CAREVOICE_SUPPRESSION_THRESHOLD", "3"),
        ("CAREVOICE_LOG_LEVEL", "LOUD"),
    ],
)
def test_a_bad_value_fails_with_one_sentence_naming_the_variable(monkeypatch, variable, value):
    monkeypatch.setenv(variable, value)
    with pytest.raises(SettingsError) as error:
        load_settings(None)
    message = str(error.value)
    assert message.startswith(f"Setting {variable} ") and message.endswith(".")
    assert message.count(". ") == 0


def test_secrets_never_show_in_a_repr(monkeypatch):
    key = new_data_key()
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "123456:SECRET-TOKEN")
    monkeypatch.setenv("CAREVOICE_DATA_KEY", key)
    monkeypatch.setenv("DATABASE_URL", "postgresql+asyncpg://u:hunter2@db/cv")
    shown = repr(load_settings(None))
    for secret in ("SECRET-TOKEN", key, "hunter2"):
        assert secret not in shown


def test_several_data_keys_are_accepted_for_rotation(monkeypatch):
    monkeypatch.setenv("CAREVOICE_DATA_KEY", f"{new_data_key()}, {new_data_key()}")
    assert load_settings(None).data_key is not None


def test_blank_secrets_as_in_the_example_file_count_as_unset(monkeypatch):
    for name in ("TELEGRAM_BOT_TOKEN", "CAREVOICE_DATA_KEY", "CAREVOICE_LOOKUP_KEY"):
        monkeypatch.setenv(name, "  ")
    settings = load_settings(None)
    assert settings.is_demo and settings.data_key is None and settings.lookup_key is None


def test_the_example_env_file_is_valid_and_documents_every_setting():
    from pathlib import Path

    from bot.settings import Settings

    example = Path(__file__).resolve().parents[2] / ".env.example"
    assert load_settings(example).is_demo
    documented = example.read_text()
    for field in Settings.model_fields.values():
        assert f"{field.alias}=" in documented, field.alias
