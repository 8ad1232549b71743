"""The printed slip: offers with their QR codes as vectors, on A4 or an 80 mm receipt roll."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPaintDevice,
    QPainter,
    QPdfWriter,
    QPen,
)

from kiosk import offer_hours
from kiosk.config import Settings
from kiosk.data.queries import OfferDetail
from kiosk.qr import QUIET_ZONE, QrMatrix, offer_link, policy_for, qr_matrix, vcard_for_offer

PAPER_A4 = "a4"
PAPER_RECEIPT = "receipt80"
RECEIPT_WIDTH_MM = 80.0
RECEIPT_MAX_MM = 1000.0  # a longer slip continues on a second "page" of the roll
FONT_FAMILY = "DejaVu Sans"  # has every umlaut and the dashes; embedded into the PDF


def _t(text: str) -> str:
    return QCoreApplication.translate("Slip", text)


@dataclass(frozen=True, slots=True)
class SlipOffer:
    """One offer as it goes on paper (all text already in the visitor's language)."""

    name: str
    organization: str = ""
    address_lines: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    hours_lines: tuple[str, ...] = ()
    link: QrMatrix | None = None
    link_host: str = ""
    link_note: str = ""  # why there is no link QR
    contact: QrMatrix | None = None


@dataclass(frozen=True, slots=True)
class Slip:
    """A whole slip: a heading, the offers, then where the Sozial-Info is and when."""

    heading: str
    offers: tuple[SlipOffer, ...]
    footer: tuple[str, ...]
    labels: dict[str, str] = field(default_factory=dict)


def refused_sentence(reason: str) -> str:
    """Why a link has no QR code, as one plain sentence in the visitor's language."""
    if reason == "missing":
        return _t("Für dieses Angebot gibt es keine Internetadresse.")
    return _t("Die Internetadresse dieses Angebots ist nicht sicher genug für einen QR-Code.")


def _labels() -> dict[str, str]:
    return {
        "address": _t("Adresse"), "phone": _t("Telefon"), "hours": _t("Öffnungszeiten"),
        "link": _t("Im Internet:"), "contact": _t("Kontakt aufs Handy:"),
    }


def slip_offer(offer: OfferDetail, settings: Settings, today: dt.date | None = None) -> SlipOffer:
    """Collect what the slip shows of one offer (call on the GUI thread: it translates)."""
    from kiosk.ui.widgets.common import group_phone

    policy = policy_for(settings.qr)
    link = offer_link(offer.id, offer.url, settings.qr.offer_url_template, policy)
    address: list[str] = []
    if offer.addresses:
        first = offer.addresses[0]
        address = [first.location_name, *first.lines] if first.location_name else [*first.lines]
    return SlipOffer(
        name=offer.name, organization=offer.organization, address_lines=tuple(address),
        phones=tuple(group_phone(p.number) for p in offer.phones[:3]),
        hours_lines=tuple(offer_hours.weekly_lines_de(offer.schedules, today)),
        link=qr_matrix(link.url, "M") if link.ok else None, link_host=link.host,
        link_note="" if link.ok else refused_sentence(link.reason),
        contact=qr_matrix(vcard_for_offer(offer, policy), "M"),
    )


def _footer(settings: Settings, now: dt.datetime) -> tuple[str, ...]:
    site = settings.site
    lines = [f"{site.name}, {site.address}"]
    hours_cfg = getattr(settings, "hours", None)
    if hours_cfg is not None:
        try:
            from kiosk import hours

            status = hours.site_status(hours_cfg, now)
            slot = status.next_slot
            if status.staffed and status.staffed_until is not None:
                lines.append(_t("Jetzt besetzt bis %1 Uhr.").replace(
                    "%1", status.staffed_until.strftime("%H:%M")))
            elif slot is not None:
                weekdays = (_t("Montag"), _t("Dienstag"), _t("Mittwoch"), _t("Donnerstag"),
                            _t("Freitag"), _t("Samstag"), _t("Sonntag"))
                when = (_t("%1, %2, %3–%4 Uhr").replace("%1", weekdays[slot.start.weekday()])
                        .replace("%2", slot.start.strftime("%d.%m.%Y"))
                        .replace("%3", slot.start.strftime("%H:%M"))
                        .replace("%4", slot.end.strftime("%H:%M")))
                lines.append(_t("Nächste Sprechzeit: %1").replace("%1", when))
        except Exception:  # the slip still prints without the hours line  # noqa: BLE001
            pass
    lines.append(_t("Gedruckt am %1").replace("%1", now.strftime("%d.%m.%Y, %H:%M")))
    return tuple(lines)


def build_slip(offers: Sequence[OfferDetail], settings: Settings,
               now: dt.datetime | None = None) -> Slip:
    """A slip for one or more offers, with the fixed texts in the current UI language."""
    moment = now or dt.datetime.now().astimezone()
    return Slip(_t("Zum Mitnehmen"),
                tuple(slip_offer(o, settings, moment.date()) for o in offers),
                _footer(settings, moment), _labels())


def test_slip(settings: Settings, now: dt.datetime | None = None) -> Slip:
    """The staff test page: umlauts, both QR kinds, the footer."""
    moment = now or dt.datetime.now().astimezone()
    link = offer_link("", settings.site.atlas_url, "", policy_for(settings.qr))
    offer = SlipOffer(
        name=_t("Testseite – Drucker funktioniert"),
        organization="Äpfel, Öfen, Übungen, Größe: ÄÖÜ äöüß – € „…“",
        address_lines=(settings.site.address,),
        hours_lines=(_t("Wenn Sie diese Seite lesen können, ist der Drucker bereit."),),
        link=qr_matrix(link.url, "M") if link.ok else None, link_host=link.host,
        link_note="" if link.ok else refused_sentence(link.reason),
        contact=qr_matrix("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Test\r\nEND:VCARD\r\n", "M"),
    )
    return Slip(_t("Testseite"), (offer,), _footer(settings, moment), _labels())


# -- layout ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Style:
    margin_mm: float
    name_pt: float
    body_pt: float
    small_pt: float
    qr_mm: float
    stack_codes: bool


_STYLES = {
    PAPER_A4: _Style(18.0, 17.0, 12.0, 10.0, 42.0, False),
    PAPER_RECEIPT: _Style(4.0, 13.0, 10.0, 8.5, 46.0, True),
}


class _Layout:
    """Measures and draws in device pixels; `y` runs down the current page."""

    def __init__(self, device: QPaintDevice, width_px: float, style: _Style) -> None:
        self.device = device
        self.mm = device.logicalDpiX() / 25.4
        self.width = width_px
        self.style = style

    def font(self, pt: float, bold: bool = False) -> QFont:
        font = QFont(FONT_FAMILY)
        font.setPointSizeF(pt)
        font.setBold(bold)
        # No "fl"/"fi" ligatures: a PDF reader's search and copy must find "Pflege".
        font.setFeature(QFont.Tag("liga"), 0)
        font.setFeature(QFont.Tag("clig"), 0)
        return font

    def text_height(self, text: str, font: QFont, width: float) -> float:
        metrics = QFontMetricsF(font, self.device)
        flags = int(Qt.TextFlag.TextWordWrap)
        return metrics.boundingRect(QRectF(0, 0, width, 1e7), flags, text).height()




def _blocks(slip: Slip, lay: _Layout) -> list[list[tuple[float, object]]]:
    s = lay.style
    w = lay.width
    gap = 2.0 * lay.mm
    blocks: list[list[tuple[float, object]]] = []

    def text(step_list: list[tuple[float, object]], value: str, font: QFont,
             indent: float = 0.0) -> None:
        h = lay.text_height(value, font, w - indent)

        def draw(p: QPainter, y: float, value: str = value, font: QFont = font,
                 indent: float = indent, h: float = h) -> None:
            p.setFont(font)
            p.drawText(QRectF(indent, y, w - indent, h + 1),
                       int(Qt.TextFlag.TextWordWrap), value)
        step_list.append((h, draw))

    def rule(step_list: list[tuple[float, object]]) -> None:
        def draw(p: QPainter, y: float) -> None:
            p.setPen(QPen(QColor("black"), max(1.0, 0.3 * lay.mm)))
            p.drawLine(0, int(y + gap), int(w), int(y + gap))
        step_list.append((2 * gap, draw))

    name_font = lay.font(s.name_pt, True)
    body = lay.font(s.body_pt)
    bold = lay.font(s.body_pt, True)
    small = lay.font(s.small_pt)
    head: list[tuple[float, object]] = []
    text(head, slip.heading, lay.font(s.body_pt, True))
    rule(head)
    blocks.append(head)
    for offer in slip.offers:
        block: list[tuple[float, object]] = []
        text(block, offer.name, name_font)
        if offer.organization:
            text(block, offer.organization, body)
        for label, lines in ((slip.labels.get("address", ""), offer.address_lines),
                             (slip.labels.get("phone", ""), offer.phones),
                             (slip.labels.get("hours", ""), offer.hours_lines)):
            if lines:
                block.append((gap / 2, lambda p, y: None))
                text(block, label, bold)
                text(block, "\n".join(lines), body, indent=2 * lay.mm)
        block.append((gap, lambda p, y: None))
        block.extend(_code_steps(offer, slip, lay, small))
        rule(block)
        blocks.append(block)
    foot: list[tuple[float, object]] = []
    for line in slip.footer:
        text(foot, line, small)
    blocks.append(foot)
    return blocks


def matrix_rects(matrix: QrMatrix, x: float, y: float, side: float) -> list[QRectF]:
    """The dark runs of a matrix as rectangles inside a square (quiet zone included in side)."""
    module = side / (matrix.size + 2 * QUIET_ZONE)
    # A slight overlap right and down hides hairline seams in some PDF viewers and printers.
    return [QRectF(x + (col + QUIET_ZONE) * module, y + (row + QUIET_ZONE) * module,
                   length * module + module * 0.02, module * 1.02)
            for row, col, length in matrix.runs()]


def draw_matrix(p: QPainter, matrix: QrMatrix, x: float, y: float, side: float) -> None:
    """Dark runs as filled rectangles (vectors, no bitmap), on a white square.

    One drawRects() call for the whole code: PySide6 6.12 on Python 3.11 drops a reference to
    None on every call of a method returning void, so fewer calls also means a longer life.
    """
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("white"))
    p.drawRect(QRectF(x, y, side, side))
    p.setBrush(QColor("black"))
    p.drawRects(matrix_rects(matrix, x, y, side))
    p.restore()


