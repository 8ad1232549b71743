"""Sizes and spacing of the touch UI, in pixels at 1920x1080 (colours live in style.qss)."""

from __future__ import annotations

SCREEN_WIDTH = 1920
SCREEN_HEIGHT = 1080

TOUCH_MIN = 88  # smallest touch target; the rule is 80, we keep a margin
GAP = 16  # space between two touch targets (the rule is at least 12)
MARGIN = 40  # outer margin of a screen

HEADER_HEIGHT = 112
NAV_HEIGHT = 124
NAV_BUTTON_WIDTH = 280

TILE_HEIGHT = 150
TILE_ICON = 48
GROUP_HEIGHT = 120
GROUP_ICON = 40
CHIP_HEIGHT = 88
LIST_ROW_HEIGHT = 148
LIST_FIRST_ROWS = 12  # rows read first, before the whole list (more than a screenful)
SCROLLBAR_WIDTH = 28

BODY_PX = 26  # body text; the rule is at least 24
SMALL_PX = 24  # the smallest text anywhere
TITLE_PX = 42
HEADING_PX = 32
NAME_PX = 30
PHONE_PX = 36

KEY_WIDTH = 92  # on-screen keyboard (search): 11 keys a row fit beside the result list
KEY_HEIGHT = 96
KEY_GAP = 12
SEARCH_ROW_HEIGHT = 132  # a search hit: name on up to two lines, organisation below
SEARCH_STRIP_WIDTH = 820  # the search strip on the home screen
SEARCH_DEBOUNCE_MS = 150  # wait this long after the last key before searching

LONG_PRESS_MS = 5000  # hidden staff gesture: hold the top-left corner this long
CORNER_PX = 120

# Colours of painted widgets (item delegates, QR views), which style.qss cannot reach;
# the same values as the palette at the top of style.qss.
INK = "#1A2430"
INK_SOFT = "#3D4B5C"
NAVY = "#1B4F72"
CARD = "#FFFFFF"
CARD_BORDER = "#C9D3DD"
PRESSED = "#D6E6F2"
