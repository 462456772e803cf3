"""One frozen settings object, parsed once at start from the environment and `.env`."""

from __future__ import annotations

import base64
import binascii
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationError, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

TELEGRAM_API = "https://api.telegram.org/bot"


class SettingsError(Exception):
    """A setting is missing or bad; the message is one sentence naming the variable."""


class Settings(BaseSettings):
    """CareVoice configuration. Secrets are `SecretStr` so they never show in a repr."""

    model_config = SettingsConfigDict(
        env_file=".env", env_file_encoding="utf-8", frozen=True, extra="ignore"
    )

    telegram_bot_token: SecretStr | None = Field(None, alias="TELEGRAM_BOT_TOKEN")
    telegram_api_base_url: str = Field(TELEGRAM_API, alias="TELEGRAM_API_BASE_URL")
    database_url: str = Field(
        "sqlite+aiosqlite:///./carevoice.db", alias="DATABASE_URL", repr=False
    )
    data_key: SecretStr | None = Field(None, alias="CAREVOICE_DATA_KEY")
    lookup_key: SecretStr | None = Field(None, alias="CAREVOICE_LOOKUP_KEY")
    timezone: str = Field("Europe/London", alias="CAREVOICE_TIMEZONE")
    dashboard_host: str = Field("127.0.0.1", alias="CAREVOICE_DASHBOARD_HOST")
    dashboard_port: int = Field(8080, ge=0, le=65535, alias="CAREVOICE_DASHBOARD_PORT")
    simulator_port: int = Field(8081, ge=0, le=65535, alias="CAREVOICE_SIMULATOR_PORT")
    demo_dir: Path = Field(Path(".carevoice-demo"), alias="CAREVOICE_DEMO_DIR")
    bot_username: str = Field("CareVoiceDemoBot", alias="CAREVOICE_BOT_USERNAME")
    retention_days: int = Field(365, ge=30, alias="CAREVOICE_RETENTION_DAYS")
    suppression_threshold: int = Field(10, ge=5, alias="CAREVOICE_SUPPRESSION_THRESHOLD")
    log_level: str = Field("INFO", alias="CAREVOICE_LOG_LEVEL")

    @field_validator("telegram_bot_token", "data_key", "lookup_key", mode="before")
    @classmethod
    def _blank_is_unset(cls, value: object) -> object:
        # `.env.example` leaves secrets blank: a blank secret is a missing one.
        return None if isinstance(value, str) and not value.strip() else value

    @field_validator("timezone")
    @classmethod
    def _known_timezone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as e:
            raise ValueError("is not a known IANA time zone such as Europe/London") from e
        return value

    @field_validator("data_key")
    @classmethod
    def _fernet_keys(cls, value: SecretStr | None) -> SecretStr | None:
        if value is not None:
            for key in data_keys_from(value):
                _check_fernet_key(key)
        return value

    @field_validator("database_url")
    @classmethod
    def _async_driver(cls, value: str) -> str:
        if not value.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError("must start with sqlite+aiosqlite:// or postgresql+asyncpg://")
        return value

    @field_validator("log_level")
    @classmethod
    def _log_level(cls, value: str) -> str:
        if value.upper() not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
            raise ValueError("must be one of DEBUG, INFO, WARNING, ERROR")
        return value.upper()

    @property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def is_demo(self) -> bool:
        return self.telegram_bot_token is None


def data_keys_from(secret: SecretStr) -> list[str]:
    """Split CAREVOICE_DATA_KEY into its keys, newest first."""
    return [key.strip() for key in secret.get_secret_value().split(",") if key.strip()]


def _check_fernet_key(key: str) -> None:
    try:
        raw = base64.urlsafe_b64decode(key.encode())
    except (binascii.Error, ValueError) as e:
        raise ValueError("must be Fernet keys (url-safe base64), comma-separated") from e
    if len(raw) != 32:
        raise ValueError("must be Fernet keys of 32 bytes each, comma-separated")


def load_settings(env_file: Path | str | None = ".env", **overrides: Any) -> Settings:
    """Read settings once; turn any problem into one sentence naming the variable."""
    try:
        return Settings(_env_file=env_file, **overrides)  # type: ignore[call-arg]
    except ValidationError as e:
        raise SettingsError(_describe(e)) from None


def _describe(error: ValidationError) -> str:
    first = error.errors()[0]
    name = str(first["loc"][0]) if first["loc"] else "a setting"
    reason = first["msg"].removeprefix("Value error, ")
    return (
        f"Setting {name} {reason}."
        if reason.startswith(("is", "must"))
        else (f"Setting {name} is invalid: {reason}.")
    )
