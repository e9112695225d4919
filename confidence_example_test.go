package incident_test

import (
	"errors"
	"fmt"

	"github.com/hybridwatch/incident"
)

// A data desk merges attribution grades from several sources. Each one becomes a value on
// two axes, analytic confidence and likelihood, kept apart as ICD 203 requires.
func ExampleParseConfidence() {
	for _, s := range []string{
		"High",
		"85",
		"highly likely",
		"we assess with moderate confidence",
		"suspected",
		"wahrscheinlich",
		"unknown",
		"blamed on Russia",
		"5",
	} {
		c, err := incident.ParseConfidence(s)
		switch {
		case errors.Is(err, incident.ErrUnspecified):
			fmt.Printf("%-36q not specified (not the same as none)\n", s)
		case errors.Is(err, incident.ErrUngraded):
			var ue *incident.UngradedError
			errors.As(err, &ue)
			fmt.Printf("%-36q act %q, no grade\n", s, ue.Act)
		case errors.Is(err, incident.ErrAmbiguous):
			fmt.Printf("%-36q ambiguous\n", s)
		case err != nil:
			fmt.Printf("%-36q %v\n", s, err)
		default:
			fmt.Printf("%-36q %-20s %s\n", s, c, c.Rule().ID)
		}
	}
	// Output:
	// "High"                               high                 R1
	// "85"                                 high stix:85         R2
	// "highly likely"                      80-95 phia:80-90     R4
	// "we assess with moderate confidence" moderate analytic    R7
	// "suspected"                          low hedge            R8
	// "wahrscheinlich"                     55-80 foreign:de     R10
	// "unknown"                            not specified (not the same as none)
	// "blamed on Russia"                   act "blamed", no grade
	// "5"                                  ambiguous
}

// An Admiralty code grades the information by its credibility digit alone; the source's
// reliability letter is kept beside it and never folded into the level (STANAG 2511, R5).
func ExampleParseConfidence_admiralty() {
	for _, s := range []string{"B2", "b-2", "Source reliability E, credibility 1", "credibility: improbable", "F6"} {
		c, err := incident.ParseConfidence(s)
		if err != nil {
			fmt.Printf("%q: %v\n", s, err)
			continue
		}
		level, _ := c.Level()
		stix, _ := c.STIX()
		rel, _ := c.SourceReliability()
		fmt.Printf("%q: level %s, STIX %d, reliability %q\n", s, level, stix, rel)
	}
	// Output:
	// "B2": level high, STIX 70, reliability 'B'
	// "b-2": level high, STIX 70, reliability 'B'
	// "Source reliability E, credibility 1": level high, STIX 90, reliability 'E'
	// "credibility: improbable": level low, STIX 10, reliability '\x00'
	// "F6": incident.ParseConfidence("F6"): unspecified: Admiralty credibility 6: truth cannot be judged
}

// Exporting to STIX 2.1: a number keeps its own value, a level exports 0/15/50/85, and a
// likelihood band its STIX DNI value. "High = 75 or 85?" has one answer: Appendix A's 85.
func ExampleConfidence_STIX() {
	for _, s := range []string{"85", "High", "likely", "almost certain", "7/10", "none"} {
		c := incident.MustParseConfidence(s)
		v, _ := c.STIX()
		fmt.Printf("%-15q confidence: %d\n", s, v)
	}
	// Output:
	// "85"            confidence: 85
	// "High"          confidence: 85
	// "likely"        confidence: 70
	// "almost certain" confidence: 95
	// "7/10"          confidence: 70
	// "none"          confidence: 0
}

// Attribution statements record who attributed and on what basis, next to any grade.
func ExampleParseAttributionPhrase() {
	for _, s := range []string{
		"Lithuanian prosecutors said",
		"according to Mandiant",
		"pinned it on Moscow",
		"claimed responsibility",
		"the Foreign Office said with high confidence",
	} {
		p, err := incident.ParseAttributionPhrase(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		fmt.Printf("%-46q act=%s basis=%s grade=%q\n", s, p.Act, p.Basis, p.Confidence)
	}
	// Output:
	// "Lithuanian prosecutors said"                  act=attributed basis=legal grade=""
	// "according to Mandiant"                        act=attributed basis=industry grade=""
	// "pinned it on Moscow"                          act=blamed basis= grade=""
	// "claimed responsibility"                       act=claimed basis=attacker-confirms grade=""
	// "the Foreign Office said with high confidence" act=attributed basis=political grade="high analytic"
}

// A likelihood without a stated level still ranks: EffectiveLevel reads the band as an
// attribution strength, so "likely" is moderate and "confirmed" is high.
func ExampleConfidence_EffectiveLevel() {
	for _, s := range []string{"likely", "confirmed", "unlikely", "High"} {
		l, _ := incident.MustParseConfidence(s).EffectiveLevel()
		fmt.Printf("%s: %s\n", s, l)
	}
	// Output:
	// likely: moderate
	// confirmed: high
	// unlikely: low
	// High: high
}

// A desk whose spreadsheets write probabilities as bare percents can say so once, as a
// policy, instead of having every "85%" read as a STIX score.
func ExampleConfidenceParser() {
	p := incident.ConfidenceParser{PercentIsProbability: true}
	for _, s := range []string{"85%", "85% confidence"} {
		c, _ := p.Parse(s)
		fmt.Printf("%-16q %s\n", s, c)
	}
	// Output:
	// "85%"            80-95 percent:85
	// "85% confidence" high stix:85
}
