"""Generate the embedded demo atlas `assets/demo_atlas.json` (HSDS 3.0 services) from tables."""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from tools.atlas_taxonomy import CATEGORIES, TARGET_GROUPS, attribute, stable_id

ROOT = Path(__file__).resolve().parents[1]
OUTPUT = ROOT / "assets" / "demo_atlas.json"

# --------------------------------------------------------------------------------------------
# Model of the tables
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Org:
    """An organization; `real` ones carry only facts from the press texts (seeds)."""

    key: str
    name: str
    description: str
    real: bool = False
    alternate_name: str | None = None


@dataclass(frozen=True)
class Place:
    """A physical location with one address and one accessibility note."""

    key: str
    name: str
    street: str
    postal_code: str
    city: str
    accessibility: str
    details: str | None = None
    transportation: str | None = None
    description: str | None = None


@dataclass(frozen=True)
class Slot:
    """One schedule window (or, with `freq` None, a schedule that is only a description)."""

    freq: str | None
    byday: str | None = None
    opens: str | None = None
    closes: str | None = None
    note: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    text: str | None = None


@dataclass(frozen=True)
class Cost:
    """One HSDS cost option (amount None: no single amount, e.g. income-related)."""

    option: str
    amount: float | None
    description: str


@dataclass(frozen=True)
class Person:
    """A contact person of an offer."""

    key: str
    name: str
    title: str
    department: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class Offer:
    """One service of the atlas."""

    slug: str
    name: str
    org: str
    description: str
    categories: tuple[str, ...]
    groups: tuple[str, ...]
    places: tuple[str, ...]
    slots: tuple[Slot, ...]
    eligibility: str
    application: str
    fees: str
    costs: tuple[Cost, ...]
    languages: tuple[str, ...] = ("de",)
    phones: tuple[tuple[str, str], ...] = ()
    email: str | None = None
    url: str | None = None
    contacts: tuple[Person, ...] = ()
    status: str = "active"
    alternate_name: str | None = None
    alert: str | None = None
    wait_time: str | None = None
    interpretation: str | None = None
    min_age: int | None = None
    max_age: int | None = None
    place_slots: tuple[tuple[str, tuple[Slot, ...]], ...] = ()


def weekly(byday: str, opens: str, closes: str, note: str | None = None,
           valid_from: str | None = None, valid_to: str | None = None) -> Slot:
    """A weekly window, e.g. `weekly("MO,WE", "09:00", "12:00")`.

    Args:
        byday: iCal BYDAY days, comma separated ("MO,WE").
        opens: opening time "HH:MM".
        closes: closing time "HH:MM".
        note: an addition to the generated German description.
        valid_from: first day the window applies (ISO date), if limited.
        valid_to: last day the window applies (ISO date), if limited.

    Returns:
        The slot.
    """
    return Slot("WEEKLY", byday, opens, closes, note, valid_from, valid_to)


def monthly(byday: str, opens: str, closes: str, note: str | None = None) -> Slot:
    """A monthly window on the nth weekday, e.g. `monthly("2TU", "18:00", "19:30")`.

    Args:
        byday: iCal BYDAY with ordinals ("2TU" or "2TU,4TU").
        opens: opening time "HH:MM".
        closes: closing time "HH:MM".
        note: an addition to the generated German description.

    Returns:
        The slot.
    """
    return Slot("MONTHLY", byday, opens, closes, note)


def only_text(text: str) -> Slot:
    """A schedule that is only a free-text description (no machine-readable times).

    Args:
        text: the German description.

    Returns:
        The slot.
    """
    return Slot(None, text=text)


FREE = (Cost("Beratung", 0, "kostenlos"),)


def fon(n: int) -> str:
    """A visibly fictitious phone number of the demo ("+43 3452 00 0xx").

    Args:
        n: 1..99.

    Returns:
        The number, e.g. "+43 3452 00 017".
    """
    if not 0 < n < 100:
        raise ValueError(f"demo phone numbers are 1..99, not {n}")
    return f"+43 3452 00 {n:03d}"


def beispiel(slug: str, org: str, phone: int, **fields: Any) -> Offer:
    """A fictitious offer: example.org e-mail and website, a fictitious phone number.

    Args:
        slug: the offer's stable key (ids, e-mail, url derive from it).
        org: key of its (fictitious) organization.
        phone: the demo phone number's last digits, see `fon`.
        **fields: the other `Offer` fields.

    Returns:
        The offer.
    """
    fields.setdefault("email", f"{slug}@example.org")
    fields.setdefault("url", f"https://www.example.org/{org}/{slug}")
    fields.setdefault("phones", ((fon(phone), "Auskunft und Terminvereinbarung"),))
    return Offer(slug=slug, org=org, **fields)


# --------------------------------------------------------------------------------------------
# Languages
# --------------------------------------------------------------------------------------------

LANGUAGES: dict[str, str] = {
    "de": "Deutsch",
    "en": "Englisch",
    "ar": "Arabisch",
    "fa": "Farsi/Dari",
    "tr": "Türkisch",
    "hr": "Bosnisch/Kroatisch/Serbisch",
    "uk": "Ukrainisch",
    "ru": "Russisch",
    "sl": "Slowenisch",
    "hu": "Ungarisch",
    "ro": "Rumänisch",
    "so": "Somali",
    "fr": "Französisch",
    # Austrian Sign Language has no ISO 639-1 code; "asq" is its ISO 639-3 / BCP 47 code.
    "asq": "Österreichische Gebärdensprache (ÖGS)",
}

# --------------------------------------------------------------------------------------------
# The Sozial-Info and its Thementage: facts from the press texts (shared/seeds) only
# --------------------------------------------------------------------------------------------

SOZIAL_INFO_PHONE = "0664-88260653"
SOZIAL_INFO_EMAIL = "robert.konrad@leibnitz.at"
SOZIAL_INFO_URL = "https://sozialatlas.leibnitz.at"

KONRAD = Person(
    "konrad",
    "Mag. Robert Konrad",
    "Ansprechperson der Sozial-Info",
    "Stadtgemeinde Leibnitz, Stabstelle Stadtentwicklung und Projektmanagement",
    SOZIAL_INFO_EMAIL,
)
PETRITSCH = Person("petritsch", "Lena Petritsch", "Peer-to-Peer-Ansprechperson")

REAL_ORGS: tuple[Org, ...] = (
    Org("stadtgemeinde-leibnitz", "Stadtgemeinde Leibnitz",
        "Die Stadtgemeinde Leibnitz betreibt die Sozial-Info und den digitalen Sozialatlas. "
        "Zuständig ist die Stabstelle Stadtentwicklung und Projektmanagement.", real=True),
    Org("kinder-jugendhilfe-bh", "Kinder- und Jugendhilfe (BH Leibnitz)",
        "Kinder- und Jugendhilfe der Bezirkshauptmannschaft Leibnitz; Netzwerkpartnerin der "
        "Sozial-Info am Thementag Kind / Jugend / Familie.", real=True),
    Org("fruehe-hilfen", "Frühe Hilfen Steiermark (ÖGK)",
        "Frühe Hilfen Steiermark (ÖGK); Netzwerkpartnerin der Sozial-Info am Thementag "
        "Kind / Jugend / Familie.", real=True),
    Org("arge-flexible-hilfen", "ARGE Flexible Hilfen",
        "Arbeitsgemeinschaft von Jugend am Werk, Input, alpha nova, Caritas, AIS Jugendservice, "
        "IKJF und SOS Kinderdorf; Netzwerkpartnerin der Sozial-Info am Thementag "
        "Kind / Jugend / Familie.", real=True),
    Org("pflegedrehscheibe", "Pflegedrehscheibe Bezirk Leibnitz",
        "Pflegedrehscheibe für den Bezirk Leibnitz; Netzwerkpartnerin der Sozial-Info am "
        "Thementag Senior*innen.", real=True),
    Org("kompetenz", "Kompetenz – Berufliches und Soziales Kompetenzzentrum Südsteiermark GmbH",
        "Berufliches und Soziales Kompetenzzentrum Südsteiermark; Netzwerkpartnerin der "
        "Sozial-Info am Thementag Menschen mit Behinderung / Beeinträchtigung.", real=True,
        alternate_name="Kompetenz"),
    Org("oeziv-leibnitz", "ÖZIV Leibnitz",
        "Österreichweiter zukunftsorientierter Interessensverband für Menschen mit Behinderung, "
        "in Leibnitz; Netzwerkpartner der Sozial-Info am Thementag Menschen mit Behinderung / "
        "Beeinträchtigung.", real=True),
    Org("zebra", "ZEBRA – Interkulturelles Beratungs- und Therapiezentrum",
        "Interkulturelles Beratungs- und Therapiezentrum; Netzwerkpartner der Sozial-Info am "
        "Thementag Geflüchtete und Migrant*innen.", real=True, alternate_name="ZEBRA"),
    Org("freiraum", "Verein Freiraum – Frauenberatung Leibnitz",
        "Frauenberatung in Leibnitz; Netzwerkpartnerin der Sozial-Info am Thementag Frauen und "
        "Mädchen.", real=True, alternate_name="Freiraum"),
    Org("telefonseelsorge", "Telefonseelsorge",
        "Österreichweite Telefonseelsorge unter der Notrufnummer 142.", real=True),
    Org("frauenhelpline", "Frauenhelpline gegen Gewalt",
        "Österreichweite Helpline für Frauen und Mädchen, die Gewalt erleben: 0800 222 555.",
        real=True),
    Org("rat-auf-draht", "Rat auf Draht",
        "Österreichweite Notrufnummer für Kinder, Jugendliche und ihre Bezugspersonen: 147.",
        real=True),
)

SOZIAL_INFO_PLACE = Place(
    "sozial-info",
    "Sozial-Info im WOHNZIMMER",
    "Grazergasse 2",
    "8430",
    "Leibnitz",
    "Angaben zur Barrierefreiheit erfragen Sie bitte direkt bei der Sozial-Info.",
    description="Die Sozial-Info der Stadtgemeinde Leibnitz im WOHNZIMMER. Hier liegen auch "
    "Broschüren und Infomaterial der Partnerorganisationen auf.",
)

SOZIAL_INFO_CONTACT_APPLICATION = (
    "Kommen Sie während der Thementag-Zeit in die Sozial-Info im WOHNZIMMER, Grazergasse 2, "
    "8430 Leibnitz. Rückfragen: Mag. Robert Konrad, Tel. 0664-88260653, "
    "robert.konrad@leibnitz.at."
)


def thementag(slug: str, org: str, nth: int, topic: str, short: str, who: str,
              categories: tuple[str, ...], groups: tuple[str, ...], extra: str = "",
              contacts: tuple[Person, ...] = (KONRAD,)) -> Offer:
    """A partner's Thementag at the Sozial-Info (nth Thursday, 14:00-16:00).

    Args:
        slug: the offer's stable key.
        org: key of the partner organization.
        nth: which Thursday of the month (1..5).
        topic: the Thementag's topic as the press text names it.
        short: the partner's short name, for the offer's name.
        who: the partner as named after "Expert*innen" ("der ...", "von ...").
        categories: category codes.
        groups: target group codes.
        extra: one more sentence (facts from the seeds only).
        contacts: contact persons (the Sozial-Info's contact by default).

    Returns:
        The offer.
    """
    fifth = " Einen 5. Donnerstag gibt es nur in manchen Monaten." if nth == 5 else ""
    return Offer(
        slug=slug,
        name=f"Thementag {topic}: {short}",
        org=org,
        description=(
            f"Am {nth}. Donnerstag im Monat ist in der Sozial-Info Thementag „{topic}“. "
            f"Von 14:00 bis 16:00 Uhr sind Expert*innen {who} als Netzwerkpartner*innen im "
            f"WOHNZIMMER, Grazergasse 2, für Ihre Fragen da. {extra}"
            "Das Angebot der Sozial-Info ist kostenlos und steht allen offen." + fifth
        ).replace("  ", " "),
        categories=categories,
        groups=groups,
        places=("sozial-info",),
        slots=(monthly(f"{nth}TH", "14:00", "16:00", "Thementag in der Sozial-Info"),),
        eligibility=f"Für alle mit Fragen zum Thema {topic}.",
        application=SOZIAL_INFO_CONTACT_APPLICATION,
        fees="Kostenlos.",
        costs=FREE,
        phones=((SOZIAL_INFO_PHONE, "Sozial-Info der Stadtgemeinde Leibnitz"),),
        contacts=contacts,
    )


