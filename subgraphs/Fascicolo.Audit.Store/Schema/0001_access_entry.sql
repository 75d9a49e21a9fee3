-- The access log: one row per (request, subgraph, data subject), hash-chained in seq order.
-- seq is assigned by the writer under a transaction-level advisory lock (not an identity column):
-- a rolled-back append must not leave a gap, since a gap is how the verifier sees a deleted row.
create table audit.access_entry (
    seq              bigint      primary key check (seq > 0),
    at               timestamptz not null,
    request_id       text        not null,
    subgraph         text        not null,
    actor_role       text        not null,
    actor_subject    text,
    actor_ente       text,
    actor_department text,
    assurance        smallint    not null,
    purpose          text,
    client           text,
    data_subject     text        not null,
    fields           text[]      not null,
    hash_version     smallint    not null,
    prev_hash        bytea       not null check (length(prev_hash) = 32),
    hash             bytea       not null check (length(hash) = 32)
);

-- A citizen's access log, newest first (keyset paging on seq).
create index access_entry_subject_seq on audit.access_entry (data_subject, seq desc);
create index access_entry_request on audit.access_entry (request_id);

-- Append-only, even for the owner: changing history needs ALTER TABLE ... DISABLE TRIGGER, a
-- visible act that the hash chain still exposes.
create function audit.refuse_change() returns trigger
language plpgsql as $$
begin
    raise exception 'audit.access_entry is append-only: % refused', tg_op
        using errcode = 'insufficient_privilege';
end
$$;

create trigger access_entry_no_update_delete
    before update or delete on audit.access_entry
    for each row execute function audit.refuse_change();

create trigger access_entry_no_truncate
    before truncate on audit.access_entry
    for each statement execute function audit.refuse_change();

-- The chain head for writers, who may insert but not read the log (it names whose data was read).
create function audit.chain_head(out seq bigint, out hash bytea)
language sql stable security definer set search_path = pg_catalog, pg_temp as $$
    select e.seq, e.hash from audit.access_entry e order by e.seq desc limit 1
$$;

revoke all on function audit.chain_head() from public;
