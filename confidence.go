package incident

import (
	"strconv"
)

// This file holds the Confidence value, its two axes, its canonical text and the rule that
// explains it. The published scales and their exact conversions are in confidence_scale.go,
// the lexicons in confidence_lexicon.go, the parser in confidence_parse.go.

// Level is an analytic confidence level: none, low, moderate or high, as in the STIX 2.1
// None/Low/Med/High scale and the ODNI/NIC confidence levels. The zero value is LevelNone,
// which is a real grade (STIX 0, "no confidence"), not a missing one: Confidence.Level
// reports whether a level was given at all.
type Level uint8

// The confidence levels, in increasing order.
const (
	LevelNone Level = iota
	LevelLow
	LevelModerate
	LevelHigh
)

var confLevelNames = [...]string{"none", "low", "moderate", "high"}

// String returns "none", "low", "moderate" or "high".
func (l Level) String() string {
	if int(l) < len(confLevelNames) {
		return confLevelNames[l]
	}
	return "Level(" + strconv.Itoa(int(l)) + ")"
}

// STIX returns the STIX 2.1 value of the level (Appendix A, None/Low/Med/High scale): 0, 15,
// 50 or 85.
func (l Level) STIX() int {
	v, _ := ScaleSTIXLevel.ToSTIX(int(l))
	return v
}