REAL_OFFERS: tuple[Offer, ...] = (
    Offer(
        slug="sozial-info",
        name="Sozial-Info der Stadtgemeinde Leibnitz",
        alternate_name="Sozial-Info",
        org="stadtgemeinde-leibnitz",
        description=(
            "Die Sozial-Info im WOHNZIMMER ist ein kostenloser, leicht zugänglicher Ort für alle, "
            "die Fragen zu sozialen Angeboten haben. Mag. Robert Konrad informiert über soziale "
            "Angebote und verweist je nach Anliegen an die richtige Stelle. Auch Organisationen "
            "und Einrichtungen sind willkommen. Wenn die Sozial-Info nicht besetzt ist, liegen "
            "Broschüren der Partnerorganisationen auf und der digitale Sozialatlas hilft bei der "
            "Orientierung. Donnerstags gibt es Thementage mit Expert*innen der "
            "Partnerorganisationen."
        ),
        categories=("beratung",),
        groups=("alle", "zugezogene"),
        places=("sozial-info",),
        slots=(
            weekly("MO,FR", "09:00", "13:00"),
            weekly("TU", "14:00", "18:00"),
            weekly("TH", "14:00", "16:00", "Thementage, besetzt durch Netzwerkpartner*innen",
                   valid_from="2022-02-03"),
        ),
        eligibility="Für die gesamte Bevölkerung der Stadt und des Bezirks Leibnitz, für "
        "Organisationen und Einrichtungen.",
        application="Kommen Sie während der Öffnungszeiten vorbei, rufen Sie an oder schreiben "
        "Sie eine E-Mail.",
        fees="Kostenlos.",
        costs=FREE,
        phones=((SOZIAL_INFO_PHONE, "Sozial-Info der Stadtgemeinde Leibnitz"),),
        email=SOZIAL_INFO_EMAIL,
        url=SOZIAL_INFO_URL,
        contacts=(KONRAD,),
    ),
    thementag("thementag-kinder-jugendhilfe", "kinder-jugendhilfe-bh", 1,
              "Kind / Jugend / Familie", "Kinder- und Jugendhilfe (BH Leibnitz)",
              "der Kinder- und Jugendhilfe (BH Leibnitz)",
              ("familie", "beratung"), ("familien", "kinder-jugendliche")),
    thementag("thementag-fruehe-hilfen", "fruehe-hilfen", 1, "Kind / Jugend / Familie",
              "Frühe Hilfen Steiermark (ÖGK)", "von Frühe Hilfen Steiermark (ÖGK)",
              ("familie", "beratung"), ("familien",)),
    thementag("thementag-arge-flexible-hilfen", "arge-flexible-hilfen", 1,
              "Kind / Jugend / Familie", "ARGE Flexible Hilfen", "der ARGE Flexible Hilfen",
              ("familie", "beratung"), ("familien", "kinder-jugendliche"),
              extra="In der ARGE Flexible Hilfen arbeiten Jugend am Werk, Input, alpha nova, "
              "Caritas, AIS Jugendservice, IKJF und SOS Kinderdorf zusammen. "),
    thementag("thementag-pflegedrehscheibe", "pflegedrehscheibe", 2, "Senior*innen",
              "Pflegedrehscheibe Bezirk Leibnitz", "der Pflegedrehscheibe Bezirk Leibnitz",
              ("pflege", "beratung"), ("senioren", "familien")),
    thementag("thementag-kompetenz", "kompetenz", 3,
              "Menschen mit Behinderung / Beeinträchtigung", "Kompetenz",
              "von Kompetenz – Berufliches und Soziales Kompetenzzentrum Südsteiermark GmbH",
              ("behinderung", "beratung"), ("menschen-mit-behinderung",),
              extra="Mit dabei ist Lena Petritsch als Peer-to-Peer-Ansprechperson, gemeinsam mit "
              "Kompetenz und ÖZIV Leibnitz. ",
              contacts=(KONRAD, PETRITSCH)),
    thementag("thementag-oeziv", "oeziv-leibnitz", 3,
              "Menschen mit Behinderung / Beeinträchtigung", "ÖZIV Leibnitz", "des ÖZIV Leibnitz",
              ("behinderung", "beratung"), ("menschen-mit-behinderung",),
              extra="Mit dabei ist Lena Petritsch als Peer-to-Peer-Ansprechperson, gemeinsam mit "
              "Kompetenz und ÖZIV Leibnitz. ",
              contacts=(KONRAD, PETRITSCH)),
    thementag("thementag-zebra", "zebra", 4, "Geflüchtete und Migrant*innen", "ZEBRA",
              "von ZEBRA – Interkulturelles Beratungs- und Therapiezentrum",
              ("migration", "beratung"), ("gefluechtete-migranten",)),
    thementag("thementag-freiraum", "freiraum", 5, "Frauen und Mädchen",
              "Verein Freiraum", "des Vereins Freiraum – Frauenberatung Leibnitz",
              ("frauen", "beratung"), ("frauen-maedchen",)),
    Offer(
        slug="telefonseelsorge",
        name="Telefonseelsorge",
        org="telefonseelsorge",
        description=(
            "Die Telefonseelsorge ist rund um die Uhr unter der Nummer 142 erreichbar – ohne "
            "Vorwahl, kostenlos und anonym. Sie können über alles sprechen, was Sie belastet: "
            "Sorgen, Einsamkeit, Streit, Trauer oder Gedanken, nicht mehr leben zu wollen. "
            "Jemand hört Ihnen zu und überlegt mit Ihnen, was jetzt helfen kann."
        ),
        categories=("notfall", "psychische-gesundheit"),
        groups=("alle",),
        places=(),
        slots=(only_text("Rund um die Uhr erreichbar, auch an Wochenenden und Feiertagen."),),
        eligibility="Für alle Menschen in Krisen und schwierigen Lebenslagen.",
        application="Wählen Sie 142 – ohne Vorwahl, von jedem Telefon.",
        fees="Kostenlos.",
        costs=(Cost("Anruf", 0, "kostenlos"),),
        phones=(("142", "Telefonseelsorge, ohne Vorwahl"),),
    ),
    Offer(
        slug="frauenhelpline",
        name="Frauenhelpline gegen Gewalt",
        alternate_name="Frauenhelpline",
        org="frauenhelpline",
        description=(
            "Die Frauenhelpline gegen Gewalt ist rund um die Uhr unter 0800 222 555 erreichbar – "
            "kostenlos und anonym. Sie ist für Frauen und Mädchen da, die Gewalt erleben oder "
            "erlebt haben, und auch für Angehörige und Menschen aus ihrem Umfeld. Sie müssen "
            "Ihren Namen nicht nennen."
        ),
        categories=("notfall", "frauen"),
        groups=("frauen-maedchen",),
        places=(),
        slots=(only_text("Rund um die Uhr erreichbar, auch an Wochenenden und Feiertagen."),),
        eligibility="Für Frauen und Mädchen, die von Gewalt betroffen sind, und ihr Umfeld.",
        application="Rufen Sie 0800 222 555 an.",
        fees="Kostenlos.",
        costs=(Cost("Anruf", 0, "kostenlos"),),
        phones=(("0800 222 555", "Frauenhelpline gegen Gewalt"),),
    ),
    Offer(
        slug="rat-auf-draht",
        name="Rat auf Draht",
        org="rat-auf-draht",
        description=(
            "Rat auf Draht ist die Notrufnummer für Kinder, Jugendliche und ihre "
            "Bezugspersonen. Unter 147 erreichst du rund um die Uhr jemanden – ohne Vorwahl, "
            "kostenlos und anonym. Du kannst über alles reden: Stress in der Familie oder "
            "Schule, Liebe, Streit, Gewalt oder wenn es dir nicht gut geht."
        ),
        categories=("notfall", "familie"),
        groups=("kinder-jugendliche",),
        places=(),
        slots=(only_text("Rund um die Uhr erreichbar, auch an Wochenenden und Feiertagen."),),
        eligibility="Für Kinder, Jugendliche und ihre Bezugspersonen.",
        application="Wähle 147 – ohne Vorwahl, von jedem Telefon.",
        fees="Kostenlos.",
        costs=(Cost("Anruf", 0, "kostenlos"),),
        phones=(("147", "Rat auf Draht, ohne Vorwahl"),),
    ),
)

# --------------------------------------------------------------------------------------------
# Fictitious organizations, places and offers ("Beispiel-"; example.org; +43 3452 00 0xx)
# --------------------------------------------------------------------------------------------

DEMO_ORGS: tuple[Org, ...] = (
    Org("sozialverein", "Beispiel-Sozialverein Südsteiermark",
        "Fiktiver Verein für Sozialberatung, Schulden- und Wohnungsfragen im Bezirk Leibnitz "
        "(Demo-Daten)."),
    Org("wohnungslosenhilfe", "Beispiel-Wohnungslosenhilfe Südsteiermark",
        "Fiktive Einrichtung für Menschen ohne Wohnung oder in Wohnungsnot (Demo-Daten)."),
    Org("sozialmarkt", "Beispiel-Sozialmarkt-Verein Leibnitz",
        "Fiktiver Verein, der einen Sozialmarkt und eine Kleiderkammer betreibt (Demo-Daten)."),
    Org("gesundheitsverein", "Beispiel-Gesundheitsverein Leibnitz",
        "Fiktiver Verein für körperliche und seelische Gesundheit (Demo-Daten)."),
    Org("pflegeverbund", "Beispiel-Pflegeverbund Bezirk Leibnitz",
        "Fiktiver Verbund für Pflege und Betreuung älterer Menschen (Demo-Daten)."),
    Org("familienzentrum", "Beispiel-Familienzentrum Leibnitz",
        "Fiktives Zentrum für Eltern, Kinder und Familien (Demo-Daten)."),
    Org("jugendverein", "Beispiel-Jugendverein Südsteiermark",
        "Fiktiver Verein für offene Jugendarbeit (Demo-Daten)."),
    Org("bildungswerk", "Beispiel-Bildungswerk Südsteiermark",
        "Fiktive Erwachsenenbildung: Deutschkurse, Basisbildung und Kurse für alle "
        "(Demo-Daten)."),
    Org("arbeitsinitiative", "Beispiel-Arbeitsinitiative Leibnitz",
        "Fiktive Einrichtung für Arbeitssuche, Beschäftigung und Berufsorientierung "
        "(Demo-Daten)."),
    Org("inklusionsverein", "Beispiel-Inklusionsverein Leibnitz",
        "Fiktiver Verein von und für Menschen mit Behinderung (Demo-Daten)."),
    Org("integrationsverein", "Beispiel-Integrationsverein Leibnitz",
        "Fiktiver Verein für Beratung und Begegnung von Zugewanderten und Einheimischen "
        "(Demo-Daten)."),
    Org("frauenzentrum", "Beispiel-Frauen- und Mädchenzentrum Südsteiermark",
        "Fiktives Zentrum für Frauen und Mädchen (Demo-Daten)."),
    Org("kulturverein", "Beispiel-Kulturverein Leibnitz",
        "Fiktiver Kulturverein mit Bücherei, Chor und Theater (Demo-Daten)."),
    Org("sportverein", "Beispiel-Sport- und Freizeitverein Wagna",
        "Fiktiver Verein für Bewegung und Freizeit in jedem Alter (Demo-Daten)."),
    Org("freiwilligenboerse", "Beispiel-Freiwilligenzentrum Bezirk Leibnitz",
        "Fiktive Anlaufstelle für Ehrenamt und Nachbarschaftshilfe (Demo-Daten)."),
    Org("krisendienst", "Beispiel-Krisendienst Südsteiermark",
        "Fiktiver psychosozialer Krisendienst (Demo-Daten)."),
)

DEMO_PLACES: tuple[Place, ...] = (
    Place("sozialzentrum", "Beispiel-Sozialzentrum Leibnitz", "Beispielgasse 5", "8430",
          "Leibnitz", "Stufenloser Zugang, Lift, barrierefreies WC",
          transportation="5 Gehminuten vom Bahnhof Leibnitz"),
    Place("gesundheitszentrum", "Beispiel-Gesundheitszentrum Wagna", "Beispielplatz 1", "8435",
          "Wagna", "Stufenloser Zugang, barrierefreies WC, Behindertenparkplatz vor dem Haus",
          details="Induktionsschleife im Gruppenraum"),
    Place("familienzentrum", "Beispiel-Familienzentrum", "Beispielweg 12", "8430", "Leibnitz",
          "Stufenloser Zugang, Wickelraum, Abstellplatz für Kinderwagen"),
    Place("jugendzentrum", "Beispiel-Jugendzentrum", "Beispielstraße 8", "8430", "Leibnitz",
          "Eingang über drei Stufen, Rampe auf Anfrage"),
    Place("bildungshaus", "Beispiel-Bildungshaus Kaindorf", "Beispielallee 3", "8430",
          "Kaindorf an der Sulm",
          "Kursräume im Erdgeschoß stufenlos erreichbar, barrierefreies WC"),
    Place("arbeitsinitiative", "Beispiel-Arbeitsinitiative Gralla", "Beispielring 14", "8431",
          "Gralla", "Stufenloser Zugang, Werkstatt ebenerdig"),
    Place("tageszentrum", "Beispiel-Tageszentrum Lebring", "Beispielgasse 21", "8403",
          "Lebring", "Stufenloser Zugang, barrierefreies WC, Ruheraum"),
    Place("pflegestuetzpunkt", "Beispiel-Pflegestützpunkt Heiligenkreuz", "Beispielplatz 4",
          "8081", "Heiligenkreuz am Waasen", "Stufenloser Zugang über den Hof"),
    Place("notschlafstelle", "Beispiel-Notschlafstelle", "Beispielgasse 40", "8430", "Leibnitz",
          "Ebenerdig, ein barrierefreies Zimmer"),
    Place("begegnungshaus", "Beispiel-Begegnungshaus Wagna", "Beispielstraße 27", "8435",
          "Wagna", "Stufenloser Zugang, WC im 1. Stock ohne Lift"),
    Place("frauenzentrum", "Beispiel-Frauenzentrum", "Beispielweg 7", "8430", "Leibnitz",
          "Lift vorhanden, barrierefreies WC; diskreter Eingang im Hof"),
    Place("kulturhaus", "Beispiel-Kulturhaus Leibnitz", "Beispielplatz 2", "8430", "Leibnitz",
          "Stufenloser Zugang, Rollstuhlplätze im Saal, Induktionsschleife"),
    Place("sporthalle", "Beispiel-Sporthalle Wagna", "Beispielweg 30", "8435", "Wagna",
          "Stufenloser Zugang, barrierefreie Umkleide"),
    Place("gemeinschaftsraum-wildon", "Beispiel-Gemeinschaftsraum Wildon", "Beispielgasse 2",
          "8410", "Wildon", "Ebenerdiger Zugang"),
    Place("dorfzentrum-gamlitz", "Beispiel-Dorfzentrum Gamlitz", "Beispielstraße 1", "8462",
          "Gamlitz", "Stufenloser Zugang, barrierefreies WC"),
    Place("jugendtreff-strass", "Beispiel-Jugendtreff Straß", "Beispielweg 3", "8472",
          "Straß in Steiermark", "Eingang mit zwei Stufen"),
    Place("werkstatt-tillmitsch", "Beispiel-Werkstatt Tillmitsch", "Beispielgasse 9", "8430",
          "Tillmitsch", "Stufenloser Zugang"),
    Place("sozialmarkt", "Beispiel-Sozialmarkt", "Beispielstraße 55", "8430", "Leibnitz",
          "Stufenloser Zugang, breite Gänge"),
    Place("krisendienst", "Beispiel-Krisendienst", "Beispielgasse 11", "8430", "Leibnitz",
          "Lift vorhanden, barrierefreies WC"),
    Place("pfarrheim-gleinstaetten", "Beispiel-Treffpunkt Gleinstätten", "Beispielplatz 8",
          "8443", "Gleinstätten", "Stufenloser Zugang"),
    Place("ehrenhausen", "Beispiel-Bürgerhaus Ehrenhausen", "Beispielplatz 6", "8461",
          "Ehrenhausen an der Weinstraße", "Lift vorhanden"),
)

