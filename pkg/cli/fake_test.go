package cli

import (
	"context"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/crosscheck/crosscheck/pkg/document"
	"github.com/crosscheck/crosscheck/pkg/judge"
	"github.com/crosscheck/crosscheck/pkg/pipeline"
	"github.com/crosscheck/crosscheck/pkg/suppress"
)

// fakeCheck returns an analysis that reports the findings in the JSON file
// at findingsPath and reads the directives of the files named by paths, as
// the pipeline does for real documents.
func fakeCheck(findingsPath string) func(context.Context, []string, pipeline.Options, func(document.Problem)) (*pipeline.Result, error) {
	return func(_ context.Context, paths []string, _ pipeline.Options, _ func(document.Problem)) (*pipeline.Result, error) {
		data, err := os.ReadFile(findingsPath)
		if err != nil {
			return nil, err
		}
		res := &pipeline.Result{Suppressions: map[string]*suppress.File{}}
		if err := json.Unmarshal(data, &res.Findings); err != nil {
			return nil, fmt.Errorf("%s: %w", findingsPath, err)
		}
		for _, root := range paths {
			err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
				if err != nil || d.IsDir() {
					return err
				}
				raw, err := os.ReadFile(p)
				if err != nil {
					return err
				}
				res.Documents = append(res.Documents, pipeline.DocumentInfo{Path: p})
				if f, ok := suppress.ParseDocument(document.New(p, raw, string(raw), nil, nil)); ok {
					res.Suppressions[p] = f
				}
				return nil
			})
			if err != nil {
				return nil, err
			}
		}
		judge.Sort(res.Findings)
		return res, nil
	}
}
