-- The members of an attestation, by protocol: an attestation's data subjects are read with it
-- (Data/IseeAttestationRecord.cs), and a household's through its attestations
-- (Data/HouseholdSubjects.cs). The primary key leads with the fiscal code, so it cannot serve them.
create index isee_member_protocol_idx on isee_member (protocol, fiscal_code);
