"""`liquid-sky bench [--json]`: how fast the game runs, headless, against the budgets in docs/design.md.

Per map: load time; frame time (update + draw + scaling to a 1920x1080 window) median and p99 with
the camera moving and every actor animating; a bare pyscroll draw of the same map and sprites in the
same run, and the ratio. Then peak memory, a full rollback trail, cold start to the first title
frame, and the dialogue loader on a generated 2,000-node script. It reports; it does not fail.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time

BUDGETS = {"frame_median_ms": 2.5, "frame_p99_ms": 5.0, "map_load_ms": 60, "cold_start_s": 0.8,
           "peak_memory_mb": 150, "yarn_2000_nodes_s": 0.5,
           # issue targets: the canvas against a bare pyscroll draw of the same map, sprites and light;
           # 500 walking people; the club's frame in CPU time; the club's map switch; a real window
           "canvas_ratio": 1.5, "npc_500_ms": 1.2, "club_frame_cpu_ms": 0.75, "club_switch_ms": 25,
           "window_cpu_share": 0.15,
           # a full rollback trail (game/rollback.py) at the end of the story, every variable set
           "rollback_kb": 8192}


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


class Timer:
    """Wall and CPU time (this thread's) of many runs of one stage, in milliseconds."""

    def __init__(self) -> None:
        self.wall: list[float] = []
        self.cpu: list[float] = []

    def __enter__(self):
        self._w, self._c = time.perf_counter(), time.thread_time()
        return self

    def __exit__(self, *_):
        self.wall.append((time.perf_counter() - self._w) * 1000)
        self.cpu.append((time.thread_time() - self._c) * 1000)

    def add(self, other: "Timer") -> "Timer":
        out = Timer()
        out.wall = [a + b for a, b in zip(self.wall, other.wall)]
        out.cpu = [a + b for a, b in zip(self.cpu, other.cpu)]
        return out

    def report(self) -> dict:
        return {"median": round(statistics.median(self.wall), 3), "p99": round(_percentile(self.wall, 0.99), 3),
                "cpu_median": round(statistics.median(self.cpu), 3), "cpu_p99": round(_percentile(self.cpu, 0.99), 3)}


def _free_tiles(world) -> tuple[list, list]:
    """The map's walk grid and its free tiles."""
    from game.world.actors import FEET

    grid = world.level.walkable(FEET)
    return grid, [(x, y) for y, row in enumerate(grid) for x, ok in enumerate(row) if ok]


def _keep_walking(world, rng, grid, free) -> None:
    """Every person (the player too) on their way somewhere: a new reachable goal when they arrive."""
    for actor in world.all_actors():
        if not actor.path and free:
            path = world.path_to_tile(actor, rng.choice(free), grid)
            actor.path = path or []


def _frames(app, frames: int, rng, window, beside=None) -> tuple[Timer, Timer, list]:
    """Run and draw `frames` frames with everyone walking and the camera on the walking player.
    Returns the canvas and scale timers and, per frame, where everyone stood; `beside(pose, tick)`
    is run after each frame, untimed (the bare draw, so both see the same machine load; a player's
    click)."""
    from game.app import scale_canvas

    explore = app.explore()
    grid, free = _free_tiles(explore.world)
    canvas, scale, poses = Timer(), Timer(), []
    for tick in range(frames):
        _keep_walking(explore.world, rng, grid, free)
        with canvas:
            app.tick()
            app.draw()
        with scale:
            scale_canvas(app.canvas, window)
        poses.append([(a.image(app.ticks), a.x, a.y) for a in explore.world.all_actors() if a.visible]
                     + [explore.world.player.x, explore.world.player.y])
        if beside is not None:
            beside(poses[-1], tick)
    return canvas, scale, poses


def bench_map(app, name: str, frames: int, before: str) -> dict:
    import random

    import pygame

    window = pygame.Surface((1920, 1080))
    loads = []
    for _ in range(2):  # the first load of a map also decodes its tileset images
        start = time.perf_counter()
        app.start_map(name)
        loads.append((time.perf_counter() - start) * 1000)
    switches = Timer()
    for _ in range(5):
        app.start_map(before)
        with switches:
            app.start_map(name)
    explore = app.explore()
    bare = BareDraw(explore)
    canvas, scale, _ = _frames(app, frames, random.Random(1983), window, beside=bare.draw)
    return {"map": explore.level.name, "actors": len(explore.world.all_actors()),
            "load_ms": round(loads[0], 2), "reload_ms": round(loads[1], 2),
            "switch_ms": round(statistics.median(switches.wall), 2),
            "switch_cpu_ms": round(statistics.median(switches.cpu), 2),
            "frame_ms": canvas.add(scale).report(), "canvas_ms": canvas.report(), "scale_ms": scale.report(),
            "bare_ms": bare.timer.report(),
            # CPU time: a busy machine slows both sides, but not by the same amount of wall time
            "canvas_ratio": round(statistics.median(canvas.cpu) / max(1e-6, statistics.median(bare.timer.cpu)), 2)}


class BareDraw:
    """The textbook pyscroll loop on the same map, with the same sprites where the game drew them
    and the same lighting: what the game's canvas work is measured against (no scaling)."""

    def __init__(self, explore) -> None:
        import pygame
        import pyscroll

        level = explore.level
        self.lighting = explore.lighting
        self.canvas = pygame.Surface((480, 270))
        self.renderer = pyscroll.BufferedRenderer(pyscroll.TiledMapData(level.tmx), level.view_size((480, 270)),
                                                  clamp_camera=True)
        self.group = pyscroll.PyscrollGroup(map_layer=self.renderer, default_layer=level.actor_layer)
        self.sprites: list = []
        self.timer = Timer()

    def draw(self, frame: list, tick: int) -> None:
        import pygame

        from game.palette import colour

        people, (px, py) = frame[:-2], frame[-2:]
        with self.timer:
            while len(self.sprites) < len(people):
                self.sprites.append(pygame.sprite.Sprite())
                self.group.add(self.sprites[-1])
            for sprite, (image, x, y) in zip(self.sprites, people):
                sprite.image = image
                sprite.rect = image.get_rect(midbottom=(round(x), round(y)))
            self.group.center((px, py))
            self.canvas.fill(colour("black"))
            self.group.draw(self.canvas)
            if self.lighting.active:
                self.lighting.draw(self.canvas, self.renderer.get_center_offset(), self.canvas.get_rect(), tick)


def npc_scaling(app, counts: tuple[int, ...] = (10, 50, 200, 500), frames: int = 120) -> dict:
    """The club with N extra people walking about: canvas time per frame (median, CPU)."""
    import random

    import pygame

    from game.world.actors import Actor

    out = {}
    for n in counts:
        app.start_map("club")
        world = app.explore().world
        rng = random.Random(n)
        _, free = _free_tiles(world)
        people = sorted({a.id for a in world.all_actors()})  # real sprite sheets, walking
        for i in range(n):
            x, y = world.tile_center(*rng.choice(free))
            world.actors[f"bench_{i}"] = Actor(people[i % len(people)], x, y)
        canvas, _, _ = _frames(app, frames, rng, pygame.Surface((480, 270)))
        out[str(n)] = round(statistics.median(canvas.cpu), 3)
    return out


def scenes(app, frames: int) -> dict:
    """The busiest scenes: a line of dialogue in its box over the club, the alien's view over it,
    and Johann's telescope from Sylvia's window (chapter 8: the craft tracked over the roof across
    the street, steam, Margaret and Owen at the window, the clock and the sightings logged), the
    lens kept on the craft as a mouse player keeps it, clicking on it every third of a second."""
    import random

    import pygame

    from game.pieces.ufo import UfoView

    window = pygame.Surface((1920, 1080))
    out = {}
    for name, place, push in (("club_dialogue", "club", lambda: app.start_dialogue("Club_Talk_Bartender")),
                              ("ufo_overlay", "club", lambda: app.director.push(UfoView(app, "watch"))),
                              ("telescope", "sylvia_apartment", lambda: _telescope(app, frames))):
        app.start_map(place)
        push()
        scene = app.director.top
        canvas, scale, _ = _frames(app, frames, random.Random(7), window,
                                   beside=_follow_the_craft(app, scene) if name == "telescope" else None)
        out[name] = {"frame_ms": canvas.add(scale).report(), "canvas_ms": canvas.report()}
    return out


def _telescope(app, frames: int) -> None:
    """The telescope as chapter 8 has it, open long enough for `frames` ticks of watching."""
    from game.pieces.telescope import TICKS_PER_MINUTE, SightingView
    from game.story import notebook

    app.story.variables["$clock"] = "23:50"
    until = notebook.parse_clock("23:50") + frames // TICKS_PER_MINUTE + 2
    app.director.push(SightingView(app, until, ("margaret", "window_living"), ("owen", "window_living")))


def _follow_the_craft(app, view):
    """After every 20th frame, a click on the craft where the lens shows it (as a player tracks it)."""
    from game.pieces.telescope import ZOOM

    def click(_pose, tick: int) -> None:
        if tick % 20 == 0:
            (cx, cy), (ox, oy) = view.craft_centre(), view.offset()
            w, h = app.canvas.get_size()
            app.input.click(min(w - 1, max(0, round((cx + ox) * ZOOM))), min(h - 1, max(0, round((cy + oy) * ZOOM))))
    return click


def rollback_trail(app) -> int:
    """Kilobytes a full rollback trail holds, on the club with every declared variable and every
    node's visit count set (as late in the story as it gets)."""
    import tracemalloc

    from game import rollback
    from game.story.program import VISIT_PREFIX

    app.start_map("club")
    program = app.dialogue_program()
    app.story.variables.update(program.initial_values)
    app.story.variables.update({VISIT_PREFIX + title: 1 for title in program.nodes})
    app.start_dialogue("Club_Talk_Bartender")
    talk = app.director.top
    tracemalloc.start()
    trail = rollback.Trail()
    for _ in range(rollback.MAX_POINTS):
        trail.keep(rollback.capture(app, talk.dialogue, talk.line))
    size = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    app.director.clear()
    return round(size / 1024)


def cold_start() -> tuple[float, float]:
    """Seconds from a new Python process to the first title frame drawn: wall, and the CPU time
    the process used (what a busy machine does not inflate)."""
    code = ("from game.app import App; from game.scenes.title import TitleScene;"
            "a=App(headless=True); a.director.push(TitleScene(a)); a.draw()")
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, check=True)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    return round(wall, 3), round(cpu, 3)


