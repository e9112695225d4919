package incident

import "strconv"

// This file holds the published scales (spec/confidence.md, "Published scales (exact)") and
// the exact conversions between them and STIX 2.1.

// Scale is a published certainty scale, or the rule family of spec/confidence.md that read an
// expression without one (analytic statements, news hedges, negation, foreign lexicons). The
// zero value, ScaleNone, is no scale.
type Scale uint8

// The scales. The comment gives the canonical name (Scale.String) and the source.
const (
	ScaleNone           Scale = iota
	ScaleSTIXLevel            // "stix-level": STIX 2.1 Appendix A None/Low/Med/High; native = Level
	ScaleSTIX                 // "stix": a STIX 0-100 score (R2); native = the score
	ScaleSTIX10               // "stix-0-10": STIX 2.1 Appendix A 0-10 scale; native = 0..10
	ScaleAdmiralty            // "admiralty": STANAG 2511 credibility 1-6, STIX Admiralty Credibility table
	ScaleWEP                  // "wep": STIX 2.1 Appendix A WEP scale; native = its STIX value
	ScaleDNI                  // "dni": STIX 2.1 Appendix A DNI scale; native = its STIX value
	ScaleICD203               // "icd203": ICD 203 likelihood rows; native = the row
	ScalePHIA                 // "phia": UK PHIA Probability Yardstick (2025); native = its band
	ScaleKent                 // "kent": Kent 1964; native = his point value
	ScalePercent              // "percent": an explicit probability (R3); native = the percent
	ScaleOdds                 // "odds": "1 in 4 chance"; native = 1 and 4
	ScaleMISPEstimative       // "misp-estimative": estimative-language:likelihood-probability; native = numerical_value
	ScaleMISPAnalytic         // "misp-analytic": estimative-language:confidence-in-analytic-judgment (by label)
	ScaleMISPConfidence       // "misp-confidence": misp:confidence-level; native = numerical_value
	ScaleMISPKent             // "misp-kent": vocabulaire-des-probabilites-estimatives; native = numerical_value
	ScaleOCSF                 // "ocsf": OCSF confidence_id 1-3
	ScaleAnalytic             // "analytic": analytic-confidence statement (R7)
	ScaleHedge                // "hedge": news hedge (R8)
	ScaleNegation             // "negation": negated likelihood phrase (R9)
	ScaleForeign              // "foreign": foreign-language lexicon (R10)
	confNumScales
)

var confScaleNames = [confNumScales]string{
	"", "stix-level", "stix", "stix-0-10", "admiralty", "wep", "dni", "icd203", "phia", "kent",
	"percent", "odds", "misp-estimative", "misp-analytic", "misp-confidence", "misp-kent",
	"ocsf", "analytic", "hedge", "negation", "foreign",
}

// String returns the canonical name of s, as listed with the constants, or "" for ScaleNone.
func (s Scale) String() string {
	if s < confNumScales {
		return confScaleNames[s]
	}
	return "Scale(" + strconv.Itoa(int(s)) + ")"
}

// confScaleByName returns the scale named name.
func confScaleByName(name string) (Scale, bool) {
	for i, n := range confScaleNames {
		if n == name && i != 0 {
			return Scale(i), true
		}
	}
	return ScaleNone, false
}

// hasNative reports whether the canonical text of s carries a native value after a colon.
func (s Scale) hasNative() bool {
	switch s {
	case ScaleSTIX, ScaleSTIX10, ScaleAdmiralty, ScaleWEP, ScaleDNI, ScalePHIA, ScaleKent,
		ScalePercent, ScaleOdds, ScaleMISPEstimative, ScaleMISPConfidence, ScaleMISPKent, ScaleOCSF:
		return true
	}
	return false
}

