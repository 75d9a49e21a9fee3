-- Taxes (tributi, "io contribuente"): the Comune di Genova's IMU and TARI.
--
-- The tables hold what the tax office knows (the rates it resolved, each taxpayer's holdings and
-- TARI accounts, the payments received, the assessments notified and the refunds); the position
-- of a year (IMU per property, TARI bill, deadlines, balance) is computed from them on every read
-- with the calculators of Fascicolo.Domain.Taxes, the same ones the synthetic city used to decide
-- what was paid and assessed. Assessments are documents: their amounts are stored as notified.
--
-- Money is bigint cents. Codes and ids are text collate "C" (ASCII, byte order, looked up with
-- = any(@keys) on a text[] parameter); enums are smallint with the numbering of the domain enums.
-- The seeder drops the keys and indexes around its bulk COPY and recreates them from the catalog
-- (Seed/DeferredIndexes.cs), so these definitions stay the single source of truth.

-- The rates table: one row per tax year. IMU rates per mille, TARI unit rates in cents with their
-- Ka/Kb coefficients for 1..6 occupants, the legal interest rate of the calendar year.
create table tax_year (
    year                          smallint primary key,
    imu_ordinary_per_mille        numeric(6, 3) not null,
    imu_main_home_per_mille       numeric(6, 3) not null,
    imu_main_home_deduction_cents bigint        not null check (imu_main_home_deduction_cents >= 0),
    imu_agreed_rent_per_mille     numeric(6, 3) not null,
    imu_group_d_per_mille         numeric(6, 3) not null,
    imu_group_d_state_per_mille   numeric(6, 3) not null,
    tari_fixed_cents_per_sqm      numeric(12, 4) not null,
    tari_variable_cents           numeric(12, 4) not null,
    tari_ka                       numeric(6, 3)[] not null check (cardinality(tari_ka) = 6),
    tari_kb                       numeric(6, 3)[] not null check (cardinality(tari_kb) = 6),
    legal_interest_percent        numeric(6, 3) not null
);

-- A taxpayer's share of a cadastral unit (owned by the territory subgraph, referenced by id) and
-- what IMU needs: category and income as the cadastre gave them, the share, since when, the use
-- (1 other, 2 main home, 3 main-home appurtenance, 4 let, 5 let at an agreed rent) and, for a main
-- home, how many owners live there.
create table imu_holding (
    fiscal_code            text collate "C" not null check (fiscal_code ~ '^[A-Z0-9]{16}$'),
    unit_id                text collate "C" not null,
    category               text collate "C" not null check (category ~ '^[A-D]/[0-9]{1,2}$'),
    cadastral_income_cents bigint           not null check (cadastral_income_cents >= 0),
    share_numerator        smallint         not null,
    share_denominator      smallint         not null,
    since                  date             not null,
    until                  date,
    use                    smallint         not null check (use between 1 and 5),
    resident_owners        smallint         not null check (resident_owners >= 1),
    primary key (fiscal_code, unit_id),
    check (share_numerator between 1 and share_denominator),
    check (until is null or until > since)
);

-- TARI accounts (utenze domestiche): billed to the household's head for a run of years with the
-- same household size.
create table tari_occupancy (
    fiscal_code       text collate "C" not null check (fiscal_code ~ '^[A-Z0-9]{16}$'),
    from_year         smallint         not null,
    to_year           smallint         not null,
    dwelling_id       text collate "C" not null,
    unit_id           text collate "C" not null,
    surface_sqm       integer          not null check (surface_sqm > 0),
    occupants         smallint         not null check (occupants >= 1),
    primary key (fiscal_code, from_year),
    check (to_year >= from_year)
);

-- Payments received (versamenti): tax 1 IMU (F24, whole euro) or 2 TARI (pagoPA); channel 1 F24, 2 pagoPA.
create table tax_payment (
    fiscal_code  text collate "C" not null check (fiscal_code ~ '^[A-Z0-9]{16}$'),
    tax          smallint         not null check (tax in (1, 2)),
    year         smallint         not null,
    instalment   smallint         not null check (instalment between 1 and 3),
    amount_cents bigint           not null check (amount_cents > 0),
    paid_on      date             not null,
    channel      smallint         not null check (channel in (1, 2))
);

create index tax_payment_fiscal_code_idx on tax_payment (fiscal_code, year, tax, instalment);

-- Assessments (avvisi di accertamento), as notified: reason 1 omitted, 2 short, 3 late payment.
-- Each is paid through its pagoPA debt position (owned by the payments subgraph) by IUPD.
create table tax_assessment (
    id               text collate "C" primary key,
    iupd             text collate "C" not null unique,
    fiscal_code      text collate "C" not null check (fiscal_code ~ '^[A-Z0-9]{16}$'),
    tax              smallint         not null check (tax in (1, 2)),
    year             smallint         not null,
    reason           smallint         not null check (reason between 1 and 3),
    notified_on      date             not null,
    due_on           date             not null,
    tax_due_cents    bigint           not null check (tax_due_cents >= 0),
    tax_paid_cents   bigint           not null check (tax_paid_cents >= 0),
    unpaid_tax_cents bigint           not null check (unpaid_tax_cents >= 0),
    sanction_cents   bigint           not null check (sanction_cents >= 0),
    interest_cents   bigint           not null check (interest_cents >= 0),
    total_cents      bigint           not null check (total_cents > 0),
    paid_on          date,
    check (total_cents = unpaid_tax_cents + sanction_cents + interest_cents),
    check (due_on > notified_on)
);

create index tax_assessment_fiscal_code_idx on tax_assessment (fiscal_code, year, tax);

-- An assessment instalment by instalment: what was due, paid on time, paid late, still unpaid,
-- and the sanction and interest on it.
create table tax_assessment_item (
    assessment_id       text collate "C" not null references tax_assessment (id),
    instalment          smallint         not null,
    instalment_count    smallint         not null,
    due_on              date             not null,
    amount_cents        bigint           not null check (amount_cents >= 0),
    paid_on_time_cents  bigint           not null check (paid_on_time_cents >= 0),
    paid_late_cents     bigint           not null check (paid_late_cents >= 0),
    unpaid_cents        bigint           not null check (unpaid_cents >= 0),
    sanction_cents      bigint           not null check (sanction_cents >= 0),
    interest_cents      bigint           not null check (interest_cents >= 0),
    primary key (assessment_id, instalment),
    check (paid_on_time_cents + paid_late_cents + unpaid_cents = amount_cents)
);

-- Refunds (rimborsi) of what was paid beyond a year's tax.
create table tax_refund (
    id           text collate "C" primary key,
    fiscal_code  text collate "C" not null check (fiscal_code ~ '^[A-Z0-9]{16}$'),
    tax          smallint         not null check (tax in (1, 2)),
    year         smallint         not null,
    amount_cents bigint           not null check (amount_cents > 0),
    requested_on date,
    paid_on      date,
    check (paid_on is null or (requested_on is not null and paid_on >= requested_on))
);

create index tax_refund_fiscal_code_idx on tax_refund (fiscal_code, year);
