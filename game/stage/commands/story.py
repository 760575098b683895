"""Commands for the story: beats, chapters, objectives, items, saves, maps and props."""

from __future__ import annotations

from game.stage.registry import (Actor, Beat, Chapter, Choice, Either, Item, Landmark, Map, Marker, Optional, Prop,
                                 Spawn, Text, command)


@command("give", Item(), Optional(Actor()), doc="add an item to what the person played carries (or the person named)")
def give(stage, item, person):
    stage.story.give(item, person)


@command("take", Item(), Optional(Actor()), doc="remove an item from what the person played carries (or the person named)")
def take(stage, item, person):
    stage.story.take(item, person)


@command("beat", Beat(), doc="record story beat N (docs/story.md; names in game/story/beats.py)")
def beat(stage, number):
    stage.story.record_beat(number)


@command("chapter", Chapter(), Text('"Title"'), doc="show a chapter title card and autosave")
def chapter(stage, chapter_id, title):
    from game.scenes.cards import TitleCard
    story = stage.story
    story.chapter, story.chapter_title = chapter_id, title
    story.objective = ""  # the last chapter's task is over; this one names its own
    return stage.play(TitleCard, chapter_id, title)  # the chapter's autosave follows when the player has control


@command("note", Actor(), Text('"text"'), doc="write the next entry in a person's notebook (the journal shows it under their name)")
def note(stage, person, text):
    from game.story import notebook
    notebook.add(stage.story.variables, person, text)


@command("objective", Text('"text"'), Optional(Landmark()),
         doc="set the objective line shown in the pause menu; TARGET, what it sends the player to (a marker, "
             "person or thing on the map), is what `check` holds its directions against")
def objective(stage, text, target):
    stage.story.objective = text


@command("autosave", doc="save to the rotating autosave slots")
def autosave(stage):
    stage.autosave()


@command("map", Map("NAME"), Spawn(), doc="move to another map, the player at a spawn (put it between `fade out` and `fade in`)")
def change_map(stage, name, spawn):
    stage.load_map(name, spawn)


@command("prop", Prop(), Either("", (Marker(), Choice("", ("hide",)))),
         doc="show an fx or prop sprite (assets/sprites/fx, props) at a marker, or take it away")
def prop(stage, name, ref):
    from game.world.props import PropSprite
    if ref == "hide":
        stage.props.pop(name, None)
        return
    x, y = stage.point(ref)
    stage.props[name] = PropSprite(name, x, y)
