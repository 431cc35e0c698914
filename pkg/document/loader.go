package document

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// articleExtensions are the file types crosscheck reads.
var articleExtensions = map[string]bool{".md": true, ".markdown": true, ".txt": true, ".html": true, ".jsonl": true}

const supportedTypes = "crosscheck reads .md, .markdown, .txt, .html and .jsonl"

// binarySniffLen is how much of a file is searched for NUL bytes.
const binarySniffLen = 8 << 10

// Bad inputs, for errors.Is in callers and tests.
var (
	ErrNotFound    = errors.New("no such file or directory: check the path")
	ErrUnsupported = errors.New("unsupported file type")
	ErrBinary      = errors.New("binary file")
	ErrInvalidUTF8 = errors.New("invalid UTF-8")
	ErrEmpty       = errors.New("empty article")
	ErrTooLarge    = errors.New("larger than --max-bytes")
	ErrMalformed   = errors.New("malformed JSON line")
	ErrSymlinkLoop = errors.New("symbolic link loop")
	ErrNoArticles  = errors.New("no article files")
	ErrUTF16       = errors.New("the file is UTF-16 text")
	ErrReport      = errors.New("a crosscheck output, not an article")
)

// loader carries one Load call's settings and callbacks.
type loader struct {
	ctx     context.Context
	opts    Options
	emit    func(*Document) error
	problem func(Problem)
	// read holds the absolute paths of the files read so far, so that a
	// file reached twice ("story/ ./story/", a draft inside a sources
	// folder) is read once, under the path it was first reached by.
	read map[string]bool
}

func loadAll(ctx context.Context, paths []string, opts Options, emit func(*Document) error, problem func(Problem)) error {
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = DefaultMaxBytes
	}
	if problem == nil {
		problem = func(Problem) {}
	}
	l := &loader{ctx: ctx, opts: opts, emit: emit, problem: problem, read: map[string]bool{}}
	for _, path := range paths {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := l.loadArgument(path); err != nil {
			return err
		}
	}
	return ctx.Err()
}

func (l *loader) report(path string, line int, fatal bool, err error) {
	l.problem(Problem{Path: path, Line: line, Err: err, Fatal: fatal})
}

// loadArgument loads one command-line argument: "-", a folder or a file.
func (l *loader) loadArgument(path string) error {
	if path == "-" {
		return l.loadStdin()
	}
	info, err := os.Stat(path)
	if err != nil {
		l.report(path, 0, true, describeOpenError(err))
		return nil
	}
	if info.IsDir() {
		return l.loadFolder(path)
	}
	return l.loadFile(path, info, true)
}

// describeOpenError turns an error from opening a path into advice.
func describeOpenError(err error) error {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return ErrNotFound
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("permission denied: make it readable (chmod) or leave it out: %w", err)
	case errors.Is(err, errSymlinkLoopSyscall):
		return fmt.Errorf("%w: the path leads back to itself; fix the link: %v", ErrSymlinkLoop, err)
	}
	return fmt.Errorf("cannot read it: %w", err)
}

// loadFile reads one article file. direct says whether it was named on the
// command line, which makes some problems fatal that are warnings in a folder.
func (l *loader) loadFile(path string, info fs.FileInfo, direct bool) error {
	if l.readBefore(path) {
		return nil
	}
	ext := strings.ToLower(filepath.Ext(path))
	if !articleExtensions[ext] {
		l.report(path, 0, true, fmt.Errorf("%w %s: %s", ErrUnsupported, displayExt(ext), supportedTypes))
		return nil
	}
	if !info.Mode().IsRegular() && info.Mode()&fs.ModeNamedPipe == 0 {
		l.report(path, 0, true, fmt.Errorf("not a regular file: name an article file or a folder"))
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		l.report(path, 0, true, describeOpenError(err))
		return nil
	}
	defer f.Close()
	if ext == ".jsonl" {
		return l.loadJSONLFile(path, f, direct)
	}
	if info.Mode().IsRegular() && info.Size() > l.opts.MaxBytes {
		l.report(path, 0, true, l.tooLarge("file", info.Size()))
		return nil
	}
	raw, err := l.readAll(f)
	if err != nil {
		l.report(path, 0, true, err)
		return nil
	}
	return l.loadArticle(path, ext, raw, direct)
}

