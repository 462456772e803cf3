"""Errors shaped like the Telegram Bot API's, and errors of the control API."""

from typing import Any


class ApiError(Exception):
    """A Bot API failure carrying Telegram's status code and description."""

    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.retry_after = retry_after

    def to_json(self) -> dict[str, Any]:
        """Return the body Telegram sends for this error."""
        body: dict[str, Any] = {"ok": False, "error_code": self.code}
        body["description"] = self.description
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


class ControlError(Exception):
    """A control-API request that cannot be honoured, with its HTTP status."""

    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.message = message


def bad_request(reason: str) -> ApiError:
    """Return Telegram's 400 error for the given reason."""
    return ApiError(400, f"Bad Request: {reason}")


def forbidden(reason: str) -> ApiError:
    """Return Telegram's 403 error for the given reason."""
    return ApiError(403, f"Forbidden: {reason}")


def conflict(reason: str) -> ApiError:
    """Return Telegram's 409 error for the given reason."""
    return ApiError(409, f"Conflict: {reason}")


def too_many_requests(retry_after: int) -> ApiError:
    """Return Telegram's 429 flood-control error."""
    return ApiError(429, f"Too Many Requests: retry after {retry_after}", retry_after)


def unauthorized() -> ApiError:
    """Return Telegram's answer to a wrong token."""
    return ApiError(401, "Unauthorized")


def not_found() -> ApiError:
    """Return Telegram's answer to an unknown method."""
    return ApiError(404, "Not Found")


def blocked() -> ApiError:
    """Return Telegram's answer when the user has blocked the bot."""
    return forbidden("bot was blocked by the user")


def chat_not_found() -> ApiError:
    """Return Telegram's answer for a chat the bot has never seen."""
    return bad_request("chat not found")