def yarn_load() -> tuple[float, float]:
    """Seconds to load a generated 2,000-node script: wall and CPU."""
    from game.story.yarn import YarnProgram, generate_script
    text = generate_script(2000)
    start, cpu = time.perf_counter(), time.process_time()
    YarnProgram.from_source(text, "generated.yarn")
    return round(time.perf_counter() - start, 3), round(time.process_time() - cpu, 3)


def run(frames: int, maps: list[str] | None) -> dict:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    from game.app import App
    from game.settings import DEFAULTS
    from game.world.level import available_maps

    load_before = machine_load()
    app = App(headless=True, settings=dict(DEFAULTS))
    app.warm_up()  # what the title screen does before any map is loaded
    names = maps or available_maps()
    results = [bench_map(app, name, frames, names[i - 1] if len(names) > 1 else name)
               for i, name in enumerate(names)]
    busy = scenes(app, frames)
    npcs = npc_scaling(app, frames=min(frames, 120))
    trail = rollback_trail(app)
    peak = peak_rss_mb()
    cold, yarn = cold_start(), yarn_load()
    return {"frames_per_map": frames, "present_path": app.present_path, "maps": results, "scenes": busy,
            "npc_ms": npcs, "peak_memory_mb": peak, "rollback_kb": trail,
            "cold_start_s": cold[0], "cold_start_cpu_s": cold[1],
            "yarn_2000_nodes_s": yarn[0], "yarn_2000_nodes_cpu_s": yarn[1],
            "load_average": [load_before, machine_load()], "budgets": BUDGETS}


