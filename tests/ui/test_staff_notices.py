"""Staff notices: newest first, one bullet each, in their own scrolling area."""

from __future__ import annotations

from kiosk.ui.main_window import KioskWindow, Route


def test_notices_newest_first_and_scrolling(window: KioskWindow) -> None:
    # Given a long day's worth of notices
    window.resize(1920, 1080)
    notices = [f"Meldung {n}: Der Kiosk arbeitet mit dem bisherigen Datenstand weiter, "
               "weil die Synchronisierung nicht geklappt hat." for n in range(12)]
    window.ctx.notices.extend(notices)
    # When staff open their screen
    window._show_route(Route("staff"))
    staff = window.staff
    text = staff.notice_label.text()
    # Then the newest comes first, each notice is a bullet of its own
    assert text.startswith("• Meldung 11:") and text.index("Meldung 11") < text.index("Meldung 0:")
    assert text.count("• ") == 12
    # And they scroll inside their area instead of pushing the buttons off the screen
    assert staff.notice_area.widget().isAncestorOf(staff.notice_label)
    assert staff.notice_area.verticalScrollBar().maximum() > 0
    bottom = staff.sync_button.mapTo(window, staff.sync_button.rect().bottomLeft()).y()
    assert bottom <= window.navbar.y()


def test_no_notices_says_so(window: KioskWindow) -> None:
    window._show_route(Route("staff"))
    assert window.staff.notice_label.text() == "Keine Meldungen."
