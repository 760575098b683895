"""People as the story names them."""


def speaker_id(name: str | None) -> str:
    """A line's speaker as a person's id: "Soap Actor" -> "soap_actor" (portraits, voices, colours)."""
    return (name or "").strip().lower().replace(" ", "_").replace("-", "_")
