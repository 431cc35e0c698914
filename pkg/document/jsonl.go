package document

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"time"
	"unicode/utf8"
)

// jsonlRecord is one line of a JSONL stream; only text is required.
type jsonlRecord struct {
	ID        json.RawMessage `json:"id"`
	Text      *string         `json:"text"`
	Title     string          `json:"title"`
	Source    string          `json:"source"`
	Published string          `json:"published"`
}

const jsonlHint = `(each line must be one JSON object with a "text" field)`

func (l *loader) loadJSONLFile(path string, f io.Reader, direct bool) error {
	r := bufio.NewReaderSize(f, 64<<10)
	sniff, _ := r.Peek(binarySniffLen)
	switch err := sniffBinary(sniff); {
	case errors.Is(err, ErrUTF16):
		l.report(path, 0, true, err)
		return nil
	case err != nil && direct:
		l.report(path, 0, true, fmt.Errorf("%w (it contains NUL bytes): a JSONL stream must be UTF-8 text", ErrBinary))
		return nil
	case err != nil:
		l.report(path, 0, false, fmt.Errorf("skipped binary file (it contains NUL bytes); %s", supportedTypes))
		return nil
	}
	return l.loadJSONL(path, r, direct)
}

// loadJSONL reads a stream one line at a time and emits each document as
// soon as it is decoded, so a long stream never sits in memory whole.
func (l *loader) loadJSONL(path string, r *bufio.Reader, direct bool) error {
	used := 0 // lines that held a document or a reported problem
	for lineNo := 1; ; lineNo++ {
		if err := l.ctx.Err(); err != nil {
			return err
		}
		line, tooLong, err := readLine(r, l.opts.MaxBytes)
		if err != nil && !errors.Is(err, io.EOF) {
			l.report(path, lineNo, true, fmt.Errorf("cannot read the stream: %w", err))
			return nil
		}
		if tooLong {
			used++
			l.report(path, lineNo, true, fmt.Errorf("line is %w %s; raise --max-bytes or shorten the article", ErrTooLarge, binarySize(l.opts.MaxBytes)))
		} else if len(bytes.TrimSpace(bytes.TrimPrefix(line, utf8BOM))) > 0 {
			if used == 0 && isOwnOutput(line) {
				return l.reportOwnOutput(path, direct)
			}
			used++
			if doc := l.jsonlDocument(path, lineNo, line); doc != nil {
				if emitErr := l.emit(doc); emitErr != nil {
					return emitErr
				}
			}
		}
		if err != nil { // io.EOF
			break
		}
	}
	if used == 0 {
		l.report(path, 0, direct, fmt.Errorf("%w: the stream holds no documents; add one JSON object per line", ErrEmpty))
	}
	return nil
}

// readLine returns the next line without its line end. A line longer than
// max is skipped through its end and reported as tooLong.
func readLine(r *bufio.Reader, max int64) (line []byte, tooLong bool, err error) {
	var buf []byte
	for {
		chunk, err := r.ReadSlice('\n')
		if !tooLong {
			if int64(len(buf)+len(chunk)) > max+2 { // +2 for a CRLF line end
				tooLong, buf = true, nil
			} else {
				buf = append(buf, chunk...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimRight(buf, "\r\n"), tooLong, err
	}
}

// jsonlDocument decodes one line, reporting a problem and returning nil when
// the line cannot be used.
func (l *loader) jsonlDocument(path string, lineNo int, line []byte) *Document {
	line = bytes.TrimPrefix(line, utf8BOM)
	fail := func(err error) *Document {
		l.report(path, lineNo, true, err)
		return nil
	}
	if !utf8.Valid(line) {
		col := utf8.RuneCount(line[:firstInvalidUTF8(line)]) + 1
		return fail(fmt.Errorf("%w at column %d: save the stream as UTF-8", ErrInvalidUTF8, col))
	}
	var rec jsonlRecord
	if err := json.Unmarshal(line, &rec); err != nil {
		return fail(fmt.Errorf("%w: %v %s", ErrMalformed, err, jsonlHint))
	}
	if rec.Text == nil || len(bytes.TrimSpace([]byte(*rec.Text))) == 0 {
		return fail(fmt.Errorf("%w: the \"text\" field is missing or empty %s", ErrEmpty, jsonlHint))
	}
	var published *time.Time
	if rec.Published != "" {
		t, err := ParsePublished(rec.Published)
		if err != nil {
			return fail(err)
		}
		published = t
	}
	doc := plainText(path, []byte(*rec.Text))
	doc.ID = recordID(rec.ID, path, lineNo)
	doc.Line = lineNo
	doc.streamCols = streamColumns(line, *rec.Text)
	if rec.Title != "" {
		doc.Title = rec.Title
	}
	doc.Source = rec.Source
	if published != nil {
		doc.Published, doc.PublishedRaw = published, rec.Published
	}
	return doc
}

// recordID is the line's "id" (a string or a number), else path:line.
func recordID(raw json.RawMessage, path string, lineNo int) string {
	var s string
	if json.Unmarshal(raw, &s) == nil && s != "" {
		return s
	}
	if trimmed := bytes.TrimSpace(raw); len(trimmed) > 0 && trimmed[0] != '"' && string(trimmed) != "null" {
		return string(trimmed)
	}
	return path + ":" + strconv.Itoa(lineNo)
}