// readBefore reports whether path was read already, and marks it read.
func (l *loader) readBefore(path string) bool {
	abs, err := filepath.Abs(path)
	if err != nil {
		return false
	}
	if l.read[abs] {
		return true
	}
	l.read[abs] = true
	return false
}

func displayExt(ext string) string {
	if ext == "" {
		return "(no extension)"
	}
	return ext
}

// readAll reads r up to MaxBytes, failing beyond that.
func (l *loader) readAll(r io.Reader) ([]byte, error) {
	raw, err := io.ReadAll(io.LimitReader(r, l.opts.MaxBytes+1))
	if err != nil {
		return nil, fmt.Errorf("cannot read it: %w", describeOpenError(err))
	}
	if int64(len(raw)) > l.opts.MaxBytes {
		return nil, l.tooLarge("input", int64(len(raw)))
	}
	return raw, nil
}

func (l *loader) tooLarge(what string, size int64) error {
	if what == "input" {
		return fmt.Errorf("input is %s or more, %w %s; raise --max-bytes or split the file", decimalSize(size), ErrTooLarge, binarySize(l.opts.MaxBytes))
	}
	return fmt.Errorf("%s is %s, %w %s; raise --max-bytes or split the file", what, decimalSize(size), ErrTooLarge, binarySize(l.opts.MaxBytes))
}

// loadArticle checks and converts the whole content of a non-stream article.
func (l *loader) loadArticle(path, ext string, raw []byte, direct bool) error {
	if isOwnOutput(raw) {
		return l.reportOwnOutput(path, direct)
	}
	if err := checkText(raw); err != nil {
		// A binary file in a folder is no article; a UTF-16 one is, in a
		// form crosscheck cannot read, so it is not passed over.
		fatal := direct || !errors.Is(err, ErrBinary)
		if !fatal {
			err = fmt.Errorf("skipped binary file (it contains NUL bytes); %s", supportedTypes)
		}
		l.report(path, lineOf(err), fatal, err)
		return nil
	}
	doc, err := convert(path, ext, raw)
	if err != nil && doc != nil {
		l.report(path, lineOf(err), false, err) // read, with a warning
	} else if err != nil {
		l.report(path, lineOf(err), true, err)
		return nil
	}
	if strings.TrimSpace(doc.Text) == "" {
		l.report(path, 0, direct, fmt.Errorf("%w: it holds no text to check (only white space, markup or front matter); add the article text or leave the file out", ErrEmpty))
		return nil
	}
	return l.emit(doc)
}

func convert(path, ext string, raw []byte) (*Document, error) {
	switch ext {
	case ".md", ".markdown":
		return markdownDocument(path, raw)
	case ".html":
		return htmlDocument(path, raw)
	default:
		return plainText(path, raw), nil
	}
}

func lineOf(err error) int {
	var le *lineError
	if errors.As(err, &le) {
		return le.line
	}
	return 0
}

// checkText rejects binary content and invalid UTF-8, naming where the first
// bad byte is.
func checkText(raw []byte) error {
	if err := sniffBinary(raw[:min(len(raw), binarySniffLen)]); err != nil {
		return err
	}
	if utf8.Valid(raw) {
		return nil
	}
	off := firstInvalidUTF8(raw)
	line := lineNumber(raw, off)
	lineStart := bytes.LastIndexByte(raw[:off], '\n') + 1
	column := utf8.RuneCount(raw[lineStart:off]) + 1
	return &lineError{line: line, err: fmt.Errorf("%w at line %d, column %d (byte %d): save the file as UTF-8", ErrInvalidUTF8, line, column, off)}
}

