package incident

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// This file holds ParseConfidence: the order in which it tries the readings of an input
// (spec/confidence.md R1), the number grammar (R2, R3), the Admiralty grammar (R5) and the
// scan of statements for analytic markers, yardstick words, hedges and negation (R7-R10).

const parseConfidenceFunc = "ParseConfidence"

// ParseConfidence returns the confidence that s expresses, following the normative rules of
// spec/confidence.md. It reads, in this order:
//
//   - a phrase listed in a lexicon, as the whole input after folding (R11): labels ("High",
//     "med", and the single letters "H", "M", "L" as confidence columns export them, which
//     count only as the whole input), ICD 203, PHIA, Kent and STIX WEP words (R4), analytic
//     statements ("high confidence", R7), news hedges ("suspected", "confirmed", R8), MISP and
//     OCSF machine tags (R6), foreign words with their inflected forms (R10: "sospechosa",
//     "mutmaßlichen", "подозреваемая", in de, fr, ru, uk, pl, nl, sv, cs, es, it, pt, lt, et,
//     fi);
//   - Admiralty codes in all spellings ("B2", "b-2", "A-3", "a/3", "A 3", "(B/2)", "Source
//     reliability B, credibility 2", "B2 (usually reliable, probably true)"), and a letter
//     with its credibility descriptor ("B - probably true" is B2), R5. They are read before
//     numbers, so "A-3" is a code, not the article "a" and a negative number;
//   - numbers (R2, R3): "85", "85%", "0.85", "0,85", ".85", "7/10", "3 out of 10", "STIX 85"
//     are STIX scores; "85% chance", "an 80% likelihood", "probability 0.85", "a 1 in 4
//     chance" are probabilities;
//   - the canonical text of String ("high stix:85", "55-80 phia:55-75");
//   - a scale's number next to its label ("2 - Probably True", "3 - High"), R1;
//   - a range of two level labels ("medium-high"), which is ambiguous;
//   - an explicit selector and a phrase of that scale ("credibility: improbable", R1);
//   - a statement, scanned for an analytic-confidence phrase and a likelihood phrase (both
//     may be present), hedges, acts and negation ("we assess with moderate confidence that
//     ... is likely", "not likely").
//
// The errors are typed: ErrInvalid (a *ParseError) when s is not a confidence expression
// (empty, "banana", out-of-range numbers such as "101", "-5", "150%", "11/10"); ErrUnspecified
// for an explicit "unknown", "n/a", "not specified" or Admiralty credibility 6, which is not
// the same as level none; ErrUngraded (an *UngradedError naming the Act) for an attribution
// act or analytic marker without a grade ("blamed on", "claimed responsibility", "we
// judge"); ErrAmbiguous (an *AmbiguousError) for bare 1 to 9 and 1.0, which could be a 0-10
// score, a percent or a fraction.
func ParseConfidence(s string) (Confidence, error) {
	c, _, err := ConfidenceParser{}.parse(s)
	return c, err
}

// ConfidenceParser is a ParseConfidence policy, for the options that spec/confidence.md
// offers beside its defaults. The zero ConfidenceParser is ParseConfidence.
type ConfidenceParser struct {
	// PercentIsProbability reads a percent without other context ("85%", "85 percent") as a
	// probability (R3: 80-95) instead of a STIX score (R2: high). Numbers without a percent
	// sign, and percents next to "confidence" or "score", stay scores.
	PercentIsProbability bool
	// NegationBelow5 gives the "almost certainly not" row (Kent 7%, STIX WEP 10, and their
	// synonyms such as "highly doubtful") the CERT-EU/FIRST-style "<5%" reading, band 1-5,
	// instead of the row holding Kent's 7% (5-20), R9.
	NegationBelow5 bool
	// PHIAContiguous reads PHIA yardstick words on the older, contiguous yardstick (0-5, 5-20,
	// 20-35, 35-50, 50-75, 75-95, 95-100) instead of the gov.uk 2025 one with its gaps, so
	// "realistic possibility" is 35-50 (ICD 20-45) rather than 40-50 (ICD 45-55).
	PHIAContiguous bool
}

// Parse is ParseConfidence under the policy p. It returns the same errors.
func (p ConfidenceParser) Parse(s string) (Confidence, error) {
	c, _, err := p.parse(s)
	return c, err
}

func (p ConfidenceParser) parse(s string) (Confidence, MatchQuality, error) {
	c, q, err := parseConfidence(s, p.PercentIsProbability)
	if p.NegationBelow5 && err == nil && c.flags&confLevel == 0 &&
		(c.scale == ScaleKent && c.nlo == 7 || c.scale == ScaleWEP && c.nlo == 10) {
		c = confBandOn(ScaleNegation, 1, 5)
	}
	if p.PHIAContiguous && err == nil && c.scale == ScalePHIA {
		c = phiaContiguous(c)
	}
	return c, q, err
}

// MustParseConfidence is like ParseConfidence but panics on error. It is meant for tests and
// examples with known-good input.
func MustParseConfidence(s string) Confidence {
	c, err := ParseConfidence(s)
	if err != nil {
		panic(err)
	}
	return c
}

