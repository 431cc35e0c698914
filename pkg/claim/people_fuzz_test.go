package claim

import "testing"

// FuzzPeopleAndQuotes reads people, offices and quotations from any text:
// it must not panic, and every claim's evidence must lie inside the text.
func FuzzPeopleAndQuotes(f *testing.F) {
	for _, s := range []string{
		"Trade Minister and Deputy Prime Minister Ada Brecht, who is also vice-chair, spoke.",
		"Commissioner Ada Brecht, who has headed the office since March 2019, said: \"No.\"",
		"More from Brecht, who ended with a line: \"We stay.\"\n\n\"And we build.\"",
		"Ana Reyes (the ex-chairman and chief executive of UNRWA) — now Chief Medical Officer —",
		"Health Minister Khalid al-Rashid, J. R. Moss, Rep. Ann Lee -",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		a := peopleArticle("f.txt", text)
		p := readPeople(a, Options{})
		claims := append(officialClaims(a, p), quoteClaims(a, p)...)
		for _, c := range claims {
			if c.Evidence.Start < 0 || c.Evidence.End > len(text) || c.Evidence.Start > c.Evidence.End {
				t.Fatalf("evidence %d-%d outside a text of %d bytes", c.Evidence.Start, c.Evidence.End, len(text))
			}
		}
	})
}
