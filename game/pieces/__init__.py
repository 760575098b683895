"""Story set pieces, one module each: a piece's scene, its tasks and the commands that start it."""

GAZE_SPEED = 2.0  # px per tick a view's gaze moves (the alien's, the telescope's)
