/**
 * {@code newsfuse serve}: the web desk (server-rendered jte pages that escape by default) and the
 * REST API with its OpenAPI description, over a SQLite story store. Reads go through a pool of
 * read-only connections (WAL: they never wait for an ingest); writes ({@code POST /api/articles})
 * need a token and run through the store's incremental {@link org.newsfuse.store.Ingester}, one at
 * a time. Every bad request gets a 4xx JSON error naming the problem.
 */
package org.newsfuse.server;
