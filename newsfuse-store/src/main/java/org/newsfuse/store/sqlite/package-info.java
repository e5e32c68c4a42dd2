/**
 * The SQLite store: {@link org.newsfuse.store.sqlite.SqliteStore} implements the core's
 * {@link org.newsfuse.store.StoryStore} over one file (WAL, foreign keys on, FTS5), with
 * {@link org.newsfuse.store.sqlite.Schema} checking a file before it is touched and running the
 * forward migrations ({@code PRAGMA user_version}), and
 * {@link org.newsfuse.store.sqlite.SqliteTransaction} doing an ingest's writes. docs/store.md
 * describes the tables.
 */
package org.newsfuse.store.sqlite;
