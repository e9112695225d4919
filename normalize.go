package incident

import (
	"errors"
	"hash/maphash"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// This file holds the Normalizer: one raw record in, one canonical Incident out, with every
// value that could not be normalized kept raw and reported as a Problem (spec/incidents.md,
// "Normalizing a record"). The actor text is resolved in normalize_actor.go.

// Profile describes one source: what cannot be guessed from a single value. The zero Profile
// reads numeric dates such as 05/09/2024 as ambiguous (a Problem), has no reference date
// (relative dates such as "yesterday" need a per-record publication date), no default
// language, guesses every field from its header words, and uses the embedded actor registry.
type Profile struct {
	// Order reads numeric dates whose day and month could be swapped; see DateOrder.
	Order DateOrder
	// Reference is the publication date of the whole source, the "today" of relative
	// expressions. A record's own publication-date field (FieldPublished), when it holds a
	// date to the day, overrides it for that record: "last month" in a story published on
	// 20 November is October.
	Reference time.Time
	// Language is the BCP 47 tag of the source's text ("lt"), written into Source.Language
	// when a record has no language field of its own.
	Language string
	// Mapping names the field of a role explicitly and overrides the guess of GuessFieldRole
	// (see FieldMapping.Role). Nil guesses every field.
	Mapping FieldMapping
	// Registry resolves actor text; nil means DefaultRegistry().
	Registry *Registry
}

// ParseProfile returns the preset profile named s: "dayfirst" (also "day-first", "dmy":
// numeric dates day first, as in most European spreadsheets) or "monthfirst" ("month-first",
// "mdy": as in United States sources); "" and "default" give the zero Profile. Other names
// fail with a *ParseError wrapping ErrUnknown.
func ParseProfile(s string) (Profile, error) {
	switch strings.ToLower(strings.TrimSpace(s)) {
	case "", "default":
		return Profile{}, nil
	case "dayfirst", "day-first", "dmy":
		return Profile{Order: OrderDayFirst}, nil
	case "monthfirst", "month-first", "mdy":
		return Profile{Order: OrderMonthFirst}, nil
	}
	return Profile{}, newParseError("ParseProfile", s, ErrUnknown, "want dayfirst or monthfirst")
}

// Normalizer turns raw records of one source into canonical incidents under a Profile. Build
// it once with NewNormalizer; it is safe for concurrent use. The zero Normalizer works as one
// built from the zero Profile. It remembers the answers of the
// concept parsers for the values it has seen (a bounded memo per concept), so a big file
// whose cells repeat ("Russia", "GRU (suspected)", "Poland") pays for each distinct value
// once.
type Normalizer struct {
	profile Profile
	reg     *Registry

	roles     memo[FieldRole]
	lastRoles atomic.Pointer[fieldRoles]
	countries memo[countryResult]
	actors    memo[actorResult]
	confs     memo[confResult]
	cats      memo[catResult]
	claims    memo[AttributionPhrase]
	dates     memo[dateResult]
}

// NewNormalizer returns a Normalizer for sources described by p. It fails with a
// *ParseError wrapping ErrInvalid when p.Order is not a DateOrder.
func NewNormalizer(p Profile) (*Normalizer, error) {
	if p.Order > OrderMonthFirst {
		return nil, newParseError("NewNormalizer", p.Order.String(), ErrInvalid, "unknown date order")
	}
	n := &Normalizer{profile: p, reg: p.Registry}
	n.dates.size = dateMemoSlots
	if n.reg == nil {
		n.reg = DefaultRegistry()
	}
	return n, nil
}

// registry returns the actor registry of n: the profile's, else the default one.
func (n *Normalizer) registry() *Registry {
	if n.reg == nil {
		return DefaultRegistry()
	}
	return n.reg
}

// Profile returns the profile n was built with.
func (n *Normalizer) Profile() Profile { return n.profile }

// Normalize turns one raw record into an Incident. It never fails and never drops a value:
// the record is kept verbatim in Incident.Raw, and each value that cannot be normalized (an
// unknown country, an ambiguous date, an unresolvable actor, an unmapped category label)
// becomes a Problem naming the field, the raw value and the parser's typed error.
//
// Fields are found by the words of their keys (GuessFieldRole) unless the profile's Mapping
// names them. The rules are those of spec/incidents.md:
//   - ID: the record's ID as the reader set it; for a record built by hand with no ID, its
//     ID field, else "<file>:<line>". SourceIDs is that ID alone.
//   - Date: the date field read with the profile's order against the reference date, which
//     is the record's own publication date when it has one to the day, else the profile's;
//     or the start and end fields, which make an interval (an end that is missing or null is
//     unknown: "2024-05-01/").
//   - Countries: every country and location field (role location) and target-country field
//     (role target), each possibly naming several countries ("FI, EE", "LT/FI/DE",
//     "Sweden and Latvia"); never the perpetrator's country. A city goes with the first
//     location.
//   - Actor: see resolveActor; "unknown", "none", "n/a" mean no actor.
//   - Confidence: an explicit confidence field wins (labels, STIX numbers with or without
//     "%", Admiralty codes, all through ParseConfidence; an unreadable one is a Problem);
//     then a grade in the claimant's statement ("NCSC, high confidence"); then a hedge in the
//     actor text ("suspected", "?" low; "likely", "probably" moderate); an attribution stated
//     with none of these is moderate. No actor means confidence none, whatever the field says.
//   - Categories: free labels in several languages mapped to the taxonomy; a label piece
//     that maps to nothing is a Problem.
//   - Claimant, its kind, basis and act from an "attributed by" field (ParseAttributionPhrase).
//   - Sources: one per URL, with the record's language and publication date.
func (n *Normalizer) Normalize(rec RawRecord) Incident {
	return n.normalize(rec, new(incidentStore))
}

// AppendJSON normalizes rec as Normalize does and appends the JSON form of the incident
// (Incident.AppendJSON) to b. It returns the extended slice and the problems of the
// incident (nil when there are none), whose memory the caller may keep. The bytes are those
// of Normalize followed by Incident.AppendJSON; the incident itself is not kept, so its
// memory is reused for the next record, and a writer of JSON Lines allocates less per
// record. It is safe for concurrent use.
func (n *Normalizer) AppendJSON(b []byte, rec RawRecord) ([]byte, []Problem) {
	st := storePool.Get().(*incidentStore)
	inc := n.normalize(rec, st)
	b = inc.AppendJSON(b)
	*st = incidentStore{} // let go of the record before the store waits for reuse
	storePool.Put(st)
	return b, inc.Problems
}

// storePool holds the incidentStores of AppendJSON between records.
var storePool = sync.Pool{New: func() any { return new(incidentStore) }}

// normalize is Normalize with the incident's short lists in st, which must be zero.
func (n *Normalizer) normalize(rec RawRecord, st *incidentStore) Incident {
	// The incident's short lists live in one store; a list that outgrows its slots moves
	// to its own allocation, as append does.
	st.raw[0] = rec
	inc := Incident{ID: rec.ID, Raw: st.raw[:1:1]}
	inc.Places = st.places[:0:len(st.places)]
	inc.Sources = st.sources[:0:len(st.sources)]
	inc.Categories = st.cats[:0:len(st.cats)]
	var fbuf [8]*RawField // the lists of f while they are short; a local, so f stays on the stack
	f := recordFields{
		countries:       fbuf[0:0:2],
		targetCountries: fbuf[2:2:4],
		categories:      fbuf[4:4:6],
		urls:            fbuf[6:6:8],
	}
	roles := n.roleSet(rec.Fields)
	for i := range rec.Fields {
		fld := &rec.Fields[i]
		if strings.TrimSpace(fld.Value) == "" {
			continue
		}
		// The lists grow here, on f itself: appended through a pointer, their short
		// backing store would move to the heap.
		switch r := roles.roles[i]; r {
		case FieldCountry:
			f.countries = append(f.countries, fld)
		case FieldTargetCountry:
			f.targetCountries = append(f.targetCountries, fld)
		case FieldCategory:
			f.categories = append(f.categories, fld)
		case FieldURL:
			f.urls = append(f.urls, fld)
		case FieldTarget:
			f.targets = append(f.targets, fld)
		default:
			f.setFirst(r, fld)
		}
	}
	if inc.ID == "" { // a record built by hand: its ID field, else where it was read
		switch {
		case f.id != nil:
			inc.ID = strings.TrimSpace(f.id.Value)
		case rec.File != "" && rec.Line > 0:
			inc.ID = rec.File + ":" + strconv.Itoa(rec.Line)
		}
	}
	if inc.ID != "" {
		st.ids[0] = inc.ID
		inc.SourceIDs = st.ids[:1:1]
	}

	if f.title != nil {
		inc.Title = strings.TrimSpace(f.title.Value)
	}
	if f.summary != nil {
		inc.Summary = strings.TrimSpace(f.summary.Value)
	}

	// Publication date and the reference of relative dates.
	ref := n.profile.Reference
	var published Date
	if f.published != nil {
		r := n.date(n.profile.Reference, f.published.Value)
		if r.err != nil {
			inc.addProblem(f.published, r.err)
		} else {
			published = r.date
			if published.Precision() == PrecisionDay {
				ref, _ = published.Start()
			}
		}
	}
	n.normalizeDate(&inc, &f, ref)
	n.normalizePlaces(&inc, &f)
	n.normalizeCategories(&inc, &f)
	n.normalizeAttribution(&inc, &f, st)

	lang := n.profile.Language
	if f.language != nil {
		lang = strings.ToLower(strings.TrimSpace(f.language.Value))
	}
	for _, u := range f.urls {
		for part := range strings.SplitSeq(u.Value, ";") {
			if part = strings.TrimSpace(part); part != "" {
				inc.Sources = append(inc.Sources, Source{URL: part, Language: lang, Published: published})
			}
		}
	}
	if len(inc.Sources) == 0 && (published.IsValid() || f.language != nil) {
		inc.Sources = append(inc.Sources, Source{Language: lang, Published: published})
	}
	// Lists left empty are nil, as in an Incident built by hand.
	if len(inc.Places) == 0 {
		inc.Places = nil
	}
	if len(inc.Sources) == 0 {
		inc.Sources = nil
	}
	if len(inc.Categories) == 0 {
		inc.Categories = nil
	}
	return inc
}

// incidentStore holds the short lists of one incident, so that Normalize allocates them at
// once: the raw record, its ID, up to two places, one source, four categories and one
// attribution.
type incidentStore struct {
	raw     [1]RawRecord
	ids     [1]string
	places  [2]Place
	sources [1]Source
	cats    [4]Category
	attrs   [1]Attribution
}

// fieldRoles are the roles of the fields of one record, by position: records of one CSV file
// share their keys, so the roles of the last key list are kept and reused.
type fieldRoles struct {
	keys  []string
	roles []FieldRole
}

// roleSet returns the roles of fields, from the last key list when the keys are the same.
func (n *Normalizer) roleSet(fields []RawField) *fieldRoles {
	if last := n.lastRoles.Load(); last != nil && len(last.keys) == len(fields) {
		same := true
		for i := range fields {
			if fields[i].Key != last.keys[i] {
				same = false
				break
			}
		}
		if same {
			return last
		}
	}
	rs := &fieldRoles{keys: make([]string, len(fields)), roles: make([]FieldRole, len(fields))}
	for i := range fields {
		rs.keys[i] = fields[i].Key
		rs.roles[i] = n.role(fields[i].Key)
	}
	n.lastRoles.Store(rs)
	return rs
}

// role returns the role of a field key, remembered per key.
func (n *Normalizer) role(key string) FieldRole {
	if r, ok := n.roles.get(key); ok {
		return r
	}
	r := n.profile.Mapping.Role(key)
	n.roles.put(key, r)
	return r
}

// recordFields are the fields of one record by role: the first non-empty field of each
// single role, every field of the roles that may repeat.
type recordFields struct {
	id, title, summary, published, date, start, end *RawField
	actor, confidence, claimant, language, city     *RawField
	countries, targetCountries, categories, urls    []*RawField
	targets                                         []*RawField
}

// setFirst sets the field of a single role r to fld, unless an earlier field took it.
func (f *recordFields) setFirst(r FieldRole, fld *RawField) {
	var p **RawField
	switch r {
	case FieldID:
		p = &f.id
	case FieldTitle:
		p = &f.title
	case FieldSummary:
		p = &f.summary
	case FieldPublished:
		p = &f.published
	case FieldDate:
		p = &f.date
	case FieldDateStart:
		p = &f.start
	case FieldDateEnd:
		p = &f.end
	case FieldActor:
		p = &f.actor
	case FieldConfidence:
		p = &f.confidence
	case FieldClaimant:
		p = &f.claimant
	case FieldLanguage:
		p = &f.language
	case FieldCity:
		p = &f.city
	default:
		return
	}
	if *p == nil {
		*p = fld
	}
}

// addProblem records that the value of fld could not be normalized.
func (inc *Incident) addProblem(fld *RawField, err error) {
	inc.Problems = append(inc.Problems, Problem{Field: fld.Key, Raw: fld.Value, Err: err})
}

// normalizeDate sets the date from the date field, else from the start and end fields.
func (n *Normalizer) normalizeDate(inc *Incident, f *recordFields, ref time.Time) {
	if f.date != nil {
		r := n.date(ref, f.date.Value)
		if r.err != nil {
			inc.addProblem(f.date, r.err)
		}
		inc.Date = r.date
		if f.start == nil && f.end == nil {
			return
		}
		if inc.Date.IsValid() {
			return // the start and end fields stay raw
		}
	}
	if f.start == nil && f.end == nil {
		return
	}
	startText, endText := "", "" // an end the source does not give is unknown (EDTF "")
	ok := true
	for _, e := range []struct {
		fld  *RawField
		text *string
	}{{f.start, &startText}, {f.end, &endText}} {
		if e.fld == nil {
			continue
		}
		r := n.date(ref, e.fld.Value)
		if r.err != nil {
			inc.addProblem(e.fld, r.err)
			ok = false
			continue
		}
		*e.text = r.date.String()
	}
	if !ok || (startText == "" && endText == "") {
		return
	}
	if startText == endText {
		inc.Date, _ = ParseEDTF(startText)
		return
	}
	// Each end may itself be an interval ("2024-05/2024-06"): keep its outer bounds.
	if i := strings.IndexByte(startText, '/'); i >= 0 {
		startText = startText[:i]
	}
	if i := strings.LastIndexByte(endText, '/'); i >= 0 {
		endText = endText[i+1:]
	}
	d, err := ParseEDTF(startText + "/" + endText)
	if err != nil {
		fld := f.start
		if fld == nil {
			fld = f.end
		}
		inc.addProblem(fld, newParseError("Normalize", startText+"/"+endText, ErrInvalid, "the start is after the end"))
		return
	}
	inc.Date = d
}

type dateResult struct {
	date Date
	err  error
}

// date reads a date value against the reference day ref (zero: none) in the profile's order.
// Values that do not need the reference ("2024-05-09", "late April 2024") are remembered;
// relative ones ("yesterday", "im Juli") are read anew against each record's reference.
func (n *Normalizer) date(ref time.Time, s string) dateResult {
	if r, ok := n.dates.get(s); ok {
		return r
	}
	t := strings.TrimSpace(s)
	d, err := DateParser{Order: n.profile.Order}.Parse(t)
	if err == nil || !errors.Is(err, ErrNeedsReference) {
		r := dateResult{d, err}
		n.dates.put(s, r)
		return r
	}
	if ref.IsZero() {
		return dateResult{d, err}
	}
	d, err = DateParser{Reference: ref, Order: n.profile.Order}.Parse(t)
	return dateResult{d, err}
}

type countryResult struct {
	countries []Country
	err       error // the first item that is no country, if any
}

// parseCountryCell reads a country or location cell with ParseCountries. When the cell as a
// whole fails because one of its items is no country ("Sweden, Baltic Sea", "Vilnius;
// Lithuania" with a city item the list form does not absorb), the items between ",", ";",
// "/", "&" and "+" are read one by one: the countries are kept and the first failure is
// the problem. Alternatives ("Russia or Belarus") stay ambiguous: no country is chosen.
func parseCountryCell(s string) countryResult {
	t := strings.TrimSpace(s)
	cs, err := ParseCountries(t)
	if err == nil || errors.Is(err, ErrAmbiguous) || errors.Is(err, ErrInvalid) {
		return countryResult{cs, err}
	}
	items := strings.FieldsFunc(t, func(c rune) bool { return strings.ContainsRune(",;/&+", c) })
	if len(items) < 2 {
		return countryResult{nil, err}
	}
	var r countryResult
	for _, item := range items {
		ics, ierr := ParseCountries(strings.TrimSpace(item))
		if ierr != nil {
			if r.err == nil {
				r.err = ierr
			}
			continue
		}
		for _, c := range ics {
			if !slices.Contains(r.countries, c) {
				r.countries = append(r.countries, c)
			}
		}
	}
	if len(r.countries) == 0 {
		r.err = err
	}
	return r
}

// normalizePlaces reads the country, location and target-country fields.
func (n *Normalizer) normalizePlaces(inc *Incident, f *recordFields) {
	add := func(fields []*RawField, role PlaceRole) {
		for _, fld := range fields {
			r, ok := n.countries.get(fld.Value)
			if !ok {
				r = parseCountryCell(fld.Value)
				n.countries.put(fld.Value, r)
			}
			if r.err != nil {
				inc.addProblem(fld, r.err)
			}
			for _, c := range r.countries {
				inc.Places = append(inc.Places, Place{Country: c, Role: role})
			}
		}
	}
	add(f.countries, RoleLocation)
	add(f.targetCountries, RoleTarget)
	if f.city != nil {
		for i := range inc.Places {
			if inc.Places[i].Role == RoleLocation {
				inc.Places[i].City = strings.TrimSpace(f.city.Value)
				break
			}
		}
	}
	var targetCountry Country
	if len(inc.Places) > 0 {
		last := inc.Places[len(inc.Places)-1]
		if last.Role == RoleTarget && len(f.targetCountries) == 1 && countTargets(inc.Places) == 1 {
			targetCountry = last.Country
		}
	}
	for _, t := range f.targets {
		inc.Targets = append(inc.Targets, Target{Name: strings.TrimSpace(t.Value), Country: targetCountry})
	}
}

func countTargets(ps []Place) int {
	n := 0
	for _, p := range ps {
		if p.Role == RoleTarget {
			n++
		}
	}
	return n
}

type catResult struct {
	cats     []Category
	unmapped []string // the pieces of the label that map to nothing
}

// normalizeCategories maps the free category labels to the taxonomy. A cell is cut into
// pieces at ";", "," and "/" (JSON arrays arrive joined with "; "); a piece that names no
// category becomes a Problem wrapping ErrUnknown, the others are kept.
func (n *Normalizer) normalizeCategories(inc *Incident, f *recordFields) {
	for _, fld := range f.categories {
		r, ok := n.cats.get(fld.Value)
		if !ok {
			r = mapCategoryLabel(fld.Value)
			n.cats.put(fld.Value, r)
		}
		inc.Categories = append(inc.Categories, r.cats...) // a copy: the memo's slice stays private
		for _, piece := range r.unmapped {
			inc.Problems = append(inc.Problems, Problem{Field: fld.Key, Raw: fld.Value,
				Err: newParseError("Normalize", piece, ErrUnknown, "no category of the taxonomy matches this label")})
		}
	}
}

// mapCategoryLabel maps one category cell.
func mapCategoryLabel(s string) catResult {
	var r catResult
	for _, piece := range strings.FieldsFunc(s, func(c rune) bool { return c == ';' || c == ',' || c == '/' }) {
		piece = strings.TrimSpace(piece)
		if piece == "" {
			continue
		}
		codes := matchCategoryLabels(piece)
		if len(codes) == 0 {
			r.unmapped = append(r.unmapped, piece)
			continue
		}
		for _, code := range codes {
			if c, err := ParseCategory(code); err == nil {
				r.cats = append(r.cats, c)
			}
		}
	}
	r.cats = NormalizeCategories(r.cats)
	return r
}

type confResult struct {
	level    Level
	ok       bool
	score    int
	hasScore bool
	err      error
}

// confidence reads an explicit confidence value: its level (ParseConfidence, then
// Confidence.EffectiveLevel, so "likely" and "probable" are moderate and "confirmed" high),
// and its number when the source gave a score on the STIX 0-100 scale ("85", "70%", "0.8":
// rule R2 of spec/confidence.md).
func (n *Normalizer) confidence(s string) confResult {
	if r, ok := n.confs.get(s); ok {
		return r
	}
	var r confResult
	t := strings.TrimSpace(s)
	c, err := ParseConfidence(t)
	if err != nil {
		r.err = err
	} else if l, ok := c.EffectiveLevel(); ok {
		r.level, r.ok = l, true
	} else {
		r.err = newParseError("Normalize", t, ErrUnknown, "no confidence level")
	}
	if err == nil && c.Rule().ID == "R2" { // a STIX 0-100 score: "85", "70%", "0.8"
		r.score, r.hasScore = c.STIX()
	}
	n.confs.put(s, r)
	return r
}

// normalizeAttribution resolves the actor text, the confidence and the claimant into one
// Attribution, and sets the primary attribution.
func (n *Normalizer) normalizeAttribution(inc *Incident, f *recordFields, st *incidentStore) {
	if f.actor == nil {
		return
	}
	ar, ok := n.actors.get(f.actor.Value)
	if !ok {
		ar = n.resolveActor(f.actor.Value)
		n.actors.put(f.actor.Value, ar)
	}
	for _, err := range ar.problems {
		inc.addProblem(f.actor, err)
	}
	a := Attribution{Actor: ar.actor, ActorRaw: strings.TrimSpace(f.actor.Value), Via: ar.via, SourceIDs: inc.SourceIDs}
	var ph AttributionPhrase
	if f.claimant != nil {
		a.Claimant = strings.TrimSpace(f.claimant.Value)
		var ok bool
		if ph, ok = n.claims.get(f.claimant.Value); !ok {
			ph, _ = ParseAttributionPhrase(a.Claimant) // unread text stays the claimant, as written
			n.claims.put(f.claimant.Value, ph)
		}
		a.ClaimantKind, a.Basis, a.Act = ph.Claimant, ph.Basis, ph.Act
	}
	// The confidence: the explicit field, else a grade in the claimant's statement ("NCSC,
	// high confidence"), else the hedge of the actor text, else moderate.
	level, raw, graded := LevelModerate, "", false
	if f.confidence != nil {
		a.ConfidenceRaw = strings.TrimSpace(f.confidence.Value)
		cr := n.confidence(f.confidence.Value)
		a.Score, a.HasScore = cr.score, cr.hasScore
		if cr.err != nil {
			inc.addProblem(f.confidence, cr.err)
		}
		level, graded = cr.level, cr.ok
	}
	if !graded {
		if l, ok := ph.Confidence.EffectiveLevel(); ok {
			level, raw, graded = l, a.Claimant, true
		}
	}
	if !graded && ar.hedged {
		level, raw, graded = ar.hedge, ar.hedgeText, true
	}
	if !graded {
		level = LevelModerate
	}
	if a.ConfidenceRaw == "" {
		a.ConfidenceRaw = raw
	}
	if a.Actor.IsValid() {
		a.Confidence = level
	}
	st.attrs[0] = a
	inc.Attributions = st.attrs[:1:1]
	inc.SetPrimary(actorDepth)
}

// actorDepth is the depth of an actor in its hierarchy: 0 for a root such as "ru".
func actorDepth(a Actor) int {
	d := 0
	for p, ok := a.Parent(); ok; p, ok = p.Parent() {
		d++
	}
	return d
}

// memoSlots is the number of slots of each memo of a Normalizer: a power of two. A memo is
// a direct-mapped cache, so its memory stays constant whatever the input size, while the
// recurring values of a source stay cached.
const memoSlots = 1 << 13

// dateMemoSlots is the number of slots of the date memo: dates repeat less than countries
// or actors (a source names each day of several years, in several spellings), so it is
// bigger. With 1<<16 slots it stays under 8 MB.
const dateMemoSlots = 1 << 16

// memoKeyMax is the longest value a memo keeps: long free text rarely repeats.
const memoKeyMax = 256

// memo is a bounded, concurrency-safe cache of answers by input text: a direct-mapped table
// of immutable entries, read with one atomic load and no lock. A newer entry replaces an
// older one whose key falls in the same slot.
type memo[V any] struct {
	size  int // slots, a power of two; 0 means memoSlots
	seed  maphash.Seed
	once  sync.Once
	slots []atomic.Pointer[memoEntry[V]]
}

type memoEntry[V any] struct {
	val V
	// The key: inline when it has at most memoInline bytes (most cell values), so that a
	// lookup reads one object and a put allocates one; else in long.
	n      uint8
	inline [memoInline]byte
	long   string
}

// memoInline is the longest key a memo entry holds inline.
const memoInline = 32

// is reports whether the key of e is k.
func (e *memoEntry[V]) is(k string) bool {
	if len(k) <= memoInline {
		return int(e.n) == len(k) && e.long == "" && string(e.inline[:len(k)]) == k
	}
	return e.long == k
}

func (c *memo[V]) init() {
	c.once.Do(func() {
		c.seed = maphash.MakeSeed()
		if c.size == 0 {
			c.size = memoSlots
		}
		c.slots = make([]atomic.Pointer[memoEntry[V]], c.size)
	})
}

func (c *memo[V]) get(k string) (V, bool) {
	c.init()
	if e := c.slots[maphash.String(c.seed, k)&uint64(len(c.slots)-1)].Load(); e != nil && e.is(k) {
		return e.val, true
	}
	var zero V
	return zero, false
}

// put stores v under a private copy of k, unless k is longer than memoKeyMax bytes.
func (c *memo[V]) put(k string, v V) {
	if len(k) > memoKeyMax {
		return
	}
	c.init()
	e := &memoEntry[V]{val: v}
	if len(k) <= memoInline {
		e.n = uint8(copy(e.inline[:], k))
	} else {
		e.long = strings.Clone(k)
	}
	c.slots[maphash.String(c.seed, k)&uint64(len(c.slots)-1)].Store(e)
}
