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
		{"a short remark whose negative subject the reporter puts outside the marks",
			map[string]string{
				"a.txt": "\"Nobody leaves the gates before dawn,\" said Ola Brenn, the dockers' leader.",
				"b.txt": "Ola Brenn told reporters that nobody \"leaves the gates before dawn\"."},
			nil},
		{"a short remark framed by a positive subject against its negative",
			map[string]string{
				"a.txt": "\"Nobody leaves the gates before dawn,\" said Ola Brenn, the dockers' leader.",
				"b.txt": "Ola Brenn admitted that some dockers \"leave the gates before dawn\"."},
			[]string{"error misquote"}},
		{"a short remark and a slogan that share a stock phrase",
			map[string]string{
				"a.txt": "\"A truce is a pause, no solution,\" Lorna Kettle said.",
				"b.txt": "One banner at the port read \"Closure is no solution\"."},
			nil},
		{"a short remark reworded",
			map[string]string{
				"a.txt": "\"The dam will hold through the night,\" Lorna Kettle said.",
				"b.txt": "\"The dam will hold until the morning,\" Lorna Kettle said."},
			[]string{"warning misquote"}},
		{"a word swapped for its opposite",
			map[string]string{
				"a.txt": "\"Prices will rise sharply over the coming year,\" Lorna Kettle said.",
				"b.txt": "\"Prices will fall sharply over the coming year,\" Lorna Kettle said."},
			[]string{"error misquote"}},
		{"a negation dropped",
			map[string]string{
				"a.txt": "\"I will never resign over this report,\" Lorna Kettle said.",
				"b.txt": "\"I will soon resign over this report,\" Lorna Kettle said."},
			[]string{"error misquote"}},
		{"a short remark with a negation added",
			map[string]string{
				"a.txt": "\"We expected casualties,\" fire chief Rosa Kell said.",
				"b.txt": "\"We did not expect casualties,\" said fire chief Rosa Kell."},
			[]string{"error misquote"}},
		{"a short remark with its negation swapped for another word",
			map[string]string{
				"a.txt": "\"I will never resign,\" Mayor Tilde Ash told reporters.",
				"b.txt": "\"I will soon resign,\" Mayor Tilde Ash told reporters."},
			[]string{"error misquote"}},
		{"a short remark with a word swapped for its opposite",
			map[string]string{
				"a.txt": "\"Crime has increased this year,\" Hana Ost said.",
				"b.txt": "\"Crime has decreased this year,\" Hana Ost said."},
			[]string{"error misquote"}},
		{"short remarks by one speaker, reversed but changed besides",
			map[string]string{
				"a.txt": "\"The dam is safe,\" engineer Olaf Brun said.",
				"b.txt": "\"The old bridge is not safe,\" engineer Olaf Brun said."},
			nil},
		{"one short remark reversed by two speakers",
			map[string]string{
				"a.txt": "\"The dam is safe,\" engineer Olaf Brun said.",
				"b.txt": "\"The dam is not safe,\" engineer Ivo Marr said."},
			nil},
		{"a remark repeated faithfully by one speaker",
			map[string]string{
				"a.txt": "\"Prices will rise sharply over the coming year,\" Lorna Kettle said.",
				"b.txt": "\"Prices will rise sharply over the coming year,\" Kettle told the council."},
			nil},
		{"a colon lead-in gives the remark to another speaker",
			map[string]string{
				"a.txt": "Mayor Lorna Kettle spoke last.\n\nMore from Kettle, who closed with a line that drew cheers: \"We will build the bridge again, stone by stone.\"",
				"b.txt": "\"We will build the bridge again, stone by stone,\" Governor Piet Vos said."},
			[]string{"error quote-speaker"}},
		{"two remarks that share only a law's name",
			map[string]string{
				"a.txt": "\"This is a plain misuse of the Coastal Waters Protection Act,\" Lorna Kettle said.",
				"b.txt": "\"We will defend the Coastal Waters Protection Act in every court,\" Piet Vos said."},
			nil},
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
		{"a negation dropped from one remark",
			map[string]string{
				"a.txt": "\"We do not yet know why the pump failed, and we will publish every finding,\" Lorna Kettle said.",
				"b.txt": "\"We know why the pump failed, and we will publish every finding,\" Lorna Kettle said."},
			[]string{"error misquote"}},
		{"two remarks that share only a stock phrase",
			map[string]string{
				"a.txt": "\"The police have a hard time because there's a lot of crime around here,\" Mara Ellis said.",
				"b.txt": "\"There's a lot of anger here,\" Mara Ellis said."},
			nil},
		{"a negation added where a word changed",
			map[string]string{
				"a.txt": "\"The pump worked exactly as it should. The flood was simply too fast,\" Lorna Kettle said.",
				"b.txt": "\"The pump did not work as it should,\" Lorna Kettle said."},
			[]string{"error misquote"}},
		{"a negation only in words one rendering goes on with",
			map[string]string{
				"a.txt": "\"We know why the pump failed, and we will publish every finding. We will not guess,\" Lorna Kettle said.",
				"b.txt": "\"We know why the pump failed, and we will publish every finding,\" Lorna Kettle said."},
			nil},
		{"one opening, another continuation, one speaker",
			map[string]string{
				"a.txt": "Mayor Tomas Vell conceded. \"The residents have decided and we will honour it, even if I wanted otherwise,\" he said.",
				"b.txt": "Mayor Tomas Vell spoke late. \"The residents have decided, but the board will settle the matter,\" he said."},
			[]string{"warning misquote"}},
		{"one opening, two speakers",
			map[string]string{
				"a.txt": "\"The residents have decided and we will honour it, even if I wanted otherwise,\" Mayor Tomas Vell said.",
				"b.txt": "\"The residents have decided, but the board will settle the matter,\" Lorna Kettle said."},
			nil},
		{"one opening with a single content word, one speaker",
			map[string]string{
				"a.txt": "\"We will help them, whatever the cost to the treasury,\" Lorna Kettle said.",
				"b.txt": "\"We will help them rebuild every house on the coast,\" Lorna Kettle said."},
			nil},
		{"a negation in a long clause one rendering leaves out",
			map[string]string{
				"a.txt": "\"We know why the pump failed, and we will not rest or pause until we publish every finding,\" Lorna Kettle said.",
				"b.txt": "\"We know why the pump failed, and we will publish every finding,\" Lorna Kettle said."},
			nil},
		{"pronoun speaker and the words across paragraphs",
			map[string]string{
				"a.txt": "Mayor Tomas Vell visited the shelter.\n\n\"We will find room for everyone. No family will sleep outside.\n\n\"That is a promise,\" he said.",
				"b.txt": "\"We will find room for everyone. No family will sleep outside. That is a promise,\" said Water Minister Rana Oyelaran."},
			[]string{"warning quote-speaker"}},
		{"a word for what the speaker is, set before the name as a title",
			map[string]string{
				"a.txt": "Commuter Lorna Kettle said the carriage \"shook like a boat in a storm, then stopped dead\".",
				"b.txt": "\"It shook like a tram on cobbles, then stopped dead,\" said Lorna Kettle."},
			[]string{"warning misquote"}},
		{"she after a man called he is someone else",
			map[string]string{
				"a.txt": "Interior Minister Piet Vos denied any deal. \"No money was offered,\" he told the radio.\n\nBack at the harbour, Kettle hugged her sons. \"We marked each dawn with a scratch on the door,\" she said.",
				"b.txt": "\"We marked each dawn with a scratch on the door,\" said Lorna Kettle, a freed aid worker."},
			nil},
		{"he after a man called he is the same man",
			map[string]string{
				"a.txt": "Interior Minister Piet Vos denied any deal. \"No money was offered,\" he told the radio. \"We marked each dawn with a scratch on the door,\" he said.",
				"b.txt": "\"We marked each dawn with a scratch on the door,\" said Lorna Kettle, a freed aid worker."},
			[]string{"warning quote-speaker"}},
		{"a speaker recalls her own earlier words",
			map[string]string{
				"a.txt": "\"Our clinics are out of beds and out of nurses, and the council looked away,\" Lorna Kettle said.",
				"b.txt": "\"We said clinics were out of beds and out of nurses,\" Lorna Kettle said."},
			nil},
		{"a speaker says a line again, later, and says so",
			map[string]string{
				"a.txt": "\"I have not had a hot bath in more than 600 days,\" Ada Brecht said as she stepped off the boat.",
				"b.txt": "Asked what she wanted first, Ada Brecht smiled. \"A bath. I told them at the harbour and I still mean it. I have not had a hot bath in ages.\""},
			nil},
		{"two renderings of one remark that both tell of saying it",
			map[string]string{
				"a.txt": "\"Nothing has changed since spring. I told the board we would keep every ward open,\" Ada Brecht said.",
				"b.txt": "\"Nothing has changed since spring. I told the board we would keep every clinic open,\" Ada Brecht said."},
			[]string{"warning misquote"}},
		{"a remark reworded by its own speaker",
			map[string]string{
				"a.txt": "\"The clinics are out of beds, and the council looked away,\" Lorna Kettle said.",
				"b.txt": "\"The clinics are out of beds, and the health trust looked away,\" Lorna Kettle said."},
			[]string{"warning misquote"}},
		{"a question heading opens with a verb, not a first name",
			map[string]string{
				"a.txt": "Has Vos conceded?\n\nYes. Talking to reporters on Friday, he said: \"The tally was honest, and the result stands.\"",
				"b.txt": "Mayor Piet Vos conceded on Friday. \"The tally was honest, and the result stands,\" Vos said."},
			nil},
		{"a second speaker takes up a line and adds to it",
			map[string]string{
				"a.txt": "\"Every street in the old town will have its power back by the weekend,\" Mayor Lorna Kettle said.",
				"b.txt": "\"They said every street in the old town would get power by the weekend, and ours is still dark,\" said Piet Vos, a baker."},
			nil},
		{"two speakers, a remark in part the same",
			map[string]string{
				"a.txt": "\"We saw the lights on the ridge, and that gave us hope,\" Lorna Kettle said.",
				"b.txt": "\"We saw nothing on the ridge for hours, and that took our hope,\" Piet Vos said."},
			nil},
		{"one speaker, a remark in part the same",
			map[string]string{
				"a.txt": "\"We saw the lights on the ridge, and that gave us hope,\" Lorna Kettle said.",
				"b.txt": "\"We saw nothing on the ridge for hours, and that took our hope,\" Lorna Kettle said."},
			[]string{"error misquote"}},
		{"a fragment its own speaker is given elsewhere, taken up by another",
			map[string]string{
				"a.txt": "Fire chief Lorna Kettle said crews had carried people down \"on their backs, floor by floor, through the smoke\".",
				"b.txt": "\"My crews carried them on their backs, floor by floor, through the smoke,\" fire chief Lorna Kettle said.",
				"c.txt": "\"Those crews carried my father on their backs, floor by floor, through the smoke, and the nurses never left him,\" said Piet Vos."},
			nil},
		{"a fragment given to two speakers, with no third telling",
			map[string]string{
				"a.txt": "Fire chief Lorna Kettle said crews had carried people down \"on their backs, floor by floor, through the smoke\".",
				"c.txt": "\"Those crews carried my father on their backs, floor by floor, through the smoke, and the nurses never left him,\" said Piet Vos."},
			[]string{"error quote-speaker"}},
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
