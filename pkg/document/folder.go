package document

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
)

var errSymlinkLoopSyscall = syscall.ELOOP

// loadFolder loads every article file under root, in sorted path order.
func (l *loader) loadFolder(root string) error {
	w := &folderWalk{loader: l}
	rootInfo, err := os.Stat(root)
	if err != nil {
		l.report(root, 0, true, describeOpenError(err))
		return nil
	}
	if w.realRoot, err = filepath.EvalSymlinks(root); err != nil {
		l.report(root, 0, true, describeOpenError(err))
		return nil
	}
	if w.realRoot, err = filepath.Abs(w.realRoot); err != nil {
		l.report(root, 0, true, describeOpenError(err))
		return nil
	}
	if err := w.visit(root, []fs.FileInfo{rootInfo}); err != nil {
		return err
	}
	if len(w.files) == 0 {
		l.report(root, 0, true, fmt.Errorf("%w in this folder: %s; name the right folder or add articles", ErrNoArticles, supportedTypes))
		return nil
	}
	sort.Slice(w.files, func(i, j int) bool { return w.files[i].path < w.files[j].path })
	for _, f := range w.files {
		if err := l.ctx.Err(); err != nil {
			return err
		}
		if err := l.loadFile(f.path, f.info, false); err != nil {
			return err
		}
	}
	return nil
}

type foundFile struct {
	path string
	info fs.FileInfo
}

// folderWalk collects article files. With FollowLinks it follows symbolic
// links that stay inside the folder, but never into a folder that is
// already being walked.
type folderWalk struct {
	*loader
	// realRoot is the folder walked, links resolved: nothing outside it is read.
	realRoot string
	files    []foundFile
	// loopsReported holds the folders a loop led back to, so each loop is
	// reported once however many paths reach it.
	loopsReported []fs.FileInfo
}

func (w *folderWalk) visit(dir string, ancestors []fs.FileInfo) error {
	if err := w.ctx.Err(); err != nil {
		return err
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		w.report(dir, 0, true, fmt.Errorf("cannot list folder: %w", describeOpenError(err)))
		return nil
	}
	for _, entry := range entries {
		path := joinPath(dir, entry.Name())
		if w.opts.Ignore != nil && w.opts.Ignore(path) {
			continue
		}
		if err := w.visitEntry(path, entry, ancestors); err != nil {
			return err
		}
	}
	return nil
}

func (w *folderWalk) visitEntry(path string, entry fs.DirEntry, ancestors []fs.FileInfo) error {
	if entry.Type()&fs.ModeSymlink != 0 && !w.mayFollow(path) {
		return nil
	}
	info, err := os.Stat(path) // follows symbolic links
	if err != nil {
		w.reportBadEntry(path, err)
		return nil
	}
	if !info.IsDir() {
		if isArticleName(entry.Name()) && (info.Mode().IsRegular() || entry.Type()&fs.ModeSymlink != 0) {
			w.files = append(w.files, foundFile{path: path, info: info})
		}
		return nil
	}
	for _, a := range ancestors {
		if os.SameFile(a, info) {
			w.reportLoop(path, a)
			return nil
		}
	}
	return w.visit(path, append(ancestors[:len(ancestors):len(ancestors)], info))
}

// mayFollow reports whether the symbolic link at path is followed: only
// with FollowLinks, and only to a place inside the folder being walked, so
// a link to a file of secrets elsewhere is never read. Links skipped are
// reported, so that no article goes missing unsaid.
func (w *folderWalk) mayFollow(path string) bool {
	if !w.opts.FollowLinks {
		w.report(path, 0, false, errors.New("skipped symbolic link: give --follow to read what links inside the folder point to"))
		return false
	}
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return true // broken or looping: os.Stat reports it
	}
	if !within(target, w.realRoot) {
		w.report(path, 0, false, errors.New("skipped symbolic link: it leads outside the folder being checked; name its target directly to read it"))
		return false
	}
	return true
}

// within reports whether path is root or lies under it.
func within(path, root string) bool {
	rel, err := filepath.Rel(root, path)
	return err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator))
}

func (w *folderWalk) reportBadEntry(path string, err error) {
	switch {
	case errors.Is(err, errSymlinkLoopSyscall):
		w.report(path, 0, false, fmt.Errorf("skipped: %w (the link points back to itself)", ErrSymlinkLoop))
	case errors.Is(err, fs.ErrNotExist):
		w.report(path, 0, false, errors.New("skipped broken symbolic link: its target does not exist"))
	default:
		w.report(path, 0, true, describeOpenError(err))
	}
}

func (w *folderWalk) reportLoop(path string, target fs.FileInfo) {
	for _, seen := range w.loopsReported {
		if os.SameFile(seen, target) {
			return
		}
	}
	w.loopsReported = append(w.loopsReported, target)
	w.report(path, 0, false, fmt.Errorf("skipped: %w, this folder leads back into a folder being read; remove the link or add it to the ignore patterns", ErrSymlinkLoop))
}

// projectFiles are the names (without extension, in capitals, "_" for
// "-") of the files that describe a repository rather than report news.
// A folder of articles kept in git often holds them; they are read only
// when named on the command line.
var projectFiles = map[string]bool{
	"README": true, "LICENSE": true, "LICENCE": true, "COPYING": true, "NOTICE": true,
	"CHANGELOG": true, "CHANGES": true, "HISTORY": true, "CONTRIBUTING": true,
	"CODE_OF_CONDUCT": true, "SECURITY": true, "AUTHORS": true, "CONTRIBUTORS": true,
}

// isArticleName reports whether a file found while walking a folder is
// read as an article: an article extension and not a project file.
func isArticleName(name string) bool {
	ext := filepath.Ext(name)
	if !articleExtensions[strings.ToLower(ext)] {
		return false
	}
	stem := strings.ReplaceAll(strings.ToUpper(strings.TrimSuffix(name, ext)), "-", "_")
	return !projectFiles[stem]
}

// joinPath keeps the folder exactly as given, so reported paths start the
// way the user typed them.
func joinPath(dir, name string) string {
	if strings.HasSuffix(dir, string(filepath.Separator)) || strings.HasSuffix(dir, "/") {
		return dir + name
	}
	return dir + string(filepath.Separator) + name
}
