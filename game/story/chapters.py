"""Where a new game begins."""

NEW_GAME = {"map": "club", "spawn": "entrance", "node": ""}
