-- Registry (anagrafe, ANPR model): the registry's slice of the city.
--
-- Fiscal codes are stored exactly as issued: 16 upper-case characters, omocodic letters kept.
-- Omocodic variants of one base code belong to different people, so no column or index ever
-- normalises them back to the base code.
--
-- Codes are `text` with checks rather than `char(n)`: keys are looked up with `= any(@keys)` on a
-- text[] parameter, and a bpchar column compared with text would not use its index. They are
-- ASCII identifiers, so they sort by byte (`collate "C"`): keyset paging follows the same order
-- whatever the database's locale, and their indexes build faster.
--
-- Keys, foreign keys and secondary indexes are declared here; the seeder drops and recreates them
-- around its bulk COPY (Seed/DeferredConstraints.cs reads them back from the catalog), so these
-- definitions stay the single source of truth.

create table municipality (
    belfiore_code text collate "C" primary key check (belfiore_code ~ '^[A-Z][0-9]{3}$'),
    istat_code    text collate "C" not null unique check (istat_code ~ '^[0-9]{6}$'),
    name          text             not null,
    province      text             not null check (province ~ '^[A-Z]{2}$')
);

-- The street register: the address (toponym and house number) of each building. The building
-- itself is owned by the territory subgraph and referenced by id only.
create table address (
    building_id       text collate "C" primary key,
    municipality_code text collate "C" not null references municipality (belfiore_code),
    municipio         smallint, -- Genova's municipal district (1-9); null elsewhere
    street            text             not null,
    house_number      text             not null,
    postal_code       text             not null check (postal_code ~ '^[0-9]{5}$')
);

create table citizen (
    fiscal_code     text collate "C" primary key check (fiscal_code ~ '^[A-Z0-9]{16}$'),
    surname         text             not null,
    given_name      text             not null,
    sex             text             not null check (sex in ('M', 'F')),
    birth_date      date             not null,
    birthplace_code text collate "C" not null check (birthplace_code ~ '^[A-Z][0-9]{3}$'),
    citizenship     text collate "C" not null check (citizenship ~ '^[A-Z]{2}$'),
    civil_status    smallint         not null -- ANPR: 1 single, 2 married, 3 widowed, 4 divorced, 6 civil union...
);

-- Operator search (Data/CitizenSearch.cs), paged by fiscal code. An equality criterion is indexed
-- together with fiscal_code, so a page is one ordered index range scan however many citizens match;
-- a surname prefix is a range, so its matches are collected through the index and then sorted.
create index citizen_surname_prefix_idx on citizen (upper(surname) text_pattern_ops);
create index citizen_given_name_idx on citizen (upper(given_name), fiscal_code);
create index citizen_birth_year_idx on citizen ((extract(year from birth_date)::int), fiscal_code);

-- Where a citizen lives: a dwelling in a building of the street register. The municipality of
-- residence is a primary attribute of a resident in ANPR; it and the municipio are kept here too
-- (the address has them as well) so that the search filters on them in the residence's own indexes.
create table residence (
    fiscal_code       text collate "C" primary key references citizen (fiscal_code),
    building_id       text collate "C" not null references address (building_id),
    dwelling_id       text collate "C" not null,
    municipality_code text collate "C" not null references municipality (belfiore_code),
    municipio         smallint
);

create index residence_municipality_idx on residence (municipality_code, fiscal_code);
create index residence_municipio_idx on residence (municipio, fiscal_code) where municipio is not null;

-- The 'famiglia anagrafica'.
create table household (
    id               text collate "C" primary key,
    head_fiscal_code text collate "C" not null references citizen (fiscal_code)
);

-- A person belongs to one household at a time, hence the key.
create table household_member (
    fiscal_code       text collate "C" primary key references citizen (fiscal_code),
    household_id      text collate "C" not null references household (id),
    relationship_code smallint         not null -- ANPR relationship to the head: 1 head, 2 spouse, 3 child...
);

-- The members of a household in the order they are listed (Data/HouseholdMembersByHousehold.cs).
create index household_member_household_idx on household_member (household_id, relationship_code, fiscal_code);

create table identity_document (
    number      text collate "C" primary key,
    fiscal_code text collate "C" not null references citizen (fiscal_code),
    type        smallint         not null check (type between 1 and 3), -- 1 CIE, 2 paper identity card, 3 passport
    issued_on   date             not null,
    expires_on  date             not null,
    issued_by   text             not null
);

create index identity_document_fiscal_code_idx on identity_document (fiscal_code);
