"""Synthetic HSDS 3.0 feeds of fictitious Sozialatlas offers (Bezirk Leibnitz) for scale tests."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import math
import random
import sys
import time
from collections.abc import Iterator, Sequence
from itertools import islice
from pathlib import Path
from typing import Any

from tools.atlas_taxonomy import (
    CATEGORIES,
    CATEGORY_TERMS,
    TARGET_GROUP_TERMS,
    TARGET_GROUPS,
    Taxonomy,
    attribute,
    term,
)

Obj = dict[str, Any]

# ---------------------------------------------------------------------------------------------
# Pools. Everything is fictitious: names start with "Beispiel-", streets contain "Beispiel",
# phones use the reserved-looking "00" block, web and mail live on example.org.
# ---------------------------------------------------------------------------------------------

# (town, postal code, approximate latitude, approximate longitude): towns of the Bezirk Leibnitz
# with a 84xx postal code.
TOWNS: list[tuple[str, str, float, float]] = [
    ("Leibnitz", "8430", 46.7817, 15.5386),
    ("Wagna", "8435", 46.7686, 15.5594),
    ("Kaindorf an der Sulm", "8430", 46.7930, 15.5390),
    ("Tillmitsch", "8430", 46.8110, 15.5170),
    ("Gralla", "8431", 46.8100, 15.5560),
    ("Lebring-Sankt Margarethen", "8403", 46.8470, 15.5300),
    ("Lang", "8403", 46.8380, 15.5050),
    ("Wildon", "8410", 46.8830, 15.5150),
    ("Allerheiligen bei Wildon", "8412", 46.9000, 15.5500),
    ("Sankt Georgen an der Stiefing", "8413", 46.8780, 15.5970),
    ("Ragnitz", "8413", 46.8500, 15.6100),
    ("Schwarzautal", "8421", 46.8320, 15.6550),
    ("Sankt Veit in der Südsteiermark", "8423", 46.7520, 15.6160),
    ("Gabersdorf", "8424", 46.7860, 15.5860),
    ("Kitzeck im Sausal", "8442", 46.7780, 15.4500),
    ("Gleinstätten", "8443", 46.7520, 15.3850),
    ("Sankt Andrä-Höch", "8444", 46.8000, 15.3820),
    ("Heimschuh", "8451", 46.7500, 15.4850),
    ("Sankt Johann im Saggautal", "8453", 46.7030, 15.4160),
    ("Arnfels", "8454", 46.6770, 15.4030),
    ("Oberhaag", "8455", 46.6920, 15.3550),
    ("Ehrenhausen an der Weinstraße", "8461", 46.7230, 15.5870),
    ("Gamlitz", "8462", 46.7230, 15.5530),
    ("Leutschach an der Weinstraße", "8463", 46.6670, 15.4680),
    ("Straß in Steiermark", "8472", 46.7230, 15.6220),
]
# Towns weighted towards the district capital, as in the real atlas.
TOWN_WEIGHTS = [8, 4, 2] + [1] * (len(TOWNS) - 3)
AREAS = ["Südsteiermark", "Bezirk Leibnitz"]

STREETS = [
    "Beispielgasse",
    "Beispielstraße",
    "Beispielweg",
    "Beispielplatz",
    "Am Beispielbach",
    "Beispiel-Allee",
    "Obere Beispielgasse",
    "Untere Beispielstraße",
    "Beispielhofweg",
    "Weinstraße-Beispiel",
    "Beispielgrabenweg",
    "Schloßberg-Beispielweg",
]

# (offer name, topic for the first sentence, categories, target groups, min age, max age)
KINDS: list[tuple[str, str, list[str], list[str], int | None, int | None]] = [
    ("Schuldnerberatung", "Schulden, Haushaltsbudget und Privatkonkurs", ["geld", "beratung"],
     ["alle"], 18, None),
    ("Familienberatung", "Erziehung, Trennung und Scheidung", ["familie", "beratung"],
     ["familien"], None, None),
    ("Pflegeberatung", "Pflege zu Hause, Pflegegeld und Entlastung für Angehörige",
     ["pflege", "beratung"], ["senioren", "familien"], None, None),
    ("Deutschkurs für Anfänger*innen", "erste Schritte in der deutschen Sprache",
     ["deutschkurse", "migration"], ["gefluechtete-migranten", "zugezogene"], 16, None),
    ("Deutschkurs für Fortgeschrittene", "Deutsch für Alltag, Beruf und Prüfungen",
     ["deutschkurse", "bildung"], ["gefluechtete-migranten"], 16, None),
    ("Lernhilfe", "Hausübungen, Schularbeiten und Nachprüfungen", ["bildung", "familie"],
     ["kinder-jugendliche"], 6, 15),
    ("Lerncafé", "Lernen in der Gruppe und Hilfe bei den Hausübungen", ["bildung"],
     ["kinder-jugendliche", "gefluechtete-migranten"], 6, 15),
    ("Mieterberatung", "Mietvertrag, Betriebskosten und Kaution", ["wohnen", "beratung"],
     ["alle", "zugezogene"], 18, None),
    ("Wohnungssicherung", "drohender Wohnungsverlust und Mietrückstände", ["wohnen", "geld"],
     ["alle"], 18, None),
    ("Jugendtreff", "Freizeit, Gespräche und gemeinsame Projekte", ["freizeit", "familie"],
     ["kinder-jugendliche"], 12, 21),
    ("Selbsthilfegruppe", "Austausch mit Menschen in ähnlicher Lage",
     ["psychische-gesundheit"], ["alle"], 18, None),
    ("Psychosoziale Beratung", "seelische Belastungen, Ängste und Krisen",
     ["psychische-gesundheit", "beratung"], ["alle"], None, None),
    ("Frauenberatung", "Gewalt, Trennung, Beruf und Existenzsicherung", ["frauen", "beratung"],
     ["frauen-maedchen"], None, None),
    ("Mädchentreff", "Stärkung, Freizeit und Berufsorientierung", ["frauen", "freizeit"],
     ["frauen-maedchen", "kinder-jugendliche"], 10, 19),
    ("Arbeitsassistenz", "Arbeitssuche und Arbeitsplatzsicherung", ["arbeit", "behinderung"],
     ["menschen-mit-behinderung"], 15, None),
    ("Bewerbungstraining", "Lebenslauf, Bewerbungsschreiben und Vorstellungsgespräch",
     ["arbeit", "bildung"], ["alle", "zugezogene"], 15, None),
    ("Sozialmarkt", "günstige Lebensmittel und Dinge des täglichen Bedarfs", ["geld"],
     ["familien", "alle"], None, None),
    ("Sozialberatung", "Mindestsicherung, Beihilfen und Anträge", ["geld", "beratung"],
     ["alle"], 18, None),
    ("Krisentelefon", "akute seelische Krisen", ["notfall", "psychische-gesundheit"],
     ["alle"], None, None),
    ("Notschlafstelle", "ein sicherer Schlafplatz in einer Notlage", ["notfall", "wohnen"],
     ["alle"], 18, None),
    ("Besuchsdienst", "Gesellschaft und Gespräche gegen die Einsamkeit", ["ehrenamt", "pflege"],
     ["senioren"], None, None),
    ("Freiwilligenbörse", "ehrenamtliches Engagement in Ihrer Gemeinde", ["ehrenamt"],
     ["alle", "zugezogene"], 16, None),
    ("Seniorentanz", "Bewegung, Musik und Geselligkeit", ["freizeit", "kultur"], ["senioren"],
     60, None),
    ("Kulturpass", "kostenloser Eintritt zu Konzerten, Theater und Museen", ["kultur", "geld"],
     ["alle", "familien"], None, None),
    ("Integrationsberatung", "Aufenthalt, Anerkennung und Ankommen in Österreich",
     ["migration", "beratung"], ["gefluechtete-migranten", "zugezogene"], None, None),
    ("Willkommensabend für Zugezogene", "Vereine, Angebote und Menschen in der Gemeinde",
     ["freizeit", "ehrenamt"], ["zugezogene"], None, None),
    ("Mobile Hauskrankenpflege", "medizinische Pflege in den eigenen vier Wänden",
     ["pflege", "gesundheit"], ["senioren", "menschen-mit-behinderung"], None, None),
    ("Gesundheitsberatung", "Ernährung, Bewegung und Vorsorge", ["gesundheit"], ["alle"],
     None, None),
    ("Tagesstätte", "Tagesstruktur, Beschäftigung und Förderung", ["behinderung"],
     ["menschen-mit-behinderung"], 18, None),
    ("Eltern-Kind-Gruppe", "Spielen, Austausch und Fragen rund ums Baby", ["familie"],
     ["familien"], 0, 3),
    ("Computerkurs für Senior*innen", "Smartphone, E-Mail und Videotelefonie",
     ["bildung", "freizeit"], ["senioren"], 60, None),
    ("Essen auf Rädern", "warme Mahlzeiten, die ins Haus geliefert werden", ["pflege"],
     ["senioren", "menschen-mit-behinderung"], None, None),
    ("Rechtsberatung", "Fragen zu Arbeitsrecht, Familienrecht und Verträgen", ["beratung"],
     ["alle"], 18, None),
]

# The topics above are nominative, so every template puts them after a colon.
FIRST_SENTENCES = [
    "Schwerpunkte des Angebots: {topic}.",
    "Das Angebot „{kind}“ hilft bei diesen Themen: {topic}.",
    "Wir beraten und begleiten Sie persönlich – im Mittelpunkt: {topic}.",
    "Worum es geht: {topic}.",
]
MORE_SENTENCES = [
    "Die Beratung ist auf Wunsch auch anonym möglich.",
    "Gemeinsam suchen wir nach Lösungen, die zu Ihrer Lebenssituation passen.",
    "Bitte bringen Sie alle wichtigen Unterlagen zum ersten Gespräch mit.",
    "Für Menschen mit geringem Einkommen gibt es Ermäßigungen.",
    "Auf Wunsch kommen wir auch zu Ihnen nach Hause.",
    "Dolmetschleistungen können nach Absprache organisiert werden.",
    "Die Treffen finden in einer kleinen Gruppe mit höchstens zwölf Personen statt.",
    "Ein Einstieg ist jederzeit möglich, auch ohne Vorkenntnisse.",
    "Wir arbeiten eng mit anderen Beratungsstellen in der Südsteiermark zusammen.",
    "Außerdem informieren wir über Förderungen und Zuschüsse des Landes.",
    "Alle Mitarbeiter*innen unterliegen der Schweigepflicht.",
    "Angehörige und Bezugspersonen sind herzlich willkommen.",
    "Größere Gruppen melden sich bitte vorab telefonisch an.",
    "Während der Schulferien gelten geänderte Öffnungszeiten.",
    "Kaffee und Tee stehen für alle Besucher*innen bereit.",
    "Für Rückfragen erreichen Sie uns gerne auch per E-Mail.",
    "Die Räume sind gut mit öffentlichen Verkehrsmitteln erreichbar.",
    "Eine Begleitung zu Ämtern und Behörden ist möglich.",
    "Wir freuen uns über Ihren Besuch und heißen alle Menschen willkommen.",
    "Bei Bedarf vermitteln wir Sie gerne an spezialisierte Stellen weiter.",
]
APPLICATION = [
    "Bitte vereinbaren Sie telefonisch einen Termin.",
    "Kommen Sie einfach während der Öffnungszeiten vorbei – eine Anmeldung ist nicht nötig.",
    "Anmeldung per E-Mail oder über das Formular auf unserer Website.",
    "Die Zuweisung erfolgt über Ihre Betreuerin bzw. Ihren Betreuer beim Arbeitsmarktservice.",
    "Rufen Sie uns an; wir klären gemeinsam, welche Unterlagen Sie benötigen.",
    "Die Anmeldung ist bis spätestens eine Woche vor Kursbeginn möglich.",
]
ELIGIBILITY = {
    "familien": "Für Familien, Alleinerziehende und werdende Eltern im Bezirk Leibnitz.",
    "kinder-jugendliche": "Für Kinder und Jugendliche sowie ihre Eltern.",
    "senioren": "Für Senior*innen und ihre pflegenden Angehörigen.",
    "menschen-mit-behinderung": "Für Menschen mit Behinderung oder chronischer Erkrankung.",
    "gefluechtete-migranten": "Für geflüchtete Menschen und Migrant*innen jeden Alters.",
    "frauen-maedchen": "Für Frauen und Mädchen – auch anonym.",
    "zugezogene": "Für Menschen, die neu in die Südsteiermark gezogen sind.",
    "alle": "Für alle Menschen, die im Bezirk Leibnitz wohnen oder arbeiten.",
}
ACCESSIBILITY: list[tuple[str, str | None]] = [
    ("Rollstuhlgerechter Eingang", "Rampe an der Rückseite des Gebäudes, Türbreite 95 cm."),
    ("Barrierefreies WC", "Im Erdgeschoß, mit dem Euroschlüssel zugänglich."),
    ("Lift vorhanden", None),
    ("Induktive Höranlage", "Im großen Beratungsraum; Hörgerät auf T-Spule stellen."),
    ("Nicht barrierefrei", "Der Beratungsraum liegt im 1. Stock, es gibt keinen Lift."),
    ("Behindertenparkplatz", "Direkt vor dem Haus, Zufahrt über die Beispielgasse."),
    ("Leitsystem für blinde Menschen", "Taktiler Bodenleitstreifen vom Gehsteig bis zur Tür."),
]
PLACES = [
    "Sozialzentrum",
    "Beratungsstelle",
    "Jugendzentrum",
    "Bildungshaus",
    "Pfarrzentrum",
    "Gemeindezentrum",
    "Familienzentrum",
    "Seniorentreff",
    "Begegnungszentrum",
    "Gesundheitszentrum",
]
TRANSPORT = [
    "Bushaltestelle „Beispielplatz“ in zwei Gehminuten erreichbar.",
    "Vom Bahnhof Leibnitz etwa zehn Minuten zu Fuß.",
    "Regionalbus bis „Ortsmitte“, dann 200 Meter geradeaus.",
    "Parkplätze im Hof; Fahrradabstellplätze beim Eingang.",
    "Mit dem Anrufsammeltaxi erreichbar (Voranmeldung nötig).",
]
# (kind, "<article> {name} <verb>", legal status)
ORG_KINDS = [
    ("Verein für Sozialarbeit", "Der {name} ist", "Verein"),
    ("Sozialverein", "Der {name} ist", "Verein"),
    ("Hilfswerk", "Das {name} ist", "Verein"),
    ("Bildungswerk", "Das {name} ist", "Verein"),
    ("Familienzentrum", "Das {name} ist", "Verein"),
    ("Beratungszentrum", "Das {name} ist", "gemeinnützige GmbH"),
    ("Sozialdienste", "Die {name} sind", "gemeinnützige GmbH"),
    ("Pflegedienst", "Der {name} ist", "gemeinnützige GmbH"),
    ("Gemeindeverband", "Der {name} ist", "Körperschaft öffentlichen Rechts"),
    ("Pfarrcaritas", "Die {name} ist", "Körperschaft öffentlichen Rechts"),
]
FUNDING = [
    "Gefördert vom Land Steiermark und den Gemeinden des Bezirks.",
    "Finanziert aus Mitgliedsbeiträgen und Spenden.",
    "Mit Unterstützung des Europäischen Sozialfonds.",
    "Gefördert vom Sozialministerium und vom Land Steiermark.",
]
FIRST_NAMES = ["Anna", "Maria", "Jürgen", "Sabine", "Günther", "Lena", "Jörg", "Elif", "Amir",
               "Natalija", "Michael", "Theresa", "Bernd", "Sophie", "Karin", "Stefan"]
LAST_NAMES = ["Pölzl", "Gruber", "Huber", "Wagner", "Pichler", "Steiner", "Moser", "Hofer",
              "Leitner", "Weiß", "Strauß", "Kainz", "Fuchs", "Reiterer", "Schößwender", "Gößler",
              "Krenn", "Tröstl", "Müller", "Kößler"]
TITLES = ["Sozialarbeiterin", "Sozialarbeiter", "Leitung", "Beraterin", "Berater", "Koordination",
          "Pflegefachkraft", "Kursleitung"]
# (code, German name) for languages beside German.
LANGUAGES: list[tuple[str, str]] = [
    ("en", "Englisch"),
    ("bs", "Bosnisch/Kroatisch/Serbisch"),
    ("tr", "Türkisch"),
    ("ar", "Arabisch"),
    ("fa", "Farsi/Dari"),
    ("uk", "Ukrainisch"),
    ("ro", "Rumänisch"),
    ("hu", "Ungarisch"),
    ("sl", "Slowenisch"),
    ("asq", "Österreichische Gebärdensprache"),
]
LANGUAGE_NOTES = [
    "durch zweisprachige Mitarbeiter*innen",
    "mit Dolmetsch nach Vereinbarung",
    "Informationsblätter in dieser Sprache",
    None,
]
DOCUMENTS = ["Lichtbildausweis", "Meldezettel", "Einkommensnachweise der letzten drei Monate",
             "e-card", "Mietvertrag", "Behindertenpass", "Pflegegeldbescheid",
             "Aufenthaltstitel", "Schulnachricht bzw. Zeugnis"]
ALERTS = [
    "Wegen Umbau bis auf Weiteres geschlossen.",
    "Derzeit keine Neuaufnahmen – bitte auf die Warteliste setzen lassen.",
    "Achtung: geänderte Öffnungszeiten in den Ferien.",
]

DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
DAY_NAMES = {"MO": "Montag", "TU": "Dienstag", "WE": "Mittwoch", "TH": "Donnerstag",
             "FR": "Freitag", "SA": "Samstag", "SU": "Sonntag"}
ORDINALS = {1: "ersten", 2: "zweiten", 3: "dritten", 4: "vierten", -1: "letzten"}
WEEKLY_DAYS = ["MO,TU,WE,TH,FR", "MO,TU,WE,TH,FR", "MO,WE,FR", "TU,TH", "MO", "TU", "WE",
               "TH", "FR", "MO,TU,TH", "SA", "MO,TU,WE,TH"]
WINDOWS = [("08:00", "12:00"), ("09:00", "12:00"), ("08:30", "15:30"), ("13:00", "16:00"),
           ("14:00", "18:00"), ("16:00", "19:00"), ("18:00", "20:00"), ("10:00", "13:00")]
AFTERNOONS = [("13:00", "16:00"), ("14:00", "17:00"), ("15:00", "18:00")]
# (valid_from, valid_to, German description); the last range lies in the past.
RANGES = [
    ("2025-09-08", "2026-07-10", "Im Schuljahr 2025/26"),
    ("2026-07-13", "2026-09-11", "Sommerprogramm 2026"),
    ("2025-10-01", "2026-01-31", "Wintersemester 2025/26"),
    ("2026-03-01", "2026-06-30", "Sommersemester 2026"),
    ("2024-09-09", "2025-07-04", "Im Schuljahr 2024/25"),
]
BY_APPOINTMENT = [
    "Termine nach telefonischer Vereinbarung.",
    "Termine nach Vereinbarung – auch Hausbesuche sind möglich.",
    "Sprechstunden nach Vereinbarung; in den Schulferien geschlossen.",
]
ATTENDING = ["Vor Ort", "Vor Ort oder per Videotelefonie", "Telefonisch oder vor Ort"]

REFERENCE_DAY = dt.date(2025, 1, 1)


def _slug(text: str) -> str:
    """A lower-case ASCII slug ("Mädchentreff Straß" -> "maedchentreff-strass")."""
    text = text.lower().replace("*", "")
    for umlaut, ascii_ in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss"), ("é", "e")):
        text = text.replace(umlaut, ascii_)
    return "-".join("".join(c if c.isalnum() else " " for c in text).split())


KIND_SLUGS = [_slug(kind[0]) for kind in KINDS]
ALL_CATEGORY_CODES = [code for code, _name, _parent in CATEGORY_TERMS]
ALL_TARGET_CODES = [code for code, _name, _parent in TARGET_GROUP_TERMS]
# One shared, identical term object per code (attribute() builds a fresh copy on every call).
_TERMS: dict[tuple[str, str], Obj] = {
    **{(CATEGORIES.key, c): term(CATEGORIES, c) for c in ALL_CATEGORY_CODES},
    **{(TARGET_GROUPS.key, c): term(TARGET_GROUPS, c) for c in ALL_TARGET_CODES},
}


class _Builder:
    """Draws one feed from a seeded generator; organisations and locations are drawn first."""

    def __init__(self, n: int, seed: int) -> None:
        self.rng = random.Random(seed)
        self.organizations: list[Obj] = []
        self.org_locations: list[list[Obj]] = []
        self.programs: list[Obj | None] = []
        self.location_count = 0
        for k in range(max(1, round(n / 5)) if n else 0):
            self._organization(k + 1)

    # -- small helpers -------------------------------------------------------------------------

    def uuid(self) -> str:
        """A random version-4 UUID, equal to ``str(uuid.UUID(int=bits, version=4))``."""
        bits = self.rng.getrandbits(128)
        bits = (bits & ~(0xF000 << 64) & ~(0xC000 << 48)) | (0x4000 << 64) | (0x8000 << 48)
        h = f"{bits:032x}"
        return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"

    def phone(self, description: str) -> Obj:
        """A phone with a fictitious Leibnitz number ("+43 3452 00 123")."""
        return {
            "id": self.uuid(),
            "number": f"+43 3452 00 {self.rng.randrange(1000):03d}",
            "type": "voice",
            "description": description,
        }

    def town(self) -> tuple[str, str, float, float]:
        """A town of the district, weighted towards Leibnitz."""
        return self.rng.choices(TOWNS, TOWN_WEIGHTS)[0]

    def day(self, start: dt.date, span_days: int) -> dt.date:
        """A day in ``[start, start + span_days]``."""
        return start + dt.timedelta(days=self.rng.randrange(span_days + 1))

    # -- shared objects ------------------------------------------------------------------------

    def _organization(self, k: int) -> None:
        """Draws organisation ``k`` with its locations and (sometimes) a programme."""
        rng = self.rng
        kind, subject, legal = rng.choice(ORG_KINDS)
        home = self.town()
        name = f"Beispiel-{kind} {home[0]} {k}"
        slug = f"{_slug(kind)}-{k}"
        org_id = self.uuid()
        year = rng.randint(1950, 2022)
        org: Obj = {
            "id": org_id,
            "name": name,
            "description": f"{subject.format(name=name)} seit {year} im Bezirk Leibnitz tätig.",
            "email": f"office.{slug}@example.org",
            "website": f"https://www.example.org/organisationen/{slug}",
            "legal_status": legal,
            "year_incorporated": year,
            "phones": [self.phone("Zentrale")],
        }
        if rng.random() < 0.3:
            org["funding"] = [
                {"id": self.uuid(), "source": rng.choice(FUNDING)}
            ]
        self.organizations.append(org)
        self.org_locations.append(
            [self._location(org_id, home if rng.random() < 0.7 else self.town())
             for _ in range(rng.choice((1, 1, 2, 2, 3)))]
        )
        program: Obj | None = None
        if rng.random() < 0.2:
            program = {
                "id": self.uuid(),
                "organization_id": org_id,
                "name": f"Beispiel-Programm „Gemeinsam in {home[0]}“ {k}",
                "description": "Ein Bündel von Angeboten, die gemeinsam gefördert werden.",
            }
        self.programs.append(program)

    def _location(self, org_id: str, town: tuple[str, str, float, float]) -> Obj:
        """A physical location with one address in ``town``."""
        rng = self.rng
        name, postal, lat, lon = town
        place = rng.choice(PLACES)
        loc_id = self.uuid()
        self.location_count += 1
        location: Obj = {
            "id": loc_id,
            "location_type": "physical",
            "organization_id": org_id,
            "name": f"Beispiel-{place} {name} {self.location_count}",
            "latitude": round(lat + rng.uniform(-0.006, 0.006), 5),
            "longitude": round(lon + rng.uniform(-0.009, 0.009), 5),
            "addresses": [{
                "id": self.uuid(),
                "address_1": f"{rng.choice(STREETS)} {rng.randint(1, 60)}",
                "city": name,
                "region": "Bezirk Leibnitz",
                "state_province": "Steiermark",
                "postal_code": postal,
                "country": "AT",
                "address_type": "physical",
            }],
            "accessibility": [
                {"id": self.uuid(), "description": description,
                 **({"details": details} if details else {})}
                for description, details in rng.sample(ACCESSIBILITY, rng.choice((1, 1, 1, 2)))
            ],
        }
        if rng.random() < 0.5:
            location["transportation"] = rng.choice(TRANSPORT)
        if rng.random() < 0.3:
            location["phones"] = [self.phone("Empfang")]
        if rng.random() < 0.2:
            location["schedules"] = [{
                "id": self.uuid(),
                "freq": "WEEKLY",
               
                "byday": "MO,TU,WE,TH,FR",
                "opens_at": "08:00",
                "closes_at": "16:00",
                "description": "Öffnungszeiten des Hauses (außer an Feiertagen).",
            }]
        return location

    # -- per-service objects -------------------------------------------------------------------

    def schedules(self, kind: int) -> list[Obj]:
        """0–2 schedules: weekly, monthly on the nth weekday, time-limited or text only."""
        rng = self.rng
        if KINDS[kind][2][0] == "notfall":
            return [{"id": self.uuid(), "freq": "WEEKLY",
                     "byday": ",".join(DAYS), "opens_at": "00:00", "closes_at": "23:59",
                     "description": "Rund um die Uhr erreichbar, auch an Sonn- und Feiertagen."}]
        r = rng.random()
        if r < 0.05:
            return []
        if r < 0.15:
            return [{"id": self.uuid(), "description": rng.choice(BY_APPOINTMENT)}]
        if r < 0.30:
            nth, day = rng.choice((1, 2, 3, 4, -1)), rng.choice(DAYS[:5])
            opens, closes = rng.choice(WINDOWS)
            return [{"id": self.uuid(), "freq": "MONTHLY", "byday": f"{nth}{day}",
                     "opens_at": opens, "closes_at": closes,
                     "description": f"Jeden {ORDINALS[nth]} {DAY_NAMES[day]} im Monat "
                                    f"von {opens} bis {closes} Uhr."}]
        opens, closes = rng.choice(WINDOWS)
        first: Obj = {"id": self.uuid(), "freq": "WEEKLY",
                      "byday": rng.choice(WEEKLY_DAYS), "opens_at": opens, "closes_at": closes}
        if rng.random() < 0.3:
            first["attending_type"] = rng.choice(ATTENDING)
        out = [first]
        if r < 0.45:
            valid_from, valid_to, text = rng.choice(RANGES)
            first.update(valid_from=valid_from, valid_to=valid_to, description=f"{text}.")
        elif opens < "12:00" and rng.random() < 0.3:
            opens, closes = rng.choice(AFTERNOONS)
            out.append({"id": self.uuid(), "freq": "WEEKLY",
                        "byday": rng.choice(("TU", "TH", "MO,WE")),
                        "opens_at": opens, "closes_at": closes})
        return out

    def attributes(self, service_id: str, kind: int) -> list[Obj]:
        """1–3 categories, 1–3 target groups: (some of) the kind's own, maybe one at random."""
        rng = self.rng
        _name, _topic, cats, groups, _lo, _hi = KINDS[kind]
        cats = cats if rng.random() < 0.3 else cats[:1]
        if rng.random() < 0.15:
            extra = rng.choice(ALL_CATEGORY_CODES)
            if extra not in cats:
                cats = [*cats, extra]
        groups = groups if rng.random() < 0.2 else groups[:1]
        if rng.random() < 0.1:
            extra = rng.choice(ALL_TARGET_CODES)
            if extra not in groups:
                groups = [*groups, extra]
        out: list[Obj] = []
        for taxonomy, codes in ((CATEGORIES, cats[:3]), (TARGET_GROUPS, groups[:3])):
            for code in codes:
                out.append(self._attribute(service_id, taxonomy, code))
        return out

    @staticmethod
    def _attribute(service_id: str, taxonomy: Taxonomy, code: str) -> Obj:
        """``attribute()`` with its term swapped for the shared, identical instance."""
        attr = attribute(service_id, taxonomy, code)
        attr["taxonomy_term"] = _TERMS[taxonomy.key, code]
        return attr

    def service(self, i: int) -> Obj:
        """Service number ``i`` (0-based)."""
        rng = self.rng
        org_index = rng.randrange(len(self.organizations))
        org = self.organizations[org_index]
        kind = rng.randrange(len(KINDS))
        kind_name, topic, _cats, groups, min_age, max_age = KINDS[kind]
        sid = self.uuid()
        k = i + 1

        locations = self.org_locations[org_index]
        r = rng.random()
        n_locations = 0 if r < 0.05 else 2 if r < 0.2 and len(locations) > 1 else 1
        chosen = rng.sample(locations, n_locations)
        place = chosen[0]["addresses"][0]["city"] if chosen else rng.choice(AREAS)

        sentences = [rng.choice(FIRST_SENTENCES).format(topic=topic, kind=kind_name)]
        sentences += rng.sample(MORE_SENTENCES, rng.randint(1, 3))
        slug = f"{KIND_SLUGS[kind]}-{k}"
        service: Obj = {
            "id": sid,
            "organization_id": org["id"],
            "name": f"Beispiel-{kind_name} {place} Nr. {k}",
            "description": " ".join(sentences),
            "url": f"https://www.example.org/angebote/{slug}",
            "email": f"{slug}@example.org",
            "status": "inactive" if rng.random() < 0.02 else "active",
        }
        program = self.programs[org_index]
        if program is not None and rng.random() < 0.4:
            service["program_id"] = program["id"]
        service["application_process"] = rng.choice(APPLICATION)
        service["eligibility_description"] = ELIGIBILITY[groups[0]]
        if min_age is not None:
            service["minimum_age"] = min_age
        if max_age is not None:
            service["maximum_age"] = max_age
        assured = self.day(REFERENCE_DAY, 364)
        service["assured_date"] = assured.isoformat()
        service["assurer_email"] = "redaktion@example.org"
        if rng.random() < 0.01:
            service["alert"] = rng.choice(ALERTS)
        modified = self.day(assured, 60)
        service["last_modified"] = (
            f"{modified.isoformat()}T{rng.randrange(7, 19):02d}:{rng.randrange(60):02d}:00Z"
        )
        service["organization"] = org
        if "program_id" in service:
            service["program"] = program

        service["phones"] = [self.phone("Beratungstelefon")]
        if rng.random() < 0.1:
            service["phones"].append(self.phone("Anmeldung (auch SMS)"))

        sals: list[Obj] = []
        per_location = n_locations > 1 and rng.random() < 0.5
        for location in chosen:
            sal: Obj = {"id": self.uuid(), "location_id": location["id"]}
            if per_location:
                sal["description"] = f"{kind_name} in {location['addresses'][0]['city']}"
                sal["schedules"] = self.schedules(kind)
            sal["location"] = location
            sals.append(sal)
        service["schedules"] = [] if per_location else self.schedules(kind)
        if rng.random() < 0.5:
            service["service_areas"] = [{
                "id": self.uuid(),
                "name": f"Beispiel-Gebiet {place}",
                "description": f"Für Menschen aus {place} und Umgebung.",
            }]
        service["service_at_locations"] = sals

        languages = [{"id": self.uuid(), "name": "Deutsch", "code": "de"}]
        extra = rng.sample(LANGUAGES, rng.choice((0, 0, 0, 1, 1, 2, 3)))
        for code, name in extra:
            language: Obj = {"id": self.uuid(), "name": name, "code": code}
            note = rng.choice(LANGUAGE_NOTES)
            if note:
                language["note"] = note
            languages.append(language)
        service["languages"] = languages
        if extra:
            service["interpretation_services"] = (
                "Beratung auch auf " + ", ".join(name for _code, name in extra) + " möglich."
            )

        r = rng.random()
        cost: Obj = {"id": self.uuid(), "currency": "EUR"}
        if r < 0.55:
            cost.update(option="Kostenlos", amount=0)
            service["fees_description"] = "Das Angebot ist kostenlos."
        elif r < 0.8:
            amount = rng.choice((3, 5, 10, 15, 20))
            cost.update(option="Kostenbeitrag pro Termin", amount=amount,
                        amount_description="Ermäßigung mit Sozialpass möglich.")
            service["fees_description"] = f"Kostenbeitrag € {amount},– pro Termin."
        else:
            amount = rng.choice((40, 60, 90, 120))
            valid_from, valid_to, text = rng.choice(RANGES[:4])
            cost.update(option=f"Kursbeitrag ({text})", amount=amount,
                        valid_from=valid_from, valid_to=valid_to)
            service["fees_description"] = f"Kursbeitrag € {amount},–; Ratenzahlung möglich."
        service["cost_options"] = [cost]

        if rng.random() < 0.25:
            service["required_documents"] = [
                {"id": self.uuid(), "document": document}
                for document in rng.sample(DOCUMENTS, rng.randint(1, 2))
            ]
        if rng.random() < 0.4:
            first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
            service["contacts"] = [{
                "id": self.uuid(),
                "name": f"Beispiel-{first} {last}",
                "title": rng.choice(TITLES),
                "email": f"{_slug(first)}.{_slug(last)}@example.org",
            }]
        service["attributes"] = self.attributes(sid, kind)
        return service


