package incident

import (
	"errors"
	"slices"
	"strings"
	"unicode/utf8"
)

// Lookup returns the actor that s names in r; see Match for the rules and LookupActor for the
// errors.
func (r *Registry) Lookup(s string) (Actor, error) {
	if o := r.hit(s); o != nil {
		return Actor{o}, nil
	}
	m, err := r.match("Registry.Lookup", s)
	return m.Actor, err
}

// hit is the common path of Lookup: printable ASCII input whose folded form is a resolved
// alias. It returns nil for anything else, and Lookup then runs the full match.
func (r *Registry) hit(s string) *actorOrg {
	if len(s) > MaxInputLen {
		return nil
	}
	var buf [128]byte
	k, ok := appendFoldASCII(buf[:0], s)
	if !ok {
		return nil
	}
	if e, ok := r.index[string(k)]; ok && e.status == actorKeyResolved {
		return e.org
	}
	return nil
}

// Match resolves s to an organization and says how. The steps, in order, stop at the first
// that decides:
//
//  1. The folded input (fold.go: case, marks, NFKD so fullwidth "ＡＰＴ２８" is "apt28",
//     Cyrillic and Greek look-alikes inside Latin tokens, punctuation and spaces collapsed) is
//     looked up in the alias index. Exact-only aliases ("GU", "SIS", "CARR", "Bear") match
//     only here, as the whole field.
//
//  2. The same key without spaces ("APT 28", "APT-28", "Cold River" and "COLDRIVER").
//
//  3. The key without a leading "the" and without words that carry no identity ("group",
//     "hackers", "team"): "the Lazarus hackers".
//
//  4. Unit phrases: a unit number with unit words in English or Russian ("Unit 26165",
//     "military unit 74455", "в/ч 29155", "войсковая часть 26165") or a designation number with
//     its noun ("85th GTsSS", "FSB Center 16", "161st Specialist Training Center"). A service
//     named next to the number must be the unit's own.
//
//  5. The phrase grammar: a country adjective or possessive plus a service noun, in English and
//     a few European languages ("Russia's military intelligence agency" -> ru-gru, "Russian
//     foreign intelligence" -> ru-svr, "russischer Geheimdienst" -> ru, "Belarusian KGB" ->
//     by-kgb), or a country qualifier plus a known alias ("Russia-linked APT28"). Words of
//     nationality or alignment alone ("Russian hackers", "pro-Russian hacktivists",
//     "Russia-linked") are ambiguous: they are not a state attribution.
//
//  6. Several names in one field ("Fancy Bear (APT28)", "Sandworm / GRU", "Russia (SVR &
//     GRU)"): the parts are resolved alone; reporting vendors in parentheses are skipped; parts
//     on one line of the hierarchy give the deepest, others an *AmbiguousError whose Common is
//     their lowest common ancestor.
//
//  7. A typo: one edit (insertion, deletion, substitution, swap of neighbours) away from the
//     alias of exactly one organization, inside one word of five letters or more, for aliases
//     without digits ("Sandwrom Team", "Nobellium"), with MatchFuzzy quality. A family word
//     ("Bear", "Typhoon") is never edited, only put in the plural, so no typo bridges two
//     names (Fancy Bear is not Cozy Bear, "Fancy Bare" is nothing).
//
// Well-formed vendor identifiers that are not in the data ("UNC9999", "Storm-9999")
// fail with ErrUnknown and say so. On error, the returned ActorMatch still carries Via and the
// sponsor edges when the input named a known intrusion set whose sponsor is ambiguous or
// unattributed. A hit with ASCII input does not allocate.
func (r *Registry) Match(s string) (ActorMatch, error) {
	return r.match("Registry.Match", s)
}

