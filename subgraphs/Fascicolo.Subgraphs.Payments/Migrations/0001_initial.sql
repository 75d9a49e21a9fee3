-- Payments (pagoPA, "io pago"): debt positions on the GPD model (Gestione Posizioni Debitorie),
-- their payment options (one notice each), the transfers each option pays out, and receipts.
--
-- Amounts are integer euro cents (bigint): never floats. Codes are `text collate "C"` with checks,
-- as in the registry: looked up with `= any(@keys)` on text[] parameters, sorted by byte.
--
-- Statuses are stored as GPD spells them. `payment_position.status` is the status the events
-- recorded (publication, payments, reports); the transitions GPD applies "on the fly" against the
-- clock (PUBLISHED -> VALID from the validity date, VALID -> EXPIRED after the last due date when
-- switch_to_expired) are applied when a position is read (Fascicolo.Domain.Payments:
-- DebtPositionStatusRules.OnDate), so no scheduler has to rewrite rows at midnight.
--
-- Keys, foreign keys and secondary indexes are declared here; the seeder drops and recreates them
-- around its bulk COPY (Seed/DeferredConstraints.cs reads them back from the catalog).

create table payment_position (
    iupd                     text collate "C" primary key check (length(iupd) between 1 and 35),
    service                  text collate "C" not null
        check (service in ('IMU', 'TARI', 'VEHICLE_TAX', 'TRAFFIC_FINE', 'SCHOOL_CANTEEN', 'PERMIT_FEE')),
    organization_fiscal_code text collate "C" not null check (organization_fiscal_code ~ '^[0-9]{11}$'),
    company_name             text             not null,
    office_name              text,
    debtor_type              text collate "C" not null check (debtor_type in ('F', 'G')),
    debtor_fiscal_code       text collate "C" not null
        check ((debtor_type = 'F' and debtor_fiscal_code ~ '^[A-Z0-9]{16}$') or (debtor_type = 'G' and debtor_fiscal_code ~ '^[0-9]{11}$')),
    debtor_full_name         text             not null check (length(debtor_full_name) between 1 and 140),
    description              text             not null check (length(description) between 1 and 140),
    publish_date             date,            -- null while a draft
    validity_date            date,            -- payable from this day; null: from publication
    switch_to_expired        boolean          not null,
    status                   text collate "C" not null
        check (status in ('DRAFT', 'PUBLISHED', 'VALID', 'PARTIALLY_PAID', 'PAID', 'REPORTED', 'EXPIRED', 'INVALID')),
    payment_date             timestamptz,     -- when the payment that settled it was made
    last_updated_date        timestamptz      not null
);

-- Citizen.debtPosition: a debtor's positions (Data/PositionsByDebtor.cs).
create index payment_position_debtor_idx on payment_position (debtor_fiscal_code, iupd);

-- One option is one notice: its IUV is unique across the hub, because every creditor issues its
-- IUVs under its own segregation codes. The notice number (NAV) is '3' || iuv (aux digit 3).
create table payment_option (
    iuv                      text collate "C" primary key check (iuv ~ '^[0-9]{17}$'),
    iupd                     text collate "C" not null references payment_position (iupd),
    ordinal                  smallint         not null check (ordinal between 1 and 100),
    organization_fiscal_code text collate "C" not null check (organization_fiscal_code ~ '^[0-9]{11}$'),
    amount_cents             bigint           not null check (amount_cents > 0),
    description              text             not null check (length(description) between 1 and 140),
    due_date                 date             not null,
    is_partial_payment       boolean          not null,
    status                   text collate "C" not null
        check (status in ('PO_UNPAID', 'PO_PAID', 'PO_PARTIALLY_REPORTED', 'PO_REPORTED')),
    payment_date             timestamptz,
    last_updated_date        timestamptz      not null,
    constraint payment_option_position_ordinal_key unique (iupd, ordinal)
);

-- Where an option's money goes: 1 to 5 transfers, each to one beneficiary's IBAN; they add up to
-- the option's amount (the seeder builds them so; GPD checks the same on creation).
create table payment_transfer (
    iuv                      text collate "C" not null references payment_option (iuv),
    id_transfer              smallint         not null check (id_transfer between 1 and 5),
    amount_cents             bigint           not null check (amount_cents > 0),
    organization_fiscal_code text collate "C" not null check (organization_fiscal_code ~ '^[0-9]{11}$'),
    company_name             text             not null,
    iban                     text collate "C" not null check (iban ~ '^IT[0-9]{2}[A-Z][0-9]{10}[0-9A-Z]{12}$'),
    remittance_information   text             not null check (length(remittance_information) between 1 and 140),
    category                 text collate "C" not null check (category ~ '^9/[0-9]{7}[A-Z]{2}/$'),
    status                   text collate "C" not null check (status in ('T_UNREPORTED', 'T_REPORTED')),
    primary key (iuv, id_transfer)
);

-- A receipt (ricevuta telematica) as the nodo reports a successful payment. At most one per option
-- (unique iuv); the receipt id is the PSP's, and recording the same one twice is idempotent.
create table receipt (
    receipt_id               text collate "C" primary key check (receipt_id ~ '^[A-Za-z0-9-]{1,35}$'),
    iuv                      text collate "C" not null unique references payment_option (iuv),
    iupd                     text collate "C" not null references payment_position (iupd),
    organization_fiscal_code text collate "C" not null,
    debtor_fiscal_code       text collate "C" not null,
    amount_cents             bigint           not null check (amount_cents > 0),
    fee_cents                bigint           not null check (fee_cents >= 0),
    payment_method           text collate "C" not null check (payment_method in ('CASH', 'CREDIT_CARD', 'BANCOMAT', 'OTHER')),
    payment_date_time        timestamptz      not null,
    psp_id                   text             not null check (length(psp_id) between 1 and 35),
    psp_company_name         text             not null check (length(psp_company_name) between 1 and 70),
    payer_fiscal_code        text collate "C",
    payer_full_name          text,
    recorded_at              timestamptz      not null
);

create index receipt_iupd_idx on receipt (iupd);
create index receipt_debtor_idx on receipt (debtor_fiscal_code, payment_date_time desc);