def machine_load() -> float | None:
    """The machine's 1-minute load average (None where the system has none): wall times are only
    worth their machine's load; CPU times much less so."""
    return round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None


def peak_rss_mb() -> float:
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return round(peak_kb / 1024 if sys.platform != "darwin" else peak_kb / 1024 / 1024, 1)

def window_run(seconds: float = 5.0, gpu: bool = True) -> dict:
    """The game in a real window at the default scale, a line of dialogue on screen, for
    `seconds`: the share of one core it uses (every thread: a software OpenGL driver draws in its
    own), peak memory, how many frames were presented, and which present path ran."""
    import pygame

    from game.app import App
    from game.settings import DEFAULTS

    app = App(headless=False, settings=dict(DEFAULTS), gpu=gpu)
    driver = pygame.display.get_driver()
    if driver in ("dummy", "offscreen"):
        raise pygame.error(f"the {driver} video driver shows nothing")
    app.start_map("club")
    app.start_dialogue("Club_Talk_Bartender")
    for _ in range(120):  # let the line finish typing: then it waits for the player
        app.tick()
    stop = app.ticks + int(seconds * 60)
    real_tick, real_flip = app.tick, pygame.display.flip
    flips = []

    def tick():
        real_tick()
        if app.ticks >= stop:
            app.running = False

    def flip():
        flips.append(1)
        real_flip()

    app.tick, app.shutdown, pygame.display.flip = tick, pygame.quit, flip
    wall, cpu = time.perf_counter(), time.process_time()
    app.run()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    return {"present_path": app.present_path, "seconds": round(wall, 2), "cpu_share": round(cpu / wall, 3),
            "presented": len(flips), "peak_memory_mb": peak_rss_mb(), "driver": driver}


