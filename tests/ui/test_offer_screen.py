"""The offer screen reuses its widgets between offers, and forgets every text on reset."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget
from pytestqt.qtbot import QtBot

from kiosk.data import queries
from kiosk.ui.main_window import KioskWindow, Route


def shown_texts(screen: QWidget) -> list[str]:
    return [label.text() for label in screen.findChildren(QLabel)
            if label.isVisibleTo(screen) and label.text()]


def test_offers_reuse_the_same_widgets(qtbot: QtBot, window: KioskWindow) -> None:
    # Given every demo offer opened once, so that the label pools have grown
    rows = queries.offers(window.ctx.store.sessions)
    for row in rows:
        window.navigate(Route("offer", offer_id=row.id))
    labels = len(window.offer.findChildren(QLabel))
    widgets = len(window.offer.findChildren(QWidget))
    panel = window.offer.take_home
    # When they are all opened a second time
    for row in rows:
        window.navigate(Route("offer", offer_id=row.id))
        offer = window.offer.offer
        assert offer is not None and offer.id == row.id
        # Then each shows its own name first and the same take-home panel
        texts = shown_texts(window.offer.body_area.widget())
        assert texts[0] == offer.name
        assert window.offer.take_home is panel
        assert panel is not None and panel.offer.id == row.id
    # and no widget was made or left behind
    assert len(window.offer.findChildren(QLabel)) == labels
    assert len(window.offer.findChildren(QWidget)) == widgets


def test_a_shorter_offer_shows_none_of_the_longer_ones_lines(qtbot: QtBot,
                                                           window: KioskWindow) -> None:
    # Given the offer with the most lines, then the one with the fewest
    rows = queries.offers(window.ctx.store.sessions)
    sizes = []
    for row in rows:
        window.navigate(Route("offer", offer_id=row.id))
        sizes.append((len(shown_texts(window.offer.body_area.widget())), row.id))
    longest, shortest = max(sizes)[1], min(sizes)[1]
    window.navigate(Route("offer", offer_id=longest))
    long_texts = set(shown_texts(window.offer.body_area.widget()))
    window.navigate(Route("offer", offer_id=shortest))
    # Then only the short offer's lines are shown (headings aside, nothing of the other)
    fresh = queries.offer_detail(window.ctx.store.sessions, shortest,
                                 window.ctx.settings.roles)
    assert fresh is not None
    short_texts = shown_texts(window.offer.body_area.widget())
    assert len(short_texts) == min(sizes)[0]
    assert fresh.name in short_texts
    leftovers = (long_texts - set(short_texts)) & {
        label.text() for label in window.offer.findChildren(QLabel)}
    assert leftovers == set()


def test_a_contact_code_shown_for_one_offer_is_not_shown_for_the_next(
        qtbot: QtBot, window: KioskWindow) -> None:
    rows = queries.offers(window.ctx.store.sessions)
    window.navigate(Route("offer", offer_id=rows[0].id))
    panel = window.offer.take_home
    assert panel is not None
    panel.contact_button.setChecked(True)
    assert panel.showing_contact
    # When the next offer is opened, Then its link code is shown, not the contact
    window.navigate(Route("offer", offer_id=rows[1].id))
    assert window.offer.take_home is panel
    assert not panel.showing_contact and not panel.contact_button.isChecked()


def test_reset_empties_every_label(qtbot: QtBot, window: KioskWindow) -> None:
    # Given an offer on screen
    rows = queries.offers(window.ctx.store.sessions)
    window.navigate(Route("offer", offer_id=rows[0].id))
    offer = window.offer.offer
    assert offer is not None
    # When the visit is reset
    window.reset_visit()
    # Then no label of the offer screen, shown or hidden, still holds its texts
    texts = {label.text() for label in window.offer.findChildren(QLabel)}
    assert offer.name not in texts and offer.organization not in texts
    assert window.offer.offer is None and window.offer.take_home is None
    panel = window.offer._panel
    assert panel is not None and panel.view.code.matrix is None
