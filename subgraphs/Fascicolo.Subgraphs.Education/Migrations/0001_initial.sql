-- Education ("io genitore"): schools, enrolments per school year, and the Comune's canteen
-- (fee band, monthly attendance, two-monthly bills), special diets and textbook vouchers.
--
-- Codes and ids are `text collate "C"` (looked up with `= any(@keys)` on a text[] parameter, paged
-- in byte order whatever the database's locale). Amounts are integer euro cents (`bigint`), never
-- floats. Fiscal codes are stored exactly as issued. Pupils, payers and buildings belong to other
-- subgraphs (registry, territory) and are referenced by key only, without foreign keys.
--
-- Keys, foreign keys and secondary indexes are declared here; the seeder drops and recreates them
-- around its bulk COPY (Seed/DeferredConstraints.cs reads them back from the catalog).

-- A school (plesso) or nursery. order: 0 nido, 1 infanzia, 2 primaria, 3 secondaria di primo grado;
-- management: 0 state (MIUR meccanografico code, part of an istituto comprensivo), 1 municipal.
create table school (
    code              text collate "C" primary key,
    name              text             not null,
    school_order      smallint         not null check (school_order between 0 and 3),
    management        smallint         not null check (management between 0 and 1),
    institute_code    text collate "C",
    institute_name    text,
    municipality_code text collate "C" not null check (municipality_code ~ '^[A-Z][0-9]{3}$'),
    municipio         smallint check (municipio between 1 and 9),
    building_id       text collate "C" not null,
    check ((management = 0) = (institute_code is not null and institute_name is not null))
);

-- The operator search pages schools by code within an order or a municipio.
create index school_order_idx on school (school_order, code);
create index school_municipio_idx on school (municipio, code) where municipio is not null;

-- A child's enrolment in a school for one school year (school_year is its first calendar year:
-- 2025 for 2025/26). services: the Comune's services the child uses (0 canteen, 1 pre-school,
-- 2 after-school, 3 nursery full time, 4 nursery part time). The canteen_* columns are set exactly
-- when the child uses the canteen: the ISEE band (A-G), the DSU protocol the band comes from (null
-- without an ISEE: top band), the child's place among the household's canteen users, the fee per
-- meal after the sibling discount, and who is billed.
create table enrolment (
    id                        text collate "C" primary key,
    school_year               smallint         not null,
    pupil_fiscal_code         text collate "C" not null check (pupil_fiscal_code ~ '^[A-Z0-9]{16}$'),
    school_code               text collate "C" not null references school (code),
    school_order              smallint         not null check (school_order between 0 and 3), -- the school's, for the canteen calendar
    class_year                smallint check (class_year between 1 and 5),
    section                   text             not null,
    class_name                text             not null,
    enrolled_on               date             not null,
    services                  smallint[]       not null,
    canteen_band              text collate "C" check (canteen_band ~ '^[A-Z]$'),
    canteen_isee_protocol     text,
    canteen_sibling_ordinal   smallint check (canteen_sibling_ordinal >= 1),
    canteen_meal_fee_cents    bigint check (canteen_meal_fee_cents > 0),
    canteen_payer_fiscal_code text collate "C",
    unique (pupil_fiscal_code, school_year),
    check ((canteen_band is null) = (canteen_meal_fee_cents is null)),
    check ((canteen_band is null) = (canteen_sibling_ordinal is null)),
    check ((canteen_band is null) = (canteen_payer_fiscal_code is null))
);

-- A canteen user's attendance in a month: how many days the canteen served the school, and the
-- days the child was absent (meals = service_days - cardinality(absences)).
create table canteen_month (
    enrolment_id text collate "C" not null references enrolment (id),
    month        date             not null check (extract(day from month) = 1),
    service_days smallint         not null check (service_days > 0),
    absences     date[]           not null check (cardinality(absences) <= service_days),
    primary key (enrolment_id, month)
);

-- A canteen bill: the meals of a two-month period at the child's fee, payable through pagoPA as the
-- debt position iupd (owned by the payments subgraph). amount_cents = meals * meal_fee_cents.
create table canteen_bill (
    iupd               text collate "C" primary key,
    enrolment_id       text collate "C" not null references enrolment (id),
    pupil_fiscal_code  text collate "C" not null,
    payer_fiscal_code  text collate "C" not null,
    period_start       date             not null,
    period_end         date             not null check (period_end >= period_start),
    meals              integer          not null check (meals > 0),
    meal_fee_cents     bigint           not null check (meal_fee_cents > 0),
    amount_cents       bigint           not null check (amount_cents = meals * meal_fee_cents),
    issued_on          date             not null,
    due_on             date             not null check (due_on >= issued_on),
    paid_on            date
);

create index canteen_bill_enrolment_idx on canteen_bill (enrolment_id, period_start);
create index canteen_bill_payer_idx on canteen_bill (payer_fiscal_code, issued_on);

-- A special diet served at the canteen. kind: 0 medical (with the certificate's metadata),
-- 1 religious, 2 ethical (on the parents' declaration, no certificate).
create table special_diet (
    enrolment_id            text collate "C" not null references enrolment (id),
    code                    text collate "C" not null,
    kind                    smallint         not null check (kind between 0 and 2),
    description             text             not null,
    starts_on               date             not null,
    certificate_number      text collate "C",
    certificate_issued_by   text,
    certificate_physician   text,
    certificate_issued_on   date,
    certificate_valid_until date,
    primary key (enrolment_id, code),
    check ((kind = 0) = (certificate_number is not null))
);

-- A textbook voucher (cedola libraria) of a primary pupil, with its books and their cover prices.
create table book_voucher (
    number            text collate "C" primary key,
    enrolment_id      text collate "C" not null unique references enrolment (id),
    pupil_fiscal_code text collate "C" not null,
    school_year       smallint         not null,
    class_year        smallint         not null check (class_year between 1 and 5),
    book_titles       text[]           not null,
    book_prices_cents bigint[]         not null check (cardinality(book_prices_cents) = cardinality(book_titles)),
    amount_cents      bigint           not null check (amount_cents > 0),
    issued_on         date             not null,
    redeemed_on       date,
    bookshop          text,
    check ((redeemed_on is null) = (bookshop is null))
);

create index book_voucher_pupil_idx on book_voucher (pupil_fiscal_code, school_year);