// ConfidenceMatch is a parsed confidence with its explanation: the input as given and how
// it matched. The Rule is c.Confidence.Rule().
type ConfidenceMatch struct {
	Confidence Confidence
	Original   string       // the input, as given
	Quality    MatchQuality // MatchExact for a listed phrase or code, MatchAlias for a translation or after a selector, MatchDerived for a statement read by rules
}

// MatchConfidence is ParseConfidence with an explanation of the match. It returns the same
// errors.
func MatchConfidence(s string) (ConfidenceMatch, error) {
	c, q, err := ConfidenceParser{}.parse(s)
	if err != nil {
		return ConfidenceMatch{}, err
	}
	return ConfidenceMatch{Confidence: c, Original: s, Quality: q}, nil
}

func parseConfidence(s string, percentIsProb bool) (Confidence, MatchQuality, error) {
	if err := checkInput(parseConfidenceFunc, s); err != nil {
		return Confidence{}, MatchNone, err
	}
	lex := confidenceLexicon()
	var buf [128]byte
	k := appendFold(buf[:0], s)
	if len(k) == 0 {
		return confParseSymbols(s)
	}
	if e, ok := lex.phrases[string(k)]; ok {
		c, err := confResolveEntry(s, e)
		if c.scale == ScaleForeign {
			return c, MatchAlias, err // a translation
		}
		return c, MatchExact, err
	}
	// A native token of the canonical text holds a colon ("percent:85"); without one the
	// canonical text is a level and band, which the later readers give the same value.
	hasColon := strings.IndexByte(s, ':') >= 0
	if hasColon {
		if c, ok := confParseCanonical(s); ok {
			return c, MatchExact, nil
		}
	}
	// An Admiralty code goes before the numbers: "A-3", "a/3" and "A 3" are codes, not the
	// article "a" and a negative or bare number.
	if c, err, ok := confParseAdmiralty(s, k); ok {
		return c, MatchExact, err
	}
	if c, err, ok := confParseNumber(s, percentIsProb); ok {
		return c, MatchExact, err
	}
	if !hasColon {
		if c, ok := confParseCanonical(s); ok {
			return c, MatchExact, nil
		}
	}
	if c, err, ok := lex.parseNumberedLabel(s, k); ok {
		return c, MatchExact, err
	}
	ks := string(k)
	if err := lex.parseLevelRange(s, ks); err != nil {
		return Confidence{}, MatchNone, err
	}
	if c, err, ok := lex.parseSelected(s, ks); ok {
		return c, MatchAlias, err
	}
	c, err := lex.scan(s, ks)
	return c, MatchDerived, err
}

// confParseSymbols reads input with no letters or digits: "?" marks a suspicion (low, as in the
// actor hedges of spec/incidents.md); dashes alone are a placeholder (unspecified); anything
// else, including empty input, is not a confidence.
func confParseSymbols(s string) (Confidence, MatchQuality, error) {
	t := strings.TrimSpace(s)
	t = strings.Trim(t, "()[] ")
	switch {
	case t == "":
		return Confidence{}, MatchNone, newParseError(parseConfidenceFunc, s, ErrInvalid, "empty")
	case strings.Trim(t, "?") == "":
		return confLevelOn(ScaleHedge, LevelLow), MatchExact, nil
	case strings.Trim(t, "-–—/") == "":
		return Confidence{}, MatchNone, newParseError(parseConfidenceFunc, s, ErrUnspecified, "")
	}
	return Confidence{}, MatchNone, newParseError(parseConfidenceFunc, s, ErrInvalid, "not a confidence expression")
}

// confResolveEntry turns a lexicon entry matched as the whole input into a result.
func confResolveEntry(s string, e confEntry) (Confidence, error) {
	switch e.kind {
	case confKindGrade:
		return e.c, nil
	case confKindUnspecified:
		return Confidence{}, newParseError(parseConfidenceFunc, s, ErrUnspecified, "")
	case confKindAct:
		return Confidence{}, confUngraded(s, e.act, "attribution act "+strconv.Quote(e.act.String()))
	case confKindMarker:
		return Confidence{}, confUngraded(s, ActNone, "analytic marker without a confidence or likelihood word")
	case confKindRefuse:
		return Confidence{}, confUngraded(s, ActNone, "left ungraded by the spec (R9, R10)")
	case confKindReliability:
		return Confidence{}, newParseError(parseConfidenceFunc, s, ErrInvalid,
			"an Admiralty reliability letter alone carries no grade (R5)")
	}
	return Confidence{}, newParseError(parseConfidenceFunc, s, ErrInvalid, "not a confidence expression")
}

func confUngraded(s string, act Act, reason string) error {
	return &UngradedError{Func: parseConfidenceFunc, Input: strings.Clone(s), Act: act, Reason: reason}
}

