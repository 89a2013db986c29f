import GRDB

/// The catalog's schema, as append-only migrations: never edit a shipped migration, add one.
enum CatalogSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1: documents, files, pages, search, events, failures") { db in
            try db.execute(sql: """
                CREATE TABLE documents (
                    id INTEGER PRIMARY KEY,
                    key TEXT NOT NULL UNIQUE,              -- the files' SHA-256s in page order, comma-separated
                    name TEXT NOT NULL,
                    fonds TEXT,
                    status TEXT NOT NULL,
                    page_count INTEGER NOT NULL,
                    language TEXT,
                    mean_confidence REAL,
                    access TEXT NOT NULL DEFAULT 'open',   -- open | restricted (Mật, Tối mật) | quarantine (Tuyệt mật)
                    needs_review BOOLEAN NOT NULL DEFAULT 0,
                    type_code TEXT,                        -- TT 05/2025 typeName code
                    type_name TEXT,
                    symbol TEXT,                           -- "15-NQ/TU", "45/QĐ-UBND"
                    issued_date TEXT,                      -- ISO 8601
                    issuer TEXT,
                    subject TEXT,
                    metadata TEXT,                         -- JSON DocumentMetadata: every field with confidence and evidence
                    created_at DATETIME NOT NULL,
                    updated_at DATETIME NOT NULL
                );
                CREATE TABLE files (
                    id INTEGER PRIMARY KEY,
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    position INTEGER NOT NULL,
                    sha256 TEXT NOT NULL,
                    byte_count INTEGER NOT NULL,
                    format TEXT NOT NULL,
                    page_count INTEGER NOT NULL,
                    source_path TEXT NOT NULL,             -- where it was first found, NFC
                    UNIQUE (document_id, position)
                );
                CREATE INDEX files_sha256 ON files(sha256);
                CREATE TABLE sources (
                    id INTEGER PRIMARY KEY,
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    path TEXT NOT NULL,
                    fonds TEXT,
                    box TEXT,
                    seen_at DATETIME NOT NULL,
                    UNIQUE (document_id, path)
                );
                CREATE TABLE pages (
                    id INTEGER PRIMARY KEY,
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    number INTEGER NOT NULL,
                    file_position INTEGER NOT NULL,
                    page_in_file INTEGER NOT NULL,
                    width INTEGER NOT NULL,
                    height INTEGER NOT NULL,
                    dpi INTEGER NOT NULL,
                    language TEXT NOT NULL,
                    mean_confidence REAL NOT NULL,
                    min_word_confidence REAL,
                    recognize_seconds REAL NOT NULL,
                    ocr_text TEXT NOT NULL,                -- NFC, as recognized, in reading order
                    text TEXT NOT NULL,                    -- what search shows: the cleaned text once 'clean' ran
                    folded TEXT NOT NULL,                  -- lowercase, no diacritics, đ→d: what search matches
                    words TEXT NOT NULL,                   -- JSON [[text, conf, left, top, right, bottom, block, line]]
                    blank BOOLEAN NOT NULL DEFAULT 0,      -- no ink after cleaning: kept, not recognized
                    preparation TEXT,                      -- JSON PagePreparation: rotation, skew, dpi, ink
                    UNIQUE (document_id, number)
                );
                CREATE TABLE derivatives (
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    kind TEXT NOT NULL,                    -- searchable-pdf, ...
                    sha256 TEXT NOT NULL,                  -- the object under objects/sha256/
                    byte_count INTEGER NOT NULL,
                    created_at DATETIME NOT NULL,
                    PRIMARY KEY (document_id, kind)
                );
                CREATE TABLE stage_runs (
                    document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
                    stage TEXT NOT NULL,
                    version INTEGER NOT NULL,
                    finished_at DATETIME NOT NULL,
                    PRIMARY KEY (document_id, stage)
                );
                CREATE TABLE events (
                    id INTEGER PRIMARY KEY,
                    document_id INTEGER REFERENCES documents(id),
                    type TEXT NOT NULL,                    -- PREMIS event type
                    agent TEXT NOT NULL,
                    outcome TEXT NOT NULL,
                    detail TEXT NOT NULL,
                    at TEXT NOT NULL,                      -- ISO 8601 with milliseconds, UTC
                    previous_hash TEXT NOT NULL,           -- the hash of the row before (64 zeros for the first)
                    hash TEXT NOT NULL                     -- SHA-256 of this row's fields and previous_hash
                );
                CREATE INDEX events_document ON events(document_id);
                CREATE INDEX documents_symbol ON documents(symbol);
                CREATE TABLE failures (
                    id INTEGER PRIMARY KEY,
                    path TEXT NOT NULL,
                    stage TEXT NOT NULL,
                    reason TEXT NOT NULL,
                    first_at DATETIME NOT NULL,
                    last_at DATETIME NOT NULL,
                    attempts INTEGER NOT NULL DEFAULT 1,
                    resolved_at DATETIME,
                    UNIQUE (path, stage)
                );
                -- Full-text index over pages, kept in sync by triggers. 'folded' finds text with or
                -- without diacritics; 'text' (diacritics kept) ranks exact matches first.
                CREATE VIRTUAL TABLE page_search USING fts5(
                    folded, text, content='pages', content_rowid='id', tokenize='unicode61 remove_diacritics 0'
                );
                CREATE TRIGGER pages_search_insert AFTER INSERT ON pages BEGIN
                    INSERT INTO page_search(rowid, folded, text) VALUES (new.id, new.folded, new.text);
                END;
                CREATE TRIGGER pages_search_delete AFTER DELETE ON pages BEGIN
                    INSERT INTO page_search(page_search, rowid, folded, text) VALUES ('delete', old.id, old.folded, old.text);
                END;
                CREATE TRIGGER pages_search_update AFTER UPDATE OF folded, text ON pages BEGIN
                    INSERT INTO page_search(page_search, rowid, folded, text) VALUES ('delete', old.id, old.folded, old.text);
                    INSERT INTO page_search(rowid, folded, text) VALUES (new.id, new.folded, new.text);
                END;
                """)
        }
        migrator.registerMigration("v2: fonds") { db in
            try db.execute(sql: """
                CREATE TABLE fonds (
                    code TEXT PRIMARY KEY,
                    name TEXT NOT NULL,
                    closed_on TEXT,                        -- ISO date of the merger or dissolution decision
                    closing_decision TEXT,
                    created_at DATETIME NOT NULL
                );
                CREATE TABLE fonds_links (
                    predecessor TEXT NOT NULL REFERENCES fonds(code),
                    successor TEXT NOT NULL REFERENCES fonds(code),
                    PRIMARY KEY (predecessor, successor)
                );
                """)
        }
        migrator.registerMigration("v3: clearances") { db in
            try db.execute(sql: """
                CREATE TABLE clearances (
                    id INTEGER PRIMARY KEY,
                    operator TEXT NOT NULL,                -- the operator's name, NFC
                    level TEXT NOT NULL,                   -- mat | toi-mat (Tối mật includes Mật)
                    granted_by TEXT NOT NULL,
                    granted_at DATETIME NOT NULL,
                    revoked_by TEXT,
                    revoked_at DATETIME                    -- rows are never deleted: a revocation sets this
                );
                CREATE UNIQUE INDEX clearances_active ON clearances(operator) WHERE revoked_at IS NULL;
                """)
        }
        migrator.registerMigration("v4: page repairs") { db in
            // JSON array of "read→written": tone marks repaired from a set phrase around the word.
            try db.execute(sql: "ALTER TABLE pages ADD COLUMN repairs TEXT")
        }
        return migrator
    }
}
