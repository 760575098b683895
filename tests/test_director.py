"""Scenes ask the director to open and close scenes; during the update pass the changes wait until
every scene of the tick has run, so all of them see the same stack."""

from game.director import Scene


class Probe(Scene):
    opaque = False
    pauses_below = False

    def __init__(self, app, name, seen) -> None:
        super().__init__(app)
        self.name, self.seen, self.then = name, seen, None

    def update(self, is_top: bool) -> None:
        self.seen.append((self.name, [s.name for s in self.app.director.stack]))
        if self.then:
            self.then()


def test_changes_asked_for_during_the_pass_come_after_it(app):
    seen = []
    low, high = Probe(app, "low", seen), Probe(app, "high", seen)
    app.director.push(low)
    app.director.push(high)
    low.then = lambda: (low.close(), low.open(Probe(app, "new", seen)))
    app.director.update()
    assert seen == [("low", ["low", "high"]), ("high", ["low", "high"])]
    assert [s.name for s in app.director.stack] == ["high", "new"]


def test_outside_the_pass_they_happen_at_once_and_closing_twice_is_harmless(app):
    scene = Probe(app, "one", [])
    app.director.push(scene)
    scene.skip()
    scene.close()
    assert app.director.stack == []
