-- Mobility ("io mi muovo"): residents' cars with their vehicle tax, insurance and inspections,
-- fines, ZTL permits, public traffic notices, and the public transport timetable (GTFS).
--
-- Codes are `text collate "C"` with checks, as in the registry: keys are looked up with
-- `= any(@keys)` on a text[] parameter and sort by byte. Amounts are integer euro cents (bigint).
-- Enumerations are smallints whose values the C# enums of Fascicolo.Domain.SyntheticCity.Mobility
-- define (the checks below give their ranges).
--
-- Statuses that depend on today (a tax overdue, a fine past its 60 days, an insurance expired) are
-- not stored: the API computes them from the dates below and the subgraph's clock.

create table vehicle (
    plate                text collate "C" primary key
                         check (plate ~ '^[A-HJ-NPR-TV-Z]{2}[0-9]{3}[A-HJ-NPR-TV-Z]{2}$'),
    owner_fiscal_code    text collate "C" not null check (owner_fiscal_code ~ '^[A-Z0-9]{16}$'),
    make                 text             not null,
    model                text             not null,
    fuel                 smallint         not null check (fuel between 0 and 5),           -- VehicleFuel
    emission_class       smallint         not null check (emission_class between 0 and 6), -- Euro 0..6
    power_kw             int              not null check (power_kw > 0),
    registration_date    date             not null,
    insurer              text             not null,
    insurance_expires_on date             not null,
    last_inspected_on    date,            -- null: the first inspection is not due yet
    inspection_due_on    date             not null
);

create index vehicle_owner_idx on vehicle (owner_fiscal_code, plate);

-- One twelve-month period of the regional vehicle tax (bollo); the API shows the latest.
create table vehicle_tax (
    plate        text collate "C" not null references vehicle (plate),
    period_start date             not null,
    due_date     date             not null,
    amount_cents bigint           not null check (amount_cents >= 0),
    basis        smallint         not null check (basis between 0 and 3), -- VehicleTaxBasis
    paid_on      date,
    iupd         text collate "C" unique, -- the pagoPA position; null when exempt
    primary key (plate, period_start),
    check ((iupd is null) = (amount_cents = 0))
);

-- A verbale of the traffic police. The amounts are stored as the ledger computed them, so the API
-- shows exactly what the pagoPA position asks for.
create table traffic_fine (
    number             text collate "C" primary key,
    plate              text collate "C" not null references vehicle (plate),
    debtor_fiscal_code text collate "C" not null check (debtor_fiscal_code ~ '^[A-Z0-9]{16}$'),
    committed_at       timestamptz      not null,
    place              text             not null,
    article            text             not null,
    paragraph          text             not null,
    violation          text             not null,
    licence_points     smallint         not null check (licence_points between 0 and 10),
    sanction_cents     bigint           not null check (sanction_cents > 0),
    expenses_cents     bigint           not null check (expenses_cents >= 0),
    full_cents         bigint           not null check (full_cents > 0),
    reduced_cents      bigint           check (reduced_cents > 0 and reduced_cents < full_cents), -- null: no reduction
    notified_on        date             not null,
    paid_on            date,
    paid_cents         bigint           check (paid_cents > 0),
    iupd               text collate "C" not null unique,
    check ((paid_on is null) = (paid_cents is null))
);

create index traffic_fine_plate_idx on traffic_fine (plate, committed_at);
create index traffic_fine_debtor_idx on traffic_fine (debtor_fiscal_code, committed_at);

create table ztl_permit (
    number             text collate "C" primary key,
    zone               smallint         not null check (zone between 0 and 3), -- ZtlZone
    kind               smallint         not null check (kind between 0 and 1), -- ZtlPermitKind
    plate              text collate "C" not null references vehicle (plate),
    holder_fiscal_code text collate "C" not null check (holder_fiscal_code ~ '^[A-Z0-9]{16}$'),
    valid_from         date             not null,
    valid_until        date             not null,
    check (valid_until >= valid_from)
);

