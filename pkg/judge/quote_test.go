package judge

import (
	"strings"
	"testing"
)

func TestQuoteFindings(t *testing.T) {
	tests := []struct {
		name string
		docs map[string]string
		want []string
	}{
		{"same words, two speakers",
			map[string]string{
				"a.txt": "\"The river has never risen this fast,\" Water Minister Rana Oyelaran said.",
				"b.txt": "\"The river has never risen this fast,\" said Mayor Tomas Vell."},
			[]string{"error quote-speaker"}},
		{"same words, one speaker spelled two ways",
			map[string]string{
				"a.txt": "\"The river has never risen this fast,\" Mayor Tomas Vell said.",
				"b.txt": "\"The river has never risen this fast,\" said Mayor Tomás Vell."},
			[]string{"info name-variant"}},
		{"reworded remark",
			map[string]string{
				"a.txt": "\"We saw the lights on the ridge, and that gave us hope,\" Lorna Kettle said.",
				"b.txt": "\"We saw the lamps on the hill, and that gave us hope,\" Lorna Kettle said."},
			[]string{"warning misquote"}},
		{"accurate partial quotation",
			map[string]string{
				"a.txt": "Lorna Kettle said the search was \"far from over\".",
				"b.txt": "\"The search is far from over, and we will keep going,\" Lorna Kettle said."},
			nil},
		{"two remarks by one speaker",
			map[string]string{
				"a.txt": "\"Nobody will escape the consequences of this failure,\" Lorna Kettle said.",
				"b.txt": "\"Every permit issued this year will be examined again,\" Lorna Kettle said."},
			nil},
		{"same words, the speaker's lawyer named after a role",
			map[string]string{
				"a.txt": "\"I am the target of a smear campaign,\" Mayor Tomas Vell told reporters.",
				"b.txt": "\"I am the target of a smear campaign,\" said his lawyer, Ines Marlow, outside the court."},
			[]string{"error quote-speaker"}},
		{"an excerpt that changes the remark",
			map[string]string{
				"a.txt": "\"The port will be judged by its first winter, not by its first summer,\" Lorna Kettle said.",
				"b.txt": "Lorna Kettle said the port should be judged \"by its first ten storms\"."},
			[]string{"warning misquote"}},
		{"an excerpt that changes the words of another speaker",
			map[string]string{
				"a.txt": "\"The port will be judged by its first winter, not by its first summer,\" Lorna Kettle said.",
				"b.txt": "Mayor Tomas Vell said the port should be judged \"by its first ten storms\"."},
			nil},
		{"a faithful excerpt",
			map[string]string{
				"a.txt": "\"The port will be judged by its first winter, not by its first summer,\" Lorna Kettle said.",
				"b.txt": "Lorna Kettle said the port should be judged \"by its first winter\"."},
			nil},
		{"pronoun speaker and the words across paragraphs",
			map[string]string{
				"a.txt": "Mayor Tomas Vell visited the shelter.\n\n\"We will find room for everyone. No family will sleep outside.\n\n\"That is a promise,\" he said.",
				"b.txt": "\"We will find room for everyone. No family will sleep outside. That is a promise,\" said Water Minister Rana Oyelaran."},
			[]string{"warning quote-speaker"}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := peopleFindings(t, tc.docs)
			if strings.Join(got, ",") != strings.Join(tc.want, ",") {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}
