// The archive schema as an ordered list of migrations, each written for SQLite and for PostgreSQL side by side.
namespace Debrief.Archive.Migrations;

/// <summary>Every migration, oldest first. Append only: a released migration is never edited.</summary>
public static class MigrationCatalog
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(1, "accounts, postmortems, revisions, comments, workflow, audit",
            Sqlite: """
                CREATE TABLE users (
                  id INTEGER PRIMARY KEY,
                  name TEXT NOT NULL,
                  name_key TEXT NOT NULL UNIQUE,
                  role TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
                  password_hash TEXT,
                  disabled INTEGER NOT NULL DEFAULT 0,
                  created_at TEXT NOT NULL
                );
                CREATE TABLE api_tokens (
                  id INTEGER PRIMARY KEY,
                  name TEXT NOT NULL,
                  role TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
                  token_hash TEXT NOT NULL UNIQUE,
                  prefix TEXT NOT NULL,
                  user_id INTEGER REFERENCES users (id),
                  created_by TEXT NOT NULL,
                  created_at TEXT NOT NULL,
                  revoked_at TEXT
                );
                CREATE TABLE postmortems (
                  id INTEGER PRIMARY KEY,
                  slug TEXT NOT NULL UNIQUE,
                  path TEXT NOT NULL UNIQUE,
                  title TEXT NOT NULL,
                  status TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'published')),
                  severity TEXT,
                  services TEXT NOT NULL DEFAULT '',
                  tags TEXT NOT NULL DEFAULT '',
                  started_at TEXT,
                  ended_at TEXT,
                  lint_score INTEGER NOT NULL,
                  current_revision_id INTEGER REFERENCES revisions (id),
                  revision_count INTEGER NOT NULL DEFAULT 0,
                  created_at TEXT NOT NULL,
                  created_by TEXT NOT NULL,
                  updated_at TEXT NOT NULL,
                  updated_by TEXT NOT NULL
                );
                CREATE INDEX ix_postmortems_updated ON postmortems (updated_at);
                CREATE INDEX ix_postmortems_started ON postmortems (started_at);
                CREATE INDEX ix_postmortems_status ON postmortems (status);
                CREATE INDEX ix_postmortems_severity ON postmortems (severity);
                CREATE INDEX ix_postmortems_score ON postmortems (lint_score);
                CREATE TABLE revisions (
                  id INTEGER PRIMARY KEY,
                  postmortem_id INTEGER NOT NULL REFERENCES postmortems (id),
                  number INTEGER NOT NULL,
                  content TEXT NOT NULL,
                  content_hash TEXT NOT NULL,
                  author TEXT NOT NULL,
                  message TEXT,
                  kind TEXT NOT NULL CHECK (kind IN ('edit', 'import', 'workflow')),
                  created_at TEXT NOT NULL,
                  UNIQUE (postmortem_id, number)
                );
                CREATE TABLE postmortem_services (
                  postmortem_id INTEGER NOT NULL REFERENCES postmortems (id),
                  service TEXT NOT NULL,
                  PRIMARY KEY (postmortem_id, service)
                );
                CREATE INDEX ix_services_service ON postmortem_services (service);
                CREATE TABLE postmortem_tags (
                  postmortem_id INTEGER NOT NULL REFERENCES postmortems (id),
                  tag TEXT NOT NULL,
                  PRIMARY KEY (postmortem_id, tag)
                );
                CREATE INDEX ix_tags_tag ON postmortem_tags (tag);
                CREATE TABLE postmortem_text (
                  postmortem_id INTEGER PRIMARY KEY REFERENCES postmortems (id),
                  title TEXT NOT NULL,
                  services TEXT NOT NULL,
                  tags TEXT NOT NULL,
                  root_cause TEXT NOT NULL,
                  search_text TEXT NOT NULL
                );
                CREATE TABLE comments (
                  id INTEGER PRIMARY KEY,
                  postmortem_id INTEGER NOT NULL REFERENCES postmortems (id),
                  revision_id INTEGER NOT NULL REFERENCES revisions (id),
                  author TEXT NOT NULL,
                  body TEXT NOT NULL,
                  line INTEGER,
                  created_at TEXT NOT NULL
                );
                CREATE INDEX ix_comments_postmortem ON comments (postmortem_id);
                CREATE TABLE workflow_events (
                  id INTEGER PRIMARY KEY,
                  postmortem_id INTEGER NOT NULL REFERENCES postmortems (id),
                  revision_id INTEGER NOT NULL REFERENCES revisions (id),
                  action TEXT NOT NULL,
                  from_status TEXT NOT NULL,
                  to_status TEXT NOT NULL,
                  actor TEXT NOT NULL,
                  note TEXT,
                  created_at TEXT NOT NULL
                );
                CREATE INDEX ix_workflow_postmortem ON workflow_events (postmortem_id);
                CREATE TABLE audit_log (
                  id INTEGER PRIMARY KEY,
                  at TEXT NOT NULL,
                  actor TEXT NOT NULL,
                  action TEXT NOT NULL,
                  entity TEXT NOT NULL,
                  entity_id INTEGER,
                  detail TEXT
                );
                """,
            Postgres: """
                CREATE TABLE users (
                  id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                  name TEXT NOT NULL,
                  name_key TEXT NOT NULL UNIQUE,
                  role TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
                  password_hash TEXT,
                  disabled INTEGER NOT NULL DEFAULT 0,
                  created_at TIMESTAMPTZ NOT NULL
                );
                CREATE TABLE api_tokens (
                  id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                  name TEXT NOT NULL,
                  role TEXT NOT NULL CHECK (role IN ('viewer', 'editor', 'admin')),
                  token_hash TEXT NOT NULL UNIQUE,
                  prefix TEXT NOT NULL,
                  user_id BIGINT REFERENCES users (id),
                  created_by TEXT NOT NULL,
                  created_at TIMESTAMPTZ NOT NULL,
                  revoked_at TIMESTAMPTZ
                );
                CREATE TABLE postmortems (
                  id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                  slug TEXT NOT NULL UNIQUE,
                  path TEXT NOT NULL UNIQUE,
                  title TEXT NOT NULL,
                  status TEXT NOT NULL CHECK (status IN ('draft', 'in_review', 'published')),
                  severity TEXT,
                  services TEXT NOT NULL DEFAULT '',
                  tags TEXT NOT NULL DEFAULT '',
                  started_at TIMESTAMPTZ,
                  ended_at TIMESTAMPTZ,
                  lint_score INTEGER NOT NULL,
                  current_revision_id BIGINT,
                  revision_count INTEGER NOT NULL DEFAULT 0,
                  created_at TIMESTAMPTZ NOT NULL,
                  created_by TEXT NOT NULL,
                  updated_at TIMESTAMPTZ NOT NULL,
                  updated_by TEXT NOT NULL
                );
                CREATE INDEX ix_postmortems_updated ON postmortems (updated_at);
                CREATE INDEX ix_postmortems_started ON postmortems (started_at);
                CREATE INDEX ix_postmortems_status ON postmortems (status);
                CREATE INDEX ix_postmortems_severity ON postmortems (severity);
                CREATE INDEX ix_postmortems_score ON postmortems (lint_score);
                CREATE TABLE revisions (
                  id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                  postmortem_id BIGINT NOT NULL REFERENCES postmortems (id),
                  number INTEGER NOT NULL,
                  content TEXT NOT NULL,
                  content_hash TEXT NOT NULL,
                  author TEXT NOT NULL,
                  message TEXT,
                  kind TEXT NOT NULL CHECK (kind IN ('edit', 'import', 'workflow')),
                  created_at TIMESTAMPTZ NOT NULL,
                  UNIQUE (postmortem_id, number)
                );
                ALTER TABLE postmortems ADD CONSTRAINT fk_postmortems_current_revision
                  FOREIGN KEY (current_revision_id) REFERENCES revisions (id);
                CREATE TABLE postmortem_services (
                  postmortem_id BIGINT NOT NULL REFERENCES postmortems (id),
                  service TEXT NOT NULL,
                  PRIMARY KEY (postmortem_id, service)
                );
                CREATE INDEX ix_services_service ON postmortem_services (service);
                CREATE TABLE postmortem_tags (
                  postmortem_id BIGINT NOT NULL REFERENCES postmortems (id),
                  tag TEXT NOT NULL,
                  PRIMARY KEY (postmortem_id, tag)
                );
                CREATE INDEX ix_tags_tag ON postmortem_tags (tag);
                CREATE TABLE postmortem_text (
                  postmortem_id BIGINT PRIMARY KEY REFERENCES postmortems (id),
                  title TEXT NOT NULL,
                  services TEXT NOT NULL,
                  tags TEXT NOT NULL,
                  root_cause TEXT NOT NULL,
                  search_text TEXT NOT NULL
                );
                CREATE TABLE comments (
                  id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                  postmortem_id BIGINT NOT NULL REFERENCES postmortems (id),
                  revision_id BIGINT NOT NULL REFERENCES revisions (id),
                  author TEXT NOT NULL,
                  body TEXT NOT NULL,
                  line INTEGER,
                  created_at TIMESTAMPTZ NOT NULL
                );
                CREATE INDEX ix_comments_postmortem ON comments (postmortem_id);
                CREATE TABLE workflow_events (
                  id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                  postmortem_id BIGINT NOT NULL REFERENCES postmortems (id),
                  revision_id BIGINT NOT NULL REFERENCES revisions (id),
                  action TEXT NOT NULL,
                  from_status TEXT NOT NULL,
                  to_status TEXT NOT NULL,
                  actor TEXT NOT NULL,
                  note TEXT,
                  created_at TIMESTAMPTZ NOT NULL
                );
                CREATE INDEX ix_workflow_postmortem ON workflow_events (postmortem_id);
                CREATE TABLE audit_log (
                  id BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY,
                  at TIMESTAMPTZ NOT NULL,
                  actor TEXT NOT NULL,
                  action TEXT NOT NULL,
                  entity TEXT NOT NULL,
                  entity_id BIGINT,
                  detail TEXT
                );
                """),
        new(2, "full-text search: FTS5 over postmortem_text (SQLite), weighted tsvector with GIN (PostgreSQL)",
            Sqlite: """
                CREATE VIRTUAL TABLE postmortem_search USING fts5 (
                  title, services, tags, root_cause, search_text,
                  content = 'postmortem_text', content_rowid = 'postmortem_id',
                  tokenize = 'porter unicode61 remove_diacritics 2'
                );
                INSERT INTO postmortem_search (postmortem_search, rank) VALUES ('rank', 'bm25(10.0, 4.0, 4.0, 4.0, 1.0)');
                CREATE TRIGGER postmortem_text_search_insert AFTER INSERT ON postmortem_text BEGIN
                  INSERT INTO postmortem_search (rowid, title, services, tags, root_cause, search_text)
                  VALUES (new.postmortem_id, new.title, new.services, new.tags, new.root_cause, new.search_text);
                END;
                CREATE TRIGGER postmortem_text_search_delete AFTER DELETE ON postmortem_text BEGIN
                  INSERT INTO postmortem_search (postmortem_search, rowid, title, services, tags, root_cause, search_text)
                  VALUES ('delete', old.postmortem_id, old.title, old.services, old.tags, old.root_cause, old.search_text);
                END;
                CREATE TRIGGER postmortem_text_search_update AFTER UPDATE ON postmortem_text BEGIN
                  INSERT INTO postmortem_search (postmortem_search, rowid, title, services, tags, root_cause, search_text)
                  VALUES ('delete', old.postmortem_id, old.title, old.services, old.tags, old.root_cause, old.search_text);
                  INSERT INTO postmortem_search (rowid, title, services, tags, root_cause, search_text)
                  VALUES (new.postmortem_id, new.title, new.services, new.tags, new.root_cause, new.search_text);
                END;
                """,
            Postgres: """
                ALTER TABLE postmortem_text ADD COLUMN search_vector TSVECTOR GENERATED ALWAYS AS (
                  setweight(to_tsvector('english'::regconfig, title), 'A') ||
                  setweight(to_tsvector('english'::regconfig, services || ' ' || tags), 'B') ||
                  setweight(to_tsvector('english'::regconfig, root_cause), 'B') ||
                  setweight(to_tsvector('english'::regconfig, search_text), 'D')
                ) STORED;
                CREATE INDEX ix_postmortem_text_search ON postmortem_text USING GIN (search_vector);
                -- Ranking reads this small vector (stored inline) instead of detoasting the whole document's.
                ALTER TABLE postmortem_text ADD COLUMN head_vector TSVECTOR GENERATED ALWAYS AS (
                  setweight(to_tsvector('english'::regconfig, title), 'A') ||
                  setweight(to_tsvector('english'::regconfig, services || ' ' || tags), 'B') ||
                  setweight(to_tsvector('english'::regconfig, root_cause), 'B')
                ) STORED;
                """),
    ];

    /// <summary>The schema version this build writes.</summary>
    public static int Latest => All[^1].Version;
}