func (r *Registry) match(fn, s string) (ActorMatch, error) {
	var buf [128]byte
	if len(s) <= MaxInputLen {
		if k, ok := appendFoldASCII(buf[:0], s); ok {
			if e, ok := r.index[string(k)]; ok && e.status == actorKeyResolved {
				return e.result(e.rule), nil
			}
		}
	}
	if err := checkInput(fn, s); err != nil {
		return ActorMatch{}, err
	}
	k := appendFold(buf[:0], s)
	if e, ok := r.index[string(k)]; ok && e.status == actorKeyResolved {
		return e.result(e.rule), nil
	}
	return r.slow(fn, s, string(k))
}

// appendFoldASCII is the fast path of appendFold for printable ASCII input, which is most
// actor fields: one pass that folds and validates at once. It reports false, having written
// garbage, for any other byte (non-ASCII, control characters), and the caller then runs
// checkInput and appendFold. For printable ASCII its output equals appendFold's, which the
// fuzz target checks.
func appendFoldASCII(dst []byte, s string) ([]byte, bool) {
	base := len(dst)
	var last byte // classNone, classLetter or classDigit
	var sep, apos, dot bool
	for i := 0; i < len(s); i++ {
		c := s[i]
		var class byte
		switch {
		case 'a' <= c && c <= 'z':
			class = classLetter
		case 'A' <= c && c <= 'Z':
			c += 'a' - 'A'
			class = classLetter
		case '0' <= c && c <= '9':
			class = classDigit
		case c == '\'' || c == '`':
			if last == classLetter && !sep && !dot {
				apos = true
			} else {
				dot = false
			}
			continue
		case c == '.':
			if last == classDigit && !sep && !apos {
				dot = true
			} else {
				apos = false
			}
			continue
		case c < 0x20 || c >= 0x7f:
			return dst, false
		default:
			if last != classNone {
				sep = true
			}
			apos, dot = false, false
			continue
		}
		switch {
		case sep:
			if len(dst) > base {
				dst = append(dst, ' ')
			}
			sep = false
		case apos && class == classLetter && last == classLetter:
			dst = append(dst, '\'')
		case dot && class == classDigit && last == classDigit:
			dst = append(dst, '.')
		}
		apos, dot = false, false
		last = class
		dst = append(dst, c)
	}
	return dst, true
}

// result turns a resolved entry into a match. It does not allocate.
func (e *actorEntry) result(rule string) ActorMatch {
	m := ActorMatch{Actor: Actor{e.org}, MatchedAlias: e.alias, AliasSource: e.source, AliasKind: e.kind, AliasStatus: e.aliasStat, AliasScript: e.script,
		Quality: e.quality, Rule: rule, Provenance: e.file}
	if e.set != nil {
		m.Via, m.ViaATTACK, m.Sponsors = e.set.name, e.set.attck, e.set.edges
	}
	return m
}

// entryError turns an entry that does not resolve into its error, with what is known.
func (e *actorEntry) entryError(fn, s string) (ActorMatch, error) {
	m := ActorMatch{MatchedAlias: e.alias, AliasSource: e.source, Rule: e.rule, Provenance: e.file}
	if e.set != nil {
		m.Via, m.ViaATTACK, m.Sponsors = e.set.name, e.set.attck, e.set.edges
	}
	switch e.status {
	case actorKeyAmbiguous, actorKeyVague:
		return m, ambiguousActors(fn, s, e.cands, e.common, e.reason)
	case actorKeyNotApplicable:
		return m, newParseError(fn, s, ErrNotApplicable, e.reason)
	case actorKeyUnspecified:
		return m, newParseError(fn, s, ErrUnspecified, e.reason)
	case actorKeyUnattributed:
		return m, newParseError(fn, s, ErrUnknown, e.reason)
	}
	return e.result(e.rule), nil
}

func ambiguousActors(fn, s string, cands []*actorOrg, common *actorOrg, reason string) *AmbiguousError {
	cs := make([]Candidate, len(cands))
	for i, o := range cands {
		cs[i] = Candidate{Value: o.id, Label: o.name}
	}
	err := newAmbiguousError(fn, s, cs)
	if common != nil {
		err.Common = common.id
	}
	err.Reason = reason
	return err
}