// confParseCanonical reads the canonical text of Confidence.String. It reports false when s is not
// in that form.
func confParseCanonical(s string) (Confidence, bool) {
	var (
		level           Level
		hasLevel        bool
		lo, hi          = -1, -1
		native          Confidence
		scale           Scale
		hasNative, seen bool
	)
	for tok := range strings.SplitSeq(s, " ") {
		seen = true
		switch {
		case tok == "":
			return Confidence{}, false
		case !hasLevel && lo < 0 && scale == ScaleNone && confLevelByName(tok, &level):
			hasLevel = true
		case lo < 0 && scale == ScaleNone && tok[0] >= '0' && tok[0] <= '9':
			a, b, ok := confCutInts(tok, '-')
			if !ok || !confIsBand(a, b) {
				return Confidence{}, false
			}
			lo, hi = a, b
		case scale == ScaleNone:
			var ok bool
			native, scale, hasNative, ok = confParseNativeToken(tok) // native holds the language of ScaleForeign
			if !ok {
				return Confidence{}, false
			}
		default:
			return Confidence{}, false
		}
	}
	if !seen || (!hasLevel && lo < 0 && !hasNative) {
		return Confidence{}, false
	}
	var c Confidence
	if hasNative {
		c = native
	} else {
		if hasLevel {
			c.flags |= confLevel
			c.level = level
		}
		if lo >= 0 {
			c.flags |= confBand
			c.lo, c.hi = uint8(lo), uint8(hi)
		}
		if scale == ScaleNone {
			scale = c.defaultScale()
		}
		c.scale = scale
		c.nlo, c.nhi = native.nlo, native.nhi
		switch scale {
		case ScaleSTIXLevel, ScaleOCSF, ScaleMISPAnalytic:
			if c.flags != confLevel {
				return Confidence{}, false
			}
		case ScaleICD203, ScaleNegation, ScaleMISPEstimative:
			if c.flags != confBand {
				return Confidence{}, false
			}
		}
	}
	// The level and band written before the native token must be the ones it implies.
	gotLevel, okLevel := c.Level()
	if okLevel != hasLevel || (hasLevel && gotLevel != level) {
		return Confidence{}, false
	}
	glo, ghi, okBand := c.Likelihood()
	if okBand != (lo >= 0) || (okBand && (glo != lo || ghi != hi)) {
		return Confidence{}, false
	}
	return c, true
}

// confParseNativeToken reads the native token of the canonical text: "B2", "stix:85",
// "phia:55-75", "odds:1:4", "foreign:de", or a scale name alone. hasNative reports a token
// that determines the whole value.
func confParseNativeToken(tok string) (c Confidence, s Scale, hasNative, ok bool) {
	if len(tok) == 2 && tok[0] >= 'A' && tok[0] <= 'F' && tok[1] >= '1' && tok[1] <= '5' {
		c, ok = confAdmiralty(tok[0], int(tok[1]-'0'))
		return c, ScaleAdmiralty, true, ok
	}
	name, val, hasVal := strings.Cut(tok, ":")
	s, ok = confScaleByName(name)
	if !ok {
		return Confidence{}, ScaleNone, false, false
	}
	switch {
	case s == ScaleForeign:
		if !hasVal || len(val) != 2 || val[0] < 'a' || val[0] > 'z' || val[1] < 'a' || val[1] > 'z' {
			return Confidence{}, ScaleNone, false, false
		}
		return Confidence{nlo: val[0], nhi: val[1]}, s, false, true
	case !s.hasNative():
		return Confidence{}, s, false, !hasVal
	case !hasVal:
		return Confidence{}, ScaleNone, false, false
	}
	var lo, hi int
	switch s {
	case ScalePHIA:
		lo, hi, ok = confCutInts(val, '-')
	case ScaleOdds:
		lo, hi, ok = confCutInts(val, ':')
	default:
		lo, ok = confCanonicalInt(val)
		hi = lo
	}
	if !ok {
		return Confidence{}, ScaleNone, false, false
	}
	c, ok = confNative(s, lo, hi)
	return c, s, true, ok
}

// confLevelByName sets *l to the level named name ("none" .. "high") and reports whether there
// is one. It does not allocate.
func confLevelByName(name string, l *Level) bool {
	for i, n := range confLevelNames {
		if n == name {
			*l = Level(i)
			return true
		}
	}
	return false
}

// confCutInts reads "a<sep>b" with two canonical non-negative integers.
func confCutInts(s string, sep byte) (a, b int, ok bool) {
	i := strings.IndexByte(s, sep)
	if i < 0 {
		return 0, 0, false
	}
	a, ok1 := confCanonicalInt(s[:i])
	b, ok2 := confCanonicalInt(s[i+1:])
	return a, b, ok1 && ok2
}

func confCanonicalInt(s string) (int, bool) {
	if len(s) == 0 || len(s) > 3 || (len(s) > 1 && s[0] == '0') {
		return 0, false
	}
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = 10*n + int(s[i]-'0')
	}
	return n, n <= 255
}

// confNumWords are the words that may stand next to a number: kind 'p' marks a probability,
// '%' a percent sign, 's' a score, 'o' "out (of)", 'i' "in" (odds), 0 a filler.
var confNumWords = map[string]byte{
	"chance": 'p', "chances": 'p', "probability": 'p', "probable": 'p', "likely": 'p',
	"likelihood": 'p', "odds": 'p', "prob": 'p', "probably": 'p',
	"percent": '%', "pct": '%', "per": 0, "cent": '%', "percentage": '%',
	"confidence": 's', "score": 's', "stix": 's', "conf": 's', "confident": 's',
	"out": 'o', "of": 0, "in": 'i', "a": 0, "an": 0, "estimated": 0, "with": 0, "is": 0, "the": 0, "about": 0, "p": 'p',
}