def iter_feed(n: int = 50_000, seed: int = 1) -> Iterator[Obj]:
    """Yields the services of :func:`make_feed` one by one (organisations are drawn up front).

    Args:
        n: Number of services.
        seed: Seed of the random generator; the same seed gives the same feed.

    Yields:
        Full HSDS 3.0 service objects. Organisations, programmes, locations and taxonomy terms
        are shared: the same dict instance wherever they appear, so treat them as read-only.
        As in the HSDS example, nested objects leave out their parents' ids (``service_id``,
        ``location_id``, ...); service-at-locations keep ``location_id``. Schedule times are
        local "HH:MM" without a UTC offset.
    """
    builder = _Builder(n, seed)
    for i in range(n):
        yield builder.service(i)


def make_feed(n: int = 50_000, seed: int = 1) -> list[Obj]:
    """Makes a deterministic synthetic feed of fictitious Sozialatlas offers.

    Args:
        n: Number of services.
        seed: Seed of the random generator; the same seed gives the same feed.

    Returns:
        ``n`` full HSDS 3.0 service objects (shared sub-objects are shared dict instances).
    """
    return list(iter_feed(n, seed))


def _dumps(obj: Any) -> str:
    """Compact UTF-8 JSON (umlauts stay readable)."""
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def page_file_name(page_number: int) -> str:
    """The file name of page ``page_number`` (1-based) in a paged feed directory."""
    return f"page-{page_number:05d}.json"