// lookupKey looks a folded key up in the index and then in the compact index. whole says
// whether the key is the entire field, which exact-only aliases require.
func (r *Registry) lookupKey(k string, whole bool) (*actorEntry, string, bool) {
	if e, ok := r.index[k]; ok && (whole || !e.exactOnly) {
		return e, e.rule, true
	}
	{
		var buf [128]byte
		c := buf[:0]
		for i := 0; i < len(k); i++ {
			if k[i] != ' ' {
				c = append(c, k[i])
			}
		}
		if e, ok := r.compact[string(c)]; ok && !e.exactOnly {
			return e, "alias-compact", true
		}
		if e, ok := r.index[string(c)]; ok && !e.exactOnly {
			return e, "alias-compact", true
		}
	}
	return nil, "", false
}

// slow runs the steps after the first map lookup.
func (r *Registry) slow(fn, s, key string) (ActorMatch, error) {
	if key == "" {
		return ActorMatch{}, newParseError(fn, s, ErrUnspecified, "no actor given")
	}
	if m, err, ok := r.resolve(fn, s, key, true); ok {
		return m, err
	}
	if m, err, ok := r.parts(fn, s); ok {
		return m, err
	}
	if scheme, ok := vendorIDScheme(key); ok {
		return ActorMatch{}, newParseError(fn, s, ErrUnknown, "a well-formed "+scheme+" identifier that the registry does not hold")
	}
	if m, ok := r.fuzzyMatch(key); ok {
		return m, nil
	}
	return ActorMatch{}, newParseError(fn, s, ErrUnknown, "")
}

// fuzzyMatch is the last step: one typo (an insertion, deletion, substitution or swap of
// neighbours) inside one word of five letters or more of exactly one organization's aliases,
// for aliases of five bytes or more without digits, with the family words unchanged
// ("Sandwrom Team", "Nobellium"; not "Cosy Bear", whose typo is in a four-letter word). The
// result has MatchFuzzy quality.
func (r *Registry) fuzzyMatch(key string) (ActorMatch, bool) {
	if len(key) < 5 || strings.ContainsAny(key, "0123456789") {
		return ActorMatch{}, false
	}
	fam := familyWords(key)
	var best *actorFuzzyKey
	for i := range r.fuzzy {
		f := &r.fuzzy[i]
		if d := len(f.key) - len(key); d < -1 || d > 1 || f.family != fam || !oneEdit(key, f.key) || !editInLongWord(key, f.key) {
			continue
		}
		if best != nil && best.e.org != f.e.org {
			return ActorMatch{}, false // two organizations are one typo away: refuse
		}
		if best == nil {
			best = f
		}
	}
	if best == nil {
		return ActorMatch{}, false
	}
	m := best.e.result("fuzzy")
	m.Quality = MatchFuzzy
	return m, true
}

// editInLongWord reports whether the input key a and the alias key b, one edit apart, differ
// inside a single word of the alias of at least five letters (spec/actors.md: no fuzzy
// matching on shorter words), or only by the plural of a family word; they must have the
// same number of words.
func editInLongWord(a, b string) bool {
	wa, wb := splitKey(a), splitKey(b)
	if len(wa) != len(wb) {
		return false
	}
	for i := range wa {
		if wa[i] != wb[i] {
			if wa[i] == wb[i]+"s" && actorFamilyWords[wb[i]] {
				return true // a family word in the plural: "Cozy Bears"
			}
			return len(wb[i]) >= 5
		}
	}
	return false
}

