"""Read functions over the atlas; they return frozen dataclasses, never ORM objects."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Exists,
    Select,
    and_,
    bindparam,
    func,
    literal,
    literal_column,
    or_,
    select,
    text,
    tuple_,
    union_all,
)
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, aliased, sessionmaker
from sqlalchemy.sql.elements import TextClause

from kiosk.data.models import (
    Accessibility,
    Address,
    Attribute,
    Contact,
    CostOption,
    FeedInfo,
    Language,
    Location,
    Organization,
    Phone,
    Schedule,
    Service,
    ServiceAtLocation,
    Taxonomy,
    TaxonomyTerm,
    TermAncestor,
    TermStat,
)

Sessions = sessionmaker[Session]


@dataclass(frozen=True, slots=True)
class TaxonomyRoles:
    """Which taxonomy (by id or name) plays which role in the kiosk."""

    categories: str = "Sozialatlas-Kategorien"
    target_groups: str = "Sozialatlas-Zielgruppen"


@dataclass(frozen=True, slots=True)
class TermCount:
    """A top-level term (a category or a target group) with its number of active offers."""

    id: str
    code: str
    name: str
    offers: int


@dataclass(frozen=True, slots=True)
class OfferRow:
    """One row of an offer list."""

    id: str
    name: str
    organization: str
    summary: str


@dataclass(frozen=True, slots=True)
class AddressRow:
    """A postal address, ready to print as lines."""

    location_name: str
    lines: tuple[str, ...]
    accessibility: tuple[str, ...]
    transportation: str


@dataclass(frozen=True, slots=True)
class PhoneRow:
    """A phone number with what it is for."""

    number: str
    kind: str
    description: str


@dataclass(frozen=True, slots=True)
class ScheduleRow:
    """An HSDS schedule, as text fields; `kiosk.offer_hours` reads it."""

    freq: str | None
    interval: int | None
    byday: str | None
    bymonthday: str | None
    opens_at: str | None
    closes_at: str | None
    valid_from: str | None
    valid_to: str | None
    dtstart: str | None
    until: str | None
    description: str | None


@dataclass(frozen=True, slots=True)
class CostRow:
    """One cost option in words."""

    option: str
    amount: float | None
    currency: str
    description: str


@dataclass(frozen=True, slots=True)
class TermRef:
    """A term attached to an offer."""

    id: str
    name: str


@dataclass(frozen=True, slots=True)
class OfferDetail:
    """Everything the offer screen, the QR codes and the printed slip show of one offer."""

    id: str
    name: str
    organization: str
    description: str
    url: str
    email: str
    addresses: tuple[AddressRow, ...]
    phones: tuple[PhoneRow, ...]
    schedules: tuple[ScheduleRow, ...]
    languages: tuple[str, ...]
    costs: tuple[CostRow, ...]
    fees_description: str
    eligibility: str
    application_process: str
    interpretation_services: str
    alert: str
    assured_date: str
    categories: tuple[TermRef, ...]
    target_groups: tuple[TermRef, ...]
    contact_names: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class FeedStatus:
    """What data the kiosk is showing."""

    source: str
    generated_at: str | None
    loaded_at: str
    offers: int
    active_offers: int
    organizations: int
    is_demo: bool
    warnings: int


def _role_terms(ref: str) -> Select[Any]:
    """Ids of all terms of the taxonomy named or identified by `ref`."""
    named = select(Taxonomy.id).where(or_(Taxonomy.id == ref, Taxonomy.name == ref))
    return select(TaxonomyTerm.id).where(
        or_(TaxonomyTerm.taxonomy_id == ref, TaxonomyTerm.taxonomy == ref,
            TaxonomyTerm.taxonomy_id.in_(named))
    )


def top_terms(sessions: Sessions, taxonomy_ref: str) -> list[TermCount]:
    """The top-level terms of one taxonomy that have active offers, by name."""
    parent = aliased(TaxonomyTerm)
    stmt = (
        select(TaxonomyTerm.id, TaxonomyTerm.code, TaxonomyTerm.name, TermStat.active_offers)
        .join(TermStat, TermStat.term_id == TaxonomyTerm.id)
        .outerjoin(parent, parent.id == TaxonomyTerm.parent_id)
        .where(TaxonomyTerm.id.in_(_role_terms(taxonomy_ref)), parent.id.is_(None),
               TermStat.active_offers > 0)
    )
    with sessions() as s:
        rows = [TermCount(r.id, r.code or "", r.name, r.active_offers) for r in s.execute(stmt)]
    return sorted(rows, key=lambda t: t.name.casefold())


def _tagged(term_id: str) -> Select[Any]:
    """Ids of services tagged with a term or any term below it."""
    return (
        select(Attribute.link_id)
        .join(TermAncestor, TermAncestor.term_id == Attribute.taxonomy_term_id)
        .where(TermAncestor.ancestor_id == term_id)
    )


def _has_term(term_id: str) -> Exists:
    """Whether the service of the outer query is tagged with a term or a term below it."""
    return (
        select(Attribute.link_id)
        .join(TermAncestor, TermAncestor.term_id == Attribute.taxonomy_term_id)
        .where(Attribute.link_id == Service.id, TermAncestor.ancestor_id == term_id)
        .exists()
    )


def offers(
    sessions: Sessions, *, category_id: str | None = None, target_group_id: str | None = None,
    limit: int | None = None,
) -> list[OfferRow]:
    """Active offers with a category and/or a target group (or below them), by name.

    With `limit`, only the first rows: a screenful to show while the rest is read.
    """
    stmt = (
        select(Service.id, Service.name, Organization.name.label("org"), Service.summary)
        .outerjoin(Organization, Organization.id == Service.organization_id)
        .where(Service.status == "active")
        .order_by(Service.sort_key, Service.id)
    )
    for term_id in (category_id, target_group_id):
        if term_id:
            # The whole list: collect the tagged ids, then sort them. A first screenful:
            # walk the name index and test each offer, stopping after `limit` rows.
            stmt = stmt.where(_has_term(term_id) if limit else Service.id.in_(_tagged(term_id)))
    if limit is not None:
        stmt = stmt.limit(limit)
    with sessions() as s:
        return [OfferRow(r.id, r.name, r.org or "", r.summary or "") for r in s.execute(stmt)]


# A list longer than this is read page by page along the sort index, testing each offer's
# terms (a page touches ~limit / density rows); a shorter one is collected by its tagged
# ids and sorted (a few milliseconds). Walking the index for a sparse list would test
# nearly every offer in the atlas for a single page.
WALK_INDEX_FROM = 1500


@dataclass(frozen=True, slots=True)
class ListQuery:
    """One offer list: active offers with a category and/or a target group (or below them).

    `only_ids` (a JSON array of offer ids) narrows the list further, e.g. to the offers
    open right now; `walk_index` chooses the plan of a page (see WALK_INDEX_FROM).
    """

    category_id: str | None = None
    target_group_id: str | None = None
    only_ids: str | None = None
    walk_index: bool = True


@dataclass(frozen=True, slots=True)
class OfferPage:
    """Some rows of a list in its order, and the key to read the rows after them."""

    rows: tuple[OfferRow, ...]
    after: tuple[str, str] | None  # (sort_key, id) of the last row; None: the list ends here


def offers_count(sessions: Sessions, query: ListQuery) -> int:
    """How many offers a list has: the precomputed term count, else one COUNT."""
    terms = [t for t in (query.category_id, query.target_group_id) if t]
    with sessions() as s:
        if len(terms) == 1 and query.only_ids is None:
            found = s.scalar(select(TermStat.active_offers).where(TermStat.term_id == terms[0]))
            return int(found or 0)
        stmt = select(func.count()).select_from(Service).where(Service.status == "active")
        for term_id in terms:
            stmt = stmt.where(Service.id.in_(_tagged(term_id)))
        if query.only_ids is not None:
            stmt = stmt.where(Service.id.in_(_json_ids(query.only_ids)))
        return int(s.scalar(stmt) or 0)


def _json_ids(ids_json: str) -> Select[Any]:
    return select(func.json_each(ids_json).table_valued("value").c.value)


def offer_ids(sessions: Sessions, query: ListQuery) -> list[str]:
    """The ids of a list's offers, in no particular order (for the "open now" filter)."""
    stmt = select(Service.id).where(Service.status == "active")
    for term_id in (query.category_id, query.target_group_id):
        if term_id:
            stmt = stmt.where(Service.id.in_(_tagged(term_id)))
    with sessions() as s:
        return list(s.scalars(stmt))


