package incident

import "strings"

// This file reads the attribution side of a statement (spec/confidence.md, "Beyond the
// scales: attribution is not confidence"): the act, who made it and on what basis, next to
// any grade.

// AttributionPhrase is what a statement about an attribution says: the act (attributed,
// blamed, claimed, denied), the kind of claimant and the basis of the claim in the EuRepoC
// coding, and the grade, if it carries one. "Pinned on Russia by Polish authorities" is
// ActBlamed, ClaimantGovernment, BasisPolitical with no grade: a made-up 70% would be worse
// than none. The zero AttributionPhrase says nothing.
type AttributionPhrase struct {
	Act        Act
	Claimant   ClaimantKind
	Basis      Basis
	Confidence Confidence // the zero Confidence when the statement carries no grade
}

// confBasisRank orders the bases when a statement names several claimants: the more formal
// claimant decides ("Reuters reported that prosecutors said" is a legal attribution).
var confBasisRank = [...]int{
	BasisUnknown: 0, BasisMedia: 1, BasisReceiver: 2, BasisThirdParty: 3,
	BasisAttackerConfirms: 4, BasisIndustry: 5, BasisPolitical: 6, BasisLegal: 7,
}

// ParseAttributionPhrase reads the act, claimant, basis and grade of an attribution
// statement such as "Lithuanian prosecutors said", "pinned it on", "claimed
// responsibility", "according to Mandiant", "the Foreign Office said with high
// confidence". A named claimant's statement ("said", "according to") is ActAttributed; a
// self-claim is ActClaimed with BasisAttackerConfirms. The grade follows ParseConfidence and
// is absent when the statement has none. It returns a *ParseError wrapping ErrInvalid when
// it recognises neither an act, nor a claimant, nor a grade; an unspecified or ambiguous
// grade is returned as that error from ParseConfidence, with the act and basis still filled.
func ParseAttributionPhrase(s string) (AttributionPhrase, error) {
	const fn = "ParseAttributionPhrase"
	if err := checkInput(fn, s); err != nil {
		return AttributionPhrase{}, err
	}
	lex := confidenceLexicon()
	var p AttributionPhrase
	words := strings.Fields(fold(s))
	var buf [256]byte
	for i := 0; i < len(words); {
		n := 0
		for m := min(lex.starts[words[i]], len(words)-i); m >= 1; m-- {
			key := buf[:0]
			for j := i; j < i+m; j++ {
				if j > i {
					key = append(key, ' ')
				}
				key = append(key, words[j]...)
			}
			e, isClaimant := lex.claimant[string(key)]
			if isClaimant && confBasisRank[e.basis] > confBasisRank[p.Basis] {
				p.Basis, p.Claimant = e.basis, e.claimant
			}
			e2, isPhrase := lex.phrases[string(key)]
			// The first act decides, except that a self-claim or a denial is never
			// overridden by the verb that reports it ("said it claimed").
			if isPhrase && e2.kind == confKindAct && (p.Act == ActNone || p.Act == ActAttributed) {
				p.Act = e2.act
			}
			// Grade phrases do not consume their words: "conclusively attributed" holds
			// the act "attributed".
			if isClaimant || isPhrase && e2.kind != confKindGrade {
				n = m
				break
			}
		}
		if n == 0 {
			n = 1
		}
		i += n
	}
	if p.Act == ActClaimed {
		p.Basis, p.Claimant = BasisAttackerConfirms, ClaimantSelf
	}
	if p.Act == ActNone && p.Basis != BasisUnknown {
		p.Act = ActAttributed
	}
	c, err := ParseConfidence(s)
	switch {
	case err == nil:
		p.Confidence = c
	case confIsUngradedOrInvalid(err):
		if p == (AttributionPhrase{}) {
			return p, newParseError(fn, s, ErrInvalid, "no attribution act, claimant or grade")
		}
	default:
		return p, err
	}
	return p, nil
}

// confIsUngradedOrInvalid reports whether err only says that the text carries no grade.
func confIsUngradedOrInvalid(err error) bool {
	pe, ok := err.(*ParseError)
	if ok {
		return pe.Err == ErrInvalid
	}
	_, ok = err.(*UngradedError)
	return ok
}
