package document

import (
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestFormats(t *testing.T) {
	tests := []struct {
		name, file, content string
		wantBlocks          []string
		wantTitle           string
		wantHeadings        []bool
	}{
		{
			name: "markdown with front matter title",
			file: "a.md",
			content: "---\ntitle: Dam repairs finish early\nsource: The Valley Post\npublished: 2025-03-04\ntags: [x]\n---\n" +
				"The *county* said the **work** cost [four million](https://example.org) dollars.\nIt opened `Monday`.\n\n## Costs\n\n- first item\n- second item\n\n> A resident said it was quick.\n\n<div>dropped</div>\n\n    code is dropped\n",
			wantBlocks: []string{"Dam repairs finish early",
				"The county said the work cost four million dollars. It opened Monday.",
				"Costs", "first item", "second item", "A resident said it was quick."},
			wantTitle:    "Dam repairs finish early",
			wantHeadings: []bool{true, false, true, false, false, false},
		},
		{
			name:         "markdown leading heading is the title",
			file:         "b.markdown",
			content:      "# Bridge closes for a week\n\nTraffic moves to Elm Street &amp; Main\\*.\n",
			wantBlocks:   []string{"Bridge closes for a week", "Traffic moves to Elm Street & Main*."},
			wantTitle:    "Bridge closes for a week",
			wantHeadings: []bool{true, false},
		},
		{
			name:         "plain text headline and heading",
			file:         "c.txt",
			content:      "Storm Cuts Power to 4,000 Homes\n\nCrews worked overnight.\nMost homes were back by noon.\n\nWhat Comes Next\n\nThe utility will report on Friday.\n",
			wantBlocks:   []string{"Storm Cuts Power to 4,000 Homes", "Crews worked overnight.\nMost homes were back by noon.", "What Comes Next", "The utility will report on Friday."},
			wantTitle:    "Storm Cuts Power to 4,000 Homes",
			wantHeadings: []bool{true, false, true, false},
		},
		{
			name:         "plain text without headline",
			file:         "d.txt",
			content:      "The mayor spoke on Tuesday.\n\nShe took questions.",
			wantBlocks:   []string{"The mayor spoke on Tuesday.", "She took questions."},
			wantHeadings: []bool{false, false},
		},
		{
			name:         "plain text list items are blocks of their own, without their markers",
			file:         "g.txt",
			content:      "Timeline\n\n- 12 March: The gates open.\n- 19 March: Crews reach the mine\n  and start pumping.\n* 2 April: The pit reopens.\n",
			wantBlocks:   []string{"Timeline", "12 March: The gates open.", "19 March: Crews reach the mine\n  and start pumping.", "2 April: The pit reopens."},
			wantTitle:    "Timeline",
			wantHeadings: []bool{true, false, false, false},
		},
		{
			name:         "markdown timeline lines with no blank line between are entries of their own",
			file:         "h.md",
			content:      "**Timeline**\n\n12 March: The gates open\n19 March: Crews reach the mine\nand start pumping\nNote: the dates are provisional\n",
			wantBlocks:   []string{"Timeline", "12 March: The gates open", "19 March: Crews reach the mine and start pumping Note: the dates are provisional"},
			wantTitle:    "",
			wantHeadings: []bool{false, false, false},
		},
		{
			name: "html",
			file: "e.html",
			content: "<!doctype html><html><head><title>Page &amp; title</title><style>p { color: red }</style></head>\n" +
				"<body><h1>Library reopens</h1><p>The library reopened on <b>Friday</b>&nbsp;after   repairs.</p>\n" +
				"<ul><li>New roof</li><li>New caf&eacute;</li></ul><script>var s = \"<p>not text</p>\";</script><!-- note --></body></html>",
			wantBlocks:   []string{"Library reopens", "The library reopened on Friday after repairs.", "New roof", "New café"},
			wantTitle:    "Page & title",
			wantHeadings: []bool{true, false, false, false},
		},
		{
			name:         "html without h1 takes title element as headline",
			file:         "f.html",
			content:      "<title>Ferry fares rise</title><p>Fares rise by 5%.</p>",
			wantBlocks:   []string{"Ferry fares rise", "Fares rise by 5%."},
			wantTitle:    "Ferry fares rise",
			wantHeadings: []bool{true, false},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := loadOne(t, tt.file, tt.content)
			if got := blockTexts(d); !reflect.DeepEqual(got, tt.wantBlocks) {
				t.Errorf("blocks:\n got %q\nwant %q", got, tt.wantBlocks)
			}
			if d.Title != tt.wantTitle {
				t.Errorf("title %q, want %q", d.Title, tt.wantTitle)
			}
			for i, want := range tt.wantHeadings {
				if i < len(d.Blocks) && d.Blocks[i].Heading != want {
					t.Errorf("block %d heading = %v, want %v", i, d.Blocks[i].Heading, want)
				}
			}
			if tt.wantTitle != "" && d.Blocks[0].Title != (d.Text[d.Blocks[0].Start:d.Blocks[0].End] == tt.wantBlocks[0]) {
				t.Errorf("first block Title flag %v", d.Blocks[0].Title)
			}
			if !strings.Contains(d.Text, "\n\n") && len(d.Blocks) > 1 {
				t.Errorf("blocks not separated by a blank line: %q", d.Text)
			}
		})
	}
}