DEMO_OFFERS: tuple[Offer, ...] = (
    # ---- Beratung, Geld, Wohnen -------------------------------------------------------------
    beispiel(
        "schuldnerberatung", "sozialverein", 11,
        name="Beispiel-Schuldnerberatung Südsteiermark",
        description="Wenn Rechnungen, Mahnungen oder Kredite über den Kopf wachsen, hilft die "
        "Schuldnerberatung. Gemeinsam verschaffen wir uns einen Überblick über Ihre Schulden, "
        "sprechen mit Gläubigern und prüfen, ob ein Schuldenregulierungsverfahren (Privatkonkurs) "
        "für Sie passt. Die Beratung ist vertraulich.",
        categories=("geld", "beratung"), groups=("alle",), places=("sozialzentrum",),
        slots=(weekly("MO,WE", "09:00", "12:00"), weekly("TH", "14:00", "17:00")),
        eligibility="Für Menschen mit Schulden und ihre Angehörigen im Bezirk Leibnitz.",
        application="Rufen Sie an und vereinbaren Sie einen Termin. Bringen Sie Mahnungen, "
        "Verträge und Einkommensnachweise mit.",
        fees="Kostenlos.", costs=FREE, languages=("de", "hr", "tr"),
        wait_time="Erstgespräch meist innerhalb von zwei Wochen",
        contacts=(Person("muster", "Anna Muster", "Schuldnerberaterin"),),
    ),
    beispiel(
        "sozialberatung", "sozialverein", 12,
        name="Beispiel-Sozialberatung Leibnitz",
        description="Sie wissen nicht, welche Unterstützung Ihnen zusteht? In der Sozialberatung "
        "klären wir Fragen zu Sozialunterstützung, Familienbeihilfe, Pension oder Pflegegeld. "
        "Wir helfen beim Ausfüllen von Anträgen und begleiten bei Bedarf zu Ämtern.",
        categories=("beratung", "geld"), groups=("alle", "zugezogene"),
        places=("sozialzentrum",),
        slots=(weekly("TU,FR", "08:30", "12:00", "ohne Termin"),),
        eligibility="Für alle, die im Bezirk Leibnitz wohnen.",
        application="Kommen Sie ohne Termin während der Sprechstunde oder rufen Sie an.",
        fees="Kostenlos.", costs=FREE, languages=("de", "en", "hr"),
    ),
    beispiel(
        "delogierungspraevention", "sozialverein", 13,
        name="Beispiel-Delogierungsprävention",
        description="Droht Ihnen der Verlust der Wohnung, weil die Miete nicht bezahlt werden "
        "konnte? Melden Sie sich so früh wie möglich. Wir verhandeln mit Vermieter*innen, "
        "suchen nach Zuschüssen und vereinbaren Ratenzahlungen, damit Sie in Ihrer Wohnung "
        "bleiben können.",
        categories=("wohnen", "geld", "notfall"), groups=("familien", "alle"),
        places=("sozialzentrum",),
        slots=(only_text("Termine nach telefonischer Vereinbarung, in dringenden Fällen auch "
                         "am selben Tag."),),
        eligibility="Für Mieter*innen mit Mietrückständen, Kündigung oder Räumungsklage.",
        application="Rufen Sie an. Bringen Sie Mietvertrag, Mahnungen und Schreiben vom Gericht "
        "mit.",
        fees="Kostenlos.", costs=FREE, languages=("de", "en"),
    ),
    beispiel(
        "wohnberatung", "sozialverein", 14,
        name="Beispiel-Wohnberatung Bezirk Leibnitz",
        description="Sie suchen eine leistbare Wohnung oder haben Fragen zu Ihrem Mietvertrag? "
        "Die Wohnberatung erklärt, wie Sie sich für eine Gemeindewohnung vormerken, welche "
        "Wohnunterstützung es gibt und worauf Sie bei Kaution und Betriebskosten achten sollten.",
        categories=("wohnen", "beratung"), groups=("zugezogene", "familien", "alle"),
        places=("sozialzentrum",),
        slots=(weekly("WE", "13:00", "16:00"),),
        eligibility="Für alle, die im Bezirk Leibnitz wohnen oder hierher ziehen wollen.",
        application="Vereinbaren Sie telefonisch oder per E-Mail einen Termin.",
        fees="Kostenlos.", costs=FREE, languages=("de", "en", "ar"),
    ),
    beispiel(
        "antragshilfe-zuschuesse", "sozialverein", 15,
        name="Beispiel-Antragshilfe Heizkostenzuschuss",
        description="Im Winter helfen wir beim Antrag auf Heizkostenzuschuss und andere "
        "Zuschüsse. Bringen Sie Ihre Einkommensnachweise mit, wir füllen den Antrag gemeinsam "
        "aus und schicken ihn ab.",
        categories=("geld",), groups=("senioren", "familien"),
        places=("sozialzentrum", "gemeinschaftsraum-wildon"),
        slots=(weekly("TH", "09:00", "12:00", valid_from="2026-10-01", valid_to="2027-03-31"),),
        eligibility="Für Haushalte mit geringem Einkommen, Pensionist*innen und Familien.",
        application="Kommen Sie ohne Termin. Mitbringen: Ausweis, Einkommensnachweise aller "
        "Personen im Haushalt, Kontonummer.",
        fees="Kostenlos.", costs=FREE,
    ),
    beispiel(
        "notschlafstelle", "wohnungslosenhilfe", 16,
        name="Beispiel-Notschlafstelle Leibnitz",
        description="Wer keinen Platz zum Schlafen hat, findet hier ein Bett, eine Dusche und "
        "ein warmes Getränk. Die Notschlafstelle ist anonym und ohne Voranmeldung. Am Morgen "
        "besprechen Sozialarbeiter*innen mit Ihnen, wie es weitergehen kann.",
        categories=("wohnen", "notfall"), groups=("alle",), places=("notschlafstelle",),
        slots=(weekly("MO,TU,WE,TH,FR,SA,SU", "19:00", "22:00",
                      "Aufnahme; Übernachtung bis 8:00 Uhr"),),
        eligibility="Für Erwachsene ohne Unterkunft. Haustiere nach Absprache.",
        application="Kommen Sie während der Aufnahmezeit vorbei.",
        fees="Kostenlos.", costs=(Cost("Übernachtung", 0, "kostenlos"),),
        languages=("de", "en", "ro", "hu"),
    ),
    beispiel(
        "waermestube", "wohnungslosenhilfe", 17,
        name="Beispiel-Wärmestube",
        description="In der kalten Jahreszeit ist die Wärmestube ein warmer Aufenthaltsort mit "
        "Tee, Suppe und Zeitungen. Hier können Sie Wäsche waschen, sich ausruhen und mit "
        "Sozialarbeiter*innen sprechen.",
        categories=("wohnen", "geld"), groups=("alle",), places=("notschlafstelle",),
        slots=(weekly("MO,TU,WE,TH,FR", "10:00", "15:00", valid_from="2026-11-02",
                      valid_to="2027-03-31"),),
        eligibility="Für alle, die einen warmen Platz brauchen.",
        application="Einfach vorbeikommen, keine Anmeldung nötig.",
        fees="Kostenlos, Suppe gegen freiwillige Spende.",
        costs=(Cost("Aufenthalt", 0, "kostenlos"),
               Cost("Suppe", None, "freiwillige Spende")),
    ),
    beispiel(
        "startwohnungen", "wohnungslosenhilfe", 18,
        name="Beispiel-Startwohnungen für junge Erwachsene",
        description="Junge Erwachsene, die nicht mehr bei ihrer Familie wohnen können, bekommen "
        "eine kleine Wohnung für bis zu zwei Jahre. Eine Betreuerin hilft beim Haushalten, "
        "bei Behördenwegen und bei der Suche nach einer eigenen Wohnung.",
        categories=("wohnen", "familie"), groups=("kinder-jugendliche",),
        places=("sozialzentrum",),
        slots=(only_text("Aufnahmegespräche nach Vereinbarung."),),
        eligibility="Für junge Menschen von 18 bis 25 Jahren aus dem Bezirk Leibnitz.",
        application="Melden Sie sich telefonisch für ein Aufnahmegespräch. Eine Zuweisung durch "
        "die Kinder- und Jugendhilfe ist möglich, aber nicht nötig.",
        fees="Miete nach Einkommen gestaffelt.",
        costs=(Cost("Miete", None, "nach Einkommen gestaffelt"),),
        min_age=18, max_age=25, wait_time="Derzeit Warteliste von ca. 3 Monaten",
    ),
    beispiel(
        "sozialmarkt", "sozialmarkt", 19,
        name="Beispiel-Sozialmarkt Leibnitz",
        description="Im Sozialmarkt kaufen Menschen mit wenig Geld Lebensmittel und "
        "Drogeriewaren stark vergünstigt ein. Die Waren sind gespendet und einwandfrei. Für den "
        "Einkauf brauchen Sie einen Einkaufspass.",
        categories=("geld",), groups=("alle", "familien"), places=("sozialmarkt",),
        slots=(weekly("TU,TH", "09:00", "12:00"), weekly("FR", "14:00", "17:00")),
        eligibility="Für Haushalte mit geringem Einkommen (Einkommensgrenze auf Anfrage).",
        application="Den Einkaufspass bekommen Sie im Markt gegen Vorlage von Ausweis und "
        "Einkommensnachweis.",
        fees="Einkaufspass kostenlos; Waren etwa ein Drittel des üblichen Preises.",
        costs=(Cost("Einkaufspass", 0, "kostenlos"),
               Cost("Waren", None, "etwa ein Drittel des Ladenpreises")),
        languages=("de", "hr", "ar"),
    ),
    beispiel(
        "kleiderkammer", "sozialmarkt", 20,
        name="Beispiel-Kleiderkammer Wagna",
        description="In der Kleiderkammer gibt es gut erhaltene Kleidung, Schuhe und "
        "Babysachen für wenig Geld. Ehrenamtliche sortieren die Spenden. Sie können auch selbst "
        "saubere Kleidung vorbeibringen.",
        categories=("geld", "ehrenamt"), groups=("familien", "gefluechtete-migranten"),
        places=("begegnungshaus",),
        slots=(monthly("1SA,3SA", "09:00", "12:00"),),
        eligibility="Für alle, die Kleidung brauchen.",
        application="Einfach vorbeikommen.",
        fees="Kleidungsstück 1 €, Kinderkleidung 50 Cent.",
        costs=(Cost("Kleidungsstück", 1, "1 € pro Stück"),
               Cost("Kinderkleidung", 0.5, "50 Cent pro Stück")),
    ),
    # ---- Gesundheit, psychische Gesundheit -------------------------------------------------
    beispiel(
        "psychosoziale-beratung", "gesundheitsverein", 21,
        name="Beispiel-Psychosoziale Beratungsstelle Leibnitz",
        description="Wenn Sie sich seit längerem niedergeschlagen, ängstlich oder überfordert "
        "fühlen, können Sie hier mit Psycholog*innen und Sozialarbeiter*innen sprechen. Wir "
        "beraten Betroffene und Angehörige und vermitteln bei Bedarf zu Ärzt*innen oder "
        "Therapie.",
        categories=("psychische-gesundheit", "beratung"), groups=("alle",),
        places=("gesundheitszentrum",),
        slots=(weekly("MO,TU,TH", "08:00", "12:00"), weekly("WE", "13:00", "18:00")),
        eligibility="Für Menschen ab 18 Jahren mit seelischen Belastungen und ihre Angehörigen.",
        application="Rufen Sie an oder kommen Sie vorbei; Erstgespräche auch ohne Termin.",
        fees="Kostenlos.", costs=FREE, languages=("de", "en", "fa"),
        min_age=18, interpretation="Dolmetsch für Farsi/Dari nach Vereinbarung",
    ),
    beispiel(
        "selbsthilfe-depression", "gesundheitsverein", 22,
        name="Beispiel-Selbsthilfegruppe Depression und Angst",
        description="In der Gruppe treffen sich Menschen, die Depressionen oder Ängste kennen. "
        "Sie tauschen Erfahrungen aus und geben einander Halt. Eine geschulte Person begleitet "
        "das Treffen.",
        categories=("psychische-gesundheit",), groups=("alle",), places=("gesundheitszentrum",),
        slots=(monthly("2TU,4TU", "18:00", "19:30"),),
        eligibility="Für Betroffene ab 18 Jahren.",
        application="Bitte melden Sie sich vor dem ersten Besuch telefonisch an.",
        fees="Kostenlos.", costs=FREE, min_age=18,
    ),
    beispiel(
        "psychotherapie-vermittlung", "gesundheitsverein", 23,
        name="Beispiel-Psychotherapie zum Sozialtarif",
        description="Wir vermitteln Psychotherapie für Kinder, Jugendliche und Erwachsene, die "
        "sich eine Therapie sonst nicht leisten können. Der Beitrag richtet sich nach dem "
        "Einkommen. Nach einem Erstgespräch suchen wir eine passende Therapeutin oder einen "
        "passenden Therapeuten in Ihrer Nähe.",
        categories=("psychische-gesundheit", "gesundheit"), groups=("alle", "kinder-jugendliche"),
        places=("gesundheitszentrum",),
        slots=(weekly("TU", "14:00", "17:00", "telefonische Anmeldung"),),
        eligibility="Für Menschen mit geringem Einkommen und ihre Kinder.",
        application="Melden Sie sich telefonisch an. Bringen Sie zum Erstgespräch Ihre "
        "e-card und einen Einkommensnachweis mit.",
        fees="Selbstbehalt nach Einkommen gestaffelt, 10 € bis 40 € pro Stunde.",
        costs=(Cost("Therapiestunde", None, "nach Einkommen gestaffelt, 10 € bis 40 €"),),
        languages=("de", "en", "hr"), wait_time="Derzeit ca. 6 bis 8 Wochen",
    ),
    beispiel(
        "gesundheitstreff", "gesundheitsverein", 24,
        name="Beispiel-Gesundheitstreff: Blutdruck und Blutzucker",
        description="Einmal im Monat messen Pflegefachkräfte kostenlos Blutdruck und "
        "Blutzucker. Sie bekommen Tipps zu Ernährung und Bewegung und erfahren, wann ein "
        "Arztbesuch sinnvoll ist.",
        categories=("gesundheit",), groups=("senioren", "alle"),
        places=("gesundheitszentrum", "dorfzentrum-gamlitz"),
        slots=(monthly("1WE", "09:00", "11:00"),),
        eligibility="Für alle Erwachsenen.",
        application="Ohne Anmeldung. Bitte nüchtern kommen, wenn Sie den Blutzucker messen "
        "lassen möchten.",
        fees="Kostenlos.", costs=FREE,
    ),
    beispiel(
        "eltern-baby-beratung", "gesundheitsverein", 25,
        name="Beispiel-Eltern-Baby-Beratung",
        description="Hebammen und Kinderkrankenpflegerinnen beantworten Fragen zu Stillen, "
        "Ernährung, Schlaf und Entwicklung Ihres Babys. Ihr Kind wird gewogen und gemessen. "
        "Sie treffen dabei auch andere Eltern.",
        categories=("gesundheit", "familie"), groups=("familien",),
        places=("familienzentrum", "gesundheitszentrum"),
        slots=(),
        place_slots=(
            ("familienzentrum", (monthly("2TU", "14:00", "16:00"),)),
            ("gesundheitszentrum", (monthly("4TU", "14:00", "16:00"),)),
        ),
        eligibility="Für Eltern mit Babys und Kleinkindern bis 3 Jahre.",
        application="Ohne Anmeldung. Bringen Sie den Eltern-Kind-Pass (früher "
        "Mutter-Kind-Pass) mit.",
        fees="Kostenlos.", costs=FREE, languages=("de", "en", "ar", "tr"), max_age=3,
    ),
    beispiel(
        "suchtberatung", "gesundheitsverein", 26,
        name="Beispiel-Suchtberatung Südsteiermark",
        description="Die Suchtberatung ist für Menschen da, die Probleme mit Alkohol, "
        "Medikamenten, Drogen, Glücksspiel oder dem Handy haben, und für ihre Angehörigen. Die "
        "Beratung ist vertraulich und auf Wunsch anonym.",
        categories=("gesundheit", "beratung"), groups=("alle", "kinder-jugendliche"),
        places=("gesundheitszentrum",),
        slots=(weekly("MO", "13:00", "18:00"), weekly("WE,FR", "08:00", "12:00")),
        eligibility="Für Jugendliche ab 14 Jahren, Erwachsene und Angehörige.",
        application="Vereinbaren Sie telefonisch oder per E-Mail einen Termin.",
        fees="Kostenlos.", costs=FREE, languages=("de", "en", "sl"), min_age=14,
    ),
    beispiel(
        "trauercafe", "gesundheitsverein", 27,
        name="Beispiel-Trauercafé",
        description="Wer einen nahestehenden Menschen verloren hat, findet im Trauercafé Zeit "
        "und Raum für Gespräche. Ehrenamtliche Trauerbegleiter*innen hören zu. Sie können "
        "einfach kommen, reden oder nur zuhören.",
        categories=("psychische-gesundheit", "ehrenamt"), groups=("alle", "senioren"),
        places=("pfarrheim-gleinstaetten",),
        slots=(monthly("3MO", "15:00", "17:00"),),
        eligibility="Für trauernde Menschen jeden Alters.",
        application="Ohne Anmeldung.",
        fees="Kostenlos.", costs=FREE,
    ),
    # ---- Pflege & Senior*innen --------------------------------------------------------------
    beispiel(
        "hauskrankenpflege", "pflegeverbund", 28,
        name="Beispiel-Hauskrankenpflege Bezirk Leibnitz",
        description="Diplomierte Pflegekräfte kommen zu Ihnen nach Hause: zum Verbandwechsel, "
        "zur Körperpflege oder für Medikamente. So können Menschen nach einem Spitalsaufenthalt "
        "oder bei Pflegebedarf länger zu Hause leben. Wir beraten auch Angehörige.",
        categories=("pflege", "gesundheit"), groups=("senioren", "menschen-mit-behinderung"),
        places=("pflegestuetzpunkt",),
        slots=(weekly("MO,TU,WE,TH,FR", "07:30", "12:00", "Büro"),),
        eligibility="Für Menschen mit Pflegebedarf im Bezirk Leibnitz.",
        application="Rufen Sie im Büro an; wir kommen zu einem kostenlosen Erstbesuch.",
        fees="Stundensatz nach Einkommen und Pflegegeldstufe gestaffelt.",
        costs=(Cost("Erstbesuch", 0, "kostenlos"),
               Cost("Pflegestunde", None, "nach Einkommen und Pflegegeldstufe gestaffelt")),
        languages=("de", "hr", "sl"),
    ),
    beispiel(
        "tageszentrum", "pflegeverbund", 29,
        name="Beispiel-Tageszentrum für Senior*innen Lebring",
        description="Im Tageszentrum verbringen ältere Menschen den Tag in Gesellschaft: mit "
        "Mittagessen, Gedächtnistraining, Bewegung und Ausflügen. Angehörige werden dadurch "
        "entlastet. Ein Fahrtendienst holt Sie auf Wunsch von zu Hause ab.",
        categories=("pflege", "freizeit"), groups=("senioren",), places=("tageszentrum",),
        slots=(weekly("MO,TU,WE,TH,FR", "08:00", "16:00"),),
        eligibility="Für Senior*innen, die tagsüber Betreuung brauchen.",
        application="Vereinbaren Sie einen kostenlosen Schnuppertag.",
        fees="Tagsatz nach Einkommen gestaffelt, ab 20 € inklusive Mittagessen.",
        costs=(Cost("Schnuppertag", 0, "kostenlos"),
               Cost("Tagsatz", 20, "ab 20 € pro Tag, nach Einkommen gestaffelt")),
        alert="Zwischen Weihnachten und Neujahr geschlossen.",
    ),
    beispiel(
        "angehoerigen-cafe", "pflegeverbund", 30,
        name="Beispiel-Angehörigen-Café Pflege",
        description="Wer einen Menschen zu Hause pflegt, braucht auch selbst Unterstützung. Im "
        "Angehörigen-Café tauschen Sie sich mit anderen aus und bekommen Infos zu Pflegegeld, "
        "Entlastung und Kurzzeitpflege. Eine Pflegeberaterin ist dabei.",
        categories=("pflege", "beratung"), groups=("senioren", "familien"),
        places=("tageszentrum",),
        slots=(monthly("3WE", "15:00", "17:00"),),
        eligibility="Für pflegende Angehörige.",
        application="Ohne Anmeldung. Die pflegebedürftige Person kann während des Treffens im "
        "Tageszentrum betreut werden (bitte vorher anrufen).",
        fees="Kostenlos.", costs=FREE,
    ),
    beispiel(
        "essen-auf-raedern", "pflegeverbund", 31,
        name="Beispiel-Essen auf Rädern",
        description="Ein warmes Mittagessen wird täglich zu Ihnen nach Hause gebracht, auch am "
        "Wochenende. Sie wählen aus zwei Menüs, auch Diät- und vegetarische Kost ist möglich.",
        categories=("pflege",), groups=("senioren", "menschen-mit-behinderung"),
        places=("tageszentrum",),
        slots=(weekly("MO,TU,WE,TH,FR", "08:00", "10:00", "telefonische Bestellung"),
               only_text("Zustellung täglich zwischen 11:00 und 13:00 Uhr.")),
        eligibility="Für Menschen, die sich nicht mehr selbst versorgen können.",
        application="Bestellen Sie telefonisch bis 10:00 Uhr am Vortag.",
        fees="7,50 € pro Menü inklusive Zustellung.",
        costs=(Cost("Menü", 7.5, "7,50 € pro Menü inklusive Zustellung"),),
    ),
    beispiel(
        "pflegeberatung-heiligenkreuz", "pflegeverbund", 32,
        name="Beispiel-Pflegeberatung Heiligenkreuz am Waasen",
        description="Die Pflegeberatung erklärt, welche Hilfe es gibt, wenn ein Mensch "
        "pflegebedürftig wird: mobile Dienste, 24-Stunden-Betreuung, Pflegeheim oder "
        "Pflegegeld. Auf Wunsch kommen wir zu Ihnen nach Hause.",
        categories=("pflege", "beratung"), groups=("senioren", "familien"),
        places=("pflegestuetzpunkt",),
        slots=(weekly("WE", "09:00", "12:00"),
               only_text("Hausbesuche nach Vereinbarung.")),
        eligibility="Für pflegebedürftige Menschen und ihre Angehörigen.",
        application="Rufen Sie an oder kommen Sie in die Sprechstunde.",
        fees="Kostenlos.", costs=FREE,
    ),
    beispiel(
        "demenz-treff", "pflegeverbund", 33,
        name="Beispiel-Demenz-Treff Gamlitz",
        description="Menschen mit Demenz und ihre Angehörigen verbringen einen Nachmittag "
        "gemeinsam: mit Singen, Erzählen, Kaffee und Kuchen. Fachkräfte sind dabei und "
        "beantworten Fragen.",
        categories=("pflege", "freizeit"), groups=("senioren", "familien"),
        places=("dorfzentrum-gamlitz",),
        slots=(monthly("1FR", "14:30", "16:30"),),
        eligibility="Für Menschen mit Demenz und ihre Begleitpersonen.",
        application="Bitte melden Sie sich einmal vorher an.",
        fees="3 € pro Nachmittag inklusive Jause.",
        costs=(Cost("Nachmittag", 3, "3 € pro Person inklusive Jause"),),
    ),
    beispiel(
        "bewegung-60plus", "sportverein", 34,
        name="Beispiel-Bewegungsgruppe 60+",
        description="Sanfte Gymnastik für Kraft, Gleichgewicht und Beweglichkeit. Die Übungen "
        "sind auch im Sitzen möglich. Bewegung in der Gruppe macht Spaß und beugt Stürzen vor.",
        categories=("freizeit", "gesundheit"), groups=("senioren",), places=("sporthalle",),
        slots=(weekly("TU", "09:00", "10:00"), weekly("TH", "17:00", "18:00")),
        eligibility="Für Senior*innen, auch ohne Vorerfahrung.",
        application="Kommen Sie zu einer kostenlosen Schnupperstunde.",
        fees="Schnupperstunde kostenlos, danach 30 € pro Semester.",
        costs=(Cost("Schnupperstunde", 0, "kostenlos"),
               Cost("Semesterbeitrag", 30, "30 € pro Semester")),
    ),
    # ---- Kinder, Jugend & Familie ----------------------------------------------------------
    beispiel(
        "eltern-kind-treff", "familienzentrum", 35,
        name="Beispiel-Eltern-Kind-Treff Leibnitz",
        description="Ein offener Treffpunkt für Eltern mit Kindern bis 3 Jahre. Die Kinder "
        "spielen, die Erwachsenen kommen bei Kaffee ins Gespräch. Neu Zugezogene finden hier "
        "schnell Anschluss.",
        categories=("familie", "freizeit"), groups=("familien", "zugezogene"),
        places=("familienzentrum",),
        slots=(weekly("MO,WE", "09:00", "11:30"),),
        eligibility="Für Mütter, Väter und andere Bezugspersonen mit Kleinkindern.",
        application="Ohne Anmeldung.",
        fees="Freiwilliger Beitrag.",
        costs=(Cost("Besuch", None, "freiwilliger Beitrag"),),
        languages=("de", "en", "tr", "ar"), max_age=3,
    ),
    beispiel(
        "familienberatung", "familienzentrum", 36,
        name="Beispiel-Familienberatung Leibnitz",
        description="Bei Streit in der Familie, Fragen zur Erziehung, Trennung oder Scheidung "
        "beraten Sie Psycholog*innen und Jurist*innen. Die Beratung ist vertraulich und auf "
        "Wunsch anonym. Kinder und Jugendliche können auch allein kommen.",
        categories=("familie", "beratung"), groups=("familien", "kinder-jugendliche"),
        places=("familienzentrum",),
        slots=(weekly("TU", "14:00", "18:00"), weekly("FR", "08:00", "12:00")),
        eligibility="Für Eltern, Paare, Kinder und Jugendliche.",
        application="Vereinbaren Sie telefonisch einen Termin.",
        fees="Kostenlos.", costs=FREE, languages=("de", "en", "hr"),
        contacts=(Person("mustermann", "Max Mustermann", "Familienberater"),),
    ),
    beispiel(
        "spielgruppe", "familienzentrum", 37,
        name="Beispiel-Spielgruppe Kaindorf",
        description="Kleine Kinder spielen in einer festen Gruppe und gewöhnen sich langsam an "
        "andere Kinder und Betreuerinnen. Das ist eine gute Vorbereitung auf den Kindergarten.",
        categories=("familie", "bildung"), groups=("kinder-jugendliche", "familien"),
        places=("bildungshaus",),
        slots=(weekly("TU,TH", "08:30", "11:30", valid_from="2026-09-14",
                      valid_to="2027-07-09"),),
        eligibility="Für Kinder von 2 bis 4 Jahren.",
        application="Anmeldung per E-Mail oder Telefon; Einstieg jederzeit, solange Plätze frei "
        "sind.",
        fees="45 € pro Monat, Ermäßigung auf Anfrage.",
        costs=(Cost("Monatsbeitrag", 45, "45 € pro Monat"),),
        min_age=2, max_age=4,
    ),
    beispiel(
        "jugendzentrum", "jugendverein", 38,
        name="Beispiel-Jugendzentrum Leibnitz",
        description="Das Jugendzentrum ist ein Treffpunkt zum Chillen, Spielen, Musik machen "
        "und Reden. Jugendarbeiter*innen haben ein offenes Ohr, wenn es Probleme gibt. Ohne "
        "Konsumzwang.",
        categories=("familie", "freizeit"), groups=("kinder-jugendliche",),
        places=("jugendzentrum",),
        slots=(weekly("TU,WE,TH,FR", "14:00", "19:00"), weekly("SA", "14:00", "18:00")),
        eligibility="Für Jugendliche von 12 bis 21 Jahren.",
        application="Einfach vorbeikommen.",
        fees="Kostenlos.", costs=(Cost("Eintritt", 0, "kostenlos"),),
        languages=("de", "en", "tr", "hr"), min_age=12, max_age=21,
    ),
    beispiel(
        "streetwork", "jugendverein", 39,
        name="Beispiel-Streetwork Südsteiermark",
        description="Streetworker*innen sind dort unterwegs, wo junge Menschen ihre Zeit "
        "verbringen: in Parks, am Bahnhof und online. Sie hören zu, helfen bei Problemen mit "
        "Schule, Arbeit, Wohnen oder Geld und begleiten zu Ämtern.",
        categories=("familie", "beratung"), groups=("kinder-jugendliche",),
        places=("jugendzentrum",),
        slots=(),
        eligibility="Für Jugendliche und junge Erwachsene von 14 bis 25 Jahren.",
        application="Sprich uns unterwegs an oder schreib uns eine Nachricht.",
        fees="Kostenlos.", costs=FREE, min_age=14, max_age=25,
    ),
    beispiel(
        "lernhilfe", "jugendverein", 40,
        name="Beispiel-Lernhilfe für Schüler*innen",
        description="Ehrenamtliche Lernhelfer*innen unterstützen bei Hausübungen und beim "
        "Lernen für Tests, vor allem in Deutsch, Mathematik und Englisch. Kinder mit anderer "
        "Erstsprache sind besonders willkommen.",
        categories=("bildung", "familie"), groups=("kinder-jugendliche", "gefluechtete-migranten"),
        places=("jugendzentrum", "jugendtreff-strass"),
        slots=(weekly("MO,WE", "14:30", "16:30"),),
        eligibility="Für Schüler*innen von 6 bis 15 Jahren.",
        application="Anmeldung durch die Eltern per Telefon.",
        fees="3 € pro Einheit, Ermäßigung möglich.",
        costs=(Cost("Lerneinheit", 3, "3 € pro Einheit"),),
        min_age=6, max_age=15,
    ),
    beispiel(
        "ferienbetreuung", "jugendverein", 41,
        name="Beispiel-Ferienbetreuung Sommer 2027",
        description="In den Sommerferien gibt es eine ganztägige Betreuung mit Ausflügen, "
        "Sport, Basteln und Baden. Eltern können einzelne Wochen buchen.",
        categories=("familie", "freizeit"), groups=("kinder-jugendliche", "familien"),
        places=("sporthalle",),
        slots=(weekly("MO,TU,WE,TH,FR", "07:30", "16:30", valid_from="2027-07-12",
                      valid_to="2027-08-27"),),
        eligibility="Für Kinder von 6 bis 12 Jahren.",
        application="Anmeldung ab 1. März 2027 online oder telefonisch.",
        fees="70 € pro Woche inklusive Mittagessen; nach Einkommen ermäßigt.",
        costs=(Cost("Woche", 70, "70 € pro Woche inklusive Mittagessen"),
               Cost("Woche ermäßigt", None, "nach Einkommen gestaffelt")),
        min_age=6, max_age=12,
    ),
    beispiel(
        "babysitting", "familienzentrum", 42,
        name="Beispiel-Babysitting-Vermittlung",
        description="Wir vermitteln geschulte Babysitter*innen, die stundenweise auf Ihre Kinder "
        "aufpassen. Alle haben einen Babysitting-Kurs und einen Erste-Hilfe-Kurs für Kinder "
        "gemacht.",
        categories=("familie",), groups=("familien",), places=("familienzentrum",),
        slots=(only_text("Vermittlung auf Anfrage per Telefon oder E-Mail."),),
        eligibility="Für Familien im Bezirk Leibnitz.",
        application="Melden Sie sich telefonisch oder per E-Mail.",
        fees="10 € pro Stunde, direkt an die Babysitterin oder den Babysitter.",
        costs=(Cost("Betreuungsstunde", 10, "10 € pro Stunde"),),
    ),
    beispiel(
        "kinderturnen", "sportverein", 43,
        name="Beispiel-Kinderturnen Straß",
        description="Laufen, Klettern, Balancieren: Beim Kinderturnen bewegen sich Kinder "
        "spielerisch und finden neue Freund*innen. Eltern können beim ersten Mal dabei bleiben.",
        categories=("freizeit", "familie"), groups=("kinder-jugendliche", "familien"),
        places=("jugendtreff-strass",),
        slots=(weekly("MO", "16:00", "17:00"),),
        eligibility="Für Kinder von 4 bis 8 Jahren.",
        application="Kommen Sie zu einer Schnupperstunde.",
        fees="40 € pro Semester.",
        costs=(Cost("Semesterbeitrag", 40, "40 € pro Semester"),),
        min_age=4, max_age=8,
    ),
    # ---- Bildung, Deutschkurse -------------------------------------------------------------
    beispiel(
        "deutschkurs-a1", "bildungswerk", 44,
        name="Beispiel-Deutschkurs A1 für Anfänger*innen",
        description="Im Kurs lernen Sie die ersten Wörter und Sätze für den Alltag: sich "
        "vorstellen, einkaufen, zum Arzt gehen. Der Kurs ist gefördert und kostenlos. Am Ende "
        "können Sie eine Prüfung ablegen.",
        categories=("deutschkurse", "migration"), groups=("gefluechtete-migranten", "zugezogene"),
        places=("bildungshaus",),
        slots=(weekly("MO,WE", "09:00", "11:30", valid_from="2026-09-14",
                      valid_to="2027-01-29"),),
        eligibility="Für Erwachsene ohne Deutschkenntnisse mit Wohnsitz in der Steiermark.",
        application="Kommen Sie zur Einstufung (Dienstag 10:00 bis 12:00 Uhr). Bringen Sie "
        "einen Ausweis mit.",
        fees="Kostenlos (gefördert).", costs=(Cost("Kurs", 0, "kostenlos (gefördert)"),),
        languages=("de", "ar", "fa", "uk"),
    ),
    beispiel(
        "deutschkurs-a2-b1", "bildungswerk", 45,
        name="Beispiel-Deutschkurs A2/B1 am Abend",
        description="Für alle, die schon etwas Deutsch können und neben der Arbeit weiterlernen "
        "wollen. Wir üben Sprechen, Schreiben von E-Mails und Briefen und bereiten auf die "
        "B1-Prüfung vor.",
        categories=("deutschkurse",), groups=("zugezogene", "gefluechtete-migranten"),
        places=("bildungshaus",),
        slots=(weekly("TU,TH", "18:00", "20:00", valid_from="2026-09-15",
                      valid_to="2027-06-24"),),
        eligibility="Für Erwachsene mit Deutschkenntnissen auf Niveau A1.",
        application="Anmeldung per Telefon oder E-Mail; vor Kursbeginn gibt es einen kurzen "
        "Einstufungstest.",
        fees="90 € pro Semester, nach Einkommen ermäßigt.",
        costs=(Cost("Semester", 90, "90 € pro Semester"),
               Cost("Semester ermäßigt", None, "nach Einkommen gestaffelt")),
    ),
    beispiel(
        "deutschkurs-frauen", "bildungswerk", 46,
        name="Beispiel-Deutschkurs für Frauen mit Kinderbetreuung",
        description="Ein Deutschkurs nur für Frauen. Während des Kurses werden Ihre Kinder im "
        "Nebenraum betreut. Neben der Sprache geht es um Themen wie Schule, Gesundheit und "
        "Arbeit.",
        categories=("deutschkurse", "frauen"), groups=("frauen-maedchen", "gefluechtete-migranten"),
        places=("frauenzentrum",),
        slots=(weekly("TU,TH", "09:00", "11:00"),),
        eligibility="Für Frauen mit wenig Deutschkenntnissen.",
        application="Kommen Sie an einem Kurstag vorbei oder rufen Sie an.",
        fees="Kostenlos, auch die Kinderbetreuung.", costs=FREE,
        languages=("de", "ar", "fa", "so"),
    ),
    beispiel(
        "basisbildung", "bildungswerk", 47,
        name="Beispiel-Basisbildung: Lesen, Schreiben, Rechnen",
        description="Viele Erwachsene haben Schwierigkeiten beim Lesen, Schreiben oder Rechnen. "
        "In kleinen Gruppen lernen Sie in Ihrem Tempo, auch am Computer und am Handy. Niemand "
        "muss sich schämen.",
        categories=("bildung",), groups=("alle", "zugezogene"), places=("bildungshaus",),
        slots=(weekly("MO,TH", "14:00", "16:30"),),
        eligibility="Für Erwachsene, die ihre Grundkenntnisse verbessern möchten.",
        application="Vereinbaren Sie ein unverbindliches Erstgespräch.",
        fees="Kostenlos (gefördert).", costs=(Cost("Kurs", 0, "kostenlos (gefördert)"),),
    ),
    beispiel(
        "handykurs-60plus", "bildungswerk", 48,
        name="Beispiel-Computer- und Handykurs 60+",
        description="Nachrichten schreiben, Fotos verschicken, online einen Arzttermin "
        "ausmachen: In kleinen Gruppen zeigen Ihnen geduldige Trainer*innen Schritt für Schritt, "
        "wie das geht. Bringen Sie Ihr eigenes Handy oder Tablet mit.",
        categories=("bildung", "freizeit"), groups=("senioren",),
        places=("bildungshaus", "ehrenhausen"),
        slots=(monthly("2TH,4TH", "09:30", "11:30"),),
        eligibility="Für Senior*innen ohne Vorkenntnisse.",
        application="Anmeldung telefonisch, höchstens 8 Personen pro Kurs.",
        fees="5 € pro Einheit.", costs=(Cost("Einheit", 5, "5 € pro Einheit"),),
    ),
    beispiel(
        "sprachcafe", "integrationsverein", 49,
        name="Beispiel-Sprachcafé Deutsch",
        description="Im Sprachcafé üben Sie Deutsch im Gespräch mit Freiwilligen, ganz ohne "
        "Prüfungsdruck. Es gibt Kaffee, Tee und Spiele. Jede Woche kommen neue Leute dazu.",
        categories=("deutschkurse", "ehrenamt", "migration"),
        groups=("zugezogene", "gefluechtete-migranten"), places=("begegnungshaus",),
        slots=(weekly("FR", "16:00", "18:00"),),
        eligibility="Für alle, die Deutsch üben möchten, und für alle, die gerne plaudern.",
        application="Ohne Anmeldung.",
        fees="Kostenlos.", costs=FREE, languages=("de", "en", "ar", "uk"),
    ),
    beispiel(
        "pflichtschulabschluss", "bildungswerk", 50,
        name="Beispiel-Pflichtschulabschluss nachholen",
        description="Wer keinen Pflichtschulabschluss hat, kann ihn hier in einem Jahr "
        "nachholen. Der Kurs bereitet auf die Prüfungen in Deutsch, Englisch, Mathematik und "
        "Berufsorientierung vor. Sozialpädagog*innen unterstützen bei Problemen.",
        categories=("bildung", "arbeit"), groups=("kinder-jugendliche", "zugezogene"),
        places=("bildungshaus",),
        slots=(weekly("MO,TU,WE,TH", "08:00", "12:30", valid_from="2026-09-14",
                      valid_to="2027-06-30"),),
        eligibility="Für Jugendliche und Erwachsene ab 16 Jahren ohne Pflichtschulabschluss.",
        application="Kommen Sie zu einem Infogespräch; Einstieg jeweils im September und "
        "Februar.",
        fees="Kostenlos (gefördert).", costs=(Cost("Kurs", 0, "kostenlos (gefördert)"),),
        min_age=16,
    ),
    # ---- Arbeit -----------------------------------------------------------------------------
    beispiel(
        "jobcoaching", "arbeitsinitiative", 51,
        name="Beispiel-Jobcoaching Südsteiermark",
        description="Im Jobcoaching suchen wir gemeinsam nach Arbeit, die zu Ihnen passt. Wir "
        "schreiben Bewerbungen, üben Vorstellungsgespräche und nutzen Kontakte zu Betrieben in "
        "der Region.",
        categories=("arbeit", "beratung"), groups=("alle", "zugezogene"),
        places=("arbeitsinitiative", "sozialzentrum"),
        slots=(weekly("MO,TU,WE,TH", "08:00", "12:00"),),
        eligibility="Für arbeitsuchende Menschen ab 18 Jahren.",
        application="Rufen Sie an oder kommen Sie mit Ihrem Lebenslauf vorbei.",
        fees="Kostenlos.", costs=FREE, languages=("de", "en", "hr", "ro"), min_age=18,
    ),
    beispiel(
        "bewerbungswerkstatt", "arbeitsinitiative", 52,
        name="Beispiel-Bewerbungswerkstatt",
        description="In der Bewerbungswerkstatt stehen Computer, Drucker und Hilfe bereit. Wir "
        "helfen beim Lebenslauf, beim Bewerbungsfoto und beim Online-Bewerben.",
        categories=("arbeit", "bildung"), groups=("alle", "kinder-jugendliche"),
        places=("arbeitsinitiative",),
        slots=(weekly("WE", "13:00", "16:00"),),
        eligibility="Für alle, die sich bewerben möchten, auch für Jugendliche.",
        application="Ohne Anmeldung; bringen Sie Zeugnisse auf einem USB-Stick oder Papier mit.",
        fees="Kostenlos, Ausdrucke 10 Cent pro Seite.",
        costs=(Cost("Nutzung", 0, "kostenlos"), Cost("Ausdruck", 0.1, "10 Cent pro Seite")),
    ),
    beispiel(
        "beschaeftigungsprojekt", "arbeitsinitiative", 53,
        name="Beispiel-Beschäftigungsprojekt Gralla",
        description="Im Beschäftigungsprojekt arbeiten Menschen nach langer Arbeitslosigkeit in "
        "Werkstatt, Gärtnerei oder Küche. Sie bekommen einen Lohn nach Kollektivvertrag und "
        "Unterstützung bei der Suche nach einer fixen Stelle.",
        categories=("arbeit",), groups=("alle", "menschen-mit-behinderung"),
        places=("arbeitsinitiative",),
        slots=(weekly("MO,TU,WE,TH,FR", "07:00", "15:30"),),
        eligibility="Für langzeitarbeitslose Menschen, Zuweisung über das AMS.",
        application="Fragen Sie Ihre AMS-Beraterin oder Ihren AMS-Berater nach einer Zuweisung "
        "oder rufen Sie uns an.",
        fees="Kostenlos.", costs=FREE,
    ),
    beispiel(
        "arbeitsassistenz", "inklusionsverein", 54,
        name="Beispiel-Arbeitsassistenz",
        description="Die Arbeitsassistenz begleitet Menschen mit Behinderung oder chronischer "
        "Erkrankung bei der Arbeitssuche und hilft, einen Arbeitsplatz zu behalten. Auch "
        "Arbeitgeber*innen werden beraten, zum Beispiel zu Förderungen.",
        categories=("arbeit", "behinderung"), groups=("menschen-mit-behinderung",),
        places=("sozialzentrum",),
        slots=(weekly("MO,WE", "08:00", "12:00"), only_text("Weitere Termine nach Vereinbarung.")),
        eligibility="Für Menschen mit Behinderung oder gesundheitlichen Einschränkungen ab "
        "15 Jahren.",
        application="Vereinbaren Sie ein Erstgespräch per Telefon, E-Mail oder SMS.",
        fees="Kostenlos.", costs=FREE, languages=("de", "asq"), min_age=15,
        interpretation="Gebärdensprachdolmetsch auf Wunsch",
    ),
    beispiel(
        "lehrstellenberatung", "arbeitsinitiative", 55,
        name="Beispiel-Lehrstellenberatung für Jugendliche",
        description="Welcher Beruf passt zu mir? Wir finden es gemeinsam heraus, suchen offene "
        "Lehrstellen und organisieren Schnuppertage in Betrieben der Region.",
        categories=("arbeit", "familie"), groups=("kinder-jugendliche",),
        places=("jugendzentrum",),
        slots=(weekly("TU", "14:00", "17:00"),),
        eligibility="Für Jugendliche von 14 bis 19 Jahren und ihre Eltern.",
        application="Ohne Anmeldung in die Sprechstunde kommen oder eine Nachricht schreiben.",
        fees="Kostenlos.", costs=FREE, min_age=14, max_age=19,
    ),
    beispiel(
        "berufsorientierung-frauen", "frauenzentrum", 56,
        name="Beispiel-Berufsorientierung für Frauen",
        description="Nach der Karenz, nach einer Trennung oder nach Jahren zu Hause: Der Kurs "
        "hilft Frauen, ihre Stärken zu erkennen und einen Plan für den Weg zurück in die Arbeit "
        "zu machen. Kinderbetreuung ist organisiert.",
        categories=("arbeit", "frauen"), groups=("frauen-maedchen",),
        places=("frauenzentrum",),
        slots=(weekly("MO,WE", "09:00", "12:00", valid_from="2027-01-11",
                      valid_to="2027-04-30"),),
        eligibility="Für Frauen, die (wieder) arbeiten möchten.",
        application="Anmeldung bis Mitte Dezember 2026 per Telefon oder E-Mail.",
        fees="Kostenlos (gefördert).", costs=(Cost("Kurs", 0, "kostenlos (gefördert)"),),
        languages=("de", "en", "tr"),
    ),
    # ---- Behinderung & Inklusion -----------------------------------------------------------
    beispiel(
        "freizeitassistenz", "inklusionsverein", 57,
        name="Beispiel-Freizeitassistenz",
        description="Freizeitassistent*innen begleiten Menschen mit Behinderung zu Kino, Sport, "
        "Konzerten oder Treffen mit Freund*innen. So können Sie Ihre Freizeit selbst bestimmen. "
        "Eltern und Angehörige haben in der Zeit frei.",
        categories=("behinderung", "freizeit"),
        groups=("menschen-mit-behinderung", "kinder-jugendliche"),
        places=("sozialzentrum",),
        slots=(only_text("Begleitungen nach Vereinbarung, auch abends und am Wochenende."),),
        eligibility="Für Kinder, Jugendliche und Erwachsene mit Behinderung.",
        application="Rufen Sie an; wir besprechen Ihre Wünsche bei einem Hausbesuch.",
        fees="8 € pro Stunde, Förderung durch das Land möglich.",
        costs=(Cost("Begleitstunde", 8, "8 € pro Stunde"),),
        languages=("de", "asq"),
    ),
    beispiel(
        "inklusives-theater", "kulturverein", 58,
        name="Beispiel-Inklusive Theatergruppe",
        description="Menschen mit und ohne Behinderung spielen gemeinsam Theater. Wir erfinden "
        "eigene Stücke und zeigen sie einmal im Jahr im Kulturhaus. Vorkenntnisse brauchen Sie "
        "keine.",
        categories=("kultur", "behinderung"), groups=("menschen-mit-behinderung", "alle"),
        places=("kulturhaus",),
        slots=(weekly("MO", "17:00", "19:00"),),
        eligibility="Für alle ab 16 Jahren mit Freude am Spielen.",
        application="Kommen Sie zu einer Probe und schauen Sie, ob es Ihnen gefällt.",
        fees="20 € pro Semester.", costs=(Cost("Semesterbeitrag", 20, "20 € pro Semester"),),
        min_age=16,
    ),
    beispiel(
        "gebaerdensprach-stammtisch", "inklusionsverein", 59,
        name="Beispiel-Gebärdensprach-Stammtisch",
        description="Gehörlose, schwerhörige und hörende Menschen treffen sich zum Plaudern in "
        "Österreichischer Gebärdensprache. Wer Gebärdensprache lernt, kann hier üben.",
        categories=("behinderung", "freizeit"), groups=("menschen-mit-behinderung", "alle"),
        places=("kulturhaus",),
        slots=(monthly("1FR", "18:00", "21:00"),),
        eligibility="Für alle, die in Gebärdensprache kommunizieren oder sie lernen.",
        application="Ohne Anmeldung. Kontakt per E-Mail oder SMS.",
        fees="Kostenlos, Getränke selbst bezahlen.", costs=FREE,
        languages=("asq", "de"),
        phones=((fon(59), "Nur SMS und Messenger"),),
    ),
    beispiel(
        "barrierefrei-wohnen", "inklusionsverein", 60,
        name="Beispiel-Beratung für barrierefreies Wohnen",
        description="Stufen, enge Türen, eine hohe Badewanne: Wir kommen zu Ihnen und zeigen, "
        "wie die Wohnung sicherer und barrierefrei wird. Wir informieren auch über Förderungen "
        "für den Umbau.",
        categories=("behinderung", "wohnen"), groups=("menschen-mit-behinderung", "senioren"),
        places=("sozialzentrum",),
        slots=(),
        eligibility="Für Menschen mit Behinderung, ältere Menschen und ihre Angehörigen.",
        application="Rufen Sie an und vereinbaren Sie einen Hausbesuch.",
        fees="Kostenlos.", costs=FREE,
    ),
    # ---- Flucht & Migration ----------------------------------------------------------------
    beispiel(
        "migrationsberatung", "integrationsverein", 61,
        name="Beispiel-Migrationsberatung Leibnitz",
        description="Wir beraten zu Aufenthalt, Familiennachzug, Arbeit, Wohnen und "
        "Sozialleistungen. Wir erklären Briefe von Behörden und helfen bei Anträgen. Die "
        "Beratung ist in mehreren Sprachen möglich.",
        categories=("migration", "beratung"), groups=("gefluechtete-migranten", "zugezogene"),
        places=("begegnungshaus",),
        slots=(weekly("MO,TU", "09:00", "12:00"), weekly("TH", "13:00", "16:00")),
        eligibility="Für Geflüchtete, Migrant*innen und alle, die neu in Österreich sind.",
        application="Kommen Sie in die Sprechstunde oder vereinbaren Sie einen Termin. Bringen "
        "Sie Ihre Dokumente mit.",
        fees="Kostenlos.", costs=FREE,
        languages=("de", "en", "ar", "fa", "uk", "ru", "tr"),
    ),
    beispiel(
        "dolmetschpool", "integrationsverein", 62,
        name="Beispiel-Dolmetschpool für Behördenwege",
        description="Ehrenamtliche Dolmetscher*innen begleiten Sie zu Ämtern, Ärzt*innen oder "
        "Elterngesprächen in der Schule. Bitte melden Sie sich mindestens eine Woche vorher.",
        categories=("migration", "ehrenamt"), groups=("gefluechtete-migranten",),
        places=("begegnungshaus",),
        slots=(),
        eligibility="Für Menschen mit wenig Deutschkenntnissen.",
        application="Rufen Sie an oder schreiben Sie eine E-Mail mit Datum, Ort und Sprache.",
        fees="Kostenlos.", costs=FREE,
        languages=("de", "ar", "fa", "uk", "ru", "so", "fr"),
    ),
    beispiel(
        "begegnungscafe", "integrationsverein", 63,
        name="Beispiel-Begegnungscafé Wagna",
        description="Im Begegnungscafé lernen sich Einheimische, Zugezogene und Geflüchtete "
        "kennen. Es gibt Kaffee, Kuchen aus aller Welt, Spiele für Kinder und Zeit zum Reden.",
        categories=("migration", "freizeit", "ehrenamt"),
        groups=("gefluechtete-migranten", "zugezogene", "alle"),
        places=("begegnungshaus",),
        slots=(weekly("WE", "15:00", "18:00"),),
        eligibility="Für alle.",
        application="Ohne Anmeldung.",
        fees="Kostenlos.", costs=FREE, languages=("de", "en", "ar", "uk"),
    ),
    beispiel(
        "anerkennung-abschluesse", "integrationsverein", 64,
        name="Beispiel-Beratung zur Anerkennung von Abschlüssen",
        description="Sie haben im Ausland eine Ausbildung oder ein Studium abgeschlossen? Wir "
        "klären, wie Ihr Abschluss in Österreich anerkannt wird und welche Unterlagen Sie "
        "brauchen.",
        categories=("migration", "arbeit", "bildung"),
        groups=("gefluechtete-migranten", "zugezogene"),
        places=("begegnungshaus",),
        slots=(monthly("2TU,4TU", "10:00", "14:00"),),
        eligibility="Für Menschen mit ausländischen Zeugnissen und Diplomen.",
        application="Termin per Telefon oder E-Mail. Bringen Sie Zeugnisse und Übersetzungen "
        "mit.",
        fees="Kostenlos.", costs=FREE, languages=("de", "en", "ar", "uk", "ru"),
    ),
    beispiel(
        "treffpunkt-ukraine", "integrationsverein", 65,
        name="Beispiel-Treffpunkt für Menschen aus der Ukraine",
        description="Ein Treffpunkt für Vertriebene aus der Ukraine: Austausch, Informationen "
        "zu Schule, Arbeit und Aufenthalt und Beratung auf Ukrainisch und Russisch. Kinder "
        "können mitkommen, es gibt eine Spielecke.",
        categories=("migration",), groups=("gefluechtete-migranten", "familien"),
        places=("begegnungshaus",),
        slots=(weekly("FR", "10:00", "13:00"),),
        eligibility="Für Menschen aus der Ukraine und ihre Familien.",
        application="Ohne Anmeldung.",
        fees="Kostenlos.", costs=FREE, languages=("uk", "ru", "de"),
    ),
    # ---- Frauen & Mädchen ------------------------------------------------------------------
    beispiel(
        "maedchentreff", "frauenzentrum", 66,
        name="Beispiel-Mädchentreff",
        description="Ein Raum nur für Mädchen: zum Reden, Kochen, Tanzen und Ausprobieren. Die "
        "Betreuerinnen haben ein offenes Ohr bei Sorgen mit Schule, Familie, Liebe oder "
        "Körper.",
        categories=("frauen", "freizeit"), groups=("frauen-maedchen", "kinder-jugendliche"),
        places=("frauenzentrum",),
        slots=(weekly("WE", "15:00", "18:00"),),
        eligibility="Für Mädchen von 10 bis 18 Jahren.",
        application="Einfach vorbeikommen.",
        fees="Kostenlos.", costs=FREE, min_age=10, max_age=18,
    ),
    beispiel(
        "frauenberatung-trennung", "frauenzentrum", 67,
        name="Beispiel-Frauenberatung bei Trennung und Scheidung",
        description="Bei einer Trennung tauchen viele Fragen auf: Unterhalt, Obsorge, Wohnung, "
        "Geld. Beraterinnen und eine Juristin informieren über Ihre Rechte und unterstützen "
        "Sie in dieser schwierigen Zeit.",
        categories=("frauen", "beratung"), groups=("frauen-maedchen",),
        places=("frauenzentrum",),
        slots=(weekly("MO", "09:00", "12:00"), weekly("TH", "14:00", "17:00")),
        eligibility="Für Frauen in Trennung oder Scheidung.",
        application="Vereinbaren Sie telefonisch einen Termin.",
        fees="Erstberatung kostenlos, Rechtsberatung 15 €.",
        costs=(Cost("Erstberatung", 0, "kostenlos"), Cost("Rechtsberatung", 15, "15 € pro Termin")),
        languages=("de", "en", "tr", "hr"),
        contacts=(Person("beispiel-lisa", "Mag.a Lisa Beispiel", "Juristin"),),
    ),
    beispiel(
        "gewaltschutzberatung", "frauenzentrum", 68,
        name="Beispiel-Gewaltschutzberatung Südsteiermark",
        description="Wenn Sie zu Hause bedroht, geschlagen oder kontrolliert werden, sind Sie "
        "nicht allein. Wir beraten vertraulich, helfen bei einer Anzeige oder einem "
        "Betretungsverbot und suchen mit Ihnen einen sicheren Ort. Außerhalb der "
        "Öffnungszeiten erreichen Sie rund um die Uhr die Frauenhelpline 0800 222 555.",
        categories=("frauen", "notfall"), groups=("frauen-maedchen", "familien"),
        places=("frauenzentrum",),
        slots=(weekly("MO,TU,WE,TH,FR", "08:00", "16:00"),),
        eligibility="Für Frauen, Mädchen und Kinder, die Gewalt erleben.",
        application="Rufen Sie an oder kommen Sie vorbei. In akuter Gefahr wählen Sie den "
        "Polizeinotruf.",
        fees="Kostenlos.", costs=FREE, languages=("de", "en", "ar", "fa", "tr", "hr"),
        interpretation="Dolmetscherinnen für weitere Sprachen nach Vereinbarung",
    ),
    beispiel(
        "frauengesundheit", "frauenzentrum", 69,
        name="Beispiel-Frauengesundheitsabend",
        description="Eine Ärztin spricht über Themen wie Wechseljahre, Vorsorge oder "
        "Verhütung. Sie können Fragen stellen, auch anonym auf einem Zettel.",
        categories=("frauen", "gesundheit"), groups=("frauen-maedchen",),
        places=("frauenzentrum",),
        slots=(monthly("3TU", "18:00", "19:30"),),
        eligibility="Für Frauen jeden Alters.",
        application="Ohne Anmeldung.",
        fees="Kostenlos.", costs=FREE, languages=("de", "en"),
    ),
    # ---- Kultur, Freizeit ------------------------------------------------------------------
    beispiel(
        "kulturpass", "kulturverein", 70,
        name="Beispiel-Kulturpass",
        description="Mit dem Kulturpass besuchen Menschen mit wenig Geld Konzerte, Theater, "
        "Museen und Kino in der Region gratis. Der Pass gilt ein Jahr.",
        categories=("kultur", "geld"), groups=("alle", "familien"),
        places=("kulturhaus",),
        slots=(weekly("TU,FR", "09:00", "12:00", "Ausgabe des Passes"),),
        eligibility="Für Menschen mit geringem Einkommen, z. B. Mindestpension oder "
        "Sozialunterstützung.",
        application="Holen Sie den Pass mit Ausweis und Einkommensnachweis im Kulturhaus ab.",
        fees="Kostenlos.", costs=(Cost("Kulturpass", 0, "kostenlos"),),
    ),
    beispiel(
        "buecherei", "kulturverein", 71,
        name="Beispiel-Bücherei mit Vorlesestunde",
        description="Die Bücherei verleiht Bücher, Hörbücher, Spiele und Zeitschriften, auch in "
        "anderen Sprachen. Jeden Donnerstag gibt es eine Vorlesestunde für Kinder.",
        categories=("kultur", "bildung"), groups=("alle", "kinder-jugendliche"),
        places=("kulturhaus",),
        slots=(weekly("TU,FR", "09:00", "12:00"), weekly("TU,TH", "15:00", "18:00"),
               weekly("TH", "16:00", "16:45", "Vorlesestunde für Kinder")),
        eligibility="Für alle.",
        application="Leseausweis an der Theke mit einem Ausweis.",
        fees="Jahreskarte 10 €, Kinder und Jugendliche kostenlos.",
        costs=(Cost("Jahreskarte", 10, "10 € pro Jahr"),
               Cost("Jahreskarte Kinder", 0, "kostenlos bis 18 Jahre")),
        languages=("de", "en", "tr", "ar", "uk"),
    ),
    beispiel(
        "chor-der-kulturen", "kulturverein", 72,
        name="Beispiel-Chor der Kulturen",
        description="Im Chor singen Menschen aus vielen Ländern Lieder aus aller Welt. Noten "
        "lesen müssen Sie nicht. Zweimal im Jahr gibt es ein Konzert.",
        categories=("kultur", "migration", "freizeit"), groups=("alle", "gefluechtete-migranten"),
        places=("kulturhaus",),
        slots=(weekly("TH", "19:00", "20:30"),),
        eligibility="Für alle, die gerne singen.",
        application="Kommen Sie zu einer Probe.",
        fees="Kostenlos.", costs=FREE,
    ),
    beispiel(
        "museumsnachmittag", "kulturverein", 73,
        name="Beispiel-Kulturnachmittag für Senior*innen",
        description="Einmal im Monat gibt es eine Führung durch eine Ausstellung oder einen "
        "Vortrag, danach Kaffee und Gespräche. Der Raum ist barrierefrei, Sitzplätze gibt es "
        "genug.",
        categories=("kultur", "freizeit"), groups=("senioren",), places=("kulturhaus",),
        slots=(monthly("3TH", "14:00", "16:00"),),
        eligibility="Für Senior*innen und ihre Begleitpersonen.",
        application="Bitte bis zum Vortag telefonisch anmelden.",
        fees="4 € inklusive Kaffee.", costs=(Cost("Nachmittag", 4, "4 € inklusive Kaffee"),),
    ),
    beispiel(
        "wandergruppe", "sportverein", 74,
        name="Beispiel-Wandergruppe Südsteiermark",
        description="Gemeinsam wandern durch die Weinberge und Wälder der Südsteiermark. Die "
        "Touren dauern etwa drei Stunden und sind auch für Ungeübte geeignet. Eine Jause zum "
        "Abschluss gehört dazu.",
        categories=("freizeit", "gesundheit"), groups=("alle", "senioren"),
        places=("ehrenhausen",),
        slots=(monthly("2SU", "09:00", "13:00", "Treffpunkt vor dem Bürgerhaus"),),
        eligibility="Für alle, die gut zu Fuß sind.",
        application="Anmeldung bis Freitag davor per Telefon.",
        fees="Kostenlos, Jause selbst bezahlen.", costs=FREE,
        alert="Bei Schlechtwetter wird die Wanderung abgesagt.",
    ),
    # ---- Ehrenamt & Teilhabe ---------------------------------------------------------------
    beispiel(
        "freiwilligenboerse", "freiwilligenboerse", 75,
        name="Beispiel-Freiwilligenbörse Bezirk Leibnitz",
        description="Sie möchten sich ehrenamtlich engagieren? Die Freiwilligenbörse findet "
        "mit Ihnen eine Aufgabe, die zu Ihren Interessen und Ihrer Zeit passt, zum Beispiel "
        "Lernhilfe, Besuchsdienst oder Mithilfe bei Festen.",
        categories=("ehrenamt",), groups=("alle", "zugezogene"),
        places=("sozialzentrum",),
        slots=(weekly("WE", "10:00", "12:00"),),
        eligibility="Für alle ab 16 Jahren, die sich engagieren möchten.",
        application="Kommen Sie in die Sprechstunde oder schreiben Sie eine E-Mail.",
        fees="Kostenlos.", costs=FREE, min_age=16,
    ),
    beispiel(
        "besuchsdienst", "freiwilligenboerse", 76,
        name="Beispiel-Besuchsdienst gegen Einsamkeit",
        description="Ehrenamtliche besuchen ältere Menschen, die allein leben: zum Plaudern, "
        "Spazierengehen oder Karten spielen. Die Besuche sind regelmäßig, meist einmal pro "
        "Woche.",
        categories=("ehrenamt", "pflege"), groups=("senioren",),
        places=("sozialzentrum",),
        slots=(only_text("Besuchszeiten vereinbaren Sie direkt mit Ihrer Besucherin oder Ihrem "
                         "Besucher."),),
        eligibility="Für Senior*innen, die sich Gesellschaft wünschen.",
        application="Rufen Sie an; auch Angehörige können anfragen.",
        fees="Kostenlos.", costs=FREE,
    ),
    beispiel(
        "repair-cafe", "freiwilligenboerse", 77,
        name="Beispiel-Repair-Café Tillmitsch",
        description="Kaputter Toaster, lockerer Stuhl, Loch in der Hose? Im Repair-Café "
        "reparieren Sie gemeinsam mit ehrenamtlichen Helfer*innen, statt wegzuwerfen. Nebenbei "
        "gibt es Kaffee und Gespräche.",
        categories=("ehrenamt", "freizeit"), groups=("alle",),
        places=("werkstatt-tillmitsch",),
        slots=(monthly("1SA", "09:00", "12:00"),),
        eligibility="Für alle.",
        application="Ohne Anmeldung; bringen Sie den kaputten Gegenstand mit.",
        fees="Kostenlos, Spenden willkommen.",
        costs=(Cost("Reparatur", 0, "kostenlos, Ersatzteile selbst bezahlen"),),
    ),
    beispiel(
        "nachbarschaftshilfe", "freiwilligenboerse", 78,
        name="Beispiel-Nachbarschaftshilfe Gleinstätten",
        description="Nachbar*innen helfen einander: beim Einkaufen, bei Fahrten zum Arzt oder "
        "bei kleinen Arbeiten im Haus. Wer Hilfe braucht, ruft an, und wir suchen jemanden aus "
        "der Nähe.",
        categories=("ehrenamt",), groups=("senioren", "familien", "menschen-mit-behinderung"),
        places=("pfarrheim-gleinstaetten",),
        slots=(weekly("MO,WE,FR", "08:00", "10:00", "telefonische Vermittlung"),),
        eligibility="Für Menschen in Gleinstätten und Umgebung.",
        application="Rufen Sie zu den Telefonzeiten an.",
        fees="Kostenlos; Fahrten 30 Cent pro Kilometer.",
        costs=(Cost("Hilfe", 0, "kostenlos"), Cost("Fahrt", 0.3, "30 Cent pro Kilometer")),
    ),
    # ---- Notfall & Krisenhilfe -------------------------------------------------------------
    beispiel(
        "krisenintervention", "krisendienst", 79,
        name="Beispiel-Krisenintervention Südsteiermark",
        description="Nach einem Unfall, einem Todesfall, einer Gewalterfahrung oder in einer "
        "seelischen Krise bekommen Sie rasch ein Gespräch, meist noch am selben Tag. Wir "
        "helfen, die nächsten Schritte zu planen. In Lebensgefahr rufen Sie bitte sofort den "
        "Notruf.",
        categories=("notfall", "psychische-gesundheit"), groups=("alle",),
        places=("krisendienst",),
        slots=(weekly("MO,TU,WE,TH,FR", "08:00", "20:00"), weekly("SA,SU", "10:00", "18:00")),
        eligibility="Für alle Menschen in einer akuten Krise und ihre Angehörigen.",
        application="Rufen Sie an; ein Termin wird sofort vereinbart.",
        fees="Kostenlos.", costs=FREE, languages=("de", "en", "hr"),
        phones=((fon(79), "Krisentelefon"), (fon(80), "Sekretariat")),
    ),
    # ---- Inactive (kept in the file; the kiosk must hide them) -----------------------------
    beispiel(
        "lerncafe-gralla", "jugendverein", 81,
        name="Beispiel-Lerncafé Gralla",
        description="Das Lerncafé bot Hausübungsbetreuung für Volksschulkinder. Das Angebot "
        "wurde eingestellt; nutzen Sie bitte die Beispiel-Lernhilfe für Schüler*innen.",
        categories=("bildung", "familie"), groups=("kinder-jugendliche",),
        places=("arbeitsinitiative",),
        slots=(weekly("TU,TH", "13:30", "15:30"),),
        eligibility="Für Volksschulkinder.",
        application="Keine Anmeldung mehr möglich.",
        fees="Kostenlos.", costs=FREE, status="inactive",
        alert="Dieses Angebot wurde eingestellt.",
    ),
    beispiel(
        "tauschboerse-lebring", "freiwilligenboerse", 82,
        name="Beispiel-Tauschbörse Lebring",
        description="Bei der Tauschbörse wurden Spielsachen, Bücher und Haushaltsgeräte "
        "getauscht. Die Tauschbörse pausiert, bis ein neuer Raum gefunden ist.",
        categories=("ehrenamt",), groups=("alle",),
        places=("tageszentrum",),
        slots=(monthly("2SA", "09:00", "12:00"),),
        eligibility="Für alle.",
        application="Derzeit keine Termine.",
        fees="Kostenlos.", costs=FREE, status="inactive",
        alert="Die Tauschbörse pausiert derzeit.",
    ),
)

