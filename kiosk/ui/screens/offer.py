"""Offer detail: everything about one offer, long text scrolls, a take-home panel beside it."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from kiosk import offer_hours
from kiosk.config import QrSettings
from kiosk.data.queries import OfferDetail
from kiosk.ui import hours_text, metrics
from kiosk.ui.hours_model import HoursModel
from kiosk.ui.widgets.common import (
    group_phone,
    make_kinetic,
    plain_label,
    term_label,
)
from kiosk.ui.widgets.take_home import TakeHomePanel


def website_host(url: str) -> str:
    """The host of a web address, the only part a visitor needs to read."""
    try:
        host = urlsplit(url if "://" in url else f"https://{url}").hostname or ""
    except ValueError:
        return ""
    return host.removeprefix("www.") if host.count(".") > 1 else host


def german_date(value: str) -> str:
    """2026-03-12 -> 12.03.2026 (other text stays as it is)."""
    try:
        return dt.date.fromisoformat(value[:10]).strftime("%d.%m.%Y")
    except ValueError:
        return value


class OfferScreen(QWidget):
    """Shows one offer; the take-home panel on the right: QR codes, print, Merkliste.

    Signals:
        print_requested(str): print this offer id.
        remember_toggled(str, bool): put the offer on the Merkliste (True) or take it off.
    """

    print_requested = Signal(str)
    remember_toggled = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None, *,
                 qr_settings: QrSettings | None = None) -> None:
        super().__init__(parent)
        self.setProperty("role", "screen")
        self.offer: OfferDetail | None = None
        self.qr_settings = qr_settings or QrSettings()
        self.take_home: TakeHomePanel | None = None
        self.is_remembered = lambda offer_id: False  # the window answers from its Merkliste
        self.hours: HoursModel | None = None  # the window sets it: clock and holidays
        # One content widget for every offer: its labels are reused (per role, so a label's
        # style never changes), only their texts and order change. Building and styling a
        # fresh widget tree per offer cost most of the time from tap to painted screen.
        self._content = QWidget()
        self._content.setProperty("role", "screen")
        self._column = QVBoxLayout(self._content)
        self._column.setContentsMargins(0, 0, 24, 24)
        self._column.setSpacing(10)
        self._column.addStretch(1)
        self._pool: dict[str, list[QLabel]] = {}
        self._shown: list[QLabel] = []
        self._panel: TakeHomePanel | None = None  # made with the first offer, then reused
        self._side_heading = plain_label(role="heading")

        self.body_area = QScrollArea()
        self.body_area.setWidgetResizable(True)
        self.body_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.body_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        make_kinetic(self.body_area)
        self.body_area.setWidget(self._content)

        self.side = QWidget()
        self.side.setProperty("role", "card")
        self.side.setFixedWidth(600)
        self.side_layout = QVBoxLayout(self.side)
        self.side_layout.setContentsMargins(28, 24, 28, 24)
        self.side_layout.setSpacing(metrics.GAP)
        self.side_layout.addWidget(self._side_heading)
        self._side_heading.hide()

        layout = QHBoxLayout(self)
        layout.setContentsMargins(metrics.MARGIN, 16, metrics.MARGIN, 16)
        layout.setSpacing(32)
        layout.addWidget(self.body_area, 1)
        layout.addWidget(self.side)

    def title(self) -> str:
        """The header's title on this screen."""
        return self.tr("Angebot")

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch at once."""
        if event.type() == QEvent.Type.LanguageChange and self.offer is not None:
            self.show_offer(self.offer)
        super().changeEvent(event)

    def reset(self) -> None:
        """Forget the offer of the previous visitor (every text is emptied)."""
        self.offer = None
        self._set_lines([])
        self._clear_side()

    def show_offer(self, offer: OfferDetail) -> None:
        """Show one offer; nothing of the previous one survives (texts are replaced)."""
        self.offer = offer
        lines: list[tuple[str, str]] = [(offer.name, "name")]
        if offer.organization:
            lines.append((offer.organization, "org"))
        if offer.alert:
            lines.append((offer.alert, "alert"))
        if offer.description:
            lines.append((offer.description, "body"))

        def section(heading: str, texts: list[str], role: str = "body") -> None:
            texts = [text for text in texts if text]
            if texts:
                lines.append((heading, "heading"))
                lines.extend((text, role) for text in texts)

        status = self._open_status(offer)
        if status is not None:
            # "Jetzt geöffnet – bis 12:00" / "Öffnet Dienstag 14:00" above the weekly times.
            lines.append((self.tr("Öffnungszeiten"), "heading"))
            lines.append((status.text_de, f"hours-{status.state}"))
            lines.extend((line, "body") for line in self._hours_lines(offer))
        else:
            section(self.tr("Öffnungszeiten"), self._hours_lines(offer))
        for address in offer.addresses:
            section(self.tr("Adresse"), [address.location_name, *address.lines])
            section(self.tr("Barrierefreiheit"), list(address.accessibility))
            section(self.tr("Anreise"), [address.transportation])
        section(self.tr("Telefon"), [self._phone_line(p.number, p.description)
                                     for p in offer.phones], "phone")
        section(self.tr("E-Mail"), [offer.email])
        section(self.tr("Im Internet"), [website_host(offer.url)])
        section(self.tr("Für wen?"), [
            ", ".join(term_label(t.name) for t in offer.target_groups), offer.eligibility])
        section(self.tr("So kommen Sie zum Angebot"), [offer.application_process])
        section(self.tr("Sprachen"), [", ".join(offer.languages), offer.interpretation_services])
        section(self.tr("Kosten"), [*self._cost_lines(offer), offer.fees_description])
        section(self.tr("Ansprechpersonen"), list(offer.contact_names))
        if offer.assured_date:
            lines.append((self.tr("Zuletzt geprüft: %1").replace(
                "%1", german_date(offer.assured_date)), "soft"))
        self._set_lines(lines)
        self.body_area.verticalScrollBar().setValue(0)
        self._fill_side(offer)

    def _set_lines(self, lines: list[tuple[str, str]]) -> None:
        """Show these (text, role) lines in order, reusing the labels of each role."""
        taken: dict[str, int] = {}
        wanted: list[QLabel] = []
        for text, role in lines:
            pool = self._pool.setdefault(role, [])
            index = taken.get(role, 0)
            taken[role] = index + 1
            if index == len(pool):
                pool.append(plain_label(role=role, parent=self._content))
            label = pool[index]
            label.setText(text)
            wanted.append(label)
        if wanted != self._shown:
            for label in self._shown:
                self._column.removeWidget(label)
            for position, label in enumerate(wanted):
                self._column.insertWidget(position, label)
        keep = set(map(id, wanted))
        for pool in self._pool.values():
            for label in pool:
                if id(label) not in keep and not label.isHidden():
                    label.setText("")
                    label.hide()
        for label in wanted:
            if label.isHidden():
                label.show()
        self._shown = wanted

    def _hours_lines(self, offer: OfferDetail) -> list[str]:
        return offer_hours.weekly_lines_de(offer.schedules, texts=hours_text.offer_texts())

    def _open_status(self, offer: OfferDetail) -> offer_hours.OfferHours | None:
        """Open now or when next, from the offer's schedules (None: nothing to claim)."""
        if self.hours is None:
            return None
        status = self.hours.offer_status(offer.schedules, hours_text.offer_texts())
        return status if status.state in ("open", "opens_later") else None

    def _phone_line(self, number: str, description: str) -> str:
        return group_phone(number)

    def _cost_lines(self, offer: OfferDetail) -> list[str]:
        lines = []
        for cost in offer.costs:
            amount = ""
            if cost.amount is not None:
                amount = f"{cost.amount:.2f}".replace(".", ",").removesuffix(",00")
                amount = f"{amount} {'€' if cost.currency.upper() == 'EUR' else cost.currency}"
            text = " – ".join(p for p in (cost.option, amount, cost.description) if p)
            lines.append(text)
        return lines

    def _clear_side(self) -> None:
        self.take_home = None
        if self._panel is not None:
            self._panel.clear()
            self._panel.setVisible(False)
            self._side_heading.setVisible(False)

    def _fill_side(self, offer: OfferDetail) -> None:
        """Take it home: the link or contact QR code, print, Merkliste (one panel, reused)."""
        if self._panel is None:
            self._panel = TakeHomePanel(offer, self.qr_settings)
            self._panel.print_requested.connect(self.print_requested)
            self._panel.remember_toggled.connect(self.remember_toggled)
            self.side_layout.addWidget(self._panel, 1)
        else:
            self._panel.set_offer(offer)
        self._side_heading.setText(self.tr("Mitnehmen"))
        self._panel.set_remembered(self.is_remembered(offer.id))
        self._side_heading.setVisible(True)
        self._panel.setVisible(True)
        self.take_home = self._panel
