"""Offer detail: everything about one offer, long text scrolls, a take-home panel beside it."""

from __future__ import annotations

import datetime as dt
from urllib.parse import urlsplit

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from kiosk import offer_hours
from kiosk.config import QrSettings
from kiosk.data.queries import OfferDetail
from kiosk.ui import hours_text, metrics
from kiosk.ui.hours_model import HoursModel
from kiosk.ui.widgets.common import (
    clear_layout,
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
        self._content: QWidget | None = None

        self.body_area = QScrollArea()
        self.body_area.setWidgetResizable(True)
        self.body_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.body_area.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        make_kinetic(self.body_area)

        self.side = QWidget()
        self.side.setProperty("role", "card")
        self.side.setFixedWidth(600)
        self.side_layout = QVBoxLayout(self.side)
        self.side_layout.setContentsMargins(28, 24, 28, 24)
        self.side_layout.setSpacing(metrics.GAP)

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
        """Forget the offer of the previous visitor."""
        self.offer = None
        self._replace_content(QWidget())
        self._clear_side()

    def show_offer(self, offer: OfferDetail) -> None:
        """Lay out one offer from scratch (nothing of the previous one survives)."""
        self.offer = offer
        content = QWidget()
        content.setProperty("role", "screen")
        col = QVBoxLayout(content)
        col.setContentsMargins(0, 0, 24, 24)
        col.setSpacing(10)
        col.addWidget(plain_label(offer.name, "name"))
        if offer.organization:
            col.addWidget(plain_label(offer.organization, "org"))
        if offer.alert:
            col.addWidget(plain_label(offer.alert, "alert"))
        if offer.description:
            col.addWidget(plain_label(offer.description, "body"))

        def section(heading: str, lines: list[str], role: str = "body") -> None:
            lines = [line for line in lines if line]
            if lines:
                col.addWidget(plain_label(heading, "heading"))
                for line in lines:
                    col.addWidget(plain_label(line, role))

        status = self._open_status(offer)
        if status is not None:
            # "Jetzt geöffnet – bis 12:00" / "Öffnet Dienstag 14:00" above the weekly times.
            col.addWidget(plain_label(self.tr("Öffnungszeiten"), "heading"))
            col.addWidget(plain_label(status.text_de, f"hours-{status.state}"))
            for line in self._hours_lines(offer):
                col.addWidget(plain_label(line, "body"))
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
            col.addWidget(plain_label(
                self.tr("Zuletzt geprüft: %1").replace("%1", german_date(offer.assured_date)),
                "soft"))
        col.addStretch(1)
        self._replace_content(content)
        self._fill_side(offer)

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

    def _replace_content(self, content: QWidget) -> None:
        old = self.body_area.takeWidget()
        self.body_area.setWidget(content)
        self.body_area.verticalScrollBar().setValue(0)
        if old is not None:
            old.hide()
            old.deleteLater()
        self._content = content

    def _clear_side(self) -> None:
        self.take_home = None
        clear_layout(self.side_layout)

    def _fill_side(self, offer: OfferDetail) -> None:
        """Take it home: the link or contact QR code, print, Merkliste."""
        self._clear_side()
        self.side_layout.addWidget(plain_label(self.tr("Mitnehmen"), "heading"))
        panel = TakeHomePanel(offer, self.qr_settings)
        panel.set_remembered(self.is_remembered(offer.id))
        panel.print_requested.connect(self.print_requested)
        panel.remember_toggled.connect(self.remember_toggled)
        self.side_layout.addWidget(panel, 1)
        self.take_home = panel
