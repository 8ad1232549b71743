"""SQLAlchemy 2 typed ORM of the atlas, aligned with Open Referral HSDS 3.0."""

from __future__ import annotations

from sqlalchemy import Boolean, Float, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

# The shape of the atlas files this code builds, written into each file as
# `PRAGMA user_version` by hsds.build_database. Bump it whenever the build's output changes
# shape (a table, column, index or derived table added, removed or changed), and teach
# kiosk/data/upgrade.py to bring the older shape up to date (or raise its
# MIN_UPGRADABLE_VERSION). History:
#   0  files built before the version was written (derived tables present or not)
#   1  base HSDS tables + term_ancestor, term_stat, search_index (+ search_vocab,
#      search_vocab_tri), open_window, open_by_rule, every declared index, ANALYZE
SCHEMA_VERSION = 1

# HSDS ids are kept exactly as the feed gives them. References that HSDS allows to point
# outside the feed (a term's parent, an organization's parent) carry no foreign key.


class Base(DeclarativeBase):
    """Declarative base of all atlas tables."""


class FeedInfo(Base):
    """One row describing the feed that built this database."""

    __tablename__ = "feed_info"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    source: Mapped[str] = mapped_column(Text)
    hsds_version: Mapped[str] = mapped_column(String(20), default="3.0")
    generated_at: Mapped[str | None] = mapped_column(String(40))
    loaded_at: Mapped[str] = mapped_column(String(40))
    offers: Mapped[int] = mapped_column(Integer, default=0)
    active_offers: Mapped[int] = mapped_column(Integer, default=0)
    organizations: Mapped[int] = mapped_column(Integer, default=0)
    locations: Mapped[int] = mapped_column(Integer, default=0)
    terms: Mapped[int] = mapped_column(Integer, default=0)
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    content_sha256: Mapped[str | None] = mapped_column(String(64))
    warnings: Mapped[int] = mapped_column(Integer, default=0)


class Organization(Base):
    """HSDS organization."""

    __tablename__ = "organization"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    alternate_name: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    website: Mapped[str | None] = mapped_column(Text)
    parent_organization_id: Mapped[str | None] = mapped_column(String)

    services: Mapped[list[Service]] = relationship(back_populates="organization")


class Service(Base):
    """HSDS service: one offer of the atlas."""

    __tablename__ = "service"
    # Lists walk this index in name order and stop after a screenful (see queries.offers).
    __table_args__ = (Index("ix_service_active_sort", "status", "sort_key", "id"),)

    id: Mapped[str] = mapped_column(String, primary_key=True)
    organization_id: Mapped[str | None] = mapped_column(ForeignKey("organization.id"), index=True)
    name: Mapped[str] = mapped_column(Text)
    alternate_name: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20), index=True)
    interpretation_services: Mapped[str | None] = mapped_column(Text)
    application_process: Mapped[str | None] = mapped_column(Text)
    fees_description: Mapped[str | None] = mapped_column(Text)
    wait_time: Mapped[str | None] = mapped_column(Text)
    eligibility_description: Mapped[str | None] = mapped_column(Text)
    minimum_age: Mapped[float | None] = mapped_column(Float)
    maximum_age: Mapped[float | None] = mapped_column(Float)
    assured_date: Mapped[str | None] = mapped_column(String(40))
    alert: Mapped[str | None] = mapped_column(Text)
    last_modified: Mapped[str | None] = mapped_column(String(40))
    # Kiosk additions, derived at import: the first sentence for list rows, and a sort key
    # that puts "Ärzte" beside "Arzt" rather than after "Z".
    summary: Mapped[str] = mapped_column(Text, default="")
    sort_key: Mapped[str] = mapped_column(Text, default="", index=True)

    organization: Mapped[Organization | None] = relationship(back_populates="services")


class Location(Base):
    """HSDS location."""

    __tablename__ = "location"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    location_type: Mapped[str] = mapped_column(String(20), default="physical")
    organization_id: Mapped[str | None] = mapped_column(String, index=True)
    name: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    transportation: Mapped[str | None] = mapped_column(Text)
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    url: Mapped[str | None] = mapped_column(Text)


class Address(Base):
    """HSDS address of a location."""

    __tablename__ = "address"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    location_id: Mapped[str | None] = mapped_column(ForeignKey("location.id"), index=True)
    attention: Mapped[str | None] = mapped_column(Text)
    address_1: Mapped[str] = mapped_column(Text)
    address_2: Mapped[str | None] = mapped_column(Text)
    city: Mapped[str] = mapped_column(Text)
    region: Mapped[str | None] = mapped_column(Text)
    state_province: Mapped[str | None] = mapped_column(Text)
    postal_code: Mapped[str | None] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(Text)
    address_type: Mapped[str | None] = mapped_column(Text)


class ServiceAtLocation(Base):
    """HSDS service_at_location: where a service is offered."""

    __tablename__ = "service_at_location"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    service_id: Mapped[str] = mapped_column(ForeignKey("service.id"), index=True)
    location_id: Mapped[str | None] = mapped_column(ForeignKey("location.id"), index=True)
    description: Mapped[str | None] = mapped_column(Text)


class Contact(Base):
    """HSDS contact person."""

    __tablename__ = "contact"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    organization_id: Mapped[str | None] = mapped_column(String, index=True)
    service_id: Mapped[str | None] = mapped_column(String, index=True)
    service_at_location_id: Mapped[str | None] = mapped_column(String, index=True)
    location_id: Mapped[str | None] = mapped_column(String)
    name: Mapped[str | None] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    department: Mapped[str | None] = mapped_column(Text)
    email: Mapped[str | None] = mapped_column(Text)


