package incident

import "strconv"

// MatchQuality says how a value was matched to its input, from weakest to strongest, so that
// callers can compare qualities with < and >. The zero value, MatchNone, means no match.
type MatchQuality uint8

// The match qualities, in increasing order of strength.
const (
	MatchNone    MatchQuality = iota // no match
	MatchFuzzy                       // typo-tolerant match (edit distance); check it before trusting it
	MatchDerived                     // inferred by a rule: a grammar, a region's parent, a demonym
	MatchAlias                       // an alias, a translation, a former or official long name
	MatchExact                       // a canonical code, ID or name, as written
)

var matchQualityNames = [...]string{"none", "fuzzy", "derived", "alias", "exact"}

// String returns "none", "fuzzy", "derived", "alias" or "exact".
func (q MatchQuality) String() string {
	if int(q) < len(matchQualityNames) {
		return matchQualityNames[q]
	}
	return "MatchQuality(" + strconv.Itoa(int(q)) + ")"
}

// MarshalText implements encoding.TextMarshaler with the String form.
func (q MatchQuality) MarshalText() ([]byte, error) { return []byte(q.String()), nil }