// confWordNums are the number words of odds ("one in four chance", "a one-in-ten chance"),
// read only next to a probability word, and of "three out of ten".
var confWordNums = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "twenty": 20, "hundred": 100,
}

// confIsAlnum reports whether b is an ASCII letter or digit.
func confIsAlnum(b byte) bool {
	return b >= '0' && b <= '9' || b|0x20 >= 'a' && b|0x20 <= 'z'
}

// confNumber is one number of an input: its digits, and its decimal fraction if any.
type confNumber struct {
	whole   int  // the integer part, capped
	frac    int  // the fraction digits as an integer
	fracLen int  // confNumber of fraction digits, trailing zeros removed
	dec     bool // written with a decimal point or comma
	neg     bool // preceded by a minus sign
	sep     byte // the symbol or word kind between the previous number and this one
}

// hundredths returns n*100 and whether it is a whole number.
func (n confNumber) hundredths() (int, bool) {
	v := n.whole * 100
	switch {
	case n.fracLen == 0:
		return v, true
	case n.fracLen == 1:
		return v + n.frac*10, true
	case n.fracLen == 2:
		return v + n.frac, true
	}
	return v, false
}

// confParseNumber reads the number grammar of R2 and R3. ok reports whether s is a number
// expression at all; then c or err is the result. A percent without a score word is a
// probability when percentIsProb is set.
func confParseNumber(s string, percentIsProb bool) (c Confidence, err error, ok bool) {
	t := s
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf { // R11: fullwidth "８５％" reads as "85%"
			t = norm.NFKC.String(s)
			break
		}
	}
	var (
		nums           [3]confNumber
		n              int
		prob, pct, sco bool
		pendingSep     byte
		lastWasNum     bool
		worded         bool // a number written as a word
	)
	for i := 0; i < len(t); {
		b := t[i]
		switch {
		case b == ' ' || b == '\t' || b == '\n' || b == '\r':
			i++
			continue
		case b >= '0' && b <= '9':
			if n == len(nums) {
				return Confidence{}, nil, false
			}
			var x confNumber
			j := i
			if i > 0 && (t[i-1] == '.' || t[i-1] == ',') && (i == 1 || !confIsAlnum(t[i-2])) {
				// A leading-dot decimal, ".9" or ",85", is 0.9 or 0.85 (R2).
				x.dec = true
				for ; j < len(t) && t[j] >= '0' && t[j] <= '9'; j++ {
					if x.fracLen < 6 {
						x.frac = 10*x.frac + int(t[j]-'0')
						x.fracLen++
					}
				}
				for x.fracLen > 0 && x.frac%10 == 0 {
					x.frac /= 10
					x.fracLen--
				}
			}
			for ; !x.dec && j < len(t) && t[j] >= '0' && t[j] <= '9'; j++ {
				if x.whole < 100000 {
					x.whole = 10*x.whole + int(t[j]-'0')
				}
			}
			if !x.dec && j+1 < len(t) && (t[j] == '.' || t[j] == ',') && t[j+1] >= '0' && t[j+1] <= '9' {
				x.dec = true
				j++
				for ; j < len(t) && t[j] >= '0' && t[j] <= '9'; j++ {
					if x.fracLen < 6 {
						x.frac = 10*x.frac + int(t[j]-'0')
						x.fracLen++
					}
				}
				for x.fracLen > 0 && x.frac%10 == 0 { // 0.50 is 0.5, 85.0 is 85
					x.frac /= 10
					x.fracLen--
				}
			}
			if pendingSep == '-' && !lastWasNum {
				x.neg = true
				pendingSep = 0
			}
			x.sep = pendingSep
			nums[n] = x
			n++
			pendingSep, lastWasNum = 0, true
			i = j
			continue
		case b|0x20 >= 'a' && b|0x20 <= 'z':
			j := i
			var w [16]byte
			for ; j < len(t) && (t[j]|0x20 >= 'a' && t[j]|0x20 <= 'z'); j++ {
				if j-i >= len(w) {
					return Confidence{}, nil, false
				}
				w[j-i] = t[j] | 0x20
			}
			if v, ok := confWordNums[string(w[:j-i])]; ok { // "one in four chance"
				if n == len(nums) {
					return Confidence{}, nil, false
				}
				nums[n] = confNumber{whole: v, sep: pendingSep}
				n++
				pendingSep, lastWasNum, worded = 0, true, true
				i = j
				continue
			}
			kind, known := confNumWords[string(w[:j-i])]
			if !known || j < len(t) && t[j] >= '0' && t[j] <= '9' { // "A1" is a code, not a number
				return Confidence{}, nil, false
			}
			switch kind {
			case 'p':
				prob = true
			case '%':
				pct = true
			case 's':
				sco = true
			case 'o':
				pendingSep = '/'
			case 'i':
				pendingSep = 'i'
			}
			i = j
			continue
		case b == '%':
			pct = true
		case b == '/' || b == '-':
			if pendingSep != 'i' { // "1-in-4" is "1 in 4"
				pendingSep = b
			}
		case b == ':' || b == '=' || b == '(' || b == ')' || b == '"' || b == '\'' || b == '~' || b == ',' || b == '.':
		case b < utf8.RuneSelf:
			return Confidence{}, nil, false
		default:
			r, size := utf8.DecodeRuneInString(t[i:])
			switch r {
			case '\u00a0', '\u202f', '\u2009':
			case '\u2212', '\u2013', '\u2014':
				pendingSep = '-'
			case '\uff05':
				pct = true
			case '\u201c', '\u201d', '\u2018', '\u2019', '\u00ab', '\u00bb':
			default:
				return Confidence{}, nil, false
			}
			i += size
			continue
		}
		i++
	}
	if n == 0 || worded && (n < 2 || !prob && nums[1].sep != '/') {
		// Number words make only odds with a probability word ("one in four chance") and
		// "three out of ten"; never "ten" or "one in four".
		return Confidence{}, nil, false
	}
	if percentIsProb && pct && !sco {
		prob = true
	}
	bad := func(reason string) (Confidence, error, bool) {
		return Confidence{}, newParseError(parseConfidenceFunc, s, ErrInvalid, reason), true
	}
	for _, x := range nums[:n] {
		if x.neg {
			return bad("a negative number is out of range")
		}
	}
	a := nums[0]
	if n == 1 {
		v, whole := a.hundredths()
		if a.dec && a.fracLen == 0 && a.whole > 1 {
			a.dec = false // 85.0 is 85
		}
		if a.dec && !pct {
			// A decimal with a point or comma is a fraction of 1 (R2).
			if a.whole > 1 || (a.whole == 1 && a.fracLen != 0) {
				return bad("a decimal above 1 is neither a fraction nor a score")
			}
			if a.whole == 1 && !prob && !sco {
				return Confidence{}, confidenceAmbiguous(s, true, 1), true
			}
			if !whole {
				return bad("a fraction with more than two decimals is not a whole percent")
			}
		} else {
			if a.fracLen > 0 {
				return bad("a percent must be a whole number")
			}
			v = a.whole
		}
		if v > 100 {
			return bad("out of range 0-100")
		}
		if prob {
			c, _ := confPoint(ScalePercent, v)
			return c, nil, true
		}
		if !a.dec && !pct && !sco && v >= 1 && v <= 9 {
			return Confidence{}, confidenceAmbiguous(s, false, v), true
		}
		c, _ := confSTIX(v)
		return c, nil, true
	}
	if n > 2 {
		return bad("too many numbers")
	}
	b := nums[1]
	if a.fracLen > 0 || b.fracLen > 0 {
		return bad("a fraction needs whole numbers")
	}
	switch b.sep {
	case '/':
		switch {
		case a.whole == 50 && b.whole == 50:
			c, _ := confPoint(ScalePercent, 50) // the even-odds idiom
			return c, nil, true
		case b.whole == 10:
			if c, ok := confSTIX10(a.whole); ok {
				return c, nil, true
			}
		case b.whole == 100:
			if a.whole <= 100 {
				if prob {
					c, _ := confPoint(ScalePercent, a.whole)
					return c, nil, true
				}
				c, _ := confSTIX(a.whole)
				return c, nil, true
			}
		default:
			return bad("fractions are read only with denominator 10 or 100")
		}
		return bad("out of range")
	case 'i':
		if c, ok := confOdds(a.whole, b.whole); ok {
			return c, nil, true
		}
		return bad("impossible odds")
	case '-':
		if a.whole == 50 && b.whole == 50 {
			c, _ := confPoint(ScalePercent, 50) // the even-odds idiom
			return c, nil, true
		}
		if confIsBand(a.whole, b.whole) {
			return confBandOn(ScaleICD203, uint8(a.whole), uint8(b.whole)), nil, true
		}
		return bad("a range that is not an ICD 203 row")
	}
	return Confidence{}, nil, false
}

