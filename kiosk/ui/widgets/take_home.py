"""The offer screen's take-home card: link QR, contact QR, print, remember."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from kiosk.config import QrSettings
from kiosk.data.queries import OfferDetail
from kiosk.qr import QrMatrix, offer_link, policy_for, qr_matrix, vcard_for_offer
from kiosk.slip import refused_sentence
from kiosk.ui import metrics
from kiosk.ui.widgets.common import icon, plain_label, touch_button
from kiosk.ui.widgets.qr_view import QrView


class TakeHomePanel(QWidget):
    """Scan the link or the contact, print a slip, or keep the offer on the Merkliste.

    Signals:
        print_requested(str): "Drucken" was touched for this offer id.
        remember_toggled(str, bool): "Merken" was touched; True = add, False = remove.
    """

    print_requested = Signal(str)
    remember_toggled = Signal(str, bool)

    def __init__(self, offer: OfferDetail, qr_settings: QrSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.offer = offer
        self._settings = qr_settings
        self._policy = policy_for(qr_settings)
        self.link = offer_link(offer.id, offer.url, qr_settings.offer_url_template,
                               self._policy)
        self._link_matrix: QrMatrix | None = qr_matrix(self.link.url) if self.link.ok else None
        self._contact_matrix: QrMatrix | None = None  # built on first use (a few ms)
        self.showing_contact = False
        self.remembered = False

        self.hint = plain_label(role="body")
        self.view = QrView()
        self.refusal = plain_label(role="soft")
        self.contact_button = touch_button("", icon_name="nav-qr")
        self.contact_button.setCheckable(True)
        self.contact_button.toggled.connect(self._on_contact_button_toggled)
        self.print_button = touch_button("", role="primary", icon_name="nav-print-white")
        self.print_button.clicked.connect(lambda: self.print_requested.emit(self.offer.id))
        self.remember_button = touch_button("", icon_name="nav-bookmark")
        self.remember_button.clicked.connect(
            lambda: self.remember_toggled.emit(self.offer.id, not self.remembered))
        self.message = plain_label(role="notice")
        self.message.setVisible(False)

        row = QHBoxLayout()
        row.setSpacing(metrics.GAP)
        row.addWidget(self.print_button, 1)
        row.addWidget(self.remember_button, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(metrics.GAP)
        layout.addWidget(self.hint)
        layout.addWidget(self.message)
        layout.addWidget(self.view)
        layout.addWidget(self.refusal)
        layout.addStretch(1)
        layout.addWidget(self.contact_button)
        layout.addLayout(row)
        self.retranslate()

    def set_offer(self, offer: OfferDetail) -> None:
        """Show another offer in the same widgets: its link code, no contact code yet."""
        self.offer = offer
        self.link = offer_link(offer.id, offer.url, self._settings.offer_url_template,
                               self._policy)
        self._link_matrix = qr_matrix(self.link.url) if self.link.ok else None
        self._contact_matrix = None
        self.showing_contact = False
        self.contact_button.blockSignals(True)
        self.contact_button.setChecked(False)
        self.contact_button.blockSignals(False)
        self.set_message("")
        self.retranslate()

    def clear(self) -> None:
        """Forget the offer's codes and texts between offers and visitors."""
        self._link_matrix = self._contact_matrix = None
        self.showing_contact = False
        self.contact_button.blockSignals(True)
        self.contact_button.setChecked(False)
        self.contact_button.blockSignals(False)
        self.view.set_code(None, "")
        self.set_message("")

    def contact_matrix(self) -> QrMatrix:
        """The vCard QR (error correction M), made when first needed."""
        if self._contact_matrix is None:
            self._contact_matrix = qr_matrix(vcard_for_offer(self.offer, self._policy), "M")
        return self._contact_matrix

    def retranslate(self) -> None:
        """Set every fixed text in the current language."""
        if self.showing_contact:
            self.hint.setText(self.tr("Mit dem Handy scannen: speichert Name, Telefon und "
                                      "Adresse als Kontakt (auch ohne Internet)."))
            self.view.set_code(self.contact_matrix(), self.tr("Kontakt (vCard)"))
            self.refusal.setVisible(False)
            self.contact_button.setText(self.tr("Zurück zum Link"))
        else:
            if self._link_matrix is not None:
                self.hint.setText(self.tr("Mit dem Handy scannen: öffnet dieses Angebot "
                                          "im Internet."))
            else:
                self.hint.setText(self.tr("Für dieses Angebot gibt es keinen Link-Code."))
            self.view.set_code(self._link_matrix, self.link.host)
            self.view.setVisible(self._link_matrix is not None)
            self.refusal.setText("" if self.link.ok else refused_sentence(self.link.reason))
            self.refusal.setVisible(not self.link.ok)
            self.contact_button.setText(self.tr("Kontakt aufs Handy speichern"))
        self.print_button.setText(self.tr("Drucken"))
        self.remember_button.setText(self.tr("Gemerkt") if self.remembered
                                     else self.tr("Merken"))
        self.view.setVisible(self.showing_contact or self._link_matrix is not None)
        self.contact_button.setAccessibleName(self.contact_button.text())
        self.print_button.setAccessibleName(self.tr("Dieses Angebot drucken"))
        self.remember_button.setAccessibleName(
            self.tr("Von der Merkliste nehmen") if self.remembered
            else self.tr("Auf die Merkliste setzen"))

    def changeEvent(self, event: QEvent) -> None:
        """Follow a language switch at once."""
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_remembered(self, remembered: bool) -> None:
        """Show whether this offer is on the Merkliste."""
        self.remembered = remembered
        self.remember_button.setIcon(icon("nav-check" if remembered else "nav-bookmark"))
        self.retranslate()

    def set_message(self, text: str) -> None:
        """A short note (printing, a full Merkliste) in place of the hint; "" hides it."""
        self.message.setText(text)
        self.message.setVisible(bool(text))
        self.hint.setVisible(not text)

    def _on_contact_button_toggled(self, checked: bool) -> None:
        self.showing_contact = checked
        self.set_message("")
        self.retranslate()