def _code_steps(offer: SlipOffer, slip: Slip, lay: _Layout,
                small: QFont) -> list[tuple[float, object]]:
    s = lay.style
    side = s.qr_mm * lay.mm
    cells: list[tuple[QrMatrix | None, str, str]] = [
        (offer.link, slip.labels.get("link", ""), offer.link_host or offer.link_note),
        (offer.contact, slip.labels.get("contact", ""), ""),
    ]
    cells = [c for c in cells if c[0] is not None or c[2]]
    if not cells:
        return []
    steps: list[tuple[float, object]] = []
    cell_w = side if s.stack_codes else (lay.width - 6 * lay.mm) / 2
    groups = [[c] for c in cells] if s.stack_codes else [cells]
    for group in groups:
        caption_h = max(lay.text_height(f"{c[1]}\n{c[2]}".strip(), small, cell_w) for c in group)
        code_h = side if any(c[0] is not None for c in group) else 0.0
        height = caption_h + code_h + lay.mm

        def draw(p: QPainter, y: float, group: list[tuple[QrMatrix | None, str, str]] = group,
                 caption_h: float = caption_h) -> None:
            for i, (matrix, label, note) in enumerate(group):
                x = i * (cell_w + 6 * lay.mm)
                p.setFont(small)
                p.setPen(QColor("black"))
                p.drawText(QRectF(x, y, cell_w, caption_h + 1), int(Qt.TextFlag.TextWordWrap),
                           f"{label}\n{note}".strip())
                if matrix is not None:
                    draw_matrix(p, matrix, x, y + caption_h + lay.mm / 2, side)
        steps.append((height, draw))
    return steps