class Phone(Base):
    """HSDS phone; may belong to a service, location, organization or contact."""

    __tablename__ = "phone"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    service_id: Mapped[str | None] = mapped_column(String, index=True)
    location_id: Mapped[str | None] = mapped_column(String, index=True)
    organization_id: Mapped[str | None] = mapped_column(String, index=True)
    contact_id: Mapped[str | None] = mapped_column(String, index=True)
    service_at_location_id: Mapped[str | None] = mapped_column(String, index=True)
    number: Mapped[str] = mapped_column(Text)
    extension: Mapped[float | None] = mapped_column(Float)
    type: Mapped[str | None] = mapped_column(String(20))
    description: Mapped[str | None] = mapped_column(Text)


class Schedule(Base):
    """HSDS schedule, with the iCalendar-style recurrence fields."""

    __tablename__ = "schedule"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    service_id: Mapped[str | None] = mapped_column(String, index=True)
    location_id: Mapped[str | None] = mapped_column(String, index=True)
    service_at_location_id: Mapped[str | None] = mapped_column(String, index=True)
    valid_from: Mapped[str | None] = mapped_column(String(40))
    valid_to: Mapped[str | None] = mapped_column(String(40))
    dtstart: Mapped[str | None] = mapped_column(String(40))
    timezone: Mapped[float | None] = mapped_column(Float)
    until: Mapped[str | None] = mapped_column(String(40))
    count: Mapped[int | None] = mapped_column(Integer)
    wkst: Mapped[str | None] = mapped_column(String(4))
    freq: Mapped[str | None] = mapped_column(String(10))
    interval: Mapped[int | None] = mapped_column(Integer)
    byday: Mapped[str | None] = mapped_column(Text)
    byweekno: Mapped[str | None] = mapped_column(Text)
    bymonthday: Mapped[str | None] = mapped_column(Text)
    byyearday: Mapped[str | None] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    opens_at: Mapped[str | None] = mapped_column(String(20))
    closes_at: Mapped[str | None] = mapped_column(String(20))
    attending_type: Mapped[str | None] = mapped_column(Text)
    notes: Mapped[str | None] = mapped_column(Text)


class Taxonomy(Base):
    """HSDS taxonomy (a vocabulary such as the atlas's categories)."""

    __tablename__ = "taxonomy"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    uri: Mapped[str | None] = mapped_column(Text)
    version: Mapped[str | None] = mapped_column(Text)


class TaxonomyTerm(Base):
    """HSDS taxonomy_term, possibly nested through parent_id."""

    __tablename__ = "taxonomy_term"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    code: Mapped[str | None] = mapped_column(Text)
    name: Mapped[str] = mapped_column(Text)
    description: Mapped[str | None] = mapped_column(Text)
    parent_id: Mapped[str | None] = mapped_column(String, index=True)
    taxonomy: Mapped[str | None] = mapped_column(Text)
    taxonomy_id: Mapped[str | None] = mapped_column(String, index=True)
    language: Mapped[str | None] = mapped_column(String(10))
    term_uri: Mapped[str | None] = mapped_column(Text)


class Attribute(Base):
    """HSDS attribute: links an entity (here mostly a service) to a taxonomy term."""

    __tablename__ = "attribute"
    __table_args__ = (Index("ix_attribute_term_link", "taxonomy_term_id", "link_id"),)

    id: Mapped[str] = mapped_column(String, primary_key=True)
    link_id: Mapped[str] = mapped_column(String, index=True)
    link_type: Mapped[str | None] = mapped_column(Text)
    link_entity: Mapped[str | None] = mapped_column(Text)
    taxonomy_term_id: Mapped[str] = mapped_column(ForeignKey("taxonomy_term.id"))
    value: Mapped[str | None] = mapped_column(Text)


class TermAncestor(Base):
    """Derived closure of the term tree: each term with itself and all its ancestors."""

    __tablename__ = "term_ancestor"

    term_id: Mapped[str] = mapped_column(String, primary_key=True)
    ancestor_id: Mapped[str] = mapped_column(String, primary_key=True, index=True)
    depth: Mapped[int] = mapped_column(Integer, default=0)


class TermStat(Base):
    """Derived: active offers tagged with a term or any of its descendants."""

    __tablename__ = "term_stat"

    term_id: Mapped[str] = mapped_column(String, primary_key=True)
    active_offers: Mapped[int] = mapped_column(Integer, default=0)


class Language(Base):
    """HSDS language offered by a service, location or phone."""

    __tablename__ = "language"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    service_id: Mapped[str | None] = mapped_column(String, index=True)
    location_id: Mapped[str | None] = mapped_column(String, index=True)
    phone_id: Mapped[str | None] = mapped_column(String, index=True)
    name: Mapped[str | None] = mapped_column(Text)
    code: Mapped[str | None] = mapped_column(String(20))
    note: Mapped[str | None] = mapped_column(Text)


class CostOption(Base):
    """HSDS cost_option of a service."""

    __tablename__ = "cost_option"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    service_id: Mapped[str | None] = mapped_column(String, index=True)
    valid_from: Mapped[str | None] = mapped_column(String(40))
    valid_to: Mapped[str | None] = mapped_column(String(40))
    option: Mapped[str | None] = mapped_column(Text)
    currency: Mapped[str | None] = mapped_column(String(10))
    amount: Mapped[float | None] = mapped_column(Float)
    amount_description: Mapped[str | None] = mapped_column(Text)


class Accessibility(Base):
    """HSDS accessibility of a location."""

    __tablename__ = "accessibility"

    id: Mapped[str] = mapped_column(String, primary_key=True)
    location_id: Mapped[str | None] = mapped_column(String, index=True)
    description: Mapped[str | None] = mapped_column(Text)
    details: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
