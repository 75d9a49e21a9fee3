-- Run after every migration (idempotent). Roles are cluster-wide: several databases (tests, replicas)
-- may create them at the same time, so a concurrent creation is tolerated.
do $$
begin
    if not exists (select from pg_roles where rolname = 'fascicolo_audit_writer') then
        begin
            create role fascicolo_audit_writer login;
        exception when duplicate_object or unique_violation then
            null;
        end;
    end if;
    if not exists (select from pg_roles where rolname = 'fascicolo_audit_reader') then
        begin
            create role fascicolo_audit_reader login;
        exception when duplicate_object or unique_violation then
            null;
        end;
    end if;
end
$$;

revoke all on schema audit from public;
revoke all on audit.access_entry from public;

-- The writer appends: it reads the chain head through chain_head() and inserts; nothing else.
grant usage on schema audit to fascicolo_audit_writer;
grant insert on audit.access_entry to fascicolo_audit_writer;
grant execute on function audit.chain_head() to fascicolo_audit_writer;

-- The reader reads (the audit subgraph's queries, the verifier).
grant usage on schema audit to fascicolo_audit_reader;
grant select on audit.access_entry to fascicolo_audit_reader;
grant execute on function audit.chain_head() to fascicolo_audit_reader;
