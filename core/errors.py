"""Domain errors. Handlers turn these into kind replies; none carries user text."""


class CareVoiceError(Exception):
    """Base class for every domain error."""


class InviteRejected(CareVoiceError):
    """An invite code cannot be used; `reason` says why (unknown, used_up, expired)."""

    def __init__(self, reason: str) -> None:
        super().__init__(f"invite rejected: {reason}")
        self.reason = reason


class TooManyAttempts(CareVoiceError):
    """Someone has guessed too many invite codes; they must wait before trying again."""


class NotJoined(CareVoiceError):
    """The person has not joined with an invite code yet, so cannot submit."""


class StorageUnavailable(CareVoiceError):
    """The database could not be reached or refused the write."""


class DecryptionFailed(CareVoiceError):
    """Stored text could not be decrypted with any configured key."""


class DisclosureThresholdTooLow(CareVoiceError):
    """A disclosure threshold below the safe minimum was configured."""

    def __init__(self, threshold: int, minimum: int) -> None:
        super().__init__(
            f"The disclosure threshold must be at least {minimum}; {threshold} was given."
        )
        self.threshold = threshold
        self.minimum = minimum