def _paginate(blocks: list[list[tuple[float, object]]],
              page_h: float) -> list[list[tuple[float, float, object]]]:
    """Place steps on pages: a block moves to a new page when it does not fit the rest."""
    pages: list[list[tuple[float, float, object]]] = [[]]
    y = 0.0
    for block in blocks:
        total = sum(h for h, _ in block)
        if y > 0 and y + total > page_h:
            pages.append([])
            y = 0.0
        for h, draw in block:
            if y > 0 and y + h > page_h:
                pages.append([])
                y = 0.0
            pages[-1].append((y, h, draw))
            y += h
    return pages


def _content_height(slip: Slip, device: QPaintDevice, width_mm: float, style: _Style) -> float:
    lay = _Layout(device, width_mm * device.logicalDpiX() / 25.4, style)
    return sum(h for block in _blocks(slip, lay) for h, _ in block) / lay.mm


def setup_page(device: QPagedPaintDevice, slip: Slip, paper: str) -> None:
    """Page size and margins: A4 portrait, or an 80 mm roll as long as the slip needs."""
    style = _STYLES.get(paper, _STYLES[PAPER_A4])
    margins = QMarginsF(style.margin_mm, style.margin_mm, style.margin_mm, style.margin_mm)
    if paper == PAPER_RECEIPT:
        width = RECEIPT_WIDTH_MM - 2 * style.margin_mm
        height = _content_height(slip, device, width, style) + 2 * style.margin_mm + 2
        size = QPageSize(QSizeF(RECEIPT_WIDTH_MM, min(max(height, 60.0), RECEIPT_MAX_MM)),
                         QPageSize.Unit.Millimeter, "Bon 80 mm",
                         QPageSize.SizeMatchPolicy.ExactMatch)
    else:
        size = QPageSize(QPageSize.PageSizeId.A4)
    device.setPageLayout(QPageLayout(size, QPageLayout.Orientation.Portrait, margins,
                                     QPageLayout.Unit.Millimeter))


def paint_slip(device: QPagedPaintDevice, slip: Slip, paper: str) -> None:
    """Draw the slip on a device whose page is already set up (`setup_page`)."""
    style = _STYLES.get(paper, _STYLES[PAPER_A4])
    layout = device.pageLayout()
    rect = layout.paintRectPixels(device.logicalDpiX())
    lay = _Layout(device, float(rect.width()), style)
    pages = _paginate(_blocks(slip, lay), float(rect.height()))
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("printer or PDF file could not be opened")
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        for index, page in enumerate(pages):
            if index and not device.newPage():
                raise OSError("new page failed")
            for y, _h, draw in page:
                painter.setPen(QColor("black"))
                draw(painter, y)  # type: ignore[operator]
    finally:
        painter.end()


def write_pdf(slip: Slip, path: Path, paper: str) -> None:
    """The slip as a PDF file (staff, tests, and the `kiosk print --pdf` command)."""
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setCreator("Sozial-Info Kiosk")
    writer.setTitle(slip.heading)
    setup_page(writer, slip, paper)
    paint_slip(writer, slip, paper)