// confidenceAmbiguous builds the error for bare 1 to 9 (d) and 1.0 (R2).
func confidenceAmbiguous(s string, fraction bool, d int) error {
	var cands []Candidate
	if fraction {
		c, _ := confSTIX(100)
		p, _ := confSTIX(1)
		z, _ := confSTIX10(1)
		cands = []Candidate{{c.String(), "a fraction of 1"}, {p.String(), "a percent score"}, {z.String(), "a 0-10 score"}}
	} else {
		z, _ := confSTIX10(d)
		p, _ := confSTIX(d)
		cands = []Candidate{{z.String(), "a 0-10 score"}, {p.String(), "a percent score"}}
	}
	e := newAmbiguousError(parseConfidenceFunc, s, cands)
	e.Reason = "a bare number below 10 could be a 0-10 score or a percent"
	if fraction {
		e.Reason = "1.0 could be a fraction, a percent or a 0-10 score"
	}
	return e
}

// confAdmiraltyDescriptors are the words of the STANAG 2511 descriptors, which may follow a full
// code: "B2 (usually reliable, probably true)".
var confAdmiraltyDescriptors = map[string]bool{
	"completely": true, "usually": true, "fairly": true, "not": true, "reliable": true,
	"unreliable": true, "cannot": true, "be": true, "judged": true, "confirmed": true, "by": true,
	"other": true, "sources": true, "probably": true, "possibly": true, "true": true,
	"doubtful": true, "doubtfully": true, "improbable": true, "truth": true,
}