var confScaleRules = [confNumScales]ConfidenceRule{
	ScaleSTIXLevel:      {"R1", "an explicit label of the STIX 2.1 Appendix A None/Low/Med/High scale (None 0, Low 15, Med 50, High 85)"},
	ScaleSTIX:           {"R2", "an unqualified number is a STIX confidence score; its level comes from STIX 2.1 Appendix A (0 none, 1-29 low, 30-69 moderate, 70-100 high)"},
	ScaleSTIX10:         {"R2", "n/10 and n out of 10 are the STIX 2.1 Appendix A 0-10 scale, n = 10n"},
	ScaleAdmiralty:      {"R5", "the Admiralty credibility digit (STANAG 2511) gives the level through the STIX 2.1 Appendix A Admiralty Credibility table; the reliability letter is kept apart"},
	ScaleWEP:            {"R4", "a STIX 2.1 Appendix A WEP label takes the ICD 203 row holding its STIX value"},
	ScaleICD203:         {"R4", "an ICD 203 (ODNI, 2015) likelihood term takes its row"},
	ScalePHIA:           {"R4", "a UK PHIA Probability Yardstick word (gov.uk, 2025) takes the ICD 203 row holding its midpoint"},
	ScaleKent:           {"R4", "a word of Kent's \"Words of Estimative Probability\" (1964) takes the ICD 203 row holding its point value"},
	ScalePercent:        {"R3", "a stated probability takes the ICD 203 row whose lower bound it reaches (STIX DNI ranges are lower-inclusive; MISP numerical_value is the row's lower bound)"},
	ScaleOdds:           {"R3", "stated odds (1 in 4) are a probability and take the ICD 203 row whose lower bound they reach"},
	ScaleMISPEstimative: {"R6", "a MISP estimative-language:likelihood-probability tag takes its ICD 203 row"},
	ScaleMISPAnalytic:   {"R6", "a MISP estimative-language:confidence-in-analytic-judgment tag maps by its label (JP 2-0)"},
	ScaleMISPConfidence: {"R6", "a MISP misp:confidence-level tag uses its numerical_value as the STIX score"},
	ScaleMISPKent:       {"R6", "a MISP vocabulaire-des-probabilites-estimatives tag (Kent in French) uses its numerical_value as a point"},
	ScaleOCSF:           {"R1", "an OCSF confidence_id (1 Low, 2 Medium, 3 High) is read as that level"},
	ScaleAnalytic:       {"R7", "an analytic-confidence statement gives a level and no band (ODNI/NIC confidence levels; ICD 203 keeps confidence and likelihood apart)"},
	ScaleHedge:          {"R8", "a news hedge is tied to its nearest published anchor (ICD 203, Kent 1964, JP 2-0)"},
	ScaleNegation:       {"R9", "a negated likelihood phrase takes the complement band of its ICD 203 row"},
	ScaleForeign:        {"R10", "a foreign-language word takes the ICD 203 row of its standard English gloss"},
}

func (s Scale) rule() ConfidenceRule {
	if s < confNumScales {
		return confScaleRules[s]
	}
	return ConfidenceRule{}
}

// ToSTIX returns the STIX 2.1 value of the native value v of scale s, by the exact tables of
// STIX 2.1 Appendix A: a Level on ScaleSTIXLevel (0, 15, 50, 85), 0-10 on ScaleSTIX10 (10v),
// a credibility digit on ScaleAdmiralty (1 90, 2 70, 3 50, 4 30, 5 10; 6 is Not Specified),
// a STIX value on ScaleWEP and ScaleDNI (the value itself, if the scale lists it), a score
// on ScaleSTIX and ScaleMISPConfidence. It reports false for values the scale does not have
// and for scales without a STIX table.
func (s Scale) ToSTIX(v int) (int, bool) {
	switch s {
	case ScaleSTIXLevel:
		if v >= 0 && v <= int(LevelHigh) {
			return [...]int{0, 15, 50, 85}[v], true
		}
	case ScaleSTIX:
		if v >= 0 && v <= 100 {
			return v, true
		}
	case ScaleSTIX10:
		if v >= 0 && v <= 10 {
			return 10 * v, true
		}
	case ScaleAdmiralty:
		if v >= 1 && v <= 5 {
			return 110 - 20*v, true
		}
	case ScaleWEP:
		switch v {
		case 0, 10, 30, 50, 70, 90, 100:
			return v, true
		}
	case ScaleDNI:
		switch v {
		case 5, 15, 30, 50, 70, 85, 95:
			return v, true
		}
	case ScaleMISPConfidence:
		switch v {
		case 0, 25, 50, 75, 100:
			return v, true
		}
	}
	return 0, false
}

