package align

import (
	"strings"
	"testing"

	"github.com/crosscheck/crosscheck/pkg/claim"
)

func officialClaim(story, doc, given, surname, office, holders, tenure string) Claim {
	return Claim{Story: story, Claim: claim.Claim{Doc: doc, Kind: claim.KindOfficial, Official: &claim.Official{
		Name: given + " " + surname, Given: given, Surname: surname, Office: office, Holders: holders, Tenure: tenure, Family: "cabinet"}}}
}

func TestOfficialPairs(t *testing.T) {
	claims := []Claim{
		officialClaim("s", "a", "Ruth", "Amsel", "governor", claim.HoldersOne, ""),
		officialClaim("s", "b", "Karl", "Denz", "governor", claim.HoldersOne, ""),
		officialClaim("s", "c", "Emil", "Stran", "governor", claim.HoldersOne, "former"),
		officialClaim("t", "d", "Ruth", "Amsel", "governor", claim.HoldersOne, ""),
		officialClaim("s", "e", "Ivo", "Rask", "spokesman", claim.HoldersMany, ""),
		officialClaim("s", "f", "Mira", "Tell", "spokesman", claim.HoldersMany, ""),
	}
	var got []string
	for _, p := range Pairs(claims, 0.05) {
		got = append(got, claims[p.A].Doc+claims[p.B].Doc)
	}
	// Only the two sitting governors of story s meet: a former holder,
	// another story and offices with many holders stay apart.
	if strings.Join(got, ",") != "ab" {
		t.Errorf("pairs %v, want [ab]", got)
	}
}

func TestQuoteKeysSkipStockPhrases(t *testing.T) {
	short := Claim{Story: "s", Claim: claim.Claim{Kind: claim.KindQuote, Quote: &claim.Quote{Norm: "not negotiable"}}}
	if keys := quoteKeys(&short); len(keys) != 0 {
		t.Errorf("a two-word quotation has buckets: %v", keys)
	}
	long := Claim{Story: "s", Claim: claim.Claim{Kind: claim.KindQuote, Quote: &claim.Quote{Norm: "we will not pay criminals who held our patients"}}}
	for _, k := range quoteKeys(&long) {
		if !strings.HasPrefix(k, "s\x00") {
			t.Errorf("key %q lacks the story", k)
		}
	}
}
