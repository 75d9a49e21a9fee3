-- Welfare (cartella sociale, SIUSS model): offices, ISEE attestations, social cases and benefits.
--
-- This is special-category personal data (GDPR art. 9). Fiscal codes are stored exactly as issued
-- (omocodic letters kept). Codes and ids are `text collate "C"` with checks, looked up with
-- `= any(@keys)` on text[] parameters (see the registry's migration for why). Amounts are integer
-- euro cents (`bigint`), never floating point.
--
-- Household ids are the registry's (`HH-…`): the ISEE attestation and the social record name the
-- household they were made for, but the registry's tables are never read from here.
--
-- Keys, foreign keys and secondary indexes are dropped and recreated around the seeder's bulk
-- COPY (Seed/DeferredConstraints.cs reads them back from the catalog).

create table social_office (
    code              text collate "C" primary key,
    name              text             not null,
    kind              smallint         not null check (kind in (1, 2)), -- 1 social district (ATS), 2 municipal desk
    municipality_code text collate "C" not null check (municipality_code ~ '^[A-Z][0-9]{3}$'),
    municipality_name text             not null,
    municipio         smallint check (municipio between 1 and 9)
);

-- The ISEE attestation as INPS returns it to the city, on the household's DSU.
create table isee_attestation (
    protocol              text collate "C" primary key, -- the DSU protocol, e.g. INPS-ISEE-2026-00000001A-00
    household_id          text collate "C" not null,
    declarant_fiscal_code text collate "C" not null check (declarant_fiscal_code ~ '^[A-Z0-9]{16}$'),
    type                  smallint         not null check (type between 1 and 4), -- 1 ordinary, 2 minors, 3 university, 4 social-health
    issued_on             date             not null,
    valid_until           date             not null,
    members               smallint         not null check (members > 0),
    isr_cents             bigint           not null check (isr_cents >= 0),
    isp_cents             bigint           not null check (isp_cents >= 0),
    ise_cents             bigint           not null check (ise_cents >= 0),
    equivalence_scale     numeric(4, 2)    not null check (equivalence_scale >= 1),
    isee_cents            bigint           not null check (isee_cents >= 0),
    check (valid_until >= issued_on)
);

create index isee_attestation_household_idx on isee_attestation (household_id, issued_on);

-- The members of the ISEE household (nucleo ISEE) the DSU declares: whose attestation it is.
create table isee_member (
    fiscal_code text collate "C" not null check (fiscal_code ~ '^[A-Z0-9]{16}$'),
    protocol    text collate "C" not null references isee_attestation (protocol),
    primary key (fiscal_code, protocol)
);

create table social_case (
    id            text collate "C" primary key check (id ~ '^SC-[0-9]{7,}$'),
    fiscal_code   text collate "C" not null check (fiscal_code ~ '^[A-Z0-9]{16}$'),
    household_id  text collate "C",
    office_code   text collate "C" not null references social_office (code),
    social_worker text             not null,
    area          smallint         not null check (area between 1 and 5), -- see WelfareUserArea
    status        smallint         not null check (status between 1 and 5), -- see SocialCaseStatus; the last event's
    opened_on     date             not null,
    status_since  date             not null,
    closed_on     date,
    check ((status = 5) = (closed_on is not null)),
    check (status_since >= opened_on)
);

create index social_case_fiscal_code_idx on social_case (fiscal_code);
create index social_case_household_idx on social_case (household_id) where household_id is not null;
-- An office's worklist (Data/SocialCaseWorklist.cs), paged by id.
create index social_case_office_idx on social_case (office_code, status, id);

-- A case's history; position 1 is the opening.
create table social_case_event (
    case_id     text collate "C" not null references social_case (id),
    position    smallint         not null check (position > 0),
    occurred_on date             not null,
    status      smallint         not null check (status between 1 and 5),
    note        text             not null,
    primary key (case_id, position)
);

-- The SIUSS benefit record (prestazione), field by field.
create table benefit (
    id                   text collate "C" primary key check (id ~ '^BEN-[0-9]{7,}$'),
    fiscal_code          text collate "C" not null check (fiscal_code ~ '^[A-Z0-9]{16}$'),
    household_id         text collate "C",
    social_case_id       text collate "C" references social_case (id),
    code                 text collate "C" not null,
    name                 text             not null,
    is_periodic          boolean          not null,
    is_means_tested      boolean          not null,
    isee_protocol        text collate "C" references isee_attestation (protocol),
    start_date           date             not null,
    end_date             date             not null,
    payment_date         date             not null,
    monthly_amount_cents bigint           not null check (monthly_amount_cents >= 0),
    city_share_cents     bigint           not null check (city_share_cents >= 0),
    user_share_cents     bigint           not null check (user_share_cents >= 0),
    is_taken_in_charge   boolean          not null,
    area                 smallint         not null check (area between 1 and 5),
    check (city_share_cents + user_share_cents = monthly_amount_cents),
    check (end_date >= start_date),
    check (is_periodic or end_date = start_date),
    check (is_means_tested = (isee_protocol is not null)),
    check (is_taken_in_charge = (social_case_id is not null))
);

create index benefit_fiscal_code_idx on benefit (fiscal_code);
create index benefit_household_idx on benefit (household_id) where household_id is not null;
create index benefit_social_case_idx on benefit (social_case_id) where social_case_id is not null;

-- Numbers of the ids the mutations assign; the seeder moves them past the seeded ids.
create sequence social_case_number;
create sequence benefit_number;
