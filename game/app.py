"""The application: window, integer scaling with letterbox (on the GPU through SDL's renderer when
there is one, else on the CPU), the fixed-step loop, and what every scene shares (input, director,
story state, settings, audio)."""

from __future__ import annotations

import logging
import os
import sys
import time
import warnings
from dataclasses import dataclass

import pygame

from game import settings as settings_mod
from game.director import Director
from game.input import Input
from game.story.state import StoryState
from game.timing import TICK_RATE
from game.palette import colour
from game.ui.strings import tr, use_language
from game.ui.text import follow_settings

log = logging.getLogger(__name__)

CANVAS = (480, 270)
TICK = 1.0 / TICK_RATE


def integer_scale(window: tuple[int, int], canvas: tuple[int, int] = CANVAS) -> tuple[int, pygame.Rect]:
    """The largest whole scale of the canvas that fits the window, and where it sits (letterbox).
    Both present paths place the frame here, and the mouse is mapped back through it."""
    scale = max(1, min(window[0] // canvas[0], window[1] // canvas[1]))
    w, h = canvas[0] * scale, canvas[1] * scale
    return scale, pygame.Rect((window[0] - w) // 2, (window[1] - h) // 2, w, h)


def letterbox_bars(window: tuple[int, int], rect: pygame.Rect) -> list[pygame.Rect]:
    """The parts of the window the scaled canvas does not cover."""
    w, h = window
    bars = [pygame.Rect(0, 0, w, rect.top), pygame.Rect(0, rect.bottom, w, h - rect.bottom),
            pygame.Rect(0, rect.top, rect.left, rect.height), pygame.Rect(rect.right, rect.top, w - rect.right, rect.height)]
    return [b for b in bars if b.width > 0 and b.height > 0]


def scale_canvas(canvas: pygame.Surface, target: pygame.Surface) -> None:
    """Draw the canvas onto a window-sized surface: whole-number scale, centred, black bars
    (only the bars are cleared: the canvas covers the rest)."""
    scale, rect = integer_scale(target.get_size())
    for bar in letterbox_bars(target.get_size(), rect):
        target.fill(colour("black"), bar)
    if scale == 1:
        target.blit(canvas, rect)
    elif canvas.get_bytesize() == target.get_bytesize() == 4 and canvas.get_masks() == target.get_masks():
        _scale_rows(canvas, target, rect, scale)
    else:  # another pixel format: scaled, then converted as it is blitted
        target.blit(pygame.transform.scale(canvas, rect.size), rect)


def _scale_rows(canvas: pygame.Surface, target: pygame.Surface, rect: pygame.Rect, scale: int) -> None:
    """Nearest-neighbour scaling by a whole number, the same pixels as transform.scale in under half
    its CPU time: each canvas row is stretched once, then copied whole into the rows below it.
    transform.scale works out every one of the window's pixels (0.6 ms at 1920x1080, where
    copying rows costs 0.15). The target's rows are seen through views of its memory: `band`
    lays every `scale` window rows side by side as one row, so the stretched rows are a rectangle
    at the band's left and each copy a rectangle beside it. Both views are pixels of the same
    format as raw bytes (the formats match; the caller checks)."""
    pitch, (w, h) = target.get_pitch(), canvas.get_size()
    memory = memoryview(target.get_buffer())[rect.y * pitch:rect.bottom * pitch]
    band = pygame.image.frombuffer(memory, (scale * pitch // 4, h), "RGBX")
    source = pygame.image.frombuffer(canvas.get_buffer(), (canvas.get_pitch() // 4, h), "RGBX")
    pygame.transform.scale(source.subsurface((0, 0, w, h)), (rect.width, h), band.subsurface((rect.x, 0, rect.width, h)))
    # a second view of the same memory to copy from: a surface is not blitted onto itself
    stretched = pygame.image.frombuffer(memory, band.get_size(), "RGBX")
    band.blits([(stretched, (rect.x + row * pitch // 4, 0), (rect.x, 0, rect.width, h)) for row in range(1, scale)],
               doreturn=False)


SOFTWARE_GL = ("llvmpipe", "softpipe", "swrast", "rasterizer")  # what Mesa's CPU drivers call themselves


def software_gl(renderer: str) -> bool:
    """Whether an OpenGL renderer's name (GL_RENDERER) is one drawn on the CPU. SDL reports those as
    accelerated, yet scaling through them costs more CPU and memory (a GL context) than our own."""
    return any(word in renderer.lower() for word in SOFTWARE_GL)


GPU_DEVICES = ("/dev/dri", "/dev/nvidiactl", "/dev/dxg")  # Linux: DRM (Mesa), NVIDIA's driver, WSL's


def gpu_device() -> bool:
    """Whether OpenGL could draw on a GPU here. On Linux that takes a device node; without one
    (Xvfb, most VMs and containers) it is Mesa on the CPU, and opening a context to read its name
    maps some 80 MB of LLVM that stay mapped for the whole session. Elsewhere assumed."""
    return not sys.platform.startswith("linux") or any(os.path.exists(path) for path in GPU_DEVICES)


def x11_window_size() -> tuple[int, int] | None:
    """The display window's size as the X server has it, or None off X11 or where it cannot be read.
    Without a window manager X does not honour the desktop fullscreen that SDL asks for on the
    SCALED path, yet SDL (pygame.display.get_window_size) reports the size it asked for."""
    import ctypes
    import ctypes.util
    window = pygame.display.get_wm_info().get("window")
    if pygame.display.get_driver() != "x11" or not isinstance(window, int):
        return None
    try:
        x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    except OSError:
        return None
    x11.XOpenDisplay.restype, x11.XOpenDisplay.argtypes = ctypes.c_void_p, [ctypes.c_char_p]
    x11.XGetWindowAttributes.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_void_p]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    display = x11.XOpenDisplay(None)
    if not display:
        return None
    attributes = (ctypes.c_int * 64)()  # XWindowAttributes starts x, y, width, height; 256 bytes hold it all
    try:
        if not x11.XGetWindowAttributes(display, window, attributes):
            return None
    finally:
        x11.XCloseDisplay(display)
    return attributes[2], attributes[3]

def gl_renderer() -> str:
    """GL_RENDERER of the OpenGL context SDL's renderer made current, or "" where there is none or
    it cannot be read (another graphics API, no SDL library found)."""
    import ctypes
    try:
        with open("/proc/self/maps", encoding="utf-8") as maps:  # the SDL pygame loaded (Linux: where Mesa is)
            path = next((line.split()[-1] for line in maps if os.path.basename(line.split()[-1]).startswith("libSDL2-")), None)
        if path is None:
            return ""
        sdl = ctypes.CDLL(path)
    except OSError:
        return ""
    sdl.SDL_GL_GetCurrentContext.restype = ctypes.c_void_p
    sdl.SDL_GL_GetProcAddress.restype = ctypes.c_void_p
    sdl.SDL_GL_GetProcAddress.argtypes = [ctypes.c_char_p]
    address = sdl.SDL_GL_GetCurrentContext() and sdl.SDL_GL_GetProcAddress(b"glGetString")
    if not address:
        return ""
    name = ctypes.CFUNCTYPE(ctypes.c_char_p, ctypes.c_uint)(address)(0x1F01)  # GL_RENDERER
    return (name or b"").decode("utf-8", "replace")


def fitting_scale(desktop: tuple[int, int], wanted: int) -> int:
    """The wanted window scale, reduced until the window fits the desktop (with room for panels)."""
    room = (int(desktop[0] * 0.95), int(desktop[1] * 0.9))
    best = max(1, min(room[0] // CANVAS[0], room[1] // CANVAS[1]))
    return max(1, min(wanted, best))


def _map_playing(node: str) -> str | None:
    """The shipped map with an object (person, thing, trigger) that plays this node."""
    from game.paths import asset
    from game.world.tmx import MapError, read_map
    for path in sorted(asset("maps").glob("*.tmx")):
        try:
            if any(o.props.get("node") == node for o in read_map(path).objects):
                return path.stem
        except MapError:
            continue
    return None


@dataclass(frozen=True)
class Said:
    """A history entry: who said it and the words shown then. One with a line id is shown again
    from the script in the language in use (App.shown), so a language switch or a fixed typo shows
    there too; one without (generated text, a line with no #line: id) keeps its words."""
    speaker: str
    text: str
    line_id: str = ""
    values: tuple = ()    # the line's {expressions} as they were when said
    choice: bool = False  # an option the player chose, shown as "> text"


class App:
    @property
    def settings(self) -> dict:
        return self._settings

    @settings.setter
    def settings(self, value: dict) -> None:
        """Every screen's text size and contrast follow the settings the app holds now."""
        self._settings = value
        follow_settings(value)

    def __init__(self, headless: bool = False, settings: dict | None = None, seed: int = 1983,
                 audio: bool = True, gpu: bool = True) -> None:
        self.headless = headless
        # how frames reach the window: "gpu" (SDL's renderer scales), "cpu", or "cpu (headless)"
        self.present_path = "cpu (headless)" if headless else "gpu" if gpu else "cpu"
        self._renderer = None  # SDL's renderer on the GPU path
        if headless:
            os.environ["SDL_VIDEODRIVER"] = "dummy"
            os.environ["SDL_AUDIODRIVER"] = "dummy"
        pygame.init()
        self.message = ""  # a one-line notice drawn over everything (e.g. a broken reloaded file)
        self.message_ticks = 0
        self.screenshot_pending = False  # the pause menu's Screenshot: taken once the menu has closed
        from game.captions import Captions
        self.captions = Captions()  # what the sounds just played say, when the setting is on
        self.message_is_problem = True
        problems: list = []  # what was wrong with the settings file, said once the language is known
        if settings is None:
            settings_mod.remove_leftovers(settings_mod.config_dir())
            settings = settings_mod.load(problems=problems)
        self.settings = settings
        self.seed = seed
        self.ticks = 0
        self.running = True
        self.visible = True                 # the window can be seen (not minimised or hidden)
        self._shown, self._exposed = b"", True  # the frame on show; whether the window needs it again
        self.debug = False
        self.fullscreen = False
        self.canvas = pygame.Surface(CANVAS)
        self._open_window()
        self.input = Input(self.settings.get("bindings"))
        self.input.open_controllers()
        self.director = Director()
        self.story = StoryState(seed=seed)
        self.audio = self._make_audio(enabled=audio and not headless)
        self.frame_ms = 0.0
        self.history: list[Said] = []  # everything said, for the history screen (see said())
        # the dialogue box's Auto and Skip, as the player left them: on from one dialogue to the next
        # until turned off (Skip also goes off at options, and at unseen lines unless skip_unseen)
        self.auto_forward = False
        self.skip_mode = False
        self._program = None
        self.dialogue_files: list | None = None  # the .yarn files to play; None: every one in assets/dialogue
        self.level_cache: dict | None = None  # maps kept loaded (liquid-sky solve loads saves thousands of times)
        self._strings = None  # (language, line id -> text parts) of the language setting
        self.apply_language()
        if problems:
            self.notify(tr("notice.settings_bad_more", problems[0], len(problems) - 1) if len(problems) > 1
                        else tr("notice.settings_bad", problems[0]), 8.0)
        from game.moment import hooks
        from game.saves import SaveManager
        self.saves = SaveManager(hooks(self))
        self.replaying = ""  # the chapter replayed from the scene gallery, if one is
        self.saves.remove_leftovers()
        self.recorder = None  # a game.record.Recorder while the session is being recorded

    # -- window -------------------------------------------------------------------------------
    def _open_window(self) -> None:
        if self.headless:
            self.window = pygame.display.set_mode(CANVAS)
            return
        # A window surface (CPU scaling, SDL's software renderer) is shown as it is: without this SDL
        # opens an OpenGL context (some 100 MB) to choose how. An accelerated renderer never uses one.
        os.environ.setdefault("SDL_FRAMEBUFFER_ACCELERATION", "0")
        pygame.display.set_caption("Liquid Sky")
        desktop = pygame.display.get_desktop_sizes()[0] if pygame.display.get_desktop_sizes() else (1920, 1080)
        scale = fitting_scale(desktop, int(self.settings.get("window_scale", 3)))
        self.windowed_size = (CANVAS[0] * scale, CANVAS[1] * scale)
        if self.settings.get("fullscreen"):
            self.set_fullscreen(True)
        else:
            self._set_mode(self.windowed_size, pygame.RESIZABLE)

    def _set_mode(self, size: tuple[int, int], flags: int) -> None:
        if self.present_path == "gpu":
            try:
                self._set_scaled_mode(size, flags)
            except pygame.error as exc:
                self._use_cpu(f"the GPU renderer cannot be used ({exc})")
        if self.present_path == "cpu":
            self.window = pygame.display.set_mode(size, flags)
        self._exposed = True  # a new window shows nothing until the next frame is presented

    def _set_scaled_mode(self, size: tuple[int, int], flags: int) -> None:
        """A canvas-sized display that SDL's renderer scales on the GPU, with vsync where the driver
        has it. SDL's own letterbox stretches unevenly in fullscreen and maximised, so it is turned
        off and the frame goes where integer_scale says (`present`). pygame.error if there is no
        accelerated renderer or GPU, only a software OpenGL, or a fullscreen that the window did not get
        (it would show the frame cut off in a corner; the CPU path fills the screen there)."""
        from pygame._sdl2.video import Renderer, Window
        if not gpu_device():
            raise pygame.error(f"no GPU device here ({', '.join(GPU_DEVICES)}): OpenGL would be drawn on the CPU")
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")  # pygame warns (does not fail) for a software renderer
            self.window = pygame.display.set_mode(CANVAS, flags | pygame.SCALED, vsync=1)
            window = Window.from_display_module()
            renderer = Renderer.from_window(window)
        if any("no fast renderer" in str(w.message) for w in caught):
            raise pygame.error("no accelerated renderer")
        if software_gl(name := gl_renderer()):
            raise pygame.error(f"{name} is OpenGL drawn on the CPU")
        if flags & pygame.FULLSCREEN and (real := x11_window_size()) not in (None, pygame.display.get_window_size()):
            raise pygame.error(f"X keeps the fullscreen window at {real[0]}x{real[1]} (no window manager?)")
        renderer.logical_size = (0, 0)
        renderer.draw_color = colour("black")  # the bars, as scale_canvas clears them
        if not flags & pygame.FULLSCREEN:
            window.size = size
        self._renderer = renderer

    def _use_cpu(self, why: str) -> None:
        log.warning("scaling on the CPU: %s", why)
        self.present_path, self._renderer = "cpu", None

    def window_size(self) -> tuple[int, int]:
        """The window in pixels (on the GPU path the display surface is only the canvas)."""
        return pygame.display.get_window_size() if self._renderer is not None else self.window.get_size()

    def set_fullscreen(self, on: bool) -> None:
        if self.headless:
            return
        self.fullscreen = on
        if on:
            self._set_mode((0, 0), pygame.FULLSCREEN)
        else:
            self._set_mode(self.windowed_size, pygame.RESIZABLE)

    def set_window_scale(self, scale: int) -> None:
        self.windowed_size = (CANVAS[0] * scale, CANVAS[1] * scale)
        if not self.fullscreen and not self.headless:
            self._set_mode(self.windowed_size, pygame.RESIZABLE)

    def to_canvas(self, pos: tuple[int, int]) -> tuple[int, int] | None:
        """Window pixel -> canvas pixel, or None on the letterbox bars."""
        scale, rect = integer_scale(self.window_size())
        if not rect.collidepoint(pos):
            return None
        return (pos[0] - rect.x) // scale, (pos[1] - rect.y) // scale

    def present(self) -> None:
        """Show the canvas in the window, unless it is the very frame already on show (a line of
        dialogue waiting for the player is the same frame sixty times a second)."""
        if self.headless:
            return
        frame = self.canvas.get_buffer().raw  # a plain copy of the pixels: 30 times cheaper than tobytes
        if frame == self._shown and not self._exposed:
            return
        self._shown, self._exposed = frame, False
        if self._renderer is not None:
            self.window.blit(self.canvas, (0, 0))
            self._renderer.set_viewport(integer_scale(self.window_size())[1])
            try:
                pygame.display.flip()  # the renderer clears the window and scales into the viewport
                return
            except pygame.error as exc:
                self._use_cpu(f"the GPU renderer failed ({exc})")
                self.set_fullscreen(self.fullscreen)  # the same window, scaled on the CPU
        scale_canvas(self.canvas, self.window)
        pygame.display.flip()

    # -- services -----------------------------------------------------------------------------
    def _make_audio(self, enabled: bool):
        try:
            from game.audio import Audio
        except ImportError:
            return None
        audio = Audio(enabled=enabled)
        self.apply_volumes(audio)
        return audio

    def apply_volumes(self, audio=None) -> None:
        audio = audio or self.audio
        if audio is not None:
            s = self.settings
            audio.set_volumes(s["master_volume"], s["music_volume"], s["effects_volume"])

    def sfx(self, name: str) -> None:
        if self.audio is not None:
            self.audio.play_sfx(name)
        if self.settings.get("captions"):
            self.captions.sound(name)

    def screenshot(self) -> None:
        """Save the frame at the window's scale as a PNG in the player's pictures folder."""
        from game.screenshots import save_screenshot

        scale, _ = integer_scale(self.window_size())
        try:
            path = save_screenshot(self.canvas, scale)
        except (OSError, pygame.error) as exc:
            self.notify(tr("notice.screenshot_unsaved", getattr(exc, "strerror", None) or exc))
            return
        self.notify(tr("notice.screenshot_saved", path), 2.5, problem=False)

    def save_settings(self) -> None:
        """Keep the settings between runs; a file that cannot be written is said, not fatal."""
        try:
            settings_mod.save(self.settings)
        except OSError as exc:
            folder = settings_mod.settings_path().parent
            self.notify(tr("notice.settings_unsaved", settings_mod.why(exc, folder, tr("notice.settings_folder"))))

    def notice(self, clear_of: list[pygame.Rect]) -> list[tuple[list[str], pygame.Rect]]:
        """The notice's rows and box while one shows (clear of `clear_of`), else nothing."""
        if not self.message_ticks:
            return []
        from game.ui.notice import notice_box
        return [notice_box(self.canvas.get_rect(), self.message, clear_of)]

    def notify(self, text: str, seconds: float = 4.0, problem: bool = True) -> None:
        """A one-line message over everything: red for a problem, plum for news ("Saved.")."""
        (log.warning if problem else log.info)(text)
        self.message, self.message_is_problem = text, problem
        self.message_ticks = int(seconds * TICK_RATE)

    # -- game flow ----------------------------------------------------------------------------
    def new_game(self) -> None:
        from game.story.chapters import NEW_GAME
        self.start_chapter(NEW_GAME)

    def start_chapter(self, chapter: dict, replay: bool = False) -> None:
        """A fresh story at the start of a chapter (New game, chapter select). `replay`: from the
        scene gallery, a finished chapter played again with nothing saved (saves, autosaves and the
        chapters reached stay as they were); it ends on the title when the next chapter begins."""
        from game.world.tmx import MapError
        from game.story.chapters import carried
        story = StoryState(seed=self.seed, inventories=carried(str(chapter["id"])))
        story.player = chapter.get("player", "margaret")
        story.chapter, story.chapter_title = str(chapter["id"]), str(chapter.get("title", ""))
        old = self.story
        self.story = story
        try:
            self.start_map(chapter["map"], chapter.get("spawn"))
        except MapError as exc:  # a broken shipped map: say so, stay where we are
            self.story = old
            self.notify(tr("notice.chapter_broken", chapter.get("title") or tr("notice.the_chapter"), exc))
            return
        self.history.clear()
        self.replay(str(chapter["id"]) if replay else "")
        if replay:
            self.notify(tr("gallery.replaying"), 3.0, problem=False)
        if chapter.get("node"):
            self.start_dialogue(chapter["node"])

    def replay(self, chapter_id: str) -> None:
        """Replaying this chapter from the gallery ("": playing for real, as after a load)."""
        self.replaying = chapter_id
        self.saves.off = tr("saves.replaying") if chapter_id else ""

    def _end_replay(self) -> None:
        from game.scenes.title import TitleScene
        self.replay("")
        self.director.reset_to(TitleScene(self))
        self.notify(tr("gallery.over"), 3.0, problem=False)

    def start_map(self, map_name: str, spawn: str | None = None,
                  player_pos: tuple[float, float] | None = None, facing: str | None = None) -> None:
        """Put an explore scene on this map at the bottom of the stack; transitions on top stay."""
        from game.scenes.explore import ExploreScene
        self.director.reset_to(ExploreScene(self, map_name, spawn, player_pos, facing))

    def explore(self):
        from game.scenes.explore import ExploreScene
        return self.director.find(ExploreScene)

    def open_pause(self) -> bool:
        """Open the pause menu over the map; False when there is none to open."""
        from game.scenes.pause import PauseScene
        if self.explore() is None or isinstance(self.director.top, PauseScene):
            return False
        self.director.push(PauseScene(self))
        return True

    def pause_offered(self) -> bool:
        """A talk or a cutscene on top, over a map: its II button is drawn and the pause menu opens
        over it (the map's own scene opens it over play)."""
        top = self.director.top
        return top is not None and top.pausable and self.explore() is not None

    def pause_asked(self) -> bool:
        """Esc, Start, a right-click or the II button over a talk or a cutscene; where Esc, B and a
        right-click mean "back" (the telescope), Start and the II button only."""
        if not self.pause_offered():
            return False
        from game.ui.hud import pause_button
        inp, back_keys = self.input, self.director.top.back_keys
        if "menu" in inp.pressed and not (back_keys and "cancel" in inp.pressed):
            return True
        button = pause_button(self.canvas.get_width())
        return any((b == 1 and button.collidepoint(x, y)) or (b == 3 and not back_keys) for x, y, b in inp.clicks)

    def warm_up(self) -> None:
        """One-time work done while the title shows, so the first map loads as fast as later ones:
        the map code is imported, every dialogue file parsed and the shipped tilesets read."""
        from game.paths import asset
        from game.scenes import explore  # noqa: F401
        from game.story.yarn import YarnError
        from game.world.tiledfiles import MapError, tileset_file
        for path in sorted(asset("maps", "tilesets").glob("*.tsx")):
            try:
                tileset_file(path)
            except MapError:
                pass  # said, with the map that uses it, when that map loads
        try:
            self.dialogue_program()
        except (YarnError, OSError) as exc:
            self.notify(tr("notice.dialogue_broken", exc))

    def dialogue_program(self):
        """Every .yarn file in assets/dialogue (or `dialogue_files`), loaded once (and again on hot reload)."""
        if self._program is None:
            from game.paths import asset
            from game.story.yarn import YarnProgram
            self._program = YarnProgram.load(self.dialogue_files or sorted(asset("dialogue").glob("*.yarn")))
        return self._program

    def dialogue_strings(self) -> dict:
        """The dialogue in the language setting: assets/dialogue/<lang>.csv (qps: made from the
        script), loaded once per language. Lines it lacks or cannot use keep the script's text;
        its bad rows are shown (file:row: problem) and the game goes on."""
        language = self.settings.get("language", "en")
        if self._strings is None or self._strings[0] != language:
            table = {}
            if language != "en":
                from game.story.strings import language_table
                loaded = language_table(language, self.dialogue_program())
                table = loaded.parts
                for problem in loaded.problems[1:]:  # the first is shown, with how many more
                    log.warning(problem)
                if loaded.problems:
                    more = len(loaded.problems) - 1
                    self.notify(tr("notice.table_more", loaded.problems[0], more, language) if more
                                else loaded.problems[0])
            self._strings = (language, table)
            use_language(table)  # the UI's words come from the same table
        return self._strings[1]

    def apply_language(self) -> None:
        """Load the language setting's table for the UI (at start, and when the setting changes)."""
        from game.story.yarn import YarnError
        try:
            self.dialogue_strings()
        except (YarnError, OSError) as exc:
            use_language({})
            self.notify(tr("notice.dialogue_broken", exc))

    def reload_dialogue(self) -> None:
        self._strings = None
        old, self._program = self._program, None
        try:
            self.dialogue_program()
        except Exception:
            self._program = old  # keep the old dialogue; the caller shows the error
            raise

    def start_dialogue(self, node: str) -> None:
        """Where interacting with a person or object, and triggers, start a dialogue node."""
        from game.scenes.dialogue import DialogueScene
        from game.story.chapters import chapter_variant
        from game.story.yarn import YarnError
        variant = chapter_variant(node, self.story.chapter)
        if self.story.chapter and variant in self.dialogue_program().nodes:
            node = variant
        self.story.variables["$last_node"] = node
        try:
            self.director.push(DialogueScene(self, node))
        except (YarnError, OSError) as exc:
            self.notify(tr("notice.node_broken", repr(node), exc))

    def start_node_directly(self, node: str, map_name: str | None = None, spawn: str | None = None) -> None:
        """`--node NODE`: a chapter's start node starts that chapter; any other node starts where its
        `map:`/`spawn:` headers say (else on the map whose object plays it, else the first chapter's
        map), then plays."""
        from game.story.chapters import CHAPTERS, NEW_GAME
        from game.world.tmx import MapError
        start = next((c for c in CHAPTERS if c["node"] == node), None)
        if start is not None and not map_name and not spawn:  # a chapter: its player, map and spawn
            self.start_chapter(start)
            return
        found = self.dialogue_program().nodes.get(node)
        if found is None:
            raise MapError(f"no dialogue node named {node!r} in assets/dialogue")
        where = map_name or found.headers.get("map") or _map_playing(node) or NEW_GAME["map"]
        self.start_map(where, spawn or found.headers.get("spawn"))
        self.start_dialogue(node)

    def condition(self, text: str) -> bool:
        """A map object's condition, with the dialogue's declared defaults. One that cannot be
        evaluated is reported on screen and counts as false: the map still loads."""
        from game.story.yarn import YarnError
        try:
            return self.story.test(text, self.dialogue_program().initial_values)
        except YarnError as exc:
            self.notify(tr("notice.condition_broken", repr(text), exc))
            return False

    def log_line(self, speaker: str, text: str, line_id: str = "", values=(), choice: bool = False) -> None:
        self.history.append(Said(speaker, text, line_id, tuple(values), choice))
        del self.history[:-500]

    def shown(self, said: Said) -> tuple[str, str]:
        """(speaker, text) of a history entry in the language in use."""
        from game.story.runner import compose
        from game.story.yarn import YarnError
        text = said.text
        stmt = self.dialogue_program().line(said.line_id) if said.line_id else None
        if stmt is not None and len(said.values) == sum(not isinstance(p, str) for p in stmt.parts):
            try:
                text = compose(stmt, list(said.values), self.dialogue_strings().get(said.line_id))[2]
            except YarnError:  # markup broken by a hot reload: the words as said
                pass
        return said.speaker, f"> {text}" if said.choice else text

    def said(self) -> list[tuple[str, str]]:
        """(speaker, text) of everything said so far, in the language in use."""
        return [self.shown(s) for s in self.history]

    # -- the loop -----------------------------------------------------------------------------
    def tick(self) -> None:
        """One fixed simulation step. Nothing here reads the wall clock."""
        inp = self.input
        if "fullscreen" in inp.pressed:
            self.set_fullscreen(not self.fullscreen)
            self.settings["fullscreen"] = self.fullscreen
        if "debug" in inp.pressed:
            self.debug = not self.debug
        if "screenshot" in inp.pressed:
            self.screenshot()
        elif self.screenshot_pending:  # the pause menu closed last tick: the frame without it
            self.screenshot_pending = False
            self.draw()
            self.screenshot()
        if "quicksave" in inp.pressed and self.explore() is not None:
            problem = self.saves.save("quick")
            self.notify(problem or tr("saves.quick_saved"), 2.0, problem=bool(problem))
        if "quickload" in inp.pressed and self.saves.read("quick").exists:
            problem = self.saves.load("quick")
            self.notify(problem or tr("saves.quick_loaded"), 2.0, problem=bool(problem))
        if self.pause_asked() and self.open_pause():
            inp.pressed.clear()  # the menu opens on this tick's input; nothing under it sees it
            inp.clicks.clear()
        self.director.update()
        if self.replaying and self.story.chapter != self.replaying:
            self._end_replay()  # the next chapter has begun: the replay is over
        self.saves.update()  # autosave when a chapter has started
        if self.audio is not None:
            self.audio.update(1)
        if self.message_ticks:
            self.message_ticks -= 1
        self.captions.update()
        inp.end_tick()
        self.ticks += 1
        if self.recorder is not None:
            self.recorder.frames += 1
        if not self.director.stack:
            self.running = False

    def draw(self) -> pygame.Surface:
        start = time.perf_counter()  # only shown in the debug overlay; never used by game logic
        self.canvas.fill(colour("black"))
        self.director.draw(self.canvas)
        if self.debug:
            from game.ui.debug import draw_debug
            draw_debug(self, self.canvas)
        covered = [rect for scene in self.director.shown() for rect in scene.covers()]
        if self.pause_offered():
            from game.ui.hud import draw_corner_buttons, pause_button
            draw_corner_buttons(self.canvas, only=("menu",))
            covered.append(pause_button(self.canvas.get_width()))
        notice = self.notice(covered)
        if self.captions.shown:
            from game.ui.captions import draw_captions
            draw_captions(self.canvas, self.captions.lines(), covered + [box for _rows, box in notice])
        if notice:
            from game.ui.notice import draw_notice
            draw_notice(self.canvas, *notice[0], self.message_is_problem)
        self.frame_ms = (time.perf_counter() - start) * 1000
        return self.canvas

    def pump_events(self) -> None:
        for ev in pygame.event.get():
            if ev.type == pygame.QUIT:
                self.quit()
            elif ev.type == pygame.WINDOWSIZECHANGED:
                # every change, the last one included (a mode change can pass through other sizes)
                if not self.fullscreen:
                    self.windowed_size = (ev.x, ev.y)
                self._exposed = True
            elif ev.type in (pygame.WINDOWMINIMIZED, pygame.WINDOWHIDDEN):
                self.visible = False
            elif ev.type in (pygame.WINDOWRESTORED, pygame.WINDOWSHOWN, pygame.WINDOWEXPOSED,
                             pygame.WINDOWMAXIMIZED):
                self.visible = self._exposed = True
            else:
                self.input.handle_event(ev, self.to_canvas)
                if self.recorder is not None:
                    self.recorder.event(ev, self)

    def quit(self) -> None:
        self.running = False

    def run(self) -> None:
        """Interactive loop: fixed 60 Hz simulation with an accumulator. A frame is drawn only
        after a tick (nothing changes between ticks, so at most 60 a second), and not at all while
        the window is minimised or hidden; between ticks the loop sleeps."""
        clock = pygame.time.Clock()
        previous = time.perf_counter()
        lag = 0.0
        while self.running:
            now = time.perf_counter()
            lag += min(now - previous, 0.25)  # after a stall, do not try to catch up for ever
            previous = now
            self.pump_events()
            stepped = 0
            while lag >= TICK and self.running:
                self.tick()
                lag -= TICK
                stepped += 1
            if stepped and self.visible:
                self.draw()
                self.present()
            clock.tick(TICK_RATE * 2)  # wake twice a tick: on time without spinning
        self.shutdown()

    def record(self, path, start_args: list[str]) -> None:
        """Record this session's input as a script that starts as this one did (`--map`, `--spawn`,
        `--node`; the seed is the app's); a path that cannot be written is said, and the game runs
        on unrecorded."""
        from game.record import Recorder
        from game.saves import data_dir
        recorder = Recorder(path, ["--seed", str(self.seed), *start_args])
        problem = recorder.open(self.settings, data_dir())
        if problem:
            self.notify(problem)
            return
        self.recorder = recorder

    def stop_recording(self) -> None:
        if self.recorder is not None:
            problem = self.recorder.finish()
            self.recorder = None
            if problem:
                log.warning(problem)

    def shutdown(self) -> None:
        self.stop_recording()
        if self.explore() is not None and not self.headless:
            reason = self.saves.autosave()  # closing the window mid-game keeps the moment
            if reason:
                log.info("no autosave on quitting: %s", reason)
        self.director.clear()
        self.save_settings()
        pygame.quit()