func TestFrontMatterFields(t *testing.T) {
	d := loadOne(t, "a.md", "---\ntitle: \"Quoted: title\"\nsource: Wire\npublished: 2025-02-12T10:00:00+02:00\n---\nBody text here.\n")
	if d.Title != "Quoted: title" || d.Source != "Wire" {
		t.Errorf("title %q source %q", d.Title, d.Source)
	}
	want := time.Date(2025, 2, 12, 8, 0, 0, 0, time.UTC)
	if d.Published == nil || !d.Published.Equal(want) || d.Published.Location() != time.UTC {
		t.Errorf("published %v, want %v in UTC", d.Published, want)
	}
	if d.PublishedRaw != "2025-02-12T10:00:00+02:00" || d.PublishedDate() != "2025-02-12" {
		t.Errorf("raw %q date %q", d.PublishedRaw, d.PublishedDate())
	}
	if !d.Blocks[0].Title {
		t.Fatal("front-matter title is not the first block")
	}
	span := d.SpanOf(d.Blocks[0].Start, d.Blocks[0].End)
	if span.Text != "Quoted: title" || span.Line != 2 || span.Column != 9 {
		t.Errorf("title span %+v, want the quoted value on line 2 column 9", span)
	}
	for _, layout := range []string{"2025-02-12", "2025-02-12 10:00", "2025-02-12T10:00:00"} {
		d := loadOne(t, "b.md", "---\npublished: "+layout+"\n---\nText.\n")
		if d.PublishedDate() != "2025-02-12" || d.Published.Location() != time.UTC {
			t.Errorf("published %q read as %v", layout, d.Published)
		}
	}
	if d := loadOne(t, "c.md", "No date.\n"); d.PublishedDate() != "" {
		t.Errorf("PublishedDate without a date = %q", d.PublishedDate())
	}
}

func TestJSONL(t *testing.T) {
	stream := `{"id": "a1", "text": "First story.\n\nSecond paragraph.", "title": "One", "source": "Wire", "published": "2025-02-12T10:00:00Z"}
{"text": "No id here."}

{"id": 7, "text": "Numeric id."}
`
	r := load(t, []string{writeFile(t, t.TempDir(), "s.jsonl", stream)}, Options{})
	if len(r.problems) != 0 || len(r.docs) != 3 {
		t.Fatalf("%d docs, problems %v", len(r.docs), r.problems)
	}
	first := r.docs[0]
	if first.ID != "a1" || first.Line != 1 || first.Title != "One" || first.Source != "Wire" || first.PublishedDate() != "2025-02-12" {
		t.Errorf("first doc %+v", first)
	}
	if string(first.Raw) != "First story.\n\nSecond paragraph." || len(first.Blocks) != 2 {
		t.Errorf("raw %q blocks %v", first.Raw, first.Blocks)
	}
	if !strings.HasSuffix(r.docs[1].ID, "s.jsonl:2") || r.docs[1].Line != 2 {
		t.Errorf("doc without id: ID %q line %d", r.docs[1].ID, r.docs[1].Line)
	}
	if r.docs[2].ID != "7" || r.docs[2].Line != 4 {
		t.Errorf("numeric id: %q line %d", r.docs[2].ID, r.docs[2].Line)
	}
	for _, d := range r.docs {
		checkMapping(t, d)
	}
}

func TestStdin(t *testing.T) {
	r := load(t, []string{"-"}, Options{Stdin: strings.NewReader("\n  {\"text\": \"From a pipe.\"}\n{\"text\": \"Second.\"}\n")})
	if len(r.docs) != 2 || r.docs[0].Text != "From a pipe." || r.docs[0].Path != "-" || r.docs[1].ID != "-:3" {
		t.Fatalf("JSONL on stdin: %d docs %v", len(r.docs), r.problems)
	}
	r = load(t, []string{"-"}, Options{Stdin: strings.NewReader("Plain Headline\r\n\r\nPlain body {not json}.\r\n")})
	if len(r.docs) != 1 || !r.docs[0].Blocks[0].Title || blockTexts(r.docs[0])[1] != "Plain body {not json}." {
		t.Fatalf("plain stdin: %+v %v", r.docs, r.problems)
	}
	checkMapping(t, r.docs[0])
}

func TestOrder(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, dir, "b.md", "B text.")
	writeFile(t, dir, "a/z.txt", "AZ text.")
	writeFile(t, dir, "a.txt", "A text.")
	writeFile(t, dir, "c.pdf", "ignored")
	writeFile(t, dir, "skip/me.md", "ignored")
	single := writeFile(t, t.TempDir(), "first.txt", "First.")
	r := load(t, []string{single, dir}, Options{Ignore: func(p string) bool { return strings.HasSuffix(p, "skip") }})
	var got []string
	for _, d := range r.docs {
		got = append(got, d.Text)
	}
	want := []string{"First.", "A text.", "AZ text.", "B text."}
	if !reflect.DeepEqual(got, want) || len(r.problems) != 0 {
		t.Errorf("order %q, want %q (problems %v)", got, want, r.problems)
	}
}