# --------------------------------------------------------------------------------------------
# Building the HSDS objects
# --------------------------------------------------------------------------------------------

ORGS: dict[str, Org] = {o.key: o for o in (*REAL_ORGS, *DEMO_ORGS)}
PLACES: dict[str, Place] = {p.key: p for p in (SOZIAL_INFO_PLACE, *DEMO_PLACES)}
OFFERS: tuple[Offer, ...] = (*REAL_OFFERS, *DEMO_OFFERS)

DAY_NAMES: dict[str, str] = {
    "MO": "Montag", "TU": "Dienstag", "WE": "Mittwoch", "TH": "Donnerstag",
    "FR": "Freitag", "SA": "Samstag", "SU": "Sonntag",
}
DAY_ORDER: list[str] = list(DAY_NAMES)


def _join(words: list[str]) -> str:
    """German enumeration: "a", "a und b", "a, b und c"."""
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " und " + words[-1]


def _german_date(iso: str) -> str:
    """"2026-09-14" -> "14.09.2026"."""
    return date.fromisoformat(iso).strftime("%d.%m.%Y")


def _weekly_days(byday: str) -> str:
    """Weekly days in German: "MO,TU,WE,TH,FR" -> "Montag bis Freitag"."""
    codes = byday.split(",")
    if len(codes) == 7:
        return "Täglich"
    positions = [DAY_ORDER.index(c) for c in codes]
    if len(codes) >= 3 and positions == list(range(positions[0], positions[0] + len(codes))):
        return f"{DAY_NAMES[codes[0]]} bis {DAY_NAMES[codes[-1]]}"
    return _join([DAY_NAMES[c] for c in codes])