// oneEdit reports whether a and b differ by exactly one insertion, deletion, substitution,
// or swap of two neighbouring bytes. The keys compared are folded, so bytes suffice for the
// Latin keys that matter; a multi-byte letter counts as several edits, which only makes the
// step stricter.
func oneEdit(a, b string) bool {
	if a == b {
		return false
	}
	if len(a) > len(b) {
		a, b = b, a
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	switch {
	case len(a) == len(b):
		if a[i+1:] == b[i+1:] {
			return true
		}
		return i+1 < len(a) && a[i] == b[i+1] && a[i+1] == b[i] && a[i+2:] == b[i+2:]
	case len(a)+1 == len(b):
		return a[i:] == b[i+1:]
	}
	return false
}

// resolve runs steps 1 to 5 on one folded key.
func (r *Registry) resolve(fn, s, key string, whole bool) (ActorMatch, error, bool) {
	if e, rule, ok := r.lookupKey(key, whole); ok {
		if e.status == actorKeyResolved {
			return e.result(rule), nil, true
		}
		m, err := e.entryError(fn, s)
		return m, err, true
	}
	if t := r.trim(trimPossessive(key)); t != key && t != "" {
		if e, rule, ok := r.lookupKey(t, false); ok {
			if rule == "alias" {
				rule = "trim"
			}
			if e.status == actorKeyResolved {
				return e.result(rule), nil, true
			}
			m, err := e.entryError(fn, s)
			return m, err, true
		}
	}
	if m, err, ok := r.unitPhrase(fn, s, key); ok {
		return m, err, true
	}
	if m, err, ok := r.phrase(fn, s, key); ok {
		return m, err, true
	}
	return ActorMatch{}, nil, false
}

// trim removes a leading "the" and leading and trailing filler words ("group", "hackers"),
// but not "services", which makes a country a state attribution (see phrase).
func (r *Registry) trim(key string) string {
	w := splitKey(key)
	trimmable := func(word string) bool { f := r.lexFiller[word]; return f != "" && f != "services" }
	for len(w) > 1 && (w[0] == "the" || trimmable(w[0])) {
		w = w[1:]
	}
	for len(w) > 1 && trimmable(w[len(w)-1]) {
		w = w[:len(w)-1]
	}
	return strings.Join(w, " ")
}

// unitNumber parses a unit or designation number token: "26165", "85th", "161st", "16".
func unitNumber(tok string) (string, bool) {
	i := 0
	for i < len(tok) && '0' <= tok[i] && tok[i] <= '9' {
		i++
	}
	if i == 0 || i > 6 {
		return "", false
	}
	switch tok[i:] {
	case "", "st", "nd", "rd", "th":
		return strings.TrimLeft(tok[:i], "0"), true
	}
	return "", false
}

// grammarWords splits a folded key into words for the grammars, without possessive "'s"
// ("FSB's Center 16") and with a unit word glued to its number split off ("в/ч26165" folds to
// "в ч26165").
func (r *Registry) grammarWords(key string) []string {
	w := splitKey(key)
	out := w[:0:0]
	for _, t := range w {
		t = trimPossessive(t)
		if i := strings.IndexAny(t, "0123456789"); i > 0 && r.lexUnitWord[t[:i]] {
			out = append(out, t[:i], t[i:])
			continue
		}
		out = append(out, t)
	}
	return out
}

// unitPhrase is step 4.
func (r *Registry) unitPhrase(fn, s, key string) (ActorMatch, error, bool) {
	w := r.grammarWords(key)
	num, country := "", ""
	var unitWord, desigWord bool
	var services []*actorOrg
	var extra []string // words that may name the unit's service: "military intelligence"
	for i := 0; i < len(w); i++ {
		t := w[i]
		if n, ok := unitNumber(t); ok {
			if num != "" {
				return ActorMatch{}, nil, false
			}
			num = n
			continue
		}
		if c, n := r.countryAt(w, i); n > 0 {
			if root := r.byID[c]; root != nil {
				services = append(services, root)
			} else {
				return ActorMatch{}, nil, false
			}
			country = c
			i += n - 1
			continue
		}
		switch {
		case r.lexUnitWord[t]:
			unitWord = true
		case r.lexDesig[t]:
			desigWord = true
		case r.lexConnect[t], r.lexFiller[t] != "", t == "the":
		default:
			if v, ok := r.lexCore[t]; ok {
				if o, isOrg := r.byID[v]; isOrg {
					services = append(services, o)
					continue
				}
			}
			extra = append(extra, t)
		}
	}
	if len(extra) > 0 {
		slices.Sort(extra)
		v, ok := r.lexCore[strings.Join(extra, " ")]
		if !ok || country == "" {
			return ActorMatch{}, nil, false
		}
		if o, isOrg := r.byID[v]; isOrg {
			services = append(services, o)
		} else if os := r.classes[country+" "+v]; len(os) == 1 {
			services = append(services, os[0])
		} else {
			return ActorMatch{}, nil, false
		}
	}
	bare := len(w) == 1 && len(num) >= 5 // a bare military unit number: "26165"
	if num == "" || (!unitWord && !desigWord && len(services) == 0 && !bare) {
		return ActorMatch{}, nil, false
	}
	var found *actorOrg
	for _, u := range r.units[num] {
		if u.desig && !desigWord {
			continue
		}
		if !u.desig && !unitWord && len(services) == 0 && !bare {
			continue
		}
		found = u.org
		break
	}
	if found == nil && bare {
		return ActorMatch{}, nil, false
	}
	if found == nil {
		return ActorMatch{}, newParseError(fn, s, ErrUnknown, "unit or designation number "+num+" is not in the registry"), true
	}
	for _, svc := range services {
		if !(Actor{svc}).IsAncestorOf(Actor{found}) {
			return ActorMatch{}, newParseError(fn, s, ErrUnknown, "number "+num+" belongs to "+found.id+", not to "+svc.id), true
		}
	}
	return ActorMatch{Actor: Actor{found}, MatchedAlias: num, AliasSource: found.source, Quality: MatchDerived, Rule: "unit", Provenance: found.file}, nil, true
}

// countryAt returns the lower-case ISO code that a country phrase starting at w[i] names, and
// the number of words it takes, longest phrase first; "" and 0 when none starts there.
func (r *Registry) countryAt(w []string, i int) (string, int) {
	for n := min(r.maxCountry, len(w)-i); n > 0; n-- {
		if c, ok := r.lexCountry[strings.Join(w[i:i+n], " ")]; ok {
			return c, n
		}
	}
	return "", 0
}

// phrase is step 5, the country-plus-service grammar.
func (r *Registry) phrase(fn, s, key string) (ActorMatch, error, bool) {
	w := r.grammarWords(key)
	country := ""
	var state, link, hacker, neutral, services bool
	var core, rest []string // rest keeps fillers and connectors, for names such as "Winnti Group"
	for i := 0; i < len(w); i++ {
		t := w[i]
		if c, n := r.countryAt(w, i); n > 0 {
			if country != "" && country != c {
				return ActorMatch{}, nil, false
			}
			country = c
			i += n - 1
			continue
		}
		if c := r.lexPro[t]; c != "" {
			if country != "" && country != c {
				return ActorMatch{}, nil, false
			}
			country, link = c, true
			continue
		}
		if r.lexModifier[t] == "" {
			rest = append(rest, t)
		}
		switch {
		case t == "the" || r.lexConnect[t]:
		case r.lexModifier[t] == "state":
			state = true
		case r.lexModifier[t] == "link":
			link = true
		case r.lexFiller[t] == "hacker":
			hacker = true
		case r.lexFiller[t] == "neutral":
			neutral = true
		case r.lexFiller[t] == "services" && !(i > 0 && w[i-1] == "security"):
			// A state's "services" in the plural are its intelligence services in European
			// news usage ("Russian services", "russische Dienste"). But "security services"
			// is the intelligence community as a whole, "security service" a domestic
			// service: there the plural stays a core word.
			services = true
		default:
			core = append(core, t)
		}
	}
	root := r.byID[country]
	if len(core) == 0 {
		switch {
		case country == "":
			return ActorMatch{}, nil, false
		case (state || services && !link && !hacker) && root != nil:
			return r.orgMatch(root, "phrase"), nil, true
		case state:
			return ActorMatch{}, newParseError(fn, s, ErrUnknown, "no state organization for "+country+" in the registry"), true
		case !link && !hacker && !neutral && len(w) > 1 && root != nil:
			// Only connectors around the country: "attributed to Russia", "of Russia".
			return r.orgMatch(root, "phrase"), nil, true
		case link || hacker || neutral || services || len(w) == 1:
			var cands []*actorOrg
			if root != nil {
				cands = []*actorOrg{root}
			}
			return ActorMatch{}, ambiguousActors(fn, s, cands, nil, reasonNationality), true
		}
		return ActorMatch{}, nil, false
	}
	sorted := slices.Clone(core)
	slices.Sort(sorted)
	if v, ok := r.lexCore[strings.Join(sorted, " ")]; ok {
		if o, isOrg := r.byID[v]; isOrg {
			if country != "" && !strings.EqualFold(o.country, country) {
				return ActorMatch{}, newParseError(fn, s, ErrUnknown, o.id+" is not a body of "+country), true
			}
			return r.orgMatch(o, "phrase"), nil, true
		}
		cc := "-"
		if country != "" {
			cc = country
		}
		os, ok := r.classes[cc+" "+v]
		switch {
		case !ok && country == "":
			return ActorMatch{}, newParseError(fn, s, ErrUnknown, "a "+v+" service of no named country"), true
		case !ok:
			return ActorMatch{}, newParseError(fn, s, ErrUnknown, "no "+v+" service of "+country+" in the registry"), true
		case len(os) == 1:
			return r.orgMatch(os[0], "phrase"), nil, true
		}
		common, _ := commonAncestor(os)
		return ActorMatch{}, ambiguousActors(fn, s, os, common, "the phrase fits several services"), true
	}
	// One service abbreviation next to class words: "the Russian military intelligence agency
	// GRU", "Inlandsgeheimdienst FSB".
	if o, ok := r.coreWithService(sorted); ok {
		if country != "" && !strings.EqualFold(o.country, country) {
			return ActorMatch{}, newParseError(fn, s, ErrUnknown, o.id+" is not a body of "+country), true
		}
		return r.orgMatch(o, "phrase"), nil, true
	}
	// A service named as a qualifier: "GRU Main Center for Special Technologies",
	// "IRGC-affiliated CyberAv3ngers". The name must belong to that service.
	var svc *actorOrg
	var restNoSvc []string
	for _, t := range rest {
		if o, isOrg := r.byID[r.lexCore[t]]; isOrg && svc == nil {
			svc = o
			continue
		}
		restNoSvc = append(restNoSvc, t)
	}
	if svc != nil && len(restNoSvc) > 0 {
		k := strings.Join(restNoSvc, " ")
		e, rule, ok := r.lookupKey(k, false)
		if !ok {
			e, rule, ok = r.lookupKey(r.trim(k), false)
		}
		if ok && e.status == actorKeyResolved && (Actor{svc}).IsAncestorOf(Actor{e.org}) &&
			(country == "" || strings.EqualFold(e.org.country, country)) {
			m := e.result(rule)
			m.Rule, m.Quality = "phrase", MatchDerived
			return m, nil, true
		}
	}
	if country == "" && !state && !link {
		return ActorMatch{}, nil, false
	}
	// A qualifier plus a known name: "Russia-linked APT28", "North Korea's Lazarus Group".
	var e *actorEntry
	var rule string
	ok := false
	for _, k := range []string{strings.Join(rest, " "), r.trim(strings.Join(rest, " ")), strings.Join(core, " ")} {
		if e, rule, ok = r.lookupKey(k, false); ok {
			break
		}
	}
	if !ok {
		return ActorMatch{}, nil, false
	}
	if e.status != actorKeyResolved {
		m, err := e.entryError(fn, s)
		return m, err, true
	}
	if country != "" && !strings.EqualFold(e.org.country, country) {
		cands := []*actorOrg{e.org}
		if root != nil {
			cands = append(cands, root)
		}
		return ActorMatch{}, ambiguousActors(fn, s, cands, nil,
			"the country qualifier disagrees with the actor"), true
	}
	m := e.result(rule)
	m.Rule, m.Quality = "phrase", MatchDerived
	return m, nil, true
}

// coreWithService reports the organization when the sorted core words hold exactly one
// service abbreviation and the other words form a service class of the grammar.
func (r *Registry) coreWithService(sorted []string) (*actorOrg, bool) {
	var org *actorOrg
	var rest []string
	for _, w := range sorted {
		if o, ok := r.byID[r.lexCore[w]]; ok {
			if org != nil && org != o {
				return nil, false
			}
			org = o
			continue
		}
		rest = append(rest, w)
	}
	if org == nil || len(rest) == 0 {
		return nil, false
	}
	v, ok := r.lexCore[strings.Join(rest, " ")]
	return org, ok && isClassName(v)
}

func (r *Registry) orgMatch(o *actorOrg, rule string) ActorMatch {
	return ActorMatch{Actor: Actor{o}, MatchedAlias: o.name, AliasSource: o.source, Quality: MatchDerived, Rule: rule, Provenance: o.file}
}

// vendorIDScheme reports whether a folded key is a well-formed identifier of a naming
// scheme: an ATT&CK group ID, a CERT-UA UAC cluster, a Proofpoint TA, a Microsoft Storm or
// DEV cluster, a Mandiant UNC or APT number, a Recorded Future TAG.
func vendorIDScheme(k string) (string, bool) {
	k = strings.ReplaceAll(k, " ", "")
	for _, p := range []struct{ prefix, scheme string }{
		{"uac", "CERT-UA UAC"}, {"storm", "Microsoft Storm"}, {"dev", "Microsoft DEV"},
		{"unc", "Mandiant UNC"}, {"apt", "APT number"}, {"ta", "Proofpoint TA"},
		{"tag", "Recorded Future TAG"}, {"g", "MITRE ATT&CK group"},
	} {
		rest, ok := strings.CutPrefix(k, p.prefix)
		if !ok || rest == "" || len(rest) > 5 {
			continue
		}
		digits := true
		for i := 0; i < len(rest); i++ {
			if rest[i] < '0' || rest[i] > '9' {
				digits = false
			}
		}
		if digits {
			return p.scheme, true
		}
	}
	return "", false
}

// reasonNationality is the reason of the ambiguity of nationality and alignment words.
const reasonNationality = "nationality or alignment is not a state attribution"

// parts is step 6: several names in one field.
func (r *Registry) parts(fn, s string) (ActorMatch, error, bool) {
	ps := splitParts(s)
	if len(ps) < 2 {
		return ActorMatch{}, nil, false
	}
	var got []ActorMatch
	var cands []*actorOrg
	var roots []*actorOrg
	var ambParts [][]*actorOrg
	var rootMatch ActorMatch
	var firstErr error
	for _, p := range ps {
		k := fold(p)
		if k == "" {
			continue
		}
		m, err, ok := r.resolve(fn, s, k, false)
		if !ok {
			continue
		}
		if err != nil {
			var amb *AmbiguousError
			if errors.As(err, &amb) && amb.Reason != reasonNationality {
				var os []*actorOrg
				for _, c := range amb.Candidates {
					if o := r.byID[c.Value]; o != nil {
						os = append(os, o)
					}
				}
				if len(os) > 1 {
					ambParts = append(ambParts, os)
				}
			}
			if firstErr == nil {
				firstErr = err
			}
			continue
		}
		o := m.Actor.o
		if o.kind == ActorKindState && o.parent == nil {
			if len(roots) == 0 {
				rootMatch = m
			}
			roots = append(roots, o)
			continue
		}
		got = append(got, m)
		if !slices.Contains(cands, o) {
			cands = append(cands, o)
		}
	}
	// An ambiguous part that one of its readings shares with a resolved part agrees with it
	// ("Seashell Blizzard (IRIDIUM)"); otherwise its readings are candidates too.
	for _, os := range ambParts {
		agrees := false
		for _, o := range os {
			for _, c := range cands {
				if (Actor{o}).IsAncestorOf(Actor{c}) || (Actor{c}).IsAncestorOf(Actor{o}) {
					agrees = true
				}
			}
		}
		if !agrees {
			for _, o := range os {
				if !slices.Contains(cands, o) {
					cands = append(cands, o)
				}
			}
		}
	}
	if len(cands) == 0 {
		if len(roots) > 0 {
			allSame := true
			for _, x := range roots {
				allSame = allSame && x == roots[0]
			}
			if allSame {
				rootMatch.Rule, rootMatch.Quality = "parts", min(rootMatch.Quality, MatchAlias)
				return rootMatch, nil, true
			}
			common, _ := commonAncestor(roots)
			return ActorMatch{}, ambiguousActors(fn, s, roots, common, "the field names several actors"), true
		}
		if firstErr != nil {
			return ActorMatch{}, firstErr, true
		}
		return ActorMatch{}, nil, false
	}
	// A country named next to its own body is a qualifier.
	for _, root := range roots {
		agrees := false
		for _, o := range cands {
			if o.country == root.country {
				agrees = true
			}
		}
		if !agrees {
			cands = append(cands, root)
		}
	}
	deepest := cands[0]
	for _, o := range cands[1:] {
		if (Actor{deepest}).IsAncestorOf(Actor{o}) {
			deepest = o
		}
	}
	for _, o := range cands {
		if !(Actor{o}).IsAncestorOf(Actor{deepest}) {
			common, _ := commonAncestor(cands)
			return ActorMatch{}, ambiguousActors(fn, s, cands, common, "the field names several actors"), true
		}
	}
	// Prefer the part that came through an intrusion set, so that Via survives.
	best := -1
	for i, m := range got {
		if m.Actor.o == deepest && (best < 0 || got[best].Via == "" && m.Via != "") {
			best = i
		}
	}
	if best >= 0 {
		m := got[best]
		m.Rule, m.Quality = "parts", min(m.Quality, MatchAlias)
		return m, nil, true
	}
	return r.orgMatch(deepest, "parts"), nil, true
}

// splitParts splits a field that names several actors: at brackets, slashes, commas,
// semicolons, "&", "+", "|", and at the words "and", "aka", "or", "formerly", "known" (as),
// "dubbed", "tracked" (as), "called".
// A part that is only a number is joined to the one before ("NoName057(16)").
func splitParts(s string) []string {
	var parts []string
	start := 0
	flush := func(end int) {
		if p := strings.TrimSpace(s[start:end]); p != "" {
			parts = append(parts, p)
		}
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch r {
		case '(', ')', '[', ']', '{', '}', '/', ',', ';', '&', '+', '|', '\\':
			flush(i)
			start = i + size
		}
		i += size
	}
	flush(len(s))
	var out []string
	for _, p := range parts {
		w := strings.Fields(p)
		cur := []string{}
		for _, x := range w {
			switch strings.ToLower(strings.Trim(x, ".")) {
			case "and", "aka", "a.k.a", "or", "formerly", "und", "et", "и", "і", "vs", "alias",
				"known", "dubbed", "tracked", "named", "nicknamed", "called", "according", "per":
				if len(cur) > 0 {
					out = append(out, strings.Join(cur, " "))
				}
				cur = cur[:0]
				continue
			}
			cur = append(cur, x)
		}
		if len(cur) > 0 {
			out = append(out, strings.Join(cur, " "))
		}
	}
	for i := 1; i < len(out); i++ {
		if isDigits(out[i]) {
			out[i-1] += " " + out[i]
			out = slices.Delete(out, i, i+1)
			i--
		}
	}
	return out
}
