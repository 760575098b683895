"""`liquid-sky bench [--json]`: how fast the game runs, headless, against the budgets in DESIGN.md.

Per map: load time; frame time (update + draw + scaling to a 1920x1080 window) median and p99 with
the camera moving and every actor animating; a bare pyscroll draw of the same map and sprites in the
same run, and the ratio. Then peak memory, cold start to the first title frame, and the dialogue
loader on a generated 2,000-node script. It reports; it does not fail.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import statistics
import subprocess
import sys
import time

BUDGETS = {"frame_median_ms": 2.5, "frame_p99_ms": 5.0, "map_load_ms": 60, "cold_start_s": 0.8,
           "peak_memory_mb": 150, "yarn_2000_nodes_s": 0.5}


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


def _camera_path(i: int, w: int, h: int) -> tuple[float, float]:
    """A slow Lissajous sweep over the whole map, so the renderer keeps scrolling."""
    return w / 2 + (w / 2 - 40) * math.sin(i / 150), h / 2 + (h / 2 - 40) * math.sin(i / 97)


def bench_map(app, name: str, frames: int) -> dict:
    import pygame
    from game.app import scale_canvas

    window = pygame.Surface((1920, 1080))
    loads = []
    for _ in range(2):  # the first load of a map also decodes its tileset images
        start = time.perf_counter()
        app.start_map(name)
        loads.append((time.perf_counter() - start) * 1000)
    load_ms, reload_ms = loads
    explore = app.explore()
    actors = explore.world.all_actors()
    w, h = explore.level.doc.pixel_size
    ours = []
    for i in range(frames):
        explore.camera_target = _camera_path(i, w, h)
        for a in actors:
            a.moving, a.walk_ticks = True, i
        t0 = time.perf_counter()
        app.tick()
        app.draw()
        scale_canvas(app.canvas, window)
        ours.append((time.perf_counter() - t0) * 1000)
    bare = _bare_pyscroll(explore, frames, window)
    median = statistics.median(ours)
    return {"map": explore.level.name, "load_ms": round(load_ms, 2), "reload_ms": round(reload_ms, 2), "frame_median_ms": round(median, 3),
            "frame_p99_ms": round(_percentile(ours, 0.99), 3),
            "bare_pyscroll_median_ms": round(statistics.median(bare), 3),
            "ratio": round(median / max(1e-6, statistics.median(bare)), 2), "actors": len(actors)}


def _bare_pyscroll(explore, frames: int, window) -> list[float]:
    """The textbook pyscroll loop on the same map and sprites, scaled the same way."""
    import pygame
    import pyscroll
    from game.palette import colour
    from game.app import scale_canvas

    level = explore.level
    canvas = pygame.Surface((480, 270))
    renderer = pyscroll.BufferedRenderer(pyscroll.TiledMapData(level.tmx), level.view_size((480, 270)),
                                         clamp_camera=True)
    group = pyscroll.PyscrollGroup(map_layer=renderer, default_layer=level.actor_layer)
    for actor in explore.world.all_actors():
        sprite = pygame.sprite.Sprite()
        sprite.image = actor.image(0)
        sprite.rect = actor.draw_rect(sprite.image)
        group.add(sprite)
    w, h = level.doc.pixel_size
    times = []
    for i in range(frames):
        t0 = time.perf_counter()
        group.center(_camera_path(i, w, h))
        canvas.fill(colour("black"))
        group.draw(canvas)
        scale_canvas(canvas, window)
        times.append((time.perf_counter() - t0) * 1000)
    return times


def cold_start() -> float:
    """Seconds from a new Python process to the first title frame drawn."""
    code = ("from game.app import App; from game.scenes.title import TitleScene;"
            "a=App(headless=True); a.director.push(TitleScene(a)); a.draw()")
    env = dict(os.environ, SDL_VIDEODRIVER="dummy", SDL_AUDIODRIVER="dummy")
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code], capture_output=True, env=env, check=True)
    return round(time.perf_counter() - start, 3)


def yarn_load() -> float:
    from game.story.yarn import YarnProgram, generate_script
    text = generate_script(2000)
    start = time.perf_counter()
    YarnProgram.from_source(text, "generated.yarn")
    return round(time.perf_counter() - start, 3)


def run(frames: int, maps: list[str] | None) -> dict:
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    from game.app import App
    from game.settings import DEFAULTS
    from game.world.level import available_maps

    app = App(headless=True, settings=dict(DEFAULTS))
    app.warm_up()  # what the title screen does before any map is loaded
    results = [bench_map(app, name, frames) for name in (maps or available_maps())]
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak_mb = peak_kb / 1024 if sys.platform != "darwin" else peak_kb / 1024 / 1024
    return {"frames_per_map": frames, "maps": results, "peak_memory_mb": round(peak_mb, 1),
            "cold_start_s": cold_start(), "yarn_2000_nodes_s": yarn_load(), "budgets": BUDGETS}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="liquid-sky bench", description=__doc__.split("\n")[0])
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--frames", type=int, default=1000, help="frames per map (default 1000)")
    parser.add_argument("--map", action="append", help="only this map (repeatable)")
    args = parser.parse_args(argv)
    report = run(args.frames, args.map)
    if args.json:
        print(json.dumps(report, indent=2))
        return 0
    print(f"{'map':<20}{'load ms':>9}{'again':>7}{'median':>9}{'p99':>9}{'bare':>9}{'ratio':>7}{'actors':>8}")
    for m in report["maps"]:
        print(f"{m['map']:<20}{m['load_ms']:>9}{m['reload_ms']:>7}{m['frame_median_ms']:>9}{m['frame_p99_ms']:>9}"
              f"{m['bare_pyscroll_median_ms']:>9}{m['ratio']:>7}{m['actors']:>8}")
    print(f"peak memory {report['peak_memory_mb']} MB (budget {BUDGETS['peak_memory_mb']})")
    print(f"cold start to first title frame {report['cold_start_s']} s (budget {BUDGETS['cold_start_s']})")
    print(f"2,000-node dialogue script loads in {report['yarn_2000_nodes_s']} s (budget {BUDGETS['yarn_2000_nodes_s']})")
    print(f"frame budget: median <= {BUDGETS['frame_median_ms']} ms, p99 <= {BUDGETS['frame_p99_ms']} ms; "
          f"map switch <= {BUDGETS['map_load_ms']} ms")
    return 0