def _monthly_days(byday: str) -> str:
    """Monthly days in German: "2TU,4TU" -> "Jeden 2. und 4. Dienstag im Monat"."""
    by_day: dict[str, list[str]] = {}
    for part in byday.split(","):
        by_day.setdefault(part[-2:], []).append(f"{part[:-2]}.")
    return "Jeden " + _join([f"{_join(nths)} {DAY_NAMES[day]}" for day, nths in by_day.items()]) \
        + " im Monat"


def describe(slot: Slot) -> str:
    """The German, human-readable description of a schedule window.

    Args:
        slot: the window.

    Returns:
        E.g. "Jeden 1. Donnerstag im Monat, 14:00–16:00 Uhr (Thementag in der Sozial-Info)".
    """
    if slot.freq is None:
        return slot.text or ""
    assert slot.byday and slot.opens and slot.closes
    days = _weekly_days(slot.byday) if slot.freq == "WEEKLY" else _monthly_days(slot.byday)
    out = f"{days}, {slot.opens}–{slot.closes} Uhr"
    if slot.valid_from and slot.valid_to:
        out += f", vom {_german_date(slot.valid_from)} bis {_german_date(slot.valid_to)}"
    elif slot.valid_from:
        out += f", seit {_german_date(slot.valid_from)}"
    if slot.note:
        out += f" ({slot.note})"
    return out


