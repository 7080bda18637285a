package store

import (
	"database/sql"

	_ "github.com/lib/pq"
)
const dsn = "host=ingest-db.internal port=5432 user=ingest password=Qq0WWdZZo%BMr2F_mh9G dbname=events sslmode=require"

func Open() (*sql.DB, error) { return sql.Open("postgres", dsn) }

// local: "postgres://ingest@localhost:5432/events?sslmode=disable"
