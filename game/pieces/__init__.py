"""Story set pieces, one module each: a piece's scene, its tasks and the commands that start it."""

import math

GAZE_SPEED = 2.0  # px per tick a view's gaze moves (the alien's, the telescope's)


def glide(gaze: list[float], move: tuple[int, int], goal: tuple[float, float] | None,
          size: tuple[int, int]) -> tuple[float, float] | None:
    """One tick of a view's gaze, kept on its picture (`size`): the arrows or the stick (`move`)
    steer it and drop a clicked goal, else it glides towards `goal`. The goal still to reach (None
    once there) comes back."""
    dx, dy = move
    if dx or dy:
        goal = None
    elif goal is not None:  # the mouse steers by clicking where to look
        gx, gy = goal[0] - gaze[0], goal[1] - gaze[1]
        dist = math.hypot(gx, gy)
        if dist <= GAZE_SPEED:
            goal = None
        else:
            dx, dy = gx / dist, gy / dist
    gaze[0] = max(0, min(size[0], gaze[0] + dx * GAZE_SPEED))
    gaze[1] = max(0, min(size[1], gaze[1] + dy * GAZE_SPEED))
    return goal