def offers_page(sessions: Sessions, query: ListQuery, *, after: tuple[str, str] | None,
                limit: int) -> OfferPage:
    """The next `limit` rows of a list after the row with key `after` (keyset pagination).

    Each page is its own short statement over the sort index (status, sort_key, id), so
    no row of the list is held anywhere but in the pages already read.
    """
    stmt = (
        select(Service.id, Service.name, Organization.name.label("org"), Service.summary,
               Service.sort_key)
        .outerjoin(Organization, Organization.id == Service.organization_id)
        .where(Service.status == "active")
        .order_by(Service.sort_key, Service.id)
    )
    if query.only_ids is not None:
        stmt = stmt.where(Service.id.in_(_json_ids(query.only_ids)))
    for term_id in (query.category_id, query.target_group_id):
        if term_id:
            stmt = stmt.where(_has_term(term_id) if query.walk_index
                              else Service.id.in_(_tagged(term_id)))
    if after is not None:
        stmt = stmt.where(tuple_(Service.sort_key, Service.id) > tuple_(*after))
    with sessions() as s:
        found = list(s.execute(stmt.limit(limit)))
    rows = tuple(OfferRow(r.id, r.name, r.org or "", r.summary or "") for r in found)
    last = found[-1] if len(found) == limit else None
    return OfferPage(rows, (last.sort_key or "", last.id) if last is not None else None)


