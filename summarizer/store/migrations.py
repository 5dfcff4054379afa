"""Every table of the store, as named migrations: all of the package's DDL is here."""

from __future__ import annotations

_FIRST_RELEASE = [
    """
    CREATE TABLE IF NOT EXISTS calls (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        created_at TEXT NOT NULL,
        article_id TEXT,
        engine TEXT,
        model TEXT,
        mode TEXT,
        prompt_id TEXT,
        prompt_version TEXT,
        prompt_hash TEXT,
        schema_version TEXT,
        purpose TEXT,
        attempt INTEGER,
        parameters TEXT,
        request_messages TEXT,
        raw_response TEXT,
        prompt_tokens INTEGER,
        completion_tokens INTEGER,
        total_tokens INTEGER,
        latency_ms REAL,
        status INTEGER,
        error TEXT
    )
    """,
    "CREATE INDEX IF NOT EXISTS calls_article ON calls(article_id)",
    """
    CREATE TABLE IF NOT EXISTS results (
        cache_key TEXT PRIMARY KEY,
        article_id TEXT NOT NULL,
        engine TEXT NOT NULL,
        briefing TEXT NOT NULL,
        created_at TEXT NOT NULL
    )
    """,
]
_JOBS = [
    """
    CREATE TABLE jobs (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        owner TEXT,
        options TEXT NOT NULL,
        total INTEGER NOT NULL,
        cancelled INTEGER NOT NULL DEFAULT 0
    )
    """,
    """
    CREATE TABLE job_items (
        job_id TEXT NOT NULL REFERENCES jobs(id),
        seq INTEGER NOT NULL,
        article TEXT NOT NULL,
        state TEXT NOT NULL,
        result TEXT,
        done_order INTEGER,
        PRIMARY KEY (job_id, seq)
    )
    """,
    "CREATE INDEX job_items_state ON job_items(state, job_id, seq)",
]
# Which process holds a running item, so that a process starting beside live ones (service
# workers, replicas sharing the store) puts back only the items of processes that died.
_CLAIMS = ["ALTER TABLE job_items ADD COLUMN claimed_by TEXT"]
# Each entry upgrades a store by one schema version (PRAGMA user_version). The first
# release's tables use IF NOT EXISTS, so the stores it wrote (version 0, tables present)
# upgrade in place with every cached result and logged call kept.
# Pages fetched for URL inputs (summarizer/inputs/fetch.py), so a URL is fetched once.
_PAGES = [
    """
    CREATE TABLE pages (
        url TEXT PRIMARY KEY,
        final_url TEXT NOT NULL,
        content_type TEXT NOT NULL,
        charset TEXT,
        body BLOB NOT NULL,
        fetched_at TEXT NOT NULL
    )
    """
]
# Batch API runs (summarizer/batch/runner.py): the batches, each article waiting for results, and
# each request sent with the answer or error that came back.
_BATCHES = [
    """
    CREATE TABLE batches (
        id TEXT PRIMARY KEY,
        created_at TEXT NOT NULL,
        input_file_id TEXT NOT NULL,
        status TEXT NOT NULL,
        output_file_id TEXT,
        error_file_id TEXT,
        request_counts TEXT,
        collected INTEGER NOT NULL DEFAULT 0
    )
    """,
    """
    CREATE TABLE batch_articles (
        article_key TEXT PRIMARY KEY,
        article TEXT NOT NULL,
        prompt TEXT NOT NULL,
        model TEXT NOT NULL,
        state TEXT NOT NULL,
        reason TEXT,
        submitted_at TEXT NOT NULL
    )
    """,
    """
    CREATE TABLE batch_requests (
        request_key TEXT PRIMARY KEY,
        batch_id TEXT NOT NULL,
        article_key TEXT NOT NULL,
        status_code INTEGER,
        response BLOB,
        error TEXT
    )
    """,
    "CREATE INDEX batch_requests_article ON batch_requests(article_key)",
]
# What each call cost in USD (NULL: unknown, never zero for unknown).
_COSTS = ["ALTER TABLE calls ADD COLUMN cost_usd REAL"]
# Fair turns across job owners: ``open`` marks a job that may still hold queued items (so a
# claim looks at a handful of open jobs, not every queued item), and ``job_turns`` records
# when each owner was last served, so the owner served longest ago goes next.
_FAIR_CLAIMS = [
    "ALTER TABLE jobs ADD COLUMN open INTEGER NOT NULL DEFAULT 0",
    """
    UPDATE jobs SET open = 1 WHERE cancelled = 0
       AND EXISTS (SELECT 1 FROM job_items i WHERE i.job_id = jobs.id AND i.state = 'queued')
    """,
    "CREATE INDEX jobs_open ON jobs(created_at) WHERE open = 1",
    "CREATE TABLE job_turns (owner TEXT PRIMARY KEY, turn INTEGER NOT NULL)",
]
# One row the service's readiness rewrites: a real write to the file (a full disk fails it).
_READY_PROBE = ["CREATE TABLE ready_probe (id INTEGER PRIMARY KEY CHECK (id = 1), checked_at TEXT NOT NULL)"]
# Stories across days (summarizer/daily/stories.py): one row per incident of a day, with
# the story it belongs to and what it said (JSON). A day run again replaces its rows.
_STORIES = [
    """
    CREATE TABLE story_days (
        day TEXT NOT NULL,
        incident TEXT NOT NULL,
        story TEXT NOT NULL,
        record TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        PRIMARY KEY (day, incident)
    )
    """,
    "CREATE INDEX story_days_story ON story_days(story, day)",
]
# Stories are kept per owner, as jobs and the cache are (the service's token id; '' for the
# CLI, the library and the tokenless service, which share one desk): one token's run of a
# day replaced every other token's stories of that day, and any token read them all. The
# day's key gains the owner, so the table is made again (SQLite cannot change a key).
_STORY_OWNERS = [
    """
    CREATE TABLE story_days_owned (
        owner TEXT NOT NULL,
        day TEXT NOT NULL,
        incident TEXT NOT NULL,
        story TEXT NOT NULL,
        record TEXT NOT NULL,
        recorded_at TEXT NOT NULL,
        PRIMARY KEY (owner, day, incident)
    )
    """,
    "INSERT INTO story_days_owned SELECT '', day, incident, story, record, recorded_at FROM story_days",
    "DROP TABLE story_days",
    "ALTER TABLE story_days_owned RENAME TO story_days",
    "CREATE INDEX story_days_story ON story_days(owner, story, day)",
]
# The days each owner ran, with or without incidents: a day that told none is still the
# last day run, so a story that went quiet before it is not listed as quiet again after it.
_STORY_RUN_DAYS = [
    "CREATE TABLE story_run_days (owner TEXT NOT NULL, day TEXT NOT NULL, PRIMARY KEY (owner, day))",
    "INSERT INTO story_run_days SELECT DISTINCT owner, day FROM story_days",
]
# Pages were kept under their full URL, so a page's credentials (user:pass@, ?token=) sat in
# the store: now they are kept under a hash of it beside the URL without its credentials.
# The pages kept before are dropped (a cache: fetched again when asked for), credentials and all,
# their bytes overwritten (builds differ in whether freed space is, by default).
_PAGE_KEYS = [
    "PRAGMA secure_delete = ON",
    "DROP TABLE pages",
    """
    CREATE TABLE pages (
        key TEXT PRIMARY KEY,
        url TEXT NOT NULL,
        final_url TEXT NOT NULL,
        content_type TEXT NOT NULL,
        charset TEXT,
        body BLOB NOT NULL,
        fetched_at TEXT NOT NULL
    )
    """,
]
# Each migration upgrades a store by one schema version (PRAGMA user_version), in order;
# the name says what it brought. A released migration is never edited: a change is a new one.
MIGRATIONS: list[tuple[str, list[str]]] = [
    ("first_release", _FIRST_RELEASE),
    ("jobs", _JOBS),
    ("job_claims", _CLAIMS),
    ("pages", _PAGES),
    ("batches", _BATCHES),
    ("call_costs", _COSTS),
    ("fair_claims", _FAIR_CLAIMS),
    ("ready_probe", _READY_PROBE),
    ("stories", _STORIES),
    ("story_owners", _STORY_OWNERS),
    ("story_run_days", _STORY_RUN_DAYS),
    ("page_keys", _PAGE_KEYS),
]
# The run log's full-text index (SQLite FTS5), made when a search first needs it: SQLite may
# be built without FTS5, and a store must open regardless.
SEARCH_INDEX = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS calls_search USING "
    "fts5(request_messages, raw_response, error, content='')",
    "CREATE TABLE IF NOT EXISTS calls_search_done (last_id INTEGER NOT NULL)",
]
# The readiness probe: one row rewritten in the file itself. A temporary table lived in
# memory and said ready with the disk full.
READY_PROBE = "INSERT OR REPLACE INTO ready_probe (id, checked_at) VALUES (1, ?)"
