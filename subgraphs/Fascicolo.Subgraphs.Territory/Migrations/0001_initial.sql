-- Territory (edifici, catasto, energia, protezione civile): the territory subgraph's slice of the city.
--
-- Ids and codes are `text collate "C"` with checks, as in the registry: keys are looked up with
-- `= any(@keys)` on a text[] parameter and sort by byte for keyset paging. Enumerations are
-- smallint codes (the numbers of the C# enums, which are never renumbered), commented in place.
-- Money is bigint cents; energy indexes are numeric with two decimals, as an APE prints them.
--
-- Keys, foreign keys and secondary indexes are declared here; the seeder drops and recreates them
-- around its bulk COPY (Seed/DeferredConstraints.cs reads them back from the catalog), so these
-- definitions stay the single source of truth.

-- Liguria's weather alert zones (zone di allertamento).
create table alert_zone (
    code        text collate "C" primary key check (code ~ '^[A-E]$'),
    name        text             not null,
    description text             not null
);

create table municipality (
    belfiore_code   text collate "C" primary key check (belfiore_code ~ '^[A-Z][0-9]{3}$'),
    istat_code      text collate "C" not null unique check (istat_code ~ '^[0-9]{6}$'),
    name            text             not null,
    province        text             not null check (province ~ '^[A-Z]{2}$'),
    alert_zone_code text collate "C" not null references alert_zone (code)
);

create table flood_red_zone (
    id                text collate "C" primary key,
    name              text             not null,
    watercourse       text             not null,
    municipality_code text collate "C" not null references municipality (belfiore_code),
    municipio         smallint
);

create table building (
    id                text collate "C" primary key check (id ~ '^BLD-[A-Z][0-9]{3}-[0-9]{6}$'),
    municipality_code text collate "C" not null references municipality (belfiore_code),
    municipio         smallint,         -- Genova's municipal district (1-9); null elsewhere
    municipio_name    text,
    street            text             not null,
    house_number      text             not null,
    postal_code       text             not null check (postal_code ~ '^[0-9]{5}$'),
    latitude          double precision not null,
    longitude         double precision not null,
    construction_year smallint         not null,
    use               smallint         not null check (use between 0 and 3), -- 0 residential, 1 mixed, 2 commercial, 3 public
    flood_red_zone_id text collate "C" references flood_red_zone (id)
);

-- Buildings of a municipality a page at a time, and the buildings of a red zone.
create index building_municipality_idx on building (municipality_code, id);
create index building_flood_red_zone_idx on building (flood_red_zone_id, id) where flood_red_zone_id is not null;

-- The cadastre (catasto fabbricati): dwellings and the garages appurtenant to them.
create table cadastral_unit (
    id                     text collate "C" primary key check (id ~ '^CU-[0-9]{7}$'),
    building_id            text collate "C" not null references building (id),
    dwelling_id            text collate "C",  -- null for a garage
    appurtenant_to_id      text collate "C" references cadastral_unit (id), -- a garage's dwelling unit (pertinenza)
    sheet                  integer          not null check (sheet > 0),    -- foglio
    parcel                 integer          not null check (parcel > 0),   -- particella
    sub_unit               integer          not null check (sub_unit > 0), -- subalterno
    category               text             not null check (category ~ '^[A-F]/[0-9]{1,2}$'),
    cadastral_income_cents bigint           not null check (cadastral_income_cents >= 0),
    surface_square_metres  integer          not null check (surface_square_metres > 0),
    unique (building_id, sub_unit)
);

create index cadastral_unit_building_idx on cadastral_unit (building_id, id);

-- Rights of ownership: who owns which share of a unit, since when.
create table cadastral_ownership (
    cadastral_unit_id  text collate "C" not null references cadastral_unit (id),
    owner_fiscal_code  text collate "C" not null check (owner_fiscal_code ~ '^[A-Z0-9]{16}$'),
    share_numerator    integer          not null check (share_numerator > 0),
    share_denominator  integer          not null check (share_denominator >= share_numerator),
    since              date             not null,
    primary key (cadastral_unit_id, owner_fiscal_code)
);

-- A citizen's properties (Citizen.properties).
create index cadastral_ownership_owner_idx on cadastral_ownership (owner_fiscal_code, cadastral_unit_id);

create table condominium (
    id                        text collate "C" primary key check (id ~ '^CND-[A-Z][0-9]{3}-[0-9]{6}$'),
    building_id               text collate "C" not null unique references building (id),
    name                      text             not null,
    fiscal_code               text collate "C" not null unique check (fiscal_code ~ '^[0-9]{11}$'),
    dwelling_count            integer          not null check (dwelling_count > 0),
    administrator_kind        smallint         not null check (administrator_kind in (1, 2)), -- 1 person, 2 company
    administrator_name        text             not null,
    administrator_fiscal_code text collate "C" not null check (administrator_fiscal_code ~ '^([A-Z0-9]{16}|[0-9]{11})$'),
    administrator_since       date             not null
);

-- Energy performance certificates (APE) of dwellings' units.
create table energy_certificate (
    code                  text collate "C" primary key check (code ~ '^APE-[0-9]{4}-[0-9]{7}$'),
    cadastral_unit_id     text collate "C" not null references cadastral_unit (id),
    building_id           text collate "C" not null references building (id),
    issued_on             date             not null,
    expires_on            date             not null check (expires_on > issued_on),
    ep_gl_nren            numeric(8, 2)    not null check (ep_gl_nren >= 0),           -- kWh/m² per year
    reference_ep_gl_nren  numeric(8, 2)    not null check (reference_ep_gl_nren > 0),  -- the reference building's
    energy_class          smallint         not null check (energy_class between 1 and 10), -- 1 A4 ... 4 A1, 5 B ... 10 G
    purpose               smallint         not null check (purpose between 1 and 4),       -- 1 sale, 2 rental, 3 renovation, 4 other
    certifier_fiscal_code text collate "C" not null check (certifier_fiscal_code ~ '^[A-Z0-9]{16}$'),
    certifier_name        text             not null
);

create index energy_certificate_building_idx on energy_certificate (building_id, issued_on);
create index energy_certificate_unit_idx on energy_certificate (cadastral_unit_id, issued_on);

-- Weather alerts, one row per zone of a regional alert message. Public data.
create table civil_protection_alert (
    id         text collate "C" primary key check (id ~ '^ALR-[0-9]{4}-[0-9]{3}-[A-E]$'),
    zone_code  text collate "C" not null references alert_zone (code),
    type       smallint         not null check (type between 1 and 3),   -- 1 hydrogeological (rain), 2 thunderstorms, 3 snow
    colour     smallint         not null check (colour between 1 and 3), -- 1 yellow, 2 orange, 3 red
    phase      smallint         not null check (phase between 1 and 3),  -- 1 attention, 2 pre-alarm, 3 alarm
    issued_at  timestamptz      not null,
    valid_from timestamptz      not null,
    valid_to   timestamptz      not null check (valid_to > valid_from)
);

-- Alerts newest first (the listing's keyset order), overall and per zone.
create index civil_protection_alert_valid_from_idx on civil_protection_alert (valid_from desc, id desc);
create index civil_protection_alert_zone_idx on civil_protection_alert (zone_code, valid_from desc, id desc);

-- Red-zone registrations (registerRedZoneContact): a citizen registers a house number in a red
-- zone with the people who live there and their phone numbers, for alert calls and texts.
create sequence red_zone_registration_number;

create table red_zone_registration (
    id                     text collate "C" primary key
                           default 'RZR-' || lpad(nextval('red_zone_registration_number')::text, 8, '0'),
    building_id            text collate "C" not null references building (id),
    registrant_fiscal_code text collate "C" not null check (registrant_fiscal_code ~ '^[A-Z0-9]{16}$'),
    registered_at          timestamptz      not null
);

create index red_zone_registration_registrant_idx on red_zone_registration (registrant_fiscal_code);

-- A person is registered at most once per building: the key rejects duplicates.
create table red_zone_contact (
    building_id     text collate "C" not null references building (id),
    fiscal_code     text collate "C" not null check (fiscal_code ~ '^[A-Z0-9]{16}$'),
    registration_id text collate "C" not null references red_zone_registration (id),
    position        smallint         not null, -- the order the members were given in
    phone           text             not null check (phone ~ '^\+39[0-9]{6,11}$'),
    primary key (building_id, fiscal_code)
);

create index red_zone_contact_registration_idx on red_zone_contact (registration_id, position);
create index red_zone_contact_fiscal_code_idx on red_zone_contact (fiscal_code);
