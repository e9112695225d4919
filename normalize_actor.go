package incident

import (
	"errors"
	"strings"
	"unicode"
)

// This file resolves the actor text of a record ("GRU (suspected)", "APT28 (GRU)",
// "Russia (SVR & GRU)", "likely Sandworm", "GRU unit 99999") to one canonical actor, and reads
// the hedges it carries for the confidence.

// actorResult is what the actor text of a record says.
type actorResult struct {
	actor     Actor
	via       string
	hedge     Level  // the level of the weakest hedge, if hedged
	hedged    bool   // a hedge was found
	hedgeText string // the hedge as written: "suspected", "?"
	problems  []error
}

// resolveActor resolves the actor text s with the registry:
//  1. Text starting "none", "unknown", "n/a" (and every placeholder the registry lists)
//     names no actor, without a problem: the source says so.
//  2. The whole text is matched (Registry.Match, which already reads several names in one
//     field); if that fails, again without the hedges ("Russia (suspected)" is "Russia").
//  3. Otherwise the text is cut into parts at parentheses, "&", "/", ",", ";", "and", "or"
//     and "via", each part resolved alone: a unit number the registry does not list goes to
//     the nearest listed parent ("GRU unit 99999" is ru-gru, with a Problem), and a
//     country's own name in any language names its state ("Krievija" is ru). Parts on one
//     chain of the hierarchy give the most specific; parts on different branches their
//     lowest common ancestor.
//  4. An ambiguous name whose candidates share an ancestor resolves to that ancestor, with
//     the ambiguity kept as a Problem. Nationality and alignment words ("pro-Russian
//     hackers") are not a state attribution: no actor, with the Problem.
//
// What cannot be resolved names no actor, and the registry's error becomes a Problem.
func (n *Normalizer) resolveActor(s string) actorResult {
	var r actorResult
	t := strings.TrimSpace(s)
	if t == "" {
		return r
	}
	r.hedge, r.hedgeText, r.hedged = n.findHedge(t)
	if startsWithPlaceholder(t) {
		return r
	}
	m, err := n.registry().Match(t)
	if err == nil {
		r.actor, r.via = m.Actor, m.Via
		return r
	}
	if errors.Is(err, ErrUnspecified) {
		return r
	}
	firstErr := err
	if clean := n.stripHedges(t); clean != t && clean != "" {
		if startsWithPlaceholder(clean) {
			return r
		}
		m, err = n.registry().Match(clean)
		if err == nil {
			r.actor, r.via = m.Actor, m.Via
			return r
		}
		if errors.Is(err, ErrUnspecified) {
			return r
		}
		firstErr = err
		t = clean
	}
	// Several parts, each resolved alone.
	var found []Actor
	var vias []string
	for _, part := range splitActorParts(t) {
		a, v, perr := n.resolvePart(part)
		if a.IsValid() {
			found = append(found, a)
			vias = append(vias, v)
		}
		if perr != nil {
			r.problems = append(r.problems, perr)
		}
	}
	if len(found) > 0 {
		best, ok := combineActors(found)
		if ok {
			r.actor = best
			for i, a := range found {
				if a == best && vias[i] != "" {
					r.via = vias[i]
					break
				}
			}
			return r
		}
		r.problems = append(r.problems[:0], firstErr)
		return r
	}
	r.problems = r.problems[:0]
	var amb *AmbiguousError
	if errors.As(firstErr, &amb) && amb.Common != "" && amb.Reason != reasonNationality {
		if a, ok := n.registry().Actor(amb.Common); ok {
			r.actor = a
		}
	}
	r.problems = append(r.problems, firstErr)
	return r
}

// resolvePart resolves one part of an actor text. A unit the registry does not list goes to
// its nearest listed parent, with the registry's error as a problem; a country name names
// its state.
func (n *Normalizer) resolvePart(part string) (Actor, string, error) {
	m, err := n.registry().Match(part)
	if err == nil {
		return m.Actor, m.Via, nil
	}
	if !errors.Is(err, ErrUnknown) || errors.Is(err, ErrUnspecified) || errors.Is(err, ErrNotApplicable) {
		return Actor{}, "", nil
	}
	words := strings.Fields(part)
	if strings.ContainsFunc(part, unicode.IsDigit) {
		// "GRU unit 99999": drop words from the end until a listed organization remains.
		for k := len(words) - 1; k > 0; k-- {
			if pm, perr := n.registry().Match(strings.Join(words[:k], " ")); perr == nil {
				return pm.Actor, "", err
			}
		}
		return Actor{}, "", nil
	}
	if cm, cerr := MatchCountry(part); cerr == nil {
		switch cm.Kind {
		case CountryKindName, CountryKindOfficial, CountryKindAlias, CountryKindTranslation:
			if a, ok := n.registry().Actor(strings.ToLower(cm.Country.Alpha2())); ok && a.Kind() == ActorKindState {
				return a, "", nil
			}
		}
	}
	return Actor{}, "", nil
}

// combineActors returns the most specific actor when all lie on one chain of the hierarchy,
// else their lowest common ancestor; false when they share none.
func combineActors(as []Actor) (Actor, bool) {
	best := as[0]
	for _, a := range as[1:] {
		switch {
		case best.IsAncestorOf(a):
			best = a
		case a.IsAncestorOf(best):
		default:
			lca, ok := LowestCommonAncestor(best, a)
			if !ok {
				return Actor{}, false
			}
			best = lca
		}
	}
	return best, true
}

