# uppfoljning: build the example report, run the tests, measure.
GO       ?= go
EXAMPLE  ?= examples/eksjo-2020-2021.toml
FUZZTIME ?= 60s
VERSION  ?= $(shell git describe --tags --always --dirty 2>/dev/null || echo dev)
PKG      ?= ./internal/report
EFFICACY ?= 95
COVERAGE ?= 95
# How many mutants make mutate runs at once; empty: as many as there are CPUs.
WORKERS  ?=

.PHONY: report test bench fuzz mutate golden vet dist clean

# The example's report in out/: PDF and workbook.
report:
	$(GO) run ./cmd/uppfoljning build -format pdf,xlsx,html -out out $(EXAMPLE)

test:
	$(GO) vet ./...
	$(GO) test ./...

# Rewrite the golden files after a deliberate change; review the diff.
golden:
	$(GO) test ./... -update

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./...

# Each fuzz target runs for FUZZTIME (go test runs one target at a time).
fuzz:
	$(GO) test -run '^$$' -fuzz '^FuzzLoad$$' -fuzztime $(FUZZTIME) ./internal/report
	$(GO) test -run '^$$' -fuzz '^FuzzScan$$' -fuzztime $(FUZZTIME) ./internal/report
	$(GO) test -run '^$$' -fuzz '^FuzzTemplate$$' -fuzztime $(FUZZTIME) ./internal/report
	$(GO) test -run '^$$' -fuzz '^FuzzQuoteTOML$$' -fuzztime $(FUZZTIME) ./internal/report
	$(GO) test -run '^$$' -fuzz '^FuzzImport$$' -fuzztime $(FUZZTIME) ./internal/report
	$(GO) test -run '^$$' -fuzz '^FuzzReadFillIn$$' -fuzztime $(FUZZTIME) ./internal/report/xlsx
	$(GO) test -run '^$$' -fuzz '^FuzzPipeline$$' -fuzztime $(FUZZTIME) ./cmd/uppfoljning
	$(GO) test -run '^$$' -fuzz '^FuzzTemplate$$' -fuzztime $(FUZZTIME) ./cmd/uppfoljning

# Mutation testing of one package (PKG) with gremlins: fails when the tests
# catch less than EFFICACY % of the mutants they run, or run less than
# COVERAGE % of them. Equivalent mutants: PKG/testdata/mutants.txt. It ends
# with a line of how many mutants it ran and how long that took.
mutate:
	$(GO) run ./internal/mutate -pkg $(PKG) -efficacy $(EFFICACY) -coverage $(COVERAGE) $(if $(WORKERS),-workers $(WORKERS))

vet:
	gofmt -l . | (! grep .)
	$(GO) vet ./...

# The zips a coordinator downloads, one per system, in dist/.
dist:
	$(GO) run ./internal/dist -version $(VERSION) -out dist

clean:
	rm -rf out dist
