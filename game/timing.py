"""The one clock: the simulation runs TICK_RATE fixed ticks a second, whatever the display does."""

TICK_RATE = 60


def ticks(seconds: float) -> int:
    """Seconds as whole simulation ticks."""
    return round(seconds * TICK_RATE)