def first_offers_page(sessions: Sessions, query: ListQuery, limit: int) -> tuple[int, OfferPage,
                                                                                ListQuery]:
    """A list's count and its first page, with the plan its further pages should use."""
    count = offers_count(sessions, query)
    plan = ListQuery(query.category_id, query.target_group_id, query.only_ids,
                     walk_index=query.only_ids is None and count >= WALK_INDEX_FROM)
    return count, offers_page(sessions, plan, after=None, limit=limit), plan


def offers_by_ids(sessions: Sessions, ids: list[str]) -> list[OfferRow]:
    """Active offers by id, in the order given (unknown or inactive ids are left out)."""
    if not ids:
        return []
    stmt = (
        select(Service.id, Service.name, Organization.name.label("org"), Service.summary)
        .outerjoin(Organization, Organization.id == Service.organization_id)
        .where(Service.id.in_(ids), Service.status == "active")
    )
    with sessions() as s:
        found = {r.id: OfferRow(r.id, r.name, r.org or "", r.summary or "")
                 for r in s.execute(stmt)}
    return [found[i] for i in ids if i in found]


def term_counts_within(
    sessions: Sessions, taxonomy_ref: str, *, within_term_id: str
) -> list[TermCount]:
    """Top-level terms of one taxonomy, counted among the active offers of another term.

    Used for the filter chips: in a category, how many offers has each target group?
    """
    top = aliased(TaxonomyTerm)
    parent = aliased(TaxonomyTerm)
    stmt = (
        select(top.id, top.code, top.name, func.count(func.distinct(Attribute.link_id)))
        .select_from(Attribute)
        .join(TermAncestor, TermAncestor.term_id == Attribute.taxonomy_term_id)
        .join(top, top.id == TermAncestor.ancestor_id)
        .outerjoin(parent, parent.id == top.parent_id)
        .join(Service, and_(Service.id == Attribute.link_id, Service.status == "active"))
        .where(top.id.in_(_role_terms(taxonomy_ref)), parent.id.is_(None),
               Attribute.link_id.in_(_tagged(within_term_id)))
        .group_by(top.id)
    )
    with sessions() as s:
        rows = [TermCount(r[0], r[1] or "", r[2], r[3]) for r in s.execute(stmt)]
    return sorted(rows, key=lambda t: t.name.casefold())