def write_feed(
    path: str | Path, n: int = 50_000, seed: int = 1, paged: bool = False, page_size: int = 500
) -> list[Path]:
    """Writes a feed as one JSON list or as a directory of HSDS API ``Page`` files.

    Services are generated and written one by one, so memory stays low even for large ``n``.

    Args:
        path: The JSON file (``paged=False``) or the directory for the page files.
        n: Number of services.
        seed: Seed of the random generator.
        paged: Write ``page-00001.json``, ``page-00002.json``, ... into ``path``; each is
            ``{"total_items", "total_pages", "page_number", "size", "first_page", "last_page",
            "empty", "contents"}`` with 1-based page numbers. An empty feed gives one empty page.
        page_size: Services per page.

    Returns:
        The files written.

    Raises:
        ValueError: If ``n`` is negative or ``page_size`` is not positive.
    """
    if n < 0 or page_size < 1:
        raise ValueError(f"bad count {n} or page size {page_size}")
    path = Path(path)
    services = iter_feed(n, seed)
    if not paged:
        path.parent.mkdir(parents=True, exist_ok=True)
        with path.open("w", encoding="utf-8") as f:
            f.write("[")
            for i, service in enumerate(services):
                f.write(",\n" if i else "\n")
                f.write(_dumps(service))
            f.write("\n]\n")
        return [path]
    path.mkdir(parents=True, exist_ok=True)
    total_pages = max(1, math.ceil(n / page_size))
    written: list[Path] = []
    for page_number in range(1, total_pages + 1):
        contents = list(islice(services, page_size))
        page = {
            "total_items": n,
            "total_pages": total_pages,
            "page_number": page_number,
            "size": len(contents),
            "first_page": page_number == 1,
            "last_page": page_number == total_pages,
            "empty": not contents,
            "contents": contents,
        }
        target = path / page_file_name(page_number)
        target.write_text(_dumps(page) + "\n", encoding="utf-8")
        written.append(target)
    return written