def window_runs(seconds: float = 5.0) -> dict:
    """`window_run` on each present path, each in a process of its own (its own peak memory).
    RuntimeError, with SDL's reason, when no real window can be opened here."""
    code = ("import json, sys, pygame; from game.bench import window_run\n"
            "try: print(json.dumps(window_run(%r, %s)))\nexcept pygame.error as exc: sys.exit(str(exc))")
    out = {}
    for path in ("gpu", "cpu"):
        done = subprocess.run([sys.executable, "-c", code % (seconds, path == "gpu")], capture_output=True, text=True,
                              env=dict(os.environ, SDL_AUDIODRIVER="dummy"))
        if done.returncode:
            raise RuntimeError((done.stderr.strip().splitlines() or ["it failed"])[-1])
        out[path] = json.loads(done.stdout.strip().splitlines()[-1])
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="liquid-sky bench", description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--frames", type=int, default=1000, help="frames per map (default 1000)")
    parser.add_argument("--map", action="append", help="only this map (repeatable)")
    parser.add_argument("--window", action="store_true",
                        help="also run the game in a real window (needs a display) and measure its CPU share")
    args = parser.parse_args(argv)
    window = None
    if args.window:
        try:
            window = window_runs()
        except RuntimeError as exc:
            print(f"liquid-sky bench: --window needs a display, and none can be opened here: {exc}", file=sys.stderr)
            return 2
    report = run(args.frames, args.map)
    if window:
        report["window"] = window
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"machine load (1 min) {report['load_average'][0]} at the start, {report['load_average'][1]} at the end; "
          f"frames presented by {report['present_path']}")
    print("ms, medians; wall and CPU (this thread's) time; frame = canvas + scale to 1920x1080; ratio = canvas / bare, CPU")
    print(f"{'':<18}{'load':>7}{'again':>7}{'switch':>7}{'cpu':>6} |{'frame':>7}{'p99':>7}{'cpu':>7} |"
          f"{'canvas':>7}{'scale':>7}{'bare':>7} cpu |{'ratio':>6}{'actors':>7}")
    for m in report["maps"]:
        f, c, sc, b = m["frame_ms"], m["canvas_ms"], m["scale_ms"], m["bare_ms"]
        print(f"{m['map']:<18}{m['load_ms']:>7.1f}{m['reload_ms']:>7.1f}{m['switch_ms']:>7.1f}{m['switch_cpu_ms']:>6.1f} |"
              f"{f['median']:>7.3f}{f['p99']:>7.2f}{f['cpu_median']:>7.3f} |{c['cpu_median']:>7.3f}"
              f"{sc['cpu_median']:>7.3f}{b['cpu_median']:>7.3f}     |{m['canvas_ratio']:>6}{m['actors']:>7}")
    for name, sc in report["scenes"].items():
        print(f"{name:<18} frame {sc['frame_ms']['median']} ms (p99 {sc['frame_ms']['p99']}, CPU "
              f"{sc['frame_ms']['cpu_median']}; budget {BUDGETS['frame_median_ms']}, p99 {BUDGETS['frame_p99_ms']}), "
              f"canvas CPU {sc['canvas_ms']['cpu_median']} ms")
    print("walking people on the club, canvas CPU ms:", ", ".join(f"{n}: {v}" for n, v in report["npc_ms"].items()))
    print(f"peak memory {report['peak_memory_mb']} MB (budget {BUDGETS['peak_memory_mb']})")
    print(f"a full rollback trail holds {report['rollback_kb']} KB (budget {BUDGETS['rollback_kb']})")
    print(f"cold start to first title frame {report['cold_start_s']} s, CPU {report['cold_start_cpu_s']} s "
          f"(budget {BUDGETS['cold_start_s']})")
    print(f"2,000-node dialogue script loads in {report['yarn_2000_nodes_s']} s, CPU {report['yarn_2000_nodes_cpu_s']} s "
          f"(budget {BUDGETS['yarn_2000_nodes_s']})")
    for w in (window or {}).values():
        print(f"real window ({w['driver']}, presented by {w['present_path']}), a line of dialogue showing: "
              f"{w['cpu_share']:.0%} of a core over {w['seconds']} s, {w['presented']} frames presented, "
              f"peak {w['peak_memory_mb']} MB (budget {BUDGETS['window_cpu_share']:.0%}, {BUDGETS['peak_memory_mb']} MB)")
    print("targets: " + ", ".join(f"{k} {v}" for k, v in BUDGETS.items()))
    return 0