def schedule(slot: Slot, schedule_id: str, links: dict[str, str]) -> dict[str, Any]:
    """The HSDS `schedule` object of one window.

    Args:
        slot: the window.
        schedule_id: its id.
        links: the ids it belongs to (service_id, and location_id/service_at_location_id).

    Returns:
        The schedule.
    """
    out: dict[str, Any] = {"id": schedule_id, **links, "description": describe(slot)}
    if slot.freq is not None:
        out.update(freq=slot.freq, byday=slot.byday, opens_at=slot.opens, closes_at=slot.closes,
                   interval=1, wkst="MO")
    if slot.valid_from:
        out["valid_from"] = slot.valid_from
    if slot.valid_to:
        out["valid_to"] = slot.valid_to
    return out


def organization(org: Org) -> dict[str, Any]:
    """The HSDS `organization` (the same object wherever it appears).

    Args:
        org: the organization.

    Returns:
        The organization; fictitious ones get an example.org website and e-mail.
    """
    out: dict[str, Any] = {
        "id": stable_id("demo", "organization", org.key),
        "name": org.name,
        "description": org.description,
    }
    if org.alternate_name:
        out["alternate_name"] = org.alternate_name
    if not org.real:
        out["website"] = f"https://www.example.org/{org.key}"
        out["email"] = f"info.{org.key}@example.org"
    return out


