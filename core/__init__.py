"""Pure domain logic for CareVoice: no I/O, no frameworks."""
