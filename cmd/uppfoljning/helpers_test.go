package main

import (
	"testing"
	"time"

	"uppfoljning/internal/report"
	"uppfoljning/internal/report/reporttest"
)

func mustDocument(t testing.TB) *report.Document {
	t.Helper()
	return reporttest.Document(t, example, reporttest.CreatedAt(time.Unix(0, 0)))
}
