"""Where a new game begins, and the nodes the game itself starts (not reached from maps)."""

NEW_GAME = {"map": "club", "spawn": "entrance", "node": ""}


def entry_nodes() -> list[str]:
    return [NEW_GAME["node"]] if NEW_GAME["node"] else []
