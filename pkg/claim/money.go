package claim

import "github.com/crosscheck/crosscheck/pkg/mention"

func currencyOf(n *mention.Number, head string) string {
	if n.Unit == "percent" || temperatureScales[n.Unit] {
		return "" // "rose 5% against the dollar": a share, whatever currency follows
	}
	if n.Unit != "" {
		return n.Unit
	}
	return moneyWords[head]
}

// moneyWords are currency names written after the figure.
var moneyWords = map[string]string{
	"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP", "pounds": "GBP",
	"crown": "crown", "crowns": "crown", "franc": "franc", "francs": "franc", "yen": "JPY",
	"rupee": "rupee", "rupees": "rupee", "dinar": "dinar", "dinars": "dinar", "peso": "peso", "pesos": "peso",
	"rouble": "rouble", "roubles": "rouble", "ruble": "rouble", "rubles": "rouble", "lira": "lira",
	"shekel": "shekel", "shekels": "shekel", "rand": "rand", "yuan": "CNY", "won": "KRW",
}

// moneyPurposes say what money is for; two sums are compared only for
// the same purpose.
var moneyPurposes = map[string]string{
	"ransom": "ransom", "pay": "payment", "paid": "payment", "payment": "payment", "compensation": "payment",
	"payout": "payment", "fine": "fine", "fined": "fine", "reserve": "reserves", "budget": "budget",
	"loan": "loan", "aid": "aid", "cost": "cost", "damage": "damage", "wage": "wage", "salary": "wage",
	"bail": "bail", "reward": "reward", "bonus": "bonus", "investment": "investment", "debt": "debt",
	// The price of one transaction, however a story tells it: "a deal
	// worth", "sold for", "the takeover price", "buy X for".
	"tax": "tax", "price": "price", "deal": "price", "contract": "price", "sale": "price", "sell": "price",
	"takeover": "price", "acquisition": "price", "merger": "price", "buyout": "price", "purchase": "price",
	"buy": "price", "bought": "price",
	"demand": "ransom", "grant": "aid", "funding": "aid", "fund": "aid", "revenue": "revenue",
	"profit": "profit", "loss": "loss", "bill": "bill", "fee": "fee", "transfer": "transfer",
	"kickback": "taken", "bribe": "taken", "embezzled": "taken", "stole": "taken", "pocketed": "taken",
	"accepted": "taken", "received": "taken", "took": "taken", "laundered": "taken", "siphoned": "taken",
	"misappropriated": "taken", "stolen": "taken", "looted": "taken", "divert": "taken", "embezzle": "taken",
	"siphon": "taken", "misappropriate": "taken", "steal": "taken", "penalty": "fine",
	"withdraw": "withdrawal", "withdrew": "withdrawal", "withdrawal": "withdrawal",
	"value": "value", "valuation": "value", "valued": "value", "insured": "value",
	"pledge": "pledge", "pledged": "pledge", "saving": "saving", "save": "saving",
	// One gap in a body's money, whatever a story calls it: "a £26 million
	// deficit", "a £26 million shortfall", "close a £26 million gap".
	"deficit": "deficit", "shortfall": "deficit", "gap": "deficit", "overspend": "deficit",
}