def location(place: Place) -> dict[str, Any]:
    """The HSDS `location` with its address and accessibility (the same object everywhere).

    Args:
        place: the place.

    Returns:
        The location.
    """
    location_id = stable_id("demo", "location", place.key)
    out: dict[str, Any] = {
        "id": location_id,
        "location_type": "physical",
        "name": place.name,
        "addresses": [{
            "id": stable_id("demo", "address", place.key),
            "location_id": location_id,
            "address_1": place.street,
            "city": place.city,
            "region": "Bezirk Leibnitz",
            "state_province": "Steiermark",
            "postal_code": place.postal_code,
            "country": "AT",
            "address_type": "physical",
        }],
        "accessibility": [{
            "id": stable_id("demo", "accessibility", place.key),
            "location_id": location_id,
            "description": place.accessibility,
            **({"details": place.details} if place.details else {}),
        }],
    }
    if place.description:
        out["description"] = place.description
    if place.transportation:
        out["transportation"] = place.transportation
    return out


def _dates(slug: str) -> tuple[str, str]:
    """A deterministic `assured_date` and `last_modified` in 2026 (before November)."""
    h = int(stable_id("demo", "dates", slug).replace("-", ""), 16)
    day = date(2026, 1, 7) + timedelta(days=h % 290)
    return day.isoformat(), f"{day.isoformat()}T{8 + (h >> 12) % 9:02d}:{(h >> 20) % 60:02d}:00Z"