// startsWithPlaceholder reports whether the actor text starts with a word that says there is
// no actor: "none", "unknown", "n/a", "na", "nobody", "unattributed" (spec/incidents.md).
func startsWithPlaceholder(s string) bool {
	var buf [64]byte
	k := string(append(appendFold(buf[:0], s[:min(len(s), 48)]), ' '))
	for _, p := range [...]string{"none ", "unknown ", "n a ", "na ", "nobody ", "unattributed ", "unclear "} {
		if strings.HasPrefix(k, p) {
			return true
		}
	}
	return false
}

// isActorSeparator reports the characters that cut an actor text into segments.
func isActorSeparator(c rune) bool {
	switch c {
	case '(', ')', '[', ']', ',', ';', '/', '&', '+':
		return true
	}
	return false
}

// findHedge returns the weakest hedge of an actor text: a "?" (low), a segment that is a
// hedge word or phrase alone ("GRU (suspected)", "Russia, likely", "Россия
// (предположительно)"), or a hedge word leading a segment ("likely Sandworm", "suspected
// Russian military intelligence"). Digits are never a hedge ("NoName057(16)").
func (n *Normalizer) findHedge(s string) (Level, string, bool) {
	level, text, found := LevelHigh, "", false
	note := func(l Level, t string) {
		if !found || l < level {
			level, text = l, t
		}
		found = true
	}
	if strings.Contains(s, "?") {
		note(LevelLow, "?")
	}
	for _, seg := range strings.FieldsFunc(s, isActorSeparator) {
		seg = strings.TrimSpace(strings.Trim(strings.TrimSpace(seg), "?"))
		if _, l, h, ok := n.splitHedge(seg); ok {
			note(l, h)
		}
	}
	return level, text, found
}

// splitHedge finds the hedge of one segment of an actor text: leading words that grade and a
// rest that the registry resolves ("likely Sandworm", "Probably Russia"), trailing ones
// ("Russia suspected"), or the whole segment ("suspected", "предположительно"). It returns
// the rest, the level and the hedge text, and false when the segment holds no hedge.
// Words with digits are never hedges ("NoName057(16)"), but may follow one ("possibly
// Unit 74455").
func (n *Normalizer) splitHedge(seg string) (rest string, l Level, hedge string, ok bool) {
	if seg == "" {
		return "", 0, "", false
	}
	words := strings.Fields(seg)
	for k := 1; k < len(words) && k <= 3; k++ {
		head, tail := strings.Join(words[:k], " "), strings.Join(words[k:], " ")
		if l, ok := n.hedgeLevel(head); ok {
			if _, err := n.registry().Match(tail); err == nil {
				return tail, l, head, true
			}
		}
		head, tail = strings.Join(words[:len(words)-k], " "), strings.Join(words[len(words)-k:], " ")
		if l, ok := n.hedgeLevel(tail); ok {
			if _, err := n.registry().Match(head); err == nil {
				return head, l, tail, true
			}
		}
	}
	if l, ok := n.hedgeLevel(seg); ok {
		return "", l, seg, true
	}
	if len(words) > 1 {
		if l, ok := n.hedgeLevel(words[0]); ok {
			return strings.Join(words[1:], " "), l, words[0], true
		}
	}
	return "", 0, "", false
}

// hedgeLevel returns the level of a hedge word or phrase: text without digits that
// ParseConfidence grades and the registry does not know as an actor. Digits are never a
// hedge: the "16" of "NoName057(16)" is no STIX score.
func (n *Normalizer) hedgeLevel(s string) (Level, bool) {
	if strings.ContainsFunc(s, unicode.IsDigit) {
		return 0, false
	}
	c, err := ParseConfidence(s)
	if err != nil {
		return 0, false
	}
	l, ok := c.EffectiveLevel()
	if !ok {
		return 0, false
	}
	if _, err := n.registry().Match(s); err == nil {
		return 0, false
	}
	return l, true
}

// stripHedges returns the actor text without its hedges: "?" marks, hedge segments and
// leading hedge words. "Russia (suspected)" gives "Russia", "likely Sandworm" "Sandworm".
func (n *Normalizer) stripHedges(s string) string {
	s = strings.ReplaceAll(s, "?", "")
	var b strings.Builder
	seg := func(t string) {
		t = strings.TrimSpace(t)
		if t == "" {
			return
		}
		if rest, _, _, ok := n.splitHedge(t); ok {
			if rest == "" {
				return
			}
			t = rest
		}
		if b.Len() > 0 {
			b.WriteString(" / ")
		}
		b.WriteString(t)
	}
	// Parenthesized groups become parts of their own; the rest splits at commas and
	// semicolons.
	for _, t := range strings.FieldsFunc(s, func(c rune) bool { return c == '(' || c == ')' || c == ',' || c == ';' || c == '[' || c == ']' }) {
		seg(t)
	}
	return b.String()
}

// splitActorParts cuts an actor text into the names it holds: at parentheses, "&", "/",
// "+", ",", ";" and the words "and", "or", "und", "et", "i", "и", "via".
func splitActorParts(s string) []string {
	var parts []string
	for _, seg := range strings.FieldsFunc(s, isActorSeparator) {
		words := strings.Fields(seg)
		start := 0
		for i, w := range words {
			switch strings.ToLower(w) {
			case "and", "or", "und", "oder", "et", "ou", "i", "lub", "и", "или", "via":
				if i > start {
					parts = append(parts, strings.Join(words[start:i], " "))
				}
				start = i + 1
			}
		}
		if start < len(words) {
			parts = append(parts, strings.Join(words[start:], " "))
		}
	}
	return parts
}