// FromSTIX returns the native value of scale s whose STIX 2.1 Appendix A range holds the STIX
// value v, the inverse of ToSTIX: ScaleSTIXLevel 0 [0], 1 [1-29], 2 [30-69], 3 [70-100];
// ScaleSTIX10 n [10n-5, 10n+4]; ScaleAdmiralty 5 [0-19], 4 [20-39], 3 [40-59], 2 [60-79],
// 1 [80-100]; ScaleWEP 0 [0], 10 [1-19], 30 [20-39], 50 [40-59], 70 [60-79], 90 [80-99], 100
// [100]; ScaleDNI 5 [0-9], 15 [10-19], 30 [20-39], 50 [40-59], 70 [60-79], 85 [80-89], 95
// [90-100]; ScaleSTIX the value itself. It reports false outside 0-100 and for other scales.
func (s Scale) FromSTIX(v int) (int, bool) {
	if v < 0 || v > 100 {
		return 0, false
	}
	switch s {
	case ScaleSTIXLevel:
		switch {
		case v == 0:
			return int(LevelNone), true
		case v < 30:
			return int(LevelLow), true
		case v < 70:
			return int(LevelModerate), true
		}
		return int(LevelHigh), true
	case ScaleSTIX:
		return v, true
	case ScaleSTIX10:
		return (v + 5) / 10, true
	case ScaleAdmiralty:
		return 5 - min(v/20, 4), true
	case ScaleWEP:
		switch {
		case v == 0:
			return 0, true
		case v < 20:
			return 10, true
		case v < 80:
			return (v/20)*20 + 10, true
		case v < 100:
			return 90, true
		}
		return 100, true
	case ScaleDNI:
		switch {
		case v < 10:
			return 5, true
		case v < 20:
			return 15, true
		case v < 80:
			return (v/20)*20 + 10, true
		case v < 90:
			return 85, true
		}
		return 95, true
	}
	return 0, false
}

// Label returns the Appendix A label of the native value v of s ("Probably True" for
// Admiralty 2, "Likely/Probable" for WEP 70), or "" if the scale has no such value.
func (s Scale) Label(v int) string {
	var labels map[int]string
	switch s {
	case ScaleSTIXLevel:
		labels = map[int]string{0: "None", 1: "Low", 2: "Med", 3: "High"}
	case ScaleSTIX10:
		if v >= 0 && v <= 10 {
			return strconv.Itoa(v)
		}
	case ScaleAdmiralty:
		labels = map[int]string{1: "Confirmed by other sources", 2: "Probably True", 3: "Possibly True",
			4: "Doubtful", 5: "Improbable", 6: "Truth cannot be judged"}
	case ScaleWEP:
		labels = map[int]string{0: "Impossible", 10: "Highly Unlikely/Almost Certainly Not",
			30: "Unlikely/Probably Not", 50: "Even Chance", 70: "Likely/Probable",
			90: "Highly likely/Almost Certain", 100: "Certain"}
	case ScaleDNI:
		labels = map[int]string{5: "Almost No Chance/Remote", 15: "Very Unlikely/Highly Improbable",
			30: "Unlikely/Improbable", 50: "Roughly Even Chance/Roughly Even Odds",
			70: "Likely/Probable", 85: "Very Likely/Highly Probable", 95: "Almost Certain/Nearly Certain"}
	}
	return labels[v]
}

// The seven ICD 203 rows.
var confICDRows = [7][2]uint8{{1, 5}, {5, 20}, {20, 45}, {45, 55}, {55, 80}, {80, 95}, {95, 99}}

// confBandOf returns the band of the probability num/den percent (R3): the ICD 203 row with
// lower bound <= p < upper bound; p = 0 gives 0-0, 0 < p < 5 gives 1-5, 95 <= p < 100 gives
// 95-99 and p = 100 gives 100-100. It reports false outside 0-100.
func confBandOf(num, den int) (lo, hi uint8, ok bool) {
	if den <= 0 || num < 0 || num > 100*den {
		return 0, 0, false
	}
	switch {
	case num == 0:
		return 0, 0, true
	case num == 100*den:
		return 100, 100, true
	}
	for i := len(confICDRows) - 1; i > 0; i-- {
		if int(confICDRows[i][0])*den <= num {
			return confICDRows[i][0], confICDRows[i][1], true
		}
	}
	return confICDRows[0][0], confICDRows[0][1], true
}

