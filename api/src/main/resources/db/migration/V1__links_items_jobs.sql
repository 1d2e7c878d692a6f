-- Concord's store: the corpora seen, their items (for REST lookups), the links made and the batch jobs run.

CREATE TABLE corpora (
  name       TEXT PRIMARY KEY,
  created_at TIMESTAMPTZ NOT NULL DEFAULT now()
);

CREATE TABLE items (
  corpus      TEXT NOT NULL REFERENCES corpora (name),
  id          TEXT NOT NULL,
  kind        TEXT NOT NULL CHECK (kind IN ('ROW', 'TEXT', 'SPINE')),
  fields      JSONB NOT NULL,
  text        TEXT NOT NULL,
  ingested_at TIMESTAMPTZ NOT NULL DEFAULT now(),
  PRIMARY KEY (corpus, id)
);

-- A link is written once per model version: a restarted stream or a repeated job re-offers the same links,
-- and the unique key turns those into no-ops.
CREATE TABLE links (
  link_id       BIGSERIAL PRIMARY KEY,
  left_corpus   TEXT NOT NULL,
  left_id       TEXT NOT NULL,
  right_corpus  TEXT NOT NULL,
  right_id      TEXT NOT NULL,
  score         DOUBLE PRECISION NOT NULL CHECK (score >= 0 AND score <= 1),
  method        TEXT NOT NULL,
  model_version TEXT NOT NULL,
  explanation   JSONB NOT NULL,
  created_at    TIMESTAMPTZ NOT NULL DEFAULT now(),
  CONSTRAINT links_once_per_model UNIQUE (left_corpus, left_id, right_corpus, right_id, model_version)
);
CREATE INDEX links_by_left ON links (left_id);
CREATE INDEX links_by_right ON links (right_id);

CREATE TABLE jobs (
  id          UUID PRIMARY KEY,
  kind        TEXT NOT NULL,
  state       TEXT NOT NULL CHECK (state IN ('QUEUED', 'RUNNING', 'SUCCEEDED', 'FAILED')),
  parameters  JSONB NOT NULL,
  progress    DOUBLE PRECISION NOT NULL DEFAULT 0,
  counts      JSONB NOT NULL DEFAULT '{}'::jsonb,
  created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
  started_at  TIMESTAMPTZ,
  finished_at TIMESTAMPTZ,
  error       TEXT
);