// MarshalText implements encoding.TextMarshaler with the String form.
func (l Level) MarshalText() ([]byte, error) { return []byte(l.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler; it accepts the String forms.
func (l *Level) UnmarshalText(text []byte) error {
	i, err := enumParse("Level", confLevelNames[:], string(text))
	*l = Level(i)
	return err
}

// LevelFromSTIX returns the level whose STIX 2.1 Appendix A range holds the STIX value v:
// 0 none, 1-29 low, 30-69 moderate, 70-100 high. It reports false outside 0-100.
func LevelFromSTIX(v int) (Level, bool) {
	n, ok := ScaleSTIXLevel.FromSTIX(v)
	return Level(n), ok
}

// Confidence is an expression of certainty on two independent axes, kept apart as ICD 203
// requires: analytic confidence (a Level: how good the basis is) and likelihood (a percent
// band: how probable the event is). Either axis may be absent. Next to them it keeps the value
// on the scale the input used (Native), the Admiralty source-reliability letter, and,
// through the scale, the rule that produced it (Rule).
//
// Confidence is a small comparable value: use == and map keys freely. Two values are equal
// exactly when their canonical strings (String) are equal. The zero Confidence expresses
// nothing; IsValid reports false for it.
type Confidence struct {
	scale    Scale // the scale or rule family the input was read on
	flags    uint8 // confLevel, confBand, confScore, confWarn
	level    Level
	lo, hi   uint8 // likelihood band, percent
	stix     uint8 // the scale's own STIX value, when confScore is set
	nlo, nhi uint8 // native value or band on scale; for ScaleForeign the language code
	rel      byte  // Admiralty source reliability 'A'..'F', or 0
}

const (
	confLevel uint8 = 1 << iota // level is set
	confBand                    // lo, hi are set
	confScore                   // stix is the input's own STIX value (numbers, 0-10, Admiralty, MISP)
	confWarn                    // the native value is contested (STIX WEP 90, R4)
)

// IsValid reports whether c expresses anything: a level, a band or both.
func (c Confidence) IsValid() bool { return c.flags&(confLevel|confBand) != 0 }

// Level returns the analytic confidence level, if the expression gave one.
func (c Confidence) Level() (Level, bool) { return c.level, c.flags&confLevel != 0 }

// Likelihood returns the likelihood band in percent, if the expression gave one: one of the
// seven ICD 203 rows 1-5, 5-20, 20-45, 45-55, 55-80, 80-95, 95-99, or 0-0 (impossible) or
// 100-100 (certain).
func (c Confidence) Likelihood() (lo, hi int, ok bool) {
	if c.flags&confBand == 0 {
		return 0, 0, false
	}
	return int(c.lo), int(c.hi), true
}

// EffectiveLevel returns the level for uses that need one grade, such as ranking
// attributions: the stated level if there is one; otherwise a level derived from the band by
// its probability, so that a more probable attribution never ranks below a less probable one:
//
//	0-0                    none
//	1-5, 5-20, 20-45       low       (less likely than not)
//	45-55, 55-80           moderate  (even chance, likely: JP 2-0 lists "likely, probable" as moderate)
//	80-95, 95-99, 100-100  high      (JP 2-0: "highly likely, almost certainly" are high)
//
// so "likely" and "probable" give moderate and "confirmed" (95-99) gives high, as the record
// normalizer's plain labels do (spec/incidents.md). It reports false when c is not valid.
func (c Confidence) EffectiveLevel() (Level, bool) {
	if c.flags&confLevel != 0 {
		return c.level, true
	}
	if c.flags&confBand == 0 {
		return LevelNone, false
	}
	switch {
	case c.hi == 0:
		return LevelNone, true
	case c.hi <= 45:
		return LevelLow, true
	case c.hi <= 80:
		return LevelModerate, true
	}
	return LevelHigh, true
}

// STIX returns the value to export as the STIX 2.1 `confidence` property. A numeric input,
// and a scale with its own STIX Appendix A table (0-10, Admiralty credibility, WEP, MISP
// confidence-level), exports its own value (85 stays 85, B2 exports 70); otherwise the level
// exports 0, 15, 50 or 85; otherwise the band exports its STIX DNI value (5, 15, 30, 50, 70,
// 85, 95; 0-0 gives 0 and 100-100 gives 100). It reports false for the zero Confidence, so an
// unspecified confidence omits the property.
func (c Confidence) STIX() (int, bool) {
	switch {
	case c.flags&confScore != 0:
		return int(c.stix), true
	case c.flags&confLevel != 0:
		return c.level.STIX(), true
	case c.flags&confBand != 0:
		return confBandDNI(c.lo, c.hi), true
	}
	return 0, false
}

// SourceReliability returns the Admiralty (STANAG 2511) source-reliability letter 'A' to 'F',
// if the input gave one with its credibility digit. The letter never changes the level.
func (c Confidence) SourceReliability() (byte, bool) { return c.rel, c.rel != 0 }

// Native returns the value on the scale the input used, for lossless round trips: PHIA
// "likely" is 55-75, Kent "probable" 63-87 (75 give or take 12), STIX WEP "Likely" 70 (and the contested WEP
// "Highly likely/Almost Certain" its range 80-99, see Warning), Admiralty B2 credibility 2
// with reliability B, "7/10" is 7 on the STIX 0-10 scale.
func (c Confidence) Native() NativeValue {
	n := NativeValue{Scale: c.scale, Lo: int(c.nlo), Hi: int(c.nhi), Reliability: c.rel}
	if !c.scale.hasNative() {
		n.Lo, n.Hi = 0, 0
	}
	if c.flags&confWarn != 0 { // STIX WEP 90: the native range of its Appendix A row (R4)
		n.Lo, n.Hi = 80, 99
	}
	if c.scale == ScaleKent || c.scale == ScaleMISPKent { // Kent's point and margin: 93±6 is 87-99
		d := kentMargin(int(c.nlo))
		n.Lo, n.Hi = int(c.nlo)-d, int(c.nlo)+d
	}
	if c.scale == ScaleForeign {
		n.Lang = string([]byte{c.nlo, c.nhi})
		n.Lo, n.Hi = 0, 0
	}
	return n
}

// Warning returns a note on a contested reading, or "". STIX WEP "Highly likely/Almost
// Certain" (90) is contested: as a point it is the ICD row 80-95, while STIX's DNI table puts
// 90 in Almost Certain; the native range is 80-99 (spec R4).
func (c Confidence) Warning() string {
	if c.flags&confWarn != 0 {
		return "contested: STIX WEP 90 is ICD 80-95 as a point but Almost Certain in the STIX DNI table; native range 80-99"
	}
	return ""
}

// Rule returns the mapping rule of spec/confidence.md that produced c, with a sentence naming
// its published source. The zero Confidence has the zero ConfidenceRule.
func (c Confidence) Rule() ConfidenceRule {
	if !c.IsValid() {
		return ConfidenceRule{}
	}
	return c.scale.rule()
}

// ConfidenceRule is one of the normative mapping rules R1-R11 of spec/confidence.md, with
// a sentence naming its published source. The zero ConfidenceRule means no rule fired.
type ConfidenceRule struct {
	ID   string // "R5"
	Text string // what the rule does and its published source
}

// String returns "R5: the Admiralty ...", or "" for the zero ConfidenceRule.
func (r ConfidenceRule) String() string {
	if r.ID == "" {
		return ""
	}
	return r.ID + ": " + r.Text
}

// NativeValue is a value on a published scale. For a point value Lo == Hi; for a band (PHIA,
// ICD 203, WEP 90) Lo and Hi are its ends; for Kent's words, the point and his margin of error
// (93±6 is 87-99). Its meaning depends on Scale: a STIX score, a 0-10
// score, an Admiralty credibility digit (with Reliability), a percent, a MISP numerical_value,
// an OCSF confidence_id, the numerator and denominator of odds ("1 in 4" is Lo 1, Hi 4). Scales
// that only hold a level or band (labels, analytic statements, news hedges, negation) have
// Lo == Hi == 0. Lang is the language of a foreign-lexicon word.
type NativeValue struct {
	Scale       Scale
	Lo, Hi      int
	Reliability byte
	Lang        string
}

// String returns the canonical native token, as in Confidence.String: "phia:55-75",
// "kent:75", "B2", "stix:85", "foreign:de", or the scale name alone.
func (n NativeValue) String() string {
	var c Confidence
	c.scale = n.Scale
	c.nlo, c.nhi, c.rel = uint8(n.Lo), uint8(n.Hi), n.Reliability
	if n.Scale == ScaleWEP && n.Lo == 80 && n.Hi == 99 {
		c.nlo, c.nhi = 90, 90 // the contested row is written by its STIX value
	}
	if n.Scale == ScaleKent || n.Scale == ScaleMISPKent {
		c.nlo = uint8((n.Lo + n.Hi) / 2) // the margin is symmetric around the point
	}
	if n.Scale == ScaleForeign && len(n.Lang) == 2 {
		c.nlo, c.nhi = n.Lang[0], n.Lang[1]
	}
	return string(c.appendNative(nil))
}

// kentMargin returns the margin of error Kent gives around each point of his chart ("93%
// give or take about 6%"), also in the French chart of MISP.
func kentMargin(p int) int {
	switch p {
	case 93:
		return 6
	case 75:
		return 12
	case 50, 30:
		return 10
	case 7:
		return 5
	}
	return 0 // certain and impossible
}

// String returns the canonical text of c, which ParseConfidence reads back to the same value.
// It is the level, the band and the native token, separated by spaces, each when present:
//
//	high                  a level (STIX None/Low/Med/High label)
//	55-80                 an ICD 203 band
//	high 95-99            both, from an analytic statement with a likelihood word
//	moderate analytic     an analytic statement alone (R7)
//	high B2               Admiralty code (level from the credibility digit, R5)
//	high stix:85          a STIX score (R2)
//	80-95 percent:85      an explicit probability (R3)
//	55-80 phia:55-75      a PHIA yardstick word (R4)
//	low hedge             a news hedge (R8)
//	55-80 foreign:de      a foreign-lexicon word (R10)
//
// The scale name is left out when it is the default for what precedes it: stix-level after a
// level alone, icd203 after a band alone, analytic after a level and a band. The zero
// Confidence gives "".
func (c Confidence) String() string {
	var buf [64]byte
	return string(c.appendText(buf[:0]))
}

// AppendText implements encoding.TextAppender with the String form.
func (c Confidence) AppendText(b []byte) ([]byte, error) { return c.appendText(b), nil }

// MarshalText implements encoding.TextMarshaler with the String form.
func (c Confidence) MarshalText() ([]byte, error) { return c.appendText(nil), nil }

// UnmarshalText implements encoding.TextUnmarshaler with ParseConfidence; empty text gives
// the zero Confidence.
func (c *Confidence) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = Confidence{}
		return nil
	}
	v, err := ParseConfidence(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

func (c Confidence) appendText(b []byte) []byte {
	if !c.IsValid() {
		return b
	}
	start := len(b)
	sep := func(b []byte) []byte {
		if len(b) > start {
			b = append(b, ' ')
		}
		return b
	}
	if c.flags&confLevel != 0 {
		b = append(b, c.level.String()...)
	}
	if c.flags&confBand != 0 {
		b = sep(b)
		b = confAppendBand(b, c.lo, c.hi)
	}
	if c.scale != c.defaultScale() {
		b = sep(b)
		b = c.appendNative(b)
	}
	return b
}

// defaultScale is the scale that the canonical text leaves out for c's shape.
func (c Confidence) defaultScale() Scale {
	switch c.flags & (confLevel | confBand) {
	case confLevel:
		return ScaleSTIXLevel
	case confBand:
		return ScaleICD203
	}
	return ScaleAnalytic
}

// appendNative appends the native token of c: the scale name, with ":value" for scales that
// keep a native value.
func (c Confidence) appendNative(b []byte) []byte {
	switch c.scale {
	case ScaleAdmiralty:
		if c.rel != 0 {
			b = append(b, c.rel)
			return strconv.AppendInt(b, int64(c.nlo), 10)
		}
	case ScaleForeign:
		b = append(b, c.scale.String()...)
		return append(b, ':', c.nlo, c.nhi)
	}
	b = append(b, c.scale.String()...)
	if !c.scale.hasNative() {
		return b
	}
	b = append(b, ':')
	switch {
	case c.scale == ScaleOdds:
		b = strconv.AppendInt(b, int64(c.nlo), 10)
		b = append(b, ':')
		return strconv.AppendInt(b, int64(c.nhi), 10)
	case c.scale == ScalePHIA:
		return confAppendBand(b, c.nlo, c.nhi)
	}
	return strconv.AppendInt(b, int64(c.nlo), 10)
}

func confAppendBand(b []byte, lo, hi uint8) []byte {
	b = strconv.AppendInt(b, int64(lo), 10)
	b = append(b, '-')
	return strconv.AppendInt(b, int64(hi), 10)
}

// ErrUngraded reports an attribution act or analytic marker that carries no grade: "blamed
// on", "claimed responsibility", "denied", a bare "we judge", and phrases the spec leaves
// confUngraded on purpose ("not unlikely", "cannot rule out", "most likely"). It wraps ErrInvalid;
// the error is an *UngradedError naming the act.
var ErrUngraded error = &refinedError{"ungraded", ErrInvalid}

// UngradedError reports input that ParseConfidence recognised but that carries no grade. It
// unwraps to ErrUngraded (and so to ErrInvalid).
type UngradedError struct {
	Func   string // "ParseConfidence"
	Input  string // the input, cloned
	Act    Act    // the attribution act, or ActNone for a marker or a deliberately ungraded phrase
	Reason string // what was recognised
}

// Error returns a message such as
// `incident.ParseConfidence("blamed on Russia"): ungraded: attribution act "blamed"`.
func (e *UngradedError) Error() string {
	return (&ParseError{Func: e.Func, Input: e.Input, Err: ErrUngraded, Reason: e.Reason}).Error()
}

// Unwrap returns ErrUngraded.
func (e *UngradedError) Unwrap() error { return ErrUngraded }