def main(argv: Sequence[str] | None = None) -> int:
    """Command line: ``python -m tools.make_feed --count N --seed S --out F [--paged DIR]``.

    Args:
        argv: Arguments (default: ``sys.argv[1:]``).

    Returns:
        The exit status.
    """
    parser = argparse.ArgumentParser(prog="python -m tools.make_feed", description=__doc__)
    parser.add_argument("--count", type=int, default=50_000, help="number of services")
    parser.add_argument("--seed", type=int, default=1, help="random seed (same seed, same feed)")
    parser.add_argument("--out", type=Path, help="write one JSON list to this file")
    parser.add_argument("--paged", type=Path, metavar="DIR", help="write HSDS Page files here")
    parser.add_argument("--page-size", type=int, default=500, help="services per page")
    args = parser.parse_args(argv)
    if args.out is None and args.paged is None:
        parser.error("give --out FILE and/or --paged DIR")
    if args.count < 0 or args.page_size < 1:
        parser.error("--count must be >= 0 and --page-size >= 1")
    for target, paged in ((args.out, False), (args.paged, True)):
        if target is None:
            continue
        started = time.perf_counter()
        files = write_feed(target, args.count, args.seed, paged=paged, page_size=args.page_size)
        size = sum(f.stat().st_size for f in files)
        print(f"{target}: {args.count} services in {len(files)} file(s), "
              f"{size / 1e6:.1f} MB, {time.perf_counter() - started:.1f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