// sniffBinary looks for NUL bytes at the start of a file: UTF-16 text,
// which is an article saved in the wrong encoding, or another binary file.
func sniffBinary(head []byte) error {
	if bytes.IndexByte(head, 0) < 0 {
		return nil
	}
	if bytes.HasPrefix(head, []byte{0xFF, 0xFE}) || bytes.HasPrefix(head, []byte{0xFE, 0xFF}) {
		return fmt.Errorf("%w: save it as UTF-8", ErrUTF16)
	}
	return fmt.Errorf("%w (it contains NUL bytes): %s, as UTF-8 text", ErrBinary, supportedTypes)
}

// ownOutputKeys mark crosscheck's own outputs by a top-level key: a JSON
// report ("findings"), SARIF ("runs"), a JSONL report line ("evidence")
// or a line of extract's claims file ("claims"). An article has "text".
var ownOutputKeys = []string{"findings", "runs", "evidence", "claims"}

// isOwnOutput reports whether head, the start of a file or its first JSONL
// line, is an object crosscheck writes rather than an article: a report
// saved inside a checked folder must not come back as an article.
func isOwnOutput(head []byte) bool {
	head = bytes.TrimLeft(bytes.TrimPrefix(head, utf8BOM), " \t\r\n")
	if len(head) == 0 || head[0] != '{' {
		return false
	}
	var obj map[string]json.RawMessage
	if json.NewDecoder(bytes.NewReader(head)).Decode(&obj) != nil || obj["text"] != nil {
		return false
	}
	for _, k := range ownOutputKeys {
		if obj[k] != nil {
			return true
		}
	}
	return false
}

func (l *loader) reportOwnOutput(path string, direct bool) error {
	if direct {
		l.report(path, 0, true, fmt.Errorf("%w: name the articles instead (claims files are read with check --claims)", ErrReport))
	} else {
		l.report(path, 0, false, fmt.Errorf("skipped %s", ErrReport))
	}
	return nil
}

func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size == 1 {
			return i
		}
		i += size
	}
	return len(b)
}

// loadStdin reads "-": a JSONL stream when it starts with '{', else one
// plain-text article.
func (l *loader) loadStdin() error {
	if l.opts.Stdin == nil {
		l.report("-", 0, true, errors.New("no standard input to read: pipe an article or a JSONL stream into crosscheck"))
		return nil
	}
	r := bufio.NewReaderSize(l.opts.Stdin, 64<<10)
	if name := l.opts.StdinName; name != "" {
		return l.loadNamedStdin(name, r)
	}
	if startsWithBrace(r) {
		return l.loadJSONL("-", r, true)
	}
	raw, err := l.readAll(r)
	if err != nil {
		l.report("-", 0, true, err)
		return nil
	}
	return l.loadArticle("-", ".txt", raw, true)
}

// loadNamedStdin reads standard input as the file name, as editors pipe
// an unsaved buffer: in name's format, reported under name.
func (l *loader) loadNamedStdin(name string, r *bufio.Reader) error {
	ext := strings.ToLower(filepath.Ext(name))
	if !articleExtensions[ext] {
		l.report(name, 0, true, fmt.Errorf("%w %s for --stdin-filename: %s", ErrUnsupported, displayExt(ext), supportedTypes))
		return nil
	}
	if ext == ".jsonl" {
		return l.loadJSONL(name, r, true)
	}
	raw, err := l.readAll(r)
	if err != nil {
		l.report(name, 0, true, err)
		return nil
	}
	return l.loadArticle(name, ext, raw, true)
}

// startsWithBrace peeks at the first non-blank byte of r (after a
// byte-order mark) without consuming anything. It asks for one more byte at
// a time, so a pipe that has sent only its first line does not block it.
func startsWithBrace(r *bufio.Reader) bool {
	for n := 1; n <= r.Size(); n = r.Buffered() + 1 {
		peek, err := r.Peek(n)
		if !bytes.HasPrefix(utf8BOM, peek) { // not a partial byte-order mark
			rest := bytes.TrimLeft(bytes.TrimPrefix(peek, utf8BOM), " \t\r\n")
			if len(rest) > 0 {
				return rest[0] == '{'
			}
		}
		if err != nil {
			return false
		}
	}
	return false
}
