-- The sample subgraph of the kit tests: people (a federated entity) and their notes (a DataLoader field).
create table sample_person (
    id      text primary key,
    ordinal int  not null unique,
    name    text not null
);

create table sample_note (
    person_id text not null references sample_person (id),
    position  int  not null,
    text      text not null,
    primary key (person_id, position)
);