// confIsBand reports whether lo-hi is one of the bands a Confidence can hold.
func confIsBand(lo, hi int) bool {
	if lo == hi && (lo == 0 || lo == 100) {
		return true
	}
	for _, r := range confICDRows {
		if int(r[0]) == lo && int(r[1]) == hi {
			return true
		}
	}
	return false
}

// confBandDNI returns the STIX DNI value of a band: 5, 15, 30, 50, 70, 85, 95; 0-0 gives 0 and
// 100-100 gives 100.
func confBandDNI(lo, hi uint8) int {
	switch {
	case hi == 0:
		return 0
	case lo == 100:
		return 100
	}
	for i, r := range confICDRows {
		if r[0] == lo {
			return [...]int{5, 15, 30, 50, 70, 85, 95}[i]
		}
	}
	return 0
}

// The constructors below build a Confidence from a native value. They check the value and
// report false when the scale does not have it.

func confLevelOn(s Scale, l Level) Confidence {
	return Confidence{scale: s, flags: confLevel, level: l}
}

func confBandOn(s Scale, lo, hi uint8) Confidence {
	return Confidence{scale: s, flags: confBand, lo: lo, hi: hi}
}

// confScore reads v as a STIX score (R2).
func confScoreOn(s Scale, v, native int) (Confidence, bool) {
	l, ok := LevelFromSTIX(v)
	if !ok {
		return Confidence{}, false
	}
	return Confidence{scale: s, flags: confLevel | confScore, level: l, stix: uint8(v),
		nlo: uint8(native), nhi: uint8(native)}, true
}

func confSTIX(v int) (Confidence, bool) { return confScoreOn(ScaleSTIX, v, v) }

func confSTIX10(n int) (Confidence, bool) {
	if n < 0 || n > 10 {
		return Confidence{}, false
	}
	return confScoreOn(ScaleSTIX10, 10*n, n)
}

func confMISPConfidence(v int) (Confidence, bool) {
	if _, ok := ScaleMISPConfidence.ToSTIX(v); !ok {
		return Confidence{}, false
	}
	return confScoreOn(ScaleMISPConfidence, v, v)
}

// confAdmiralty builds the Confidence of credibility digit cred (1-5) and reliability letter
// rel ('A'-'F' or 0), by R5.
func confAdmiralty(rel byte, cred int) (Confidence, bool) {
	v, ok := ScaleAdmiralty.ToSTIX(cred)
	if !ok || (rel != 0 && (rel < 'A' || rel > 'F')) {
		return Confidence{}, false
	}
	c, _ := confScoreOn(ScaleAdmiralty, v, cred)
	c.rel = rel
	return c, true
}

// confPoint builds a Confidence on a point scale (Kent, WEP, MISP Kent, percent): the band is
// the ICD row holding the point (R3, R4).
func confPoint(s Scale, p int) (Confidence, bool) {
	lo, hi, ok := confBandOf(p, 1)
	if !ok {
		return Confidence{}, false
	}
	c := Confidence{scale: s, flags: confBand, lo: lo, hi: hi, nlo: uint8(p), nhi: uint8(p)}
	switch s {
	case ScaleWEP:
		if _, ok := s.ToSTIX(p); !ok {
			return Confidence{}, false
		}
		c.flags |= confScore
		c.stix = uint8(p)
		if p == 90 {
			c.flags |= confWarn
		}
	case ScaleKent:
		switch p {
		case 0, 7, 30, 50, 75, 93, 100:
		default:
			return Confidence{}, false
		}
	case ScaleMISPKent:
		switch p {
		case 7, 30, 50, 75, 93:
		default:
			return Confidence{}, false
		}
	case ScalePercent:
		c.flags |= confScore
		c.stix = uint8(p)
	}
	return c, true
}

