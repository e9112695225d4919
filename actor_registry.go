package incident

import (
	"bufio"
	"bytes"
	"embed"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

// The registry data format (schema_version 1). Every file of data/actors, and every overlay
// a user passes to Registry.Overlay, is a sequence of lines; "#" starts a comment line, blank
// lines are ignored, and a record is fields separated by "|" (spaces around a field are
// trimmed). The first field names the record:
//
//	schema_version | 1
//	org      | id | parent or - | kind | country ISO2 or - | English name | source
//	set      | id | resolves to: org, org,org (ambiguous) or - (unattributed) | name | ATT&CK IDs ("G0016, revoked:G0118") or - | source
//	edge     | set or persona id | sponsor org | basis | confidence | source | date (EDTF) or -
//	alias    | org or set id | alias text | source | flags: legacy, revoked, exact, descriptive, translit, vendor-id, cert-id (optional)
//	rule     | alias text | org | reason            (pins an alias that collides to one meaning)
//	none     | text | vendor, malware, tool, organisation or placeholder | reason
//	vague    | text | country root org or - | reason (a family word or nationality: ambiguous, no common ancestor)
//	suppress | alias text | org or set id, or *    (removes an alias, also one of an earlier file)
//	unit     | number | org | military-unit or designation | source
//	lex      | country | phrase | ISO 3166-1 alpha-2, lower case (phrase grammar: "russian" -> ru)
//	lex      | modifier | word | state or link       ("state-sponsored" vs "Russia-linked")
//	lex      | procountry | word | ISO code           (alignment word with its country: "prorussische")
//	lex      | filler | word | hacker, neutral or services (words that carry no identity: "hackers",
//	                                                "agency"; "services" beside a country alone
//	                                                means its intelligence services)
//	lex      | core | words | class or org           (service nouns: "military intelligence" -> mil)
//	lex      | unitword | word                       ("unit", "military", "в", "ч")
//	lex      | designation | word                    ("center", "gtsss")
//	lex      | connector | word                      ("of", "de")
//	class    | country code or - | class | org, or org,org (ambiguous)
//
// Later files override earlier ones: an org or set with an existing ID replaces it, edges of a
// redefined set replace the old ones, and a none or vague record beats an alias of an earlier
// file with the same folded text.

//go:embed data/actors/*.txt
var actorData embed.FS

// actorSchemaVersion is the schema_version this code reads.
const actorSchemaVersion = 1

// Registry is a compiled set of actor data: organizations, intrusion sets with their sponsor
// edges, aliases with their sources, collision rules and the phrase grammar's lexicon. It is
// immutable and safe for concurrent use. The zero Registry is empty: every lookup fails with
// ErrUnknown. DefaultRegistry returns the embedded data; Overlay derives a registry with the
// user's own file on top.
type Registry struct {
	sources []actorSource // the files it was compiled from, in order

	orgs    []*actorOrg
	byID    map[string]*actorOrg
	sets    map[string]*actorSet
	index   map[string]*actorEntry // folded alias -> entry
	compact map[string]*actorEntry // folded alias without spaces -> entry (second chance)
	units   map[string][]actorUnit // unit number -> units

	lexCountry  map[string]string // folded phrase -> lower-case ISO 3166-1 alpha-2 code
	lexModifier map[string]string // word -> "state" or "link"
	lexPro      map[string]string // "pro-country" word -> country code ("prorussische" -> ru)
	lexFiller   map[string]string // word -> "hacker" or "neutral"
	lexCore     map[string]string // sorted words -> class or org ID
	lexUnitWord map[string]bool
	lexDesig    map[string]bool
	lexConnect  map[string]bool
	classes     map[string][]*actorOrg // "ru mil" -> orgs
	maxCountry  int                    // most words in a country phrase

	collisions []string        // aliases that point to several organizations, for curation
	fuzzy      []actorFuzzyKey // alias keys that the typo-tolerant last step may reach
}

// actorFuzzyKey is an alias key that the typo-tolerant step may match: resolved, at least five
// bytes, without digits (APT28 and APT29 are one edit apart), not exact-only.
type actorFuzzyKey struct {
	key    string
	family string // the family words of the key ("bear"), which must match unchanged
	e      *actorEntry
}

type actorSource struct {
	name string
	data []byte
}

// actorSet is an intrusion set or a persona's activity cluster: what an alias can name
// besides an organization.
type actorSet struct {
	id     string
	name   string
	attck  string // the current ATT&CK group ID, or ""
	res    []*actorOrg
	resIDs []string
	edges  []SponsorEdge
	source string
	file   int
}

type actorEdgeRec struct {
	org, basis, confidence, source, date string
}

type actorUnit struct {
	org   *actorOrg
	desig bool // a designation number ("85th"), which needs a designation word
}

// What a key of the actor index means (actorEntry.status).
const (
	actorKeyResolved = iota
	actorKeyAmbiguous
	actorKeyUnattributed
	actorKeyNotApplicable
	actorKeyUnspecified
	actorKeyVague
)

// actorEntry is what one folded key of the index means.
type actorEntry struct {
	status    uint8
	exactOnly bool
	quality   MatchQuality
	org       *actorOrg
	cands     []*actorOrg
	common    *actorOrg
	set       *actorSet
	alias     string
	source    string
	kind      string // alias kind: name, id, mitre-id, vendor-id, cert-id, translit, descriptive, gov
	aliasStat string // alias status: current, legacy, revoked
	script    string // ISO 15924 code of the alias's letters: Latn, Cyrl, Hani, Hang, Arab, Grek
	rule      string
	reason    string
	file      string
}

type actorAliasRec struct {
	target, text, source string
	flags                []string
	exact                bool // an ID: MatchExact
	file                 int
	line                 int
}

var defaultRegistry = sync.OnceValues(func() (*Registry, error) {
	entries, err := fs.ReadDir(actorData, "data/actors")
	if err != nil {
		return nil, err
	}
	var srcs []actorSource
	for _, e := range entries { // ReadDir sorts by name
		b, err := actorData.ReadFile(path.Join("data/actors", e.Name()))
		if err != nil {
			return nil, err
		}
		srcs = append(srcs, actorSource{name: path.Join("data/actors", e.Name()), data: b})
	}
	return compileRegistry(srcs)
})

// DefaultRegistry returns the registry compiled from the embedded data files of
// data/actors (schema_version 1). It is built once, on first use. It panics only if the
// embedded data is broken, which the package's tests rule out.
func DefaultRegistry() *Registry {
	r, err := defaultRegistry()
	if err != nil {
		panic("incident: embedded actor data: " + err.Error())
	}
	return r
}

// NewRegistry compiles a registry from the user's own data alone (the format is documented
// in the package source and in data/actors), named name for provenance. Errors wrap
// ErrInvalid and name the file and line.
func NewRegistry(name string, r io.Reader) (*Registry, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return compileRegistry([]actorSource{{name: name, data: b}})
}

// Overlay returns a new registry: r with the records of the file read from rd on top. The
// overlay can add organizations, intrusion sets, aliases, rules and non-actor markers,
// redefine a set's resolution and sponsor edges, and suppress aliases; ActorMatch.Provenance
// then says name when the overlay decided a result. r itself is unchanged. Actors of the
// new registry are distinct values from those of r (compare IDs). Errors wrap ErrInvalid and
// name the file and line.
func (r *Registry) Overlay(name string, rd io.Reader) (*Registry, error) {
	b, err := io.ReadAll(rd)
	if err != nil {
		return nil, err
	}
	srcs := append(slices.Clip(r.sources), actorSource{name: name, data: b})
	return compileRegistry(srcs)
}

// Actor returns the organization with the given canonical ID, with true, or the zero Actor and
// false. Unlike Lookup it accepts nothing but an exact ID.
func (r *Registry) Actor(id string) (Actor, bool) {
	o, ok := r.byID[id]
	return Actor{o}, ok
}

// Actors returns every organization of r, in data order.
func (r *Registry) Actors() []Actor {
	as := make([]Actor, len(r.orgs))
	for i, o := range r.orgs {
		as[i] = Actor{o}
	}
	return as
}

// Collisions returns the aliases that the data gives to several organizations and that no
// rule pins, as "alias: id, id", sorted: each is answered with an *AmbiguousError. Curators
// read it after adding data.
func (r *Registry) Collisions() []string { return slices.Clone(r.collisions) }

// registryError reports a problem in a data file.
func registryError(file string, line int, format string, args ...any) error {
	return fmt.Errorf("%w: %s:%d: %s", ErrInvalid, file, line, fmt.Sprintf(format, args...))
}

// builder collects the records of all files before linking them.
type actorBuilder struct {
	orgOrder []string
	orgRecs  map[string][]string // id -> fields
	orgFile  map[string]int
	orgLine  map[string]int
	setOrder []string
	sets     map[string]*actorSet
	setLine  map[string]int
	edges    map[string][]actorEdgeRec
	edgeFile map[string]int
	aliases  []actorAliasRec
	rules    map[string]actorRuleRec
	marks    map[string]actorMarkRec // none and vague records by folded key
	supp     []actorSuppress
	units    []actorUnitRec
	lex      []actorLexRec
	classes  []actorClassRec
}

type actorRuleRec struct {
	text, org, reason string
	file, line        int
}

type actorMarkRec struct {
	kind, text, class, reason string
	file, line                int
}

type actorSuppress struct {
	key, target string
	file        int
}

type actorUnitRec struct {
	number, org, kind string
	file, line        int
}

type actorLexRec struct {
	kind, phrase, value string
	file, line          int
}

type actorClassRec struct {
	country, class, orgs string
	file, line           int
}

func compileRegistry(srcs []actorSource) (*Registry, error) {
	b := &actorBuilder{
		orgRecs: map[string][]string{}, orgFile: map[string]int{}, orgLine: map[string]int{},
		sets: map[string]*actorSet{}, setLine: map[string]int{},
		edges: map[string][]actorEdgeRec{}, edgeFile: map[string]int{},
		rules: map[string]actorRuleRec{}, marks: map[string]actorMarkRec{},
	}
	for i, src := range srcs {
		if err := b.read(i, src); err != nil {
			return nil, err
		}
	}
	r := &Registry{sources: srcs}
	if err := b.link(r, srcs); err != nil {
		return nil, err
	}
	return r, nil
}

// want checks the field count of a record.
func want(file string, line int, f []string, min, max int) error {
	if len(f) < min || len(f) > max {
		if min == max {
			return registryError(file, line, "%s record needs %d fields, has %d", f[0], min, len(f))
		}
		return registryError(file, line, "%s record needs %d to %d fields, has %d", f[0], min, max, len(f))
	}
	for i, x := range f {
		if x == "" {
			return registryError(file, line, "%s record: field %d is empty", f[0], i+1)
		}
	}
	return nil
}

func (b *actorBuilder) read(fi int, src actorSource) error {
	sc := bufio.NewScanner(bytes.NewReader(src.data))
	sc.Buffer(make([]byte, 0, 4096), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || text[0] == '#' {
			continue
		}
		f := strings.Split(text, "|")
		for i := range f {
			f[i] = strings.TrimSpace(f[i])
		}
		file := src.name
		switch f[0] {
		case "schema_version":
			if err := want(file, line, f, 2, 2); err != nil {
				return err
			}
			if f[1] != strconv.Itoa(actorSchemaVersion) {
				return registryError(file, line, "schema_version %s, this code reads %d", f[1], actorSchemaVersion)
			}
		case "org":
			if err := want(file, line, f, 7, 7); err != nil {
				return err
			}
			if !validActorID(f[1]) {
				return registryError(file, line, "bad organization ID %q", f[1])
			}
			if _, ok := b.orgRecs[f[1]]; !ok {
				b.orgOrder = append(b.orgOrder, f[1])
			}
			b.orgRecs[f[1]], b.orgFile[f[1]], b.orgLine[f[1]] = f, fi, line
		case "set":
			if err := want(file, line, f, 6, 6); err != nil {
				return err
			}
			s := &actorSet{id: f[1], name: f[3], source: f[5], file: fi}
			if f[2] != "-" {
				s.resIDs = splitList(f[2])
			}
			if _, ok := b.sets[f[1]]; !ok {
				b.setOrder = append(b.setOrder, f[1])
			} else if b.edgeFile[f[1]] < fi {
				delete(b.edges, f[1]) // a redefined set starts without the old edges
			}
			b.sets[f[1]], b.setLine[f[1]] = s, line
			if f[4] != "-" {
				for _, id := range splitList(f[4]) {
					revoked := false
					if rest, ok := strings.CutPrefix(id, "revoked:"); ok {
						id, revoked = rest, true
					}
					if !isATTACKGroup(id) {
						return registryError(file, line, "bad ATT&CK group ID %q", id)
					}
					flags := []string{"mitre-id"}
					if revoked {
						flags = append(flags, "revoked")
					} else if s.attck == "" {
						s.attck = id
					}
					b.aliases = append(b.aliases, actorAliasRec{target: f[1], text: id, source: "MITRE ATT&CK", flags: flags, exact: true, file: fi, line: line})
				}
			}
			b.aliases = append(b.aliases, actorAliasRec{target: f[1], text: f[3], source: f[5], exact: true, file: fi, line: line})
		case "edge":
			if err := want(file, line, f, 7, 7); err != nil {
				return err
			}
			if b.edgeFile[f[1]] < fi {
				delete(b.edges, f[1]) // an overlay's edges replace the earlier ones
			}
			b.edgeFile[f[1]] = fi
			date := f[6]
			if date == "-" {
				date = ""
			}
			conf := f[4]
			if conf == "-" {
				conf = ""
			}
			b.edges[f[1]] = append(b.edges[f[1]], actorEdgeRec{org: f[2], basis: f[3], confidence: conf, source: f[5], date: date})
		case "alias":
			if err := want(file, line, f, 4, 5); err != nil {
				return err
			}
			a := actorAliasRec{target: f[1], text: f[2], source: f[3], file: fi, line: line}
			if len(f) == 5 {
				a.flags = splitList(f[4])
				for _, fl := range a.flags {
					if !slices.Contains(aliasFlags, fl) {
						return registryError(file, line, "unknown alias flag %q", fl)
					}
				}
			}
			b.aliases = append(b.aliases, a)
		case "rule":
			if err := want(file, line, f, 4, 4); err != nil {
				return err
			}
			b.rules[fold(f[1])] = actorRuleRec{text: f[1], org: f[2], reason: f[3], file: fi, line: line}
		case "none", "vague":
			if err := want(file, line, f, 4, 4); err != nil {
				return err
			}
			if f[0] == "none" && !slices.Contains(noneClasses, f[2]) {
				return registryError(file, line, "unknown none class %q", f[2])
			}
			k := fold(f[1])
			if old, ok := b.marks[k]; ok && old.file == fi {
				return registryError(file, line, "%q repeats line %d", f[1], old.line)
			}
			b.marks[k] = actorMarkRec{kind: f[0], text: f[1], class: f[2], reason: f[3], file: fi, line: line}
		case "suppress":
			if err := want(file, line, f, 3, 3); err != nil {
				return err
			}
			b.supp = append(b.supp, actorSuppress{key: fold(f[1]), target: f[2], file: fi})
		case "unit":
			if err := want(file, line, f, 5, 5); err != nil {
				return err
			}
			if f[3] != "military-unit" && f[3] != "designation" {
				return registryError(file, line, "unit kind %q", f[3])
			}
			b.units = append(b.units, actorUnitRec{number: f[1], org: f[2], kind: f[3], file: fi, line: line})
		case "lex":
			if err := want(file, line, f, 3, 4); err != nil {
				return err
			}
			v := ""
			if len(f) == 4 {
				v = f[3]
			}
			b.lex = append(b.lex, actorLexRec{kind: f[1], phrase: f[2], value: v, file: fi, line: line})
		case "class":
			if err := want(file, line, f, 4, 4); err != nil {
				return err
			}
			b.classes = append(b.classes, actorClassRec{country: f[1], class: f[2], orgs: f[3], file: fi, line: line})
		default:
			return registryError(file, line, "unknown record %q", f[0])
		}
	}
	return sc.Err()
}

var (
	aliasFlags  = []string{"legacy", "revoked", "exact", "descriptive", "translit", "vendor-id", "cert-id", "mitre-id", "gov"}
	noneClasses = []string{"vendor", "malware", "tool", "organisation", "placeholder", "operation"}
)

func splitList(s string) []string {
	var out []string
	for _, x := range strings.Split(s, ",") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// validActorID reports whether id follows the ID scheme: lower-case ASCII letters and digits
// in hyphen-separated words.
func validActorID(id string) bool {
	if id == "" || id[0] == '-' || id[len(id)-1] == '-' || strings.Contains(id, "--") {
		return false
	}
	for i := 0; i < len(id); i++ {
		c := id[i]
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// isATTACKGroup reports whether s is an ATT&CK group ID, "G" and four digits.
func isATTACKGroup(s string) bool {
	if len(s) != 5 || s[0] != 'G' {
		return false
	}
	for i := 1; i < 5; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

func (b *actorBuilder) link(r *Registry, srcs []actorSource) error {
	name := func(fi int) string { return srcs[fi].name }
	// Organizations.
	r.byID = map[string]*actorOrg{}
	for _, id := range b.orgOrder {
		f := b.orgRecs[id]
		country := f[4]
		if country == "-" {
			country = ""
		} else if len(country) != 2 || strings.ToUpper(country) != country {
			return registryError(name(b.orgFile[id]), b.orgLine[id], "country %q is not an ISO 3166-1 alpha-2 code", country)
		}
		if !slices.Contains(actorKinds, f[3]) {
			return registryError(name(b.orgFile[id]), b.orgLine[id], "unknown kind %q", f[3])
		}
		o := &actorOrg{id: id, kind: f[3], country: country, name: f[5], source: f[6], file: name(b.orgFile[id])}
		r.orgs = append(r.orgs, o)
		r.byID[id] = o
	}
	for _, o := range r.orgs {
		p := b.orgRecs[o.id][2]
		if p == "-" {
			continue
		}
		po, ok := r.byID[p]
		if !ok {
			return registryError(name(b.orgFile[o.id]), b.orgLine[o.id], "unknown parent %q", p)
		}
		o.parent = po
	}
	for _, o := range r.orgs {
		d := 0
		for p := o.parent; p != nil; p = p.parent {
			if d++; d > len(r.orgs) {
				return registryError(name(b.orgFile[o.id]), b.orgLine[o.id], "parent cycle through %q", o.id)
			}
		}
		o.depth = d
	}
	// Intrusion sets and their edges.
	r.sets = map[string]*actorSet{}
	for _, id := range b.setOrder {
		s := b.sets[id]
		if _, clash := r.byID[id]; clash {
			return registryError(name(s.file), b.setLine[id], "set ID %q is also an organization ID", id)
		}
		for _, rid := range s.resIDs {
			o, ok := r.byID[rid]
			if !ok {
				return registryError(name(s.file), b.setLine[id], "set %q resolves to unknown organization %q", id, rid)
			}
			s.res = append(s.res, o)
		}
		r.sets[id] = s
	}
	for subj, es := range b.edges {
		s, ok := r.sets[subj]
		if !ok {
			o, isOrg := r.byID[subj]
			if !isOrg || o.kind != ActorKindPersona {
				return registryError(name(b.edgeFile[subj]), 0, "edge subject %q is neither a set nor a persona", subj)
			}
			// A persona is its own activity cluster: give it a set so that matches carry
			// its sponsor edges.
			s = &actorSet{id: subj, name: o.name, res: []*actorOrg{o}, file: b.edgeFile[subj]}
			r.sets[subj] = s
		}
		for _, e := range es {
			o, ok := r.byID[e.org]
			if !ok {
				return registryError(name(b.edgeFile[subj]), 0, "edge of %q names unknown organization %q", subj, e.org)
			}
			s.edges = append(s.edges, SponsorEdge{Sponsor: Actor{o}, Basis: e.basis, Confidence: e.confidence, Source: e.source, Date: e.date})
		}
	}
	// Lexicon and units first: they do not depend on aliases.
	if err := b.linkGrammar(r, name); err != nil {
		return err
	}
	return b.linkAliases(r, name)
}

var actorKinds = []string{ActorKindState, ActorKindService, ActorKindUnit, ActorKindProxyCompany, ActorKindPersona, ActorKindWesternAgency}

func (b *actorBuilder) linkGrammar(r *Registry, name func(int) string) error {
	r.units = map[string][]actorUnit{}
	for _, u := range b.units {
		o, ok := r.byID[u.org]
		if !ok {
			return registryError(name(u.file), u.line, "unit of unknown organization %q", u.org)
		}
		r.units[u.number] = append(r.units[u.number], actorUnit{org: o, desig: u.kind == "designation"})
	}
	r.lexCountry, r.lexModifier, r.lexFiller, r.lexCore = map[string]string{}, map[string]string{}, map[string]string{}, map[string]string{}
	r.lexUnitWord, r.lexDesig, r.lexConnect = map[string]bool{}, map[string]bool{}, map[string]bool{}
	r.lexPro = map[string]string{}
	var cores []actorLexRec
	for _, l := range b.lex {
		k := fold(l.phrase)
		switch l.kind {
		case "country":
			if len(l.value) != 2 || strings.ToLower(l.value) != l.value {
				return registryError(name(l.file), l.line, "country phrase value %q is not a lower-case ISO 3166-1 alpha-2 code", l.value)
			}
			r.lexCountry[k] = l.value
			r.lexCountry[trimPossessive(k)] = l.value // the grammar trims "'s" from words
			r.maxCountry = max(r.maxCountry, strings.Count(k, " ")+1)
		case "procountry":
			if len(l.value) != 2 || strings.ToLower(l.value) != l.value {
				return registryError(name(l.file), l.line, "procountry value %q is not a lower-case ISO 3166-1 alpha-2 code", l.value)
			}
			r.lexPro[k] = l.value
		case "modifier":
			if l.value != "state" && l.value != "link" {
				return registryError(name(l.file), l.line, "modifier value %q", l.value)
			}
			r.lexModifier[k] = l.value
		case "filler":
			if l.value != "hacker" && l.value != "neutral" && l.value != "services" {
				return registryError(name(l.file), l.line, "filler value %q", l.value)
			}
			r.lexFiller[k] = l.value
		case "core":
			if _, isOrg := r.byID[l.value]; !isOrg && !isClassName(l.value) {
				return registryError(name(l.file), l.line, "core value %q is neither an organization nor a class", l.value)
			}
			cores = append(cores, l) // keyed below, once fillers and connectors are known
		case "unitword":
			r.lexUnitWord[k] = true
		case "designation":
			r.lexDesig[k] = true
		case "connector":
			r.lexConnect[k] = true
		default:
			return registryError(name(l.file), l.line, "unknown lexicon kind %q", l.kind)
		}
	}
	// A core phrase is keyed by its words in sorted order, and also without the fillers and
	// connectors that the grammar drops from the input ("national cyber security centre"),
	// unless that shorter key has a meaning of its own ("security services" is not "security").
	for _, l := range cores {
		w := splitKey(fold(l.phrase))
		slices.Sort(w)
		r.lexCore[strings.Join(w, " ")] = l.value
	}
	for _, l := range cores {
		var w []string
		for _, x := range splitKey(fold(l.phrase)) {
			if r.lexFiller[x] == "" && !r.lexConnect[x] && x != "the" {
				w = append(w, x)
			}
		}
		slices.Sort(w)
		if k := strings.Join(w, " "); k != "" {
			if _, taken := r.lexCore[k]; !taken {
				r.lexCore[k] = l.value
			}
		}
	}
	r.classes = map[string][]*actorOrg{}
	for _, c := range b.classes {
		var os []*actorOrg
		for _, id := range splitList(c.orgs) {
			o, ok := r.byID[id]
			if !ok {
				return registryError(name(c.file), c.line, "class names unknown organization %q", id)
			}
			os = append(os, o)
		}
		r.classes[c.country+" "+c.class] = os
	}
	return nil
}

// isClassName reports whether v names a class of the phrase grammar rather than an
// organization: classes are plain lower-case words without hyphens.
func isClassName(v string) bool {
	return v != "" && strings.IndexFunc(v, func(r rune) bool { return !unicode.IsLower(r) }) < 0
}

// resolution of an alias record.
type aliasTarget struct {
	orgs []*actorOrg
	set  *actorSet
	file int // the later of the alias's and the set's file
}

func (b *actorBuilder) linkAliases(r *Registry, name func(int) string) error {
	type bucketItem struct {
		rec actorAliasRec
		t   aliasTarget
	}
	buckets := map[string][]bucketItem{}
	var keys []string
	add := func(k string, it bucketItem) {
		if _, ok := buckets[k]; !ok {
			keys = append(keys, k)
		}
		buckets[k] = append(buckets[k], it)
	}
	// Every organization is reachable by its ID and its English name.
	for _, o := range r.orgs {
		fi := b.orgFile[o.id]
		t := aliasTarget{orgs: []*actorOrg{o}, set: r.sets[o.id], file: fi}
		add(fold(o.id), bucketItem{actorAliasRec{target: o.id, text: o.id, source: "registry ID", exact: true, file: fi}, t})
		add(fold(o.name), bucketItem{actorAliasRec{target: o.id, text: o.name, source: o.source, file: fi}, t})
	}
	for _, a := range b.aliases {
		k := fold(a.text)
		if k == "" {
			return registryError(name(a.file), a.line, "alias %q folds to nothing", a.text)
		}
		if suppressed(b.supp, k, a) {
			continue
		}
		var t aliasTarget
		if o, ok := r.byID[a.target]; ok {
			t = aliasTarget{orgs: []*actorOrg{o}, file: a.file}
			if s, ok := r.sets[a.target]; ok { // a persona with edges
				t.set = s
			}
		} else if s, ok := r.sets[a.target]; ok {
			t = aliasTarget{orgs: s.res, set: s, file: max(a.file, s.file)}
		} else {
			return registryError(name(a.file), a.line, "alias %q of unknown target %q", a.text, a.target)
		}
		add(k, bucketItem{a, t})
	}
	r.index = make(map[string]*actorEntry, len(keys)+len(b.marks))
	compactBuckets := map[string][]*actorEntry{}
	var compactKeys []string
	for _, k := range keys {
		items := buckets[k]
		first := items[0]
		agree := true
		var union []*actorOrg
		for _, it := range items {
			if !sameOrgs(it.t.orgs, first.t.orgs) {
				agree = false
			}
			for _, o := range it.t.orgs {
				if !slices.Contains(union, o) {
					union = append(union, o)
				}
			}
		}
		e := &actorEntry{alias: first.rec.text, source: first.rec.source, set: first.t.set, rule: "alias", quality: MatchAlias, file: name(first.t.file)}
		e.kind, e.aliasStat, e.script = aliasMeta(first.rec)
		for _, it := range items {
			if it.rec.exact && fold(it.rec.text) == k && agree {
				e.quality = MatchExact
			}
			if slices.Contains(it.rec.flags, "exact") {
				e.exactOnly = true
			}
		}
		rule, hasRule := b.rules[k]
		if hasRule {
			delete(b.rules, k)
			if !slices.ContainsFunc(union, func(o *actorOrg) bool { return o.id == rule.org }) {
				return registryError(name(rule.file), rule.line, "rule pins %q to %q, which none of its aliases names", rule.text, rule.org)
			}
		}
		if hasRule && !agree {
			o := r.byID[rule.org]
			picked := false
			for _, it := range items {
				if len(it.t.orgs) == 1 && it.t.orgs[0] == o {
					e.alias, e.source, e.set = it.rec.text, it.rec.source, it.t.set
					e.kind, e.aliasStat, e.script = aliasMeta(it.rec)
					picked = true
					break
				}
			}
			if !picked {
				return registryError(name(rule.file), rule.line, "rule pins %q to %q, which none of its aliases names", rule.text, rule.org)
			}
			e.status, e.org, e.rule, e.reason, e.file = actorKeyResolved, o, "rule", rule.reason, name(rule.file)
			first.t.orgs = []*actorOrg{o}
		} else {
			switch {
			case !agree:
				e.status, e.cands, e.set = actorKeyAmbiguous, union, nil
				e.reason = "the alias names different organizations in different sources"
				ids := make([]string, len(union))
				for i, o := range union {
					ids[i] = o.id
				}
				r.collisions = append(r.collisions, first.rec.text+": "+strings.Join(ids, ", "))
			case len(first.t.orgs) == 1:
				e.status, e.org = actorKeyResolved, first.t.orgs[0]
			case len(first.t.orgs) == 0:
				e.status = actorKeyUnattributed
				e.reason = "no public sponsor attribution for " + first.t.set.name
			default:
				e.status, e.cands = actorKeyAmbiguous, first.t.orgs
				e.reason = "sources disagree on the sponsor of " + first.t.set.name
			}
			if e.status == actorKeyAmbiguous {
				if c, ok := commonAncestor(e.cands); ok {
					e.common = c
				}
			}
		}
		if e.status == actorKeyResolved {
			for _, it := range items {
				if !slices.Contains(e.org.aliases, it.rec.text) && it.rec.source != "registry ID" {
					e.org.aliases = append(e.org.aliases, it.rec.text)
				}
			}
		}
		if m, ok := b.marks[k]; ok {
			if m.file == first.t.file {
				return registryError(name(m.file), m.line, "%q is both an alias (line %d) and a %s record", m.text, first.rec.line, m.kind)
			}
			if m.file > first.t.file {
				continue // the later file's marker wins; added below
			}
			delete(b.marks, k)
		}
		r.index[k] = e
		if ck := strings.ReplaceAll(k, " ", ""); ck != k {
			if _, ok := compactBuckets[ck]; !ok {
				compactKeys = append(compactKeys, ck)
			}
			compactBuckets[ck] = append(compactBuckets[ck], e)
		}
	}
	for _, rule := range b.rules {
		return registryError(name(rule.file), rule.line, "rule for %q, which is no alias", rule.text)
	}
	for k, m := range b.marks {
		e := &actorEntry{alias: m.text, source: m.reason, reason: m.reason, rule: m.kind, file: name(m.file)}
		switch {
		case m.kind == "vague":
			e.status = actorKeyVague
			if m.class != "-" {
				o, ok := r.byID[m.class]
				if !ok {
					return registryError(name(m.file), m.line, "vague record names unknown organization %q", m.class)
				}
				e.cands = []*actorOrg{o}
			}
		case m.class == "placeholder":
			e.status = actorKeyUnspecified
		default:
			e.status = actorKeyNotApplicable
			e.reason = m.class + ": " + m.reason
		}
		r.index[k] = e
		if ck := strings.ReplaceAll(k, " ", ""); ck != k {
			if _, ok := compactBuckets[ck]; !ok {
				compactKeys = append(compactKeys, ck)
			}
			compactBuckets[ck] = append(compactBuckets[ck], e)
		}
	}
	// The compact index: keys without spaces, for "APT 28" vs "APT28" and "Cold River" vs
	// "COLDRIVER". A compact key that is also a full key is answered by the full index.
	r.compact = map[string]*actorEntry{}
	for _, ck := range compactKeys {
		es := compactBuckets[ck]
		if _, ok := r.index[ck]; ok {
			continue
		}
		e := es[0]
		for _, x := range es[1:] {
			if x.status != e.status || x.org != e.org || !sameOrgs(x.cands, e.cands) {
				e = mergeAmbiguous(es)
				r.collisions = append(r.collisions, e.alias+" (spaces ignored): "+candIDs(e.cands))
				break
			}
		}
		r.compact[ck] = e
	}
	slices.Sort(r.collisions)
	for _, k := range keys {
		e := r.index[k]
		if e == nil || e.status != actorKeyResolved || e.exactOnly || len(k) < 5 || strings.ContainsAny(k, "0123456789") {
			continue
		}
		r.fuzzy = append(r.fuzzy, actorFuzzyKey{key: k, family: familyWords(k), e: e})
	}
	return nil
}

// actorFamilyWords are the words that naming schemes use for a country or a motive (CrowdStrike
// animals, Microsoft weather, Unit 42 constellations, GTIG 2026 suffixes). Fuzzy matching never
// changes one: "Fancy Bare" is not "Fancy Bear", "Cozy Bear" is not "Fancy Bear".
var actorFamilyWords = map[string]bool{
	"bear": true, "panda": true, "kitten": true, "chollima": true, "spider": true, "jackal": true,
	"buffalo": true, "tiger": true, "leopard": true, "crane": true, "ocelot": true, "wolf": true,
	"blizzard": true, "typhoon": true, "sandstorm": true, "sleet": true, "tempest": true,
	"hail": true, "flood": true, "tsunami": true, "cyclone": true, "dust": true,
	"ursa": true, "taurus": true, "serpens": true, "pisces": true, "libra": true, "scorpius": true,
	"relic": true, "castle": true, "ion": true, "neptune": true,
}

// familyWords returns the family words of a folded key, space-separated, in order.
func familyWords(k string) string {
	var fw []string
	for _, w := range splitKey(k) {
		if actorFamilyWords[w] {
			fw = append(fw, w)
		} else if one, ok := strings.CutSuffix(w, "s"); ok && actorFamilyWords[one] {
			fw = append(fw, one) // "Cozy Bears" keeps the family word of "Cozy Bear"
		}
	}
	return strings.Join(fw, " ")
}

func candIDs(os []*actorOrg) string {
	ids := make([]string, len(os))
	for i, o := range os {
		ids[i] = o.id
	}
	return strings.Join(ids, ", ")
}

// aliasMeta returns the kind, status and script of an alias record. The kind comes from the
// flags, or from the shape of the alias (an ATT&CK group ID, a CERT-UA cluster, a vendor's
// numbered cluster); the script from its letters.
func aliasMeta(a actorAliasRec) (kind, status, script string) {
	kind, status = "name", "current"
	for _, f := range a.flags {
		switch f {
		case "legacy", "revoked":
			status = f
		case "mitre-id", "vendor-id", "cert-id", "translit", "descriptive", "gov":
			kind = f
		}
	}
	if a.source == "registry ID" {
		kind = "id"
	} else if scheme, ok := vendorIDScheme(fold(a.text)); ok && kind == "name" {
		switch scheme {
		case "MITRE ATT&CK group":
			kind = "mitre-id"
		case "CERT-UA UAC":
			kind = "cert-id"
		default:
			kind = "vendor-id"
		}
	}
	return kind, status, scriptOf(a.text)
}

// scriptOf returns the ISO 15924 code of the first letter of s that belongs to a script the
// registry uses, or "Zyyy" (common) when there is none.
func scriptOf(s string) string {
	for _, r := range s {
		for _, sc := range actorScripts {
			if unicode.Is(sc.table, r) {
				return sc.code
			}
		}
	}
	return "Zyyy"
}

var actorScripts = []struct {
	code  string
	table *unicode.RangeTable
}{
	{"Latn", unicode.Latin}, {"Cyrl", unicode.Cyrillic}, {"Grek", unicode.Greek},
	{"Hani", unicode.Han}, {"Hang", unicode.Hangul}, {"Arab", unicode.Arabic},
}

// mergeAmbiguous builds the entry for a compact key that several full keys share.
func mergeAmbiguous(es []*actorEntry) *actorEntry {
	e := &actorEntry{status: actorKeyAmbiguous, alias: es[0].alias, source: es[0].source, rule: "alias-compact", quality: MatchAlias, file: es[0].file,
		reason: "names that differ only in spaces or hyphens name different organizations"}
	for _, x := range es {
		for _, o := range append([]*actorOrg{x.org}, x.cands...) {
			if o != nil && !slices.Contains(e.cands, o) {
				e.cands = append(e.cands, o)
			}
		}
	}
	if c, ok := commonAncestor(e.cands); ok {
		e.common = c
	}
	return e
}

func sameOrgs(a, b []*actorOrg) bool {
	if len(a) != len(b) {
		return false
	}
	for _, o := range a {
		if !slices.Contains(b, o) {
			return false
		}
	}
	return true
}

func suppressed(supp []actorSuppress, k string, a actorAliasRec) bool {
	for _, s := range supp {
		if s.key == k && (s.target == "*" || s.target == a.target) {
			return true
		}
	}
	return false
}