def service(offer: Offer) -> dict[str, Any]:
    """The full HSDS service, as `GET /services/{id}` returns it.

    Args:
        offer: the offer.

    Returns:
        The service with organization, locations, phones, schedules, languages, cost options,
        contacts and attributes nested.
    """
    sid = stable_id("demo", "service", offer.slug)
    org = ORGS[offer.org]
    assured, modified = _dates(offer.slug)
    per_place = dict(offer.place_slots)
    sals = []
    for key in offer.places:
        sal_id = stable_id("demo", "service_at_location", offer.slug, key)
        loc = location(PLACES[key])
        sal: dict[str, Any] = {"id": sal_id, "service_id": sid, "location_id": loc["id"],
                               "location": loc}
        if key in per_place:
            links = {"service_id": sid, "service_at_location_id": sal_id, "location_id": loc["id"]}
            sal["schedules"] = [
                schedule(slot, stable_id("demo", "schedule", offer.slug, key, str(i)), links)
                for i, slot in enumerate(per_place[key])
            ]
        sals.append(sal)
    out: dict[str, Any] = {
        "id": sid,
        "organization_id": stable_id("demo", "organization", org.key),
        "name": offer.name,
        "description": offer.description,
        "status": offer.status,
        "eligibility_description": offer.eligibility,
        "application_process": offer.application,
        "fees_description": offer.fees,
        "assured_date": assured,
        "last_modified": modified,
        "organization": organization(org),
        "service_at_locations": sals,
        "phones": [
            {"id": stable_id("demo", "phone", offer.slug, str(i)), "service_id": sid,
             "number": number, "type": "text" if "SMS" in what else "voice",
             "description": what}
            for i, (number, what) in enumerate(offer.phones)
        ],
        "schedules": [
            schedule(slot, stable_id("demo", "schedule", offer.slug, str(i)), {"service_id": sid})
            for i, slot in enumerate(offer.slots)
        ],
        "languages": [
            {"id": stable_id("demo", "language", offer.slug, code), "service_id": sid,
             "name": LANGUAGES[code], "code": code}
            for code in offer.languages
        ],
        "cost_options": [
            {"id": stable_id("demo", "cost_option", offer.slug, str(i)), "service_id": sid,
             "option": cost.option, "currency": "EUR", "amount_description": cost.description,
             **({"amount": cost.amount} if cost.amount is not None else {})}
            for i, cost in enumerate(offer.costs)
        ],
        "contacts": [
            {"id": stable_id("demo", "contact", offer.slug, person.key), "service_id": sid,
             "name": person.name, "title": person.title,
             **({"department": person.department} if person.department else {}),
             **({"email": person.email} if person.email else {})}
            for person in offer.contacts
        ],
        "attributes": [attribute(sid, CATEGORIES, code) for code in offer.categories]
        + [attribute(sid, TARGET_GROUPS, code) for code in offer.groups],
    }
    optional: dict[str, Any] = {
        "alternate_name": offer.alternate_name,
        "url": offer.url,
        "email": offer.email,
        "alert": offer.alert,
        "wait_time": offer.wait_time,
        "interpretation_services": offer.interpretation,
        "minimum_age": offer.min_age,
        "maximum_age": offer.max_age,
    }
    out.update({k: v for k, v in optional.items() if v is not None})
    return out


def build() -> list[dict[str, Any]]:
    """All services of the demo atlas, in table order.

    Returns:
        The list of full HSDS services.
    """
    return [service(offer) for offer in OFFERS]


def render() -> str:
    """The demo atlas as the exact text of `assets/demo_atlas.json`.

    Returns:
        JSON (sorted keys, indent 1, UTF-8 characters kept) with a final newline.
    """
    return json.dumps(build(), sort_keys=True, indent=1, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    """Write (or, with --check, verify) `assets/demo_atlas.json`.

    Args:
        argv: command-line arguments (default: sys.argv[1:]).

    Returns:
        The exit status: 0 on success, 1 if --check finds the file out of date.
    """
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--output", type=Path, default=OUTPUT, help="where to write the JSON")
    parser.add_argument("--check", action="store_true",
                        help="only check that the file is up to date")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is out of date: run python -m tools.make_demo_atlas")
            return 1
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {len(OFFERS)} services to {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