// confAdmiraltyCredWords are the descriptor words that name one STANAG 2511 credibility
// digit: "confirmed (by other sources)" 1, "probably true" 2, "possibly true" 3, "doubtful(ly
// true)" 4, "improbable" 5, "truth cannot be judged" 6. A reliability letter with one of them
// ("B - probably true") is the full code; words naming two digits name none.
var confAdmiraltyCredWords = map[string]byte{
	"confirmed": 1, "probably": 2, "possibly": 3, "doubtful": 4, "doubtfully": 4, "improbable": 5, "truth": 6,
}

// confAdmiraltyWords may stand around an Admiralty code.
var confAdmiraltyWords = map[string]bool{
	"admiralty": true, "nato": true, "stanag": true, "code": true, "rating": true, "grade": true, "source": true,
	"reliability": true, "information": true, "credibility": true, "scale": true, "system": true,
	"evaluation": true, "and": true, "of": true, "the": true, "is": true,
}

// confParseAdmiralty reads an Admiralty code in its spellings (R5): "B2", "b 2" (from B-2, B/2,
// B 2), "Source reliability B, credibility 2", "credibility 2". k is the folded input.
func confParseAdmiralty(s string, k []byte) (c Confidence, err error, ok bool) {
	var letter byte
	digit := -1
	named, described := false, false
	cred := 0 // the credibility digit its descriptor words name, -1 when they name two
	for len(k) > 0 {
		tok := k
		if i := bytes.IndexByte(k, ' '); i >= 0 {
			tok, k = k[:i], k[i+1:]
		} else {
			k = nil
		}
		switch {
		case len(tok) == 1 && tok[0] >= 'a' && tok[0] <= 'z':
			if letter != 0 {
				return Confidence{}, nil, false
			}
			letter = tok[0] - 'a' + 'A'
		case len(tok) == 1 && tok[0] >= '0' && tok[0] <= '9':
			if digit >= 0 {
				return Confidence{}, nil, false
			}
			digit = int(tok[0] - '0')
		case len(tok) == 2 && tok[0] >= 'a' && tok[0] <= 'z' && tok[1] >= '0' && tok[1] <= '9':
			if letter != 0 || digit >= 0 {
				return Confidence{}, nil, false
			}
			letter, digit = tok[0]-'a'+'A', int(tok[1]-'0')
		case confAdmiraltyWords[string(tok)]:
			named = true
		case confAdmiraltyDescriptors[string(tok)]:
			described = true
			if d := confAdmiraltyCredWords[string(tok)]; d != 0 && cred != int(d) {
				if cred != 0 {
					cred = -1
				} else {
					cred = int(d)
				}
			}
		default:
			return Confidence{}, nil, false
		}
	}
	if letter != 0 && digit < 0 && cred > 0 {
		digit = cred // "B - probably true" is B2
	}
	switch {
	case letter == 0 && digit < 0, described && (letter == 0 || digit < 0):
		return Confidence{}, nil, false
	case letter == 0 && !named:
		return Confidence{}, nil, false // a bare digit is a number, handled before
	case letter > 'F':
		if letter != 'G' && !named || digit < 0 && !named {
			return Confidence{}, nil, false // "P = .8" is a probability, read later
		}
		if letter == 'G' {
			return Confidence{}, newParseError(parseConfidenceFunc, s, ErrInvalid,
				"reliability G (deliberately deceptive) is a MISP extension, not STANAG 2511"), true
		}
		return Confidence{}, newParseError(parseConfidenceFunc, s, ErrInvalid, "not an Admiralty reliability letter"), true
	case digit < 0:
		if !named && letter != 0 {
			return Confidence{}, newParseError(parseConfidenceFunc, s, ErrInvalid,
				"a single letter is at most an Admiralty reliability letter, which carries no grade (R5)"), true
		}
		return Confidence{}, newParseError(parseConfidenceFunc, s, ErrInvalid,
			"an Admiralty reliability letter alone carries no grade (R5)"), true
	case digit == 6:
		return Confidence{}, newParseError(parseConfidenceFunc, s, ErrUnspecified,
			"Admiralty credibility 6: truth cannot be judged"), true
	case digit < 1 || digit > 6:
		return Confidence{}, newParseError(parseConfidenceFunc, s, ErrInvalid, "Admiralty credibility is 1-6"), true
	}
	c, _ = confAdmiralty(letter, digit)
	return c, nil, true
}

// parseNumberedLabel reads "N - Label" (R1), a scale's own number next to its label as tools
// export it: "2 - Probably True" (Admiralty), "3 - High" (OCSF), "70 - Likely" (STIX WEP),
// "85 - Very Likely" (STIX DNI), and "Label (N)" the other way round. The number must be the label's own value on that scale;
// "0 - Unknown", "6 - Truth cannot be judged" and "99 - Other" are unspecified. k is the folded
// input.
func (lex *confLexicon) parseNumberedLabel(s string, k []byte) (Confidence, error, bool) {
	var num, label []byte
	if i := bytes.IndexByte(k, ' '); i > 0 && i <= 3 && isDigits(string(k[:i])) {
		num, label = k[:i], k[i+1:]
	} else if i := bytes.LastIndexByte(k, ' '); i > 0 && len(k)-i-1 <= 3 && isDigits(string(k[i+1:])) {
		num, label = k[i+1:], k[:i] // "High (85)", "Probably True (2)"
	} else {
		return Confidence{}, nil, false
	}
	n, _ := strconv.Atoi(string(num))
	var buf [129]byte
	for _, sc := range [...]Scale{ScaleAdmiralty, ScaleOCSF, ScaleWEP} {
		key := append(append(buf[:0], byte(sc)), label...)
		if e, ok := lex.scoped[string(key)]; ok && int(e.c.nlo) == n {
			return e.c, nil, true
		}
	}
	e, ok := lex.phrases[string(label)]
	switch {
	case !ok:
	case e.kind == confKindUnspecified && (n == 0 || n == 6 || n == 99):
		return Confidence{}, newParseError(parseConfidenceFunc, s, ErrUnspecified, ""), true
	case e.kind == confKindGrade:
		if v, _ := e.c.STIX(); v == n {
			return e.c, nil, true
		}
	}
	return Confidence{}, nil, false
}