// phiaBands are the PHIA Probability Yardstick bands, from remote chance to almost certain:
// the gov.uk 2025 version, with its deliberate gaps, and the older contiguous version (as in
// AJamesPhillips/DataCurator probabilities.ts).
var phiaBands = [2][7][2]uint8{
	{{0, 5}, {10, 20}, {25, 35}, {40, 50}, {55, 75}, {80, 90}, {95, 100}},
	{{0, 5}, {5, 20}, {20, 35}, {35, 50}, {50, 75}, {75, 95}, {95, 100}},
}

// confPHIA builds a PHIA yardstick Confidence from its native band, of either version (R4:
// the ICD row of the midpoint).
func confPHIA(lo, hi int) (Confidence, bool) {
	for _, version := range phiaBands {
		for _, b := range version {
			if int(b[0]) == lo && int(b[1]) == hi {
				blo, bhi, _ := confBandOf(lo+hi, 2)
				return Confidence{scale: ScalePHIA, flags: confBand, lo: blo, hi: bhi, nlo: uint8(lo), nhi: uint8(hi)}, true
			}
		}
	}
	return Confidence{}, false
}

// phiaContiguous returns c, a PHIA Confidence of the 2025 yardstick, on the older contiguous
// yardstick.
func phiaContiguous(c Confidence) Confidence {
	for i, b := range phiaBands[0] {
		if b[0] == c.nlo && b[1] == c.nhi {
			c, _ = confPHIA(int(phiaBands[1][i][0]), int(phiaBands[1][i][1]))
			return c
		}
	}
	return c
}

// confOdds builds the Confidence of "a in b" odds.
func confOdds(a, b int) (Confidence, bool) {
	if a < 0 || b < 1 || a > b || b > 255 {
		return Confidence{}, false
	}
	lo, hi, _ := confBandOf(100*a, b)
	stix := (200*a + b) / (2 * b) // rounded percent
	return Confidence{scale: ScaleOdds, flags: confBand | confScore, lo: lo, hi: hi,
		stix: uint8(stix), nlo: uint8(a), nhi: uint8(b)}, true
}

// confMISPEstimative builds the Confidence of a likelihood-probability tag from its
// numerical_value (the row's lower bound; 0 for almost-no-chance).
func confMISPEstimative(nv int) (Confidence, bool) {
	for _, r := range confICDRows {
		if int(r[0]) == nv || (nv == 0 && r[0] == 1) {
			return Confidence{scale: ScaleMISPEstimative, flags: confBand, lo: r[0], hi: r[1],
				nlo: uint8(nv), nhi: uint8(nv)}, true
		}
	}
	return Confidence{}, false
}

// confOCSF builds the Confidence of an OCSF confidence_id 1-3.
func confOCSF(id int) (Confidence, bool) {
	if id < 1 || id > 3 {
		return Confidence{}, false
	}
	c := confLevelOn(ScaleOCSF, Level(id))
	c.nlo, c.nhi = uint8(id), uint8(id)
	return c, true
}

// confForeign builds the Confidence of a foreign-lexicon word.
func confForeign(lang string, c Confidence) Confidence {
	c.scale = ScaleForeign
	c.nlo, c.nhi = lang[0], lang[1]
	return c
}

// confNative builds the Confidence of the native value lo-hi on scale s, for the canonical
// text. Scales without a native value are not handled here.
func confNative(s Scale, lo, hi int) (Confidence, bool) {
	if s != ScalePHIA && s != ScaleOdds && lo != hi {
		return Confidence{}, false
	}
	switch s {
	case ScaleSTIX:
		return confSTIX(lo)
	case ScaleSTIX10:
		return confSTIX10(lo)
	case ScaleAdmiralty:
		return confAdmiralty(0, lo)
	case ScaleWEP, ScaleKent, ScaleMISPKent, ScalePercent:
		return confPoint(s, lo)
	case ScalePHIA:
		return confPHIA(lo, hi)
	case ScaleOdds:
		return confOdds(lo, hi)
	case ScaleMISPEstimative:
		return confMISPEstimative(lo)
	case ScaleMISPConfidence:
		return confMISPConfidence(lo)
	case ScaleOCSF:
		return confOCSF(lo)
	}
	return Confidence{}, false
}