def _lines(address: Address) -> tuple[str, ...]:
    lines = [address.attention, address.address_1, address.address_2,
             " ".join(p for p in (address.postal_code, address.city) if p)]
    return tuple(line for line in lines if line)


def _schedule_row(x: Any) -> ScheduleRow:
    return ScheduleRow(x.freq, x.interval, x.byday, x.bymonthday, x.opens_at, x.closes_at,
                       x.valid_from, x.valid_to, x.dtstart, x.until, x.description)


def schedules_for_services(sessions: Sessions,
                           ids: list[str]) -> dict[str, tuple[ScheduleRow, ...]]:
    """The schedules of many offers in one SQL statement (for "Jetzt geöffnet" lists).

    Like `offer_detail`: an offer's own schedules (also those at its service_at_location
    rows), or, when it has none, the schedules of its locations. The ids travel as one JSON
    parameter, so 50,000 ids stay within SQLite's limit on bound variables.

    Returns:
        Offer id -> its schedules; offers without any are left out.
    """
    if not ids:
        return {}
    wanted = select(func.json_each(json.dumps(ids)).table_valued("value").c.value)
    cols = (Schedule.id, Schedule.freq, Schedule.interval, Schedule.byday, Schedule.bymonthday,
            Schedule.opens_at, Schedule.closes_at, Schedule.valid_from, Schedule.valid_to,
            Schedule.dtstart, Schedule.until, Schedule.description)
    own = select(Schedule.service_id.label("sid"), literal(0).label("rank"), *cols).where(
        Schedule.service_id.in_(wanted))
    at_location = (
        select(ServiceAtLocation.service_id.label("sid"), literal(0).label("rank"), *cols)
        .join(ServiceAtLocation, ServiceAtLocation.id == Schedule.service_at_location_id)
        .where(ServiceAtLocation.service_id.in_(wanted)))
    of_location = (
        select(ServiceAtLocation.service_id.label("sid"), literal(1).label("rank"), *cols)
        .join(ServiceAtLocation, ServiceAtLocation.location_id == Schedule.location_id)
        .where(ServiceAtLocation.service_id.in_(wanted)))
    found: dict[str, dict[int, dict[str, ScheduleRow]]] = {}
    with sessions() as s:
        r: Any
        for r in s.execute(union_all(own, at_location, of_location)):
            found.setdefault(r.sid, {}).setdefault(r.rank, {})[r.id] = _schedule_row(r)
    result: dict[str, tuple[ScheduleRow, ...]] = {}
    for sid, ranks in found.items():
        rows = ranks.get(0) or ranks.get(1) or {}
        result[sid] = tuple(rows[k] for k in sorted(rows))
    return result


# An offer's phones: its own, its service_at_location rows', its contacts'; in the
# table's order. INDEXED BY: when nearly every row lacks service_at_location_id or
# contact_id, ANALYZE tells the planner those indexes are useless and it scans the table
# (~5 ms at 50,000 offers) instead of looking up a handful of rows.
_OFFER_PHONES_SQL = """
    SELECT phone.rowid, number, type, description FROM (
        SELECT id FROM phone WHERE service_id = :sid
        UNION SELECT id FROM phone INDEXED BY ix_phone_service_at_location_id
            WHERE service_at_location_id IN :sal
        UNION SELECT id FROM phone INDEXED BY ix_phone_contact_id WHERE contact_id IN (
            SELECT id FROM contact WHERE service_id = :sid
            UNION SELECT id FROM contact INDEXED BY ix_contact_service_at_location_id
                WHERE service_at_location_id IN :sal)
    ) AS found JOIN phone ON phone.id = found.id
"""

# An offer's own schedules: on the service or on its service_at_location rows (sorted by
# id in Python: an OR or ORDER BY id can make SQLite walk the primary key instead).
_SCHEDULE_FIELDS = ("id, freq, interval, byday, bymonthday, opens_at, closes_at, valid_from, "
                    "valid_to, dtstart, until, description")
