#!/usr/bin/env bash
# The Beam pipeline's checks, for .ci/run: its tests run prism in this
# process and compare its findings with crosscheck check's on generated
# archives. The pipeline is a module of its own, so the main module's
# `go test ./...` neither builds nor downloads Beam; this does.
set -euo pipefail
cd "$(dirname "$0")"
export GOFLAGS=${GOFLAGS:--mod=mod}

echo "== crosscheck-beam: go vet"
go vet ./...

echo "== crosscheck-beam: gofmt"
unformatted=$(gofmt -l .)
if [ -n "$unformatted" ]; then
  echo "not gofmt'ed:"; echo "$unformatted"; exit 1
fi

echo "== crosscheck-beam: go test ./..."
go test -count=1 ./...