create index ztl_permit_plate_idx on ztl_permit (plate);
create index ztl_permit_holder_idx on ztl_permit (holder_fiscal_code);

-- Public data: no personal information.
create table traffic_news (
    id          text collate "C" primary key,
    kind        smallint         not null check (kind between 0 and 3), -- TrafficNewsKind
    title       text             not null,
    description text             not null,
    street      text             not null,
    municipio   smallint,
    latitude    double precision not null check (latitude between -90 and 90),
    longitude   double precision not null check (longitude between -180 and 180),
    valid_from  timestamptz      not null,
    valid_until timestamptz,     -- null: until further notice
    check (valid_until is null or valid_until > valid_from)
);

create index traffic_news_validity_idx on traffic_news (valid_from, valid_until);

-- ---------------------------------------------------------------------------------------------
-- Public transport, as loaded from a GTFS feed (Gtfs/GtfsLoader.cs): the generated synthetic
-- feed by `seed`, a real operator's by `gtfs --feed`. One feed at a time. The loader checks ids
-- and references itself (reporting file and line), so only the keys the queries need are declared.

create table gtfs_feed (
    id         int         primary key default 1 check (id = 1),
    source     text        not null,
    timezone   text        not null, -- the agencies' time zone: service days start in it
    loaded_at  timestamptz not null default now(),
    agencies   int         not null,
    stops      int         not null,
    routes     int         not null,
    trips      int         not null,
    stop_times bigint      not null
);

create table gtfs_agency (
    agency_id text collate "C" primary key, -- '' when the feed's only agency has no id
    name      text             not null,
    url       text             not null,
    timezone  text             not null,
    lang      text,
    phone     text
);

create table gtfs_stop (
    stop_id             text collate "C" primary key,
    code                text,
    name                text,
    latitude            double precision,
    longitude           double precision,
    location_type       smallint not null default 0,
    parent_station      text collate "C",
    wheelchair_boarding smallint
);

-- stopsNear: a latitude range scan, then the exact distance.
create index gtfs_stop_position_idx on gtfs_stop (latitude, longitude) where location_type = 0;

create table gtfs_route (
    route_id   text collate "C" primary key,
    agency_id  text collate "C" not null,
    short_name text,
    long_name  text,
    type       int              not null,
    color      text,
    text_color text,
    sort_order int
);

create table gtfs_calendar (
    service_id text collate "C" primary key,
    monday     boolean not null,
    tuesday    boolean not null,
    wednesday  boolean not null,
    thursday   boolean not null,
    friday     boolean not null,
    saturday   boolean not null,
    sunday     boolean not null,
    start_date date    not null,
    end_date   date    not null
);

create table gtfs_calendar_date (
    service_id     text collate "C" not null,
    date           date             not null,
    exception_type smallint         not null check (exception_type in (1, 2)), -- 1 added, 2 removed
    primary key (service_id, date)
);

create index gtfs_calendar_date_date_idx on gtfs_calendar_date (date);

create table gtfs_trip (
    trip_id      text collate "C" primary key,
    route_id     text collate "C" not null,
    service_id   text collate "C" not null,
    headsign     text,
    direction_id smallint
);

create table gtfs_stop_time (
    trip_id           text collate "C" not null,
    stop_sequence     int              not null,
    stop_id           text collate "C" not null,
    arrival_seconds   int, -- seconds after the service day's start (noon minus 12 h); may pass 86,400
    departure_seconds int,
    headsign          text,
    pickup_type       smallint,
    drop_off_type     smallint,
    primary key (trip_id, stop_sequence)
);

-- departures: the stop's times, then their trips.
create index gtfs_stop_time_stop_idx on gtfs_stop_time (stop_id, trip_id);

-- The stops of each route and direction in order, from its longest trip (derived after a load).
create table gtfs_route_stop (
    route_id      text collate "C" not null,
    direction_id  smallint         not null,
    stop_sequence int              not null,
    stop_id       text collate "C" not null,
    primary key (route_id, direction_id, stop_sequence)
);

create index gtfs_route_stop_stop_idx on gtfs_route_stop (stop_id, route_id);