_OFFER_SCHEDULES_SQL = f"""
    SELECT {_SCHEDULE_FIELDS} FROM schedule WHERE service_id = :sid
    UNION ALL
    SELECT {_SCHEDULE_FIELDS} FROM schedule INDEXED BY ix_schedule_service_at_location_id
        WHERE service_at_location_id IN :sal
"""


def _hinted(sql: str) -> tuple[TextClause, TextClause]:
    """A statement with its INDEXED BY hints, and without (an atlas built before the index)."""
    return tuple(text(variant).bindparams(bindparam("sal", expanding=True))  # type: ignore[return-value]
                 for variant in (sql, re.sub(r"INDEXED BY \w+", "", sql)))


def _execute_hinted(s: Session, statements: tuple[TextClause, TextClause],
                    params: dict[str, Any]) -> list[Any]:
    try:
        return list(s.execute(statements[0], params))
    except OperationalError:  # "no such index": fall back to the planner's choice
        return list(s.execute(statements[1], params))


_OFFER_PHONES = _hinted(_OFFER_PHONES_SQL)
_OFFER_SCHEDULES = _hinted(_OFFER_SCHEDULES_SQL)


def offer_detail(sessions: Sessions, offer_id: str, roles: TaxonomyRoles) -> OfferDetail | None:
    """Everything about one active offer, or None when there is no such active offer.

    A handful of statements, each answered from an index (phones: three indexed lookups
    joined by UNION; one OR across them and a contact subquery made SQLite scan the whole
    phone table, ~5 ms at 50,000 offers). Columns, not ORM objects: the worker builds the
    DTO without an identity map.
    """
    with sessions() as s:
        svc = s.execute(
            select(Service.id, Service.name, Service.description, Service.url, Service.email,
                   Service.status, Service.organization_id, Service.fees_description,
                   Service.eligibility_description, Service.application_process,
                   Service.interpretation_services, Service.alert, Service.assured_date,
                   Organization.name.label("org_name"), Organization.website.label("org_web"),
                   Organization.email.label("org_email"))
            .outerjoin(Organization, Organization.id == Service.organization_id)
            .where(Service.id == offer_id)
        ).first()
        if svc is None or svc.status != "active":
            return None
        sals = s.execute(
            select(ServiceAtLocation.id, ServiceAtLocation.location_id)
            .where(ServiceAtLocation.service_id == offer_id)
            .order_by(ServiceAtLocation.service_id, literal_column("service_at_location.rowid"))
        ).all()
        sal_ids = [x.id for x in sals]
        location_ids = [x.location_id for x in sals if x.location_id]
        address_rows: list[AddressRow] = []
        if location_ids:
            places = {r.id: r for r in s.execute(
                select(Location.id, Location.name, Location.transportation)
                .where(Location.id.in_(location_ids)))}
            access: dict[str, list[str]] = {}
            for a in s.execute(select(Accessibility.location_id, Accessibility.description,
                                      Accessibility.details)
                               .where(Accessibility.location_id.in_(location_ids))
                               .order_by(Accessibility.location_id,
                                         literal_column("accessibility.rowid"))):
                if a.description or a.details:
                    access.setdefault(a.location_id, []).append(a.description or a.details)
            addresses: dict[str, list[Any]] = {}
            for addr in s.execute(select(Address).where(Address.location_id.in_(location_ids))
                                  .order_by(Address.location_id,
                                            literal_column("address.rowid"))).scalars():
                addresses.setdefault(addr.location_id or "", []).append(addr)
            for loc_id in location_ids:
                loc = places.get(loc_id)
                for addr in addresses.get(loc_id, ()):
                    address_rows.append(AddressRow(
                        (loc.name or "") if loc else "", _lines(addr),
                        tuple(access.get(loc_id, ())),
                        (loc.transportation or "") if loc else ""))
        phones: list[PhoneRow] = []
        seen_numbers: set[str] = set()
        # In the table's order, sorted here: ORDER BY rowid would invite a table scan.
        for p in sorted(_execute_hinted(s, _OFFER_PHONES, {"sid": offer_id, "sal": sal_ids}),
                        key=lambda r: r.rowid):
            if p.number not in seen_numbers:
                seen_numbers.add(p.number)
                phones.append(PhoneRow(p.number, p.type or "", p.description or ""))
        if not phones and svc.organization_id:
            for p in s.execute(select(Phone.number, Phone.type, Phone.description)
                               .where(Phone.organization_id == svc.organization_id)
                               .order_by(Phone.organization_id,
                                         literal_column("phone.rowid"))):
                phones.append(PhoneRow(p.number, p.type or "", p.description or ""))
        schedule_cols = (Schedule.id, Schedule.freq, Schedule.interval, Schedule.byday,
                         Schedule.bymonthday, Schedule.opens_at, Schedule.closes_at,
                         Schedule.valid_from, Schedule.valid_to, Schedule.dtstart,
                         Schedule.until, Schedule.description)
        own = _execute_hinted(s, _OFFER_SCHEDULES, {"sid": offer_id, "sal": sal_ids})
        schedule_rows = sorted({r.id: r for r in own}.values(), key=lambda r: r.id)
        if not schedule_rows and location_ids:
            # No times of its own: the offer keeps the hours of the place where it happens.
            schedule_rows = sorted(s.execute(select(*schedule_cols).where(
                Schedule.location_id.in_(location_ids))), key=lambda r: r.id)
        schedules = tuple(_schedule_row(x) for x in schedule_rows)
        languages = tuple(dict.fromkeys(
            (lang.name or lang.code or "") for lang in s.execute(
                select(Language.name, Language.code).where(Language.service_id == offer_id)
                .order_by(Language.name))
            if lang.name or lang.code
        ))
        costs = tuple(
            CostRow(c.option or "", c.amount, c.currency or "", c.amount_description or "")
            for c in s.execute(select(CostOption.option, CostOption.amount, CostOption.currency,
                                      CostOption.amount_description)
                               .where(CostOption.service_id == offer_id)
                               .order_by(CostOption.service_id,
                                         literal_column("cost_option.rowid")))
        )
        contact_names = tuple(
            " ".join(p for p in (c.title, c.name) if p) for c in s.execute(
                select(Contact.title, Contact.name).where(Contact.service_id == offer_id)
                .order_by(Contact.service_id, literal_column("contact.rowid"))) if c.name
        )
        terms = s.execute(
            select(TaxonomyTerm.id, TaxonomyTerm.name, TaxonomyTerm.id.in_(
                _role_terms(roles.categories)).label("is_category"),
                TaxonomyTerm.id.in_(_role_terms(roles.target_groups)).label("is_group"))
            .join(Attribute, Attribute.taxonomy_term_id == TaxonomyTerm.id)
            .where(Attribute.link_id == offer_id)
            .order_by(TaxonomyTerm.name)
        ).all()
        return OfferDetail(
            id=svc.id, name=svc.name, organization=svc.org_name or "",
            description=svc.description or "", url=svc.url or svc.org_web or "",
            email=svc.email or svc.org_email or "",
            addresses=tuple(address_rows), phones=tuple(phones), schedules=schedules,
            languages=languages, costs=costs, fees_description=svc.fees_description or "",
            eligibility=svc.eligibility_description or "",
            application_process=svc.application_process or "",
            interpretation_services=svc.interpretation_services or "",
            alert=svc.alert or "", assured_date=svc.assured_date or "",
            categories=tuple(TermRef(t.id, t.name) for t in terms if t.is_category),
            target_groups=tuple(TermRef(t.id, t.name) for t in terms if t.is_group),
            contact_names=contact_names,
        )


def feed_status(sessions: Sessions) -> FeedStatus:
    """The description of the loaded feed."""
    with sessions() as s:
        info = s.get(FeedInfo, 1)
        if info is None:
            return FeedStatus("", None, "", 0, 0, 0, False, 0)
        return FeedStatus(info.source, info.generated_at, info.loaded_at, info.offers,
                          info.active_offers, info.organizations, info.is_demo, info.warnings)