// parseLevelRange reports a range of two level labels ("medium-high", "low to moderate
// confidence", "high/medium") as ambiguous: the spec gives no rule to pick one end, and the
// midpoint would be a guess. It returns nil for any other input.
func (lex *confLexicon) parseLevelRange(s, k string) error {
	var cands []Candidate
	for w := range strings.FieldsSeq(k) {
		switch {
		case w == "to" || w == "or":
		case w == "confidence" && len(cands) == 2:
		default:
			e, ok := lex.phrases[w]
			if !ok || e.kind != confKindGrade || e.c.scale != ScaleSTIXLevel || len(cands) == 2 {
				return nil
			}
			cands = append(cands, Candidate{Value: e.c.String()})
		}
	}
	if len(cands) != 2 || cands[0] == cands[1] {
		return nil
	}
	e := newAmbiguousError(parseConfidenceFunc, s, cands)
	e.Reason = "a range of two levels"
	return e
}

// parseSelected reads an explicit scale selector followed by a phrase of that scale (R1):
// "credibility: improbable", "confidence: high", "wep: likely". When the scale does not list
// the phrase, the phrase is read as a whole on its own ("confidence: likely").
func (lex *confLexicon) parseSelected(s, k string) (Confidence, error, bool) {
	for n := 3; n >= 1; n-- {
		end := confWordEnd(k, n)
		if end < 0 || end == len(k) {
			continue
		}
		e, ok := lex.phrases[k[:end]]
		if !ok || e.kind != confKindSelector {
			continue
		}
		rest := k[end+1:]
		var buf [129]byte
		key := append(append(buf[:0], byte(e.sel)), rest...)
		if e2, ok := lex.scoped[string(key)]; ok {
			c, err := confResolveEntry(s, e2)
			return c, err, true
		}
		if e2, ok := lex.phrases[rest]; ok && e2.kind != confKindSelector {
			c, err := confResolveEntry(s, e2)
			return c, err, true
		}
	}
	return Confidence{}, nil, false
}

// confWordEnd returns the byte offset where the n-th word of k ends, or -1.
func confWordEnd(k string, n int) int {
	i := 0
	for w := 0; w < n; w++ {
		j := strings.IndexByte(k[i:], ' ')
		if j < 0 {
			if w == n-1 {
				return len(k)
			}
			return -1
		}
		if w == n-1 {
			return i + j
		}
		i += j + 1
	}
	return -1
}

// scan reads a statement: it walks the folded words, matching the longest lexicon phrase at
// each position, and combines what it found (R1, R7-R10).
func (lex *confLexicon) scan(s, k string) (Confidence, error) {
	var st confScanState
	words := strings.Fields(k)
	negAt := -10 // index of the last negator
	for i := 0; i < len(words); {
		e, n := lex.longest(words, i)
		if n == 0 {
			if c, n := confProbabilityAt(words, i); n > 0 { // "an 85% chance that ..."
				st.add(c)
				i += n
				continue
			}
			i++
			continue
		}
		// "may" next to a number is the month.
		if e.kind == confKindGrade && words[i] == "may" && (i > 0 && isDigits(words[i-1]) || i+1 < len(words) && isDigits(words[i+1])) {
			i++
			continue
		}
		negated := i-negAt <= 3 && e.kind == confKindGrade
		if !negated && e.kind == confKindGrade && i+n < len(words) {
			// A negator right after a likelihood word: "likely not".
			if e2, n2 := lex.longest(words, i+n); n2 == 1 && e2.kind == confKindNeg && e.negatable() {
				negated = true
				n++
			}
		}
		switch e.kind {
		case confKindNeg:
			negAt = i
		case confKindGrade:
			if negated {
				negAt = -10
				switch {
				case e.c.scale == ScaleHedge && e.c.flags == confBand && e.c.lo >= 95:
					// "has not been confirmed", "never proven": R9 reads "not confirmed" as low.
					e.c = confLevelOn(ScaleHedge, LevelLow)
				case e.negatable() && e.c.lo != e.c.hi:
					e.c = confBandOn(ScaleNegation, 100-e.c.hi, 100-e.c.lo)
				default:
					// "not certain" is not "impossible"; a negated hedge or level has no grade.
					st.refuse = true
					e.c = Confidence{}
				}
			}
			if e.c.IsValid() {
				st.add(e.c)
			}
		case confKindAct:
			if st.act == ActNone {
				st.act = e.act
			}
		case confKindMarker:
			st.marker = true
		case confKindRefuse:
			st.refuse = true
		case confKindUnspecified:
			st.unspecified = true
		}
		i += n
	}
	switch {
	case st.refuse:
		return Confidence{}, confUngraded(s, st.act, "holds a phrase left ungraded by the spec (R9, R10)")
	case st.conflict:
		return Confidence{}, st.ambiguous(s)
	case st.hasLevel || st.hasBand:
		return st.result(), nil
	case st.hedge.IsValid():
		return st.hedge, nil
	case st.unspecified:
		return Confidence{}, newParseError(parseConfidenceFunc, s, ErrUnspecified, "")
	case st.act != ActNone:
		return Confidence{}, confUngraded(s, st.act, "attribution act "+strconv.Quote(st.act.String())+" without a grade (R8)")
	case st.marker:
		return Confidence{}, confUngraded(s, ActNone, "analytic marker without a confidence or likelihood word (R7)")
	}
	return Confidence{}, newParseError(parseConfidenceFunc, s, ErrInvalid, "not a confidence expression")
}

