-- requires: fts5
-- Full-text index over articles.search_norm with the trigram tokenizer: substring
-- matches, so a name is found inside clitic-joined words (والاعرجي) too.
-- Skipped where SQLite lacks FTS5; search then falls back to LIKE.

CREATE VIRTUAL TABLE articles_fts USING fts5 (
    search_norm, content = 'articles', content_rowid = 'id', tokenize = 'trigram'
);
CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, search_norm) VALUES (new.id, new.search_norm);
END;
CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, search_norm) VALUES ('delete', old.id, old.search_norm);
END;
-- Index rows stored before this migration ran.
INSERT INTO articles_fts (articles_fts) VALUES ('rebuild');
