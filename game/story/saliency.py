"""Saliency: how a line group (`=>`) or a node group (`when:`) picks what runs, by the strategy
names Yarn Spinner documents. Each candidate passed or failed its conditions and has a
complexity score (program.complexity); the LRU strategies count views in the variables under
"$Yarn.Internal.Content.ViewCount.<key>", so they last in saves like visit counts."""

from dataclasses import dataclass

VIEW_COUNT_PREFIX = "$Yarn.Internal.Content.ViewCount."


@dataclass
class Candidate:
    key: str          # "line.<line id>" or "node.<member title>"
    passed: bool      # every condition true (and not a spent `once`)
    complexity: int


class _First:
    """The first candidate that passed."""

    def query(self, candidates, variables, rng):
        return next((i for i, c in enumerate(candidates) if c.passed), None)

    def selected(self, candidate, variables):
        pass


class _Best(_First):
    """The passing candidate with the highest complexity; the first of equals."""

    def query(self, candidates, variables, rng):
        passing = [i for i, c in enumerate(candidates) if c.passed]
        return max(passing, key=lambda i: candidates[i].complexity, default=None)


class _BestLeastRecentlySeen:
    """Fewest views first, then highest complexity; the first (or a random one) of equals."""

    def __init__(self, randomly):
        self.randomly = randomly

    def query(self, candidates, variables, rng):
        ranked = [((variables.get(VIEW_COUNT_PREFIX + c.key, 0), -c.complexity), i)
                  for i, c in enumerate(candidates) if c.passed]
        if not ranked:
            return None
        best = min(rank for rank, _ in ranked)
        ties = [i for rank, i in ranked if rank == best]
        return rng.choice(ties) if self.randomly else ties[0]

    def selected(self, candidate, variables):
        key = VIEW_COUNT_PREFIX + candidate.key
        variables[key] = variables.get(key, 0) + 1


class _Random(_First):
    """Any passing candidate, at random."""

    def query(self, candidates, variables, rng):
        passing = [i for i, c in enumerate(candidates) if c.passed]
        return rng.choice(passing) if passing else None


STRATEGIES = {
    "first": _First(),
    "best": _Best(),
    "best_least_recently_seen": _BestLeastRecentlySeen(randomly=False),
    "random_best_least_recently_seen": _BestLeastRecentlySeen(randomly=True),
    "random": _Random(),
}