// confProbabilityAt reads a number stated as a probability inside a statement ("there is an
// 85% chance that", "a probability of 0.7"): the run of words around words[i], a word with a
// digit, that the number reader knows. It returns the band and the number of words from i
// that it used, or 0 when the run is not an explicit probability: a bare number inside a
// sentence ("on 24 February", "85 officers") is no confidence.
func confProbabilityAt(words []string, i int) (Confidence, int) {
	hasDigit := func(w string) bool { return strings.ContainsAny(w, "0123456789") }
	if !hasDigit(words[i]) {
		return Confidence{}, 0
	}
	known := func(w string) bool {
		_, ok := confNumWords[strings.Trim(w, "%.,:;()")]
		return ok || w == "%"
	}
	lo, hi := i, i+1
	for lo > 0 && i-lo < 3 && known(words[lo-1]) {
		lo--
	}
	for hi < len(words) && hi-i < 4 && (known(words[hi]) || hasDigit(words[hi])) {
		hi++
	}
	c, err, ok := confParseNumber(strings.Join(words[lo:hi], " "), false)
	if !ok || err != nil || c.flags&confBand == 0 || c.flags&confLevel != 0 {
		return Confidence{}, 0
	}
	return c, hi - i
}

// longest returns the longest lexicon phrase starting at words[i] that may stand inside a
// statement, and its length in words (0 if none).
func (lex *confLexicon) longest(words []string, i int) (confEntry, int) {
	var buf [256]byte
	for n := min(lex.starts[words[i]], len(words)-i); n >= 1; n-- {
		key := buf[:0]
		for j := i; j < i+n; j++ {
			if j > i {
				key = append(key, ' ')
			}
			key = append(key, words[j]...)
		}
		if e, ok := lex.phrases[string(key)]; ok && (!e.whole || e.kind == confKindUnspecified) {
			switch e.kind {
			case confKindSelector, confKindReliability:
				continue
			}
			return e, n
		}
	}
	return confEntry{}, 0
}

// confScanState collects what a statement holds.
type confScanState struct {
	level, band, hedge Confidence
	hasLevel, hasBand  bool
	conflict           bool
	others             []Confidence
	act                Act
	marker, refuse     bool
	unspecified        bool
}

// add records a graded phrase. A hedge that gives only a level ("suspected", "appears")
// counts only when nothing stronger is found; two different levels or bands conflict (ICD
// 203: do not mix terms from different rows).
func (st *confScanState) add(c Confidence) {
	if c.scale == ScaleHedge && c.flags == confLevel || c.scale == ScaleForeign && c.flags == confLevel && c.level < LevelModerate {
		if !st.hedge.IsValid() {
			st.hedge = c
		}
		return
	}
	if c.flags&confLevel != 0 {
		if st.hasLevel && st.level.level != c.level {
			st.conflict = true
			st.others = append(st.others, c)
		} else if !st.hasLevel {
			st.level, st.hasLevel = c, true
		}
	}
	if c.flags&confBand != 0 {
		if st.hasBand && (st.band.lo != c.lo || st.band.hi != c.hi) {
			st.conflict = true
			st.others = append(st.others, c)
		} else if !st.hasBand {
			st.band, st.hasBand = c, true
		}
	}
}

// result combines the level and band found: one of them alone keeps its own scale; both
// give an analytic statement with a likelihood (R1).
func (st *confScanState) result() Confidence {
	switch {
	case st.hasLevel && st.hasBand:
		return Confidence{scale: ScaleAnalytic, flags: confLevel | confBand, level: st.level.level,
			lo: st.band.lo, hi: st.band.hi}
	case st.hasLevel:
		return st.level
	}
	return st.band
}

func (st *confScanState) ambiguous(s string) error {
	var cands []Candidate
	seen := map[string]bool{}
	for _, c := range append([]Confidence{st.level, st.band}, st.others...) {
		if c.IsValid() && !seen[c.String()] {
			seen[c.String()] = true
			cands = append(cands, Candidate{Value: c.String(), Label: c.Rule().ID})
		}
	}
	e := newAmbiguousError(parseConfidenceFunc, s, cands)
	e.Reason = "mixes terms of different grades"
	return e
}
