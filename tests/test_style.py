"""The one style sheet: text contrast of at least 4.5:1, and text of at least 24 px."""

from __future__ import annotations

import re

import pytest

from kiosk.config import assets_dir

QSS = (assets_dir() / "style.qss").read_text(encoding="utf-8")
RULES = re.findall(r"([^{}]+)\{([^}]*)\}", re.sub(r"/\*.*?\*/", "", QSS, flags=re.S))
PAPER, CARD = "#F7F5F0", "#FFFFFF"


def luminance(hex_colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i:i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def prop(body: str, name: str) -> str | None:
    match = re.search(rf"(?<![-\w]){name}\s*:\s*(#[0-9A-Fa-f]{{6}})", body)
    return match.group(1) if match else None


@pytest.mark.parametrize(("selector", "body"), RULES)
def test_text_contrast(selector: str, body: str) -> None:
    colour = prop(body, "color")
    background = prop(body, "background") or prop(body, "background-color")
    if colour is None:
        return
    if background is None and " " in selector.strip():
        # A descendant rule ("QWidget#Strip QLabel") is painted on its ancestor's background.
        ancestor = selector.strip().rsplit(" ", 1)[0]
        background = next((prop(b, "background") for s, b in RULES
                           if s.strip() == ancestor and prop(b, "background")), None)
    grounds = [background] if background else [PAPER, CARD]
    for ground in grounds:
        assert contrast(colour, ground) >= 4.5, (selector.strip(), colour, ground)


@pytest.mark.parametrize(("selector", "body"), RULES)
def test_text_is_at_least_24px(selector: str, body: str) -> None:
    for size in re.findall(r"font-size\s*:\s*(\d+)px", body):
        assert int(size) >= 24, selector.strip()