// TestEachFileOnce: a file reached by several arguments is read once, under
// the path it was first reached by.
func TestEachFileOnce(t *testing.T) {
	dir := t.TempDir()
	a := writeFile(t, dir, "story/a.md", "A text.")
	writeFile(t, dir, "story/b.txt", "B text.")
	tests := []struct {
		name  string
		paths []string
		want  []string
	}{
		{"folder twice", []string{dir + "/story", dir + "/./story/"}, []string{dir + "/story/a.md", dir + "/story/b.txt"}},
		{"file then its folder", []string{a, dir + "/story"}, []string{a, dir + "/story/b.txt"}},
		{"file twice", []string{a, dir + "/story/../story/a.md"}, []string{a}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := load(t, tt.paths, Options{})
			var got []string
			for _, d := range r.docs {
				got = append(got, filepath.Clean(d.Path))
			}
			if !reflect.DeepEqual(got, tt.want) || len(r.problems) != 0 {
				t.Errorf("read %q, want %q (problems %v)", got, tt.want, r.problems)
			}
		})
	}
}

// TestProjectFilesSkipped: the files that describe a repository are not
// articles when a folder is walked, but are read when named.
func TestProjectFilesSkipped(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"README.md", "LICENSE.txt", "CHANGELOG.md", "CONTRIBUTING.md", "code-of-conduct.md", "readme.markdown"} {
		writeFile(t, dir, name, "Not news.")
	}
	writeFile(t, dir, "readme-first-aid.md", "A report on first aid.")
	writeFile(t, dir, "licensed-boats.txt", "Boats were licensed.")
	r := load(t, []string{dir}, Options{})
	var got []string
	for _, d := range r.docs {
		got = append(got, filepath.Base(d.Path))
	}
	if want := []string{"licensed-boats.txt", "readme-first-aid.md"}; !reflect.DeepEqual(got, want) {
		t.Errorf("walk read %q, want %q", got, want)
	}
	if r := load(t, []string{filepath.Join(dir, "README.md")}, Options{}); len(r.docs) != 1 {
		t.Errorf("README.md named directly: %d documents, problems %v", len(r.docs), r.problems)
	}
}

// TestHTMLPublished: a page's publication time comes from its metadata or
// its byline, never from a date in its text.
func TestHTMLPublished(t *testing.T) {
	tests := []struct{ name, page, want string }{
		{"open graph", `<head><meta property="article:published_time" content="2025-03-09T08:00:00Z"></head><p>Rain fell.</p>`, "2025-03-09T08:00:00Z"},
		{"schema.org", `<span itemprop="datePublished" content="2025-03-10">10 March</span><p>Rain fell.</p>`, "2025-03-10"},
		{"byline time", `<header><time datetime="2025-03-11 09:30">Tuesday</time></header><p>Rain fell.</p>`, "2025-03-11 09:30"},
		{"metadata wins over the byline", `<time datetime="2025-03-11"></time><meta property="article:published_time" content="2025-03-12"><p>Rain.</p>`, "2025-03-12"},
		{"a time in the text is not publication", `<p>The vote is on <time datetime="2025-04-01">1 April</time>.</p>`, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := loadOne(t, "a.html", tt.page)
			if d.PublishedRaw != tt.want || (tt.want != "") != (d.Published != nil) {
				t.Errorf("published %q (%v), want %q", d.PublishedRaw, d.Published, tt.want)
			}
		})
	}
	r := load(t, []string{writeFile(t, t.TempDir(), "bad.html", "<html>\n<head>\n<meta property=\"article:published_time\" content=\"last week\">\n</head><p>Rain.</p>")}, Options{})
	if len(r.problems) != 1 || r.problems[0].Line != 3 || !strings.Contains(r.problems[0].Error(), `published "last week"`) {
		t.Errorf("bad date: problems %v, want one at line 3", r.problems)
	}
}

// TestHTMLTokens: what the HTML5 tokenizer reads that scanning by hand
// gets wrong: ">" inside a quoted attribute, tags inside comments and
// scripts, nested skipped elements.
func TestHTMLTokens(t *testing.T) {
	page := `<p title="a > b">Crews <!-- <p>draft</p> --> arrived.</p>` +
		`<script>document.write("<p>not text</p>")</script>` +
		`<svg><svg><text>chart</text></svg><text>axis</text></svg><p>Roads shut &amp; reopened.</p>`
	d := loadOne(t, "a.html", page)
	if got, want := blockTexts(d), []string{"Crews arrived.", "Roads shut & reopened."}; !reflect.DeepEqual(got, want) {
		t.Errorf("blocks %q, want %q", got, want)
	}
}
