-- Permits (procedimenti autorizzativi): the city's businesses and the procedures of its SUE
-- (building works) and SUAP (businesses), with their history, documents and fees.
--
-- Codes are `text collate "C"` (ASCII identifiers, byte order) like the registry's: looked up with
-- `= any(@keys)` on text[] parameters, paged by keyset in the same order whatever the locale.
-- Enumerations are smallint codes: the numbers of the synthetic city's Permits enums (ProcedureKind,
-- ProcedureState, ProcedureTransition, ProcedureDocumentType), which are never renumbered.
-- Citizens (applicants, owners) and buildings belong to other subgraphs: only their keys are kept.

-- Registro delle imprese: one row per business.
create table company (
    fiscal_code       text collate "C" primary key check (fiscal_code ~ '^[0-9]{11}$'),
    name              text             not null,
    legal_form        text collate "C" not null check (legal_form in ('DI', 'SNC', 'SAS', 'SRL', 'SRLS')),
    owner_fiscal_code text collate "C" not null check (owner_fiscal_code ~ '^[A-Z0-9]{16}$'),
    ateco_code        text collate "C" not null check (ateco_code ~ '^[0-9]{2}\.[0-9]{2}\.[0-9]{2}$'),
    building_id       text collate "C" not null,
    registered_on     date             not null
);

-- Citizen.companies (Data/CompaniesByOwner.cs).
create index company_owner_idx on company (owner_fiscal_code, fiscal_code);

-- A procedure and its current state. `version` counts its steps: an operator advancing it names the
-- version they saw, and the update only applies while it is still that version (optimistic
-- concurrency, Data/ProcedureAdvance.cs). `term_started_on` and `integration_requested_on` are what
-- the deadlines are computed from (ProcedureTerms in the synthetic city's Permits facet).
create table procedure (
    id                       text collate "C" primary key check (id ~ '^PRC-[0-9]{7}$'),
    protocol_number          text collate "C" not null unique check (protocol_number ~ '^PG/[0-9]{4}/[0-9]{7}$'),
    kind                     smallint         not null check (kind between 0 and 4), -- 0 CILA, 1 SCIA edilizia, 2 permesso di costruire, 3 SCIA SUAP, 4 autorizzazione SUAP
    title                    text             not null,
    applicant_fiscal_code    text collate "C" not null check (applicant_fiscal_code ~ '^[A-Z0-9]{16}$'),
    building_id              text collate "C" not null,
    company_fiscal_code      text collate "C" references company (fiscal_code),
    state                    smallint         not null check (state between 0 and 4), -- 0 submitted, 1 under review, 2 integration requested, 3 approved, 4 rejected
    version                  integer          not null check (version >= 1),
    submitted_at             timestamptz      not null,
    term_started_on          date             not null,
    integration_requested_on date,
    concluded_at             timestamptz,
    -- SUAP procedures are about a business, SUE procedures are not (kinds 3 and 4 are the SUAP's).
    check ((kind >= 3) = (company_fiscal_code is not null))
);

-- Citizen.procedures and Company.procedures, newest first (Data/ProceduresByApplicant.cs, ProceduresByCompany.cs).
create index procedure_applicant_idx on procedure (applicant_fiscal_code, submitted_at desc, id);
create index procedure_company_idx on procedure (company_fiscal_code, submitted_at desc, id) where company_fiscal_code is not null;
-- The operators' worklist by state, in id order (Data/ProcedureWorklist.cs).
create index procedure_state_idx on procedure (state, id);

-- The history: one row per step, `sequence` 1 for the submission; the version after a step is its sequence.
create table procedure_step (
    procedure_id text collate "C" not null references procedure (id),
    sequence     integer          not null check (sequence >= 1),
    state        smallint         not null check (state between 0 and 4),
    transition   smallint         check (transition between 0 and 4), -- null for the submission; 0 start review, 1 request integration, 2 receive integration, 3 approve, 4 reject
    at           timestamptz      not null,
    actor        text             not null,
    note         text,
    primary key (procedure_id, sequence),
    check ((sequence = 1) = (transition is null))
);

-- Document metadata only: the files themselves live in the document store.
create table procedure_document (
    procedure_id text collate "C" not null references procedure (id),
    sequence     integer          not null check (sequence >= 1),
    name         text             not null,
    type         smallint         not null check (type between 0 and 8),
    media_type   text             not null,
    size_bytes   bigint           not null check (size_bytes > 0),
    sha256       text collate "C" not null check (sha256 ~ '^[0-9a-f]{64}$'),
    uploaded_at  timestamptz      not null,
    primary key (procedure_id, sequence)
);

-- A fee charged through pagoPA: the payments subgraph owns the debt position with this IUPD.
create table procedure_fee (
    iupd         text collate "C" primary key,
    procedure_id text collate "C" not null references procedure (id),
    description  text             not null,
    amount_cents bigint           not null check (amount_cents > 0)
);

create index procedure_fee_procedure_idx on procedure_fee (procedure_id, iupd);
