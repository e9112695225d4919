package incident

import (
	"slices"
	"strings"
)

// Actor is a handle to an organization of an actor Registry: a state ("ru"), a service
// ("ru-gru"), a unit ("ru-gru-26165"), a proxy company ("ru-wagner"), a persona
// ("hacktivist-killnet") or a Western or Ukrainian agency ("gb-ncsc"). Intrusion sets such as
// APT28 are not actors: they are aliases that resolve to their sponsoring organization, and
// ActorMatch.Via keeps their name.
//
// Actor is small and comparable. Two Actors of the same Registry are equal exactly when their
// IDs are equal; Actors of different registries (a registry and one of its overlays) are
// different values even for the same ID, so compare ID() across registries. The zero Actor is
// no actor: IsValid reports false and every accessor returns the zero value of its type.
type Actor struct{ o *actorOrg }

// actorOrg is the immutable record of one organization inside a compiled Registry.
type actorOrg struct {
	id      string
	name    string
	kind    string
	country string // ISO 3166-1 alpha-2, upper case, or "" for a persona without a base
	parent  *actorOrg
	depth   int      // 0 for a root
	aliases []string // the names of the data that resolve to this organization, in data order
	source  string   // the public source of the organization record
	file    string   // the data file that defined it last
}

// The kinds of organization that Actor.Kind reports.
const (
	ActorKindState         = "state"          // a state, service unspecified: "ru", "cn"
	ActorKindService       = "service"        // an intelligence or security service, a ministry: "ru-gru"
	ActorKindUnit          = "unit"           // a unit or directorate of a service: "ru-gru-26165"
	ActorKindProxyCompany  = "proxy-company"  // a private military or front company: "ru-wagner"
	ActorKindPersona       = "persona"        // a hacktivist persona: "hacktivist-killnet"
	ActorKindWesternAgency = "western-agency" // a Western or Ukrainian body: "gb-ncsc", "ua-hur"
)

// IsValid reports whether a is an actor, not the zero value.
func (a Actor) IsValid() bool { return a.o != nil }

// ID returns the canonical ID, "ru-gru-26165", or "" for the zero Actor. IDs are lower case and
// hyphen-separated, with the ISO 3166-1 alpha-2 code first for state bodies and
// "hacktivist-" first for personas (spec/actors.md).
func (a Actor) ID() string {
	if a.o == nil {
		return ""
	}
	return a.o.id
}

// Name returns the English name of the organization, "85th Main Special Service Center
// (GTsSS), military unit 26165", or "" for the zero Actor.
func (a Actor) Name() string {
	if a.o == nil {
		return ""
	}
	return a.o.name
}

// Kind returns one of the ActorKind constants, or "" for the zero Actor.
func (a Actor) Kind() string {
	if a.o == nil {
		return ""
	}
	return a.o.kind
}

// Country returns the ISO 3166-1 alpha-2 code of the state the organization belongs to, "RU",
// the country a persona is based in or claims, or "" when there is none (and for the zero
// Actor). The Soviet KGB reports "SU", the code ISO 3166-1 keeps exceptionally reserved. Pass
// it to ParseCountry for a Country value.
func (a Actor) Country() string {
	if a.o == nil {
		return ""
	}
	return a.o.country
}

// Parent returns the organization a belongs to, with true, or the zero Actor and false for a
// root ("ru") and for the zero Actor. The hierarchy comes from the explicit parent field of the
// data, never from the shape of the ID.
func (a Actor) Parent() (Actor, bool) {
	if a.o == nil || a.o.parent == nil {
		return Actor{}, false
	}
	return Actor{a.o.parent}, true
}

// Path returns the actors from the root down to a: [ru ru-gru ru-gru-26165]. It returns nil
// for the zero Actor.
func (a Actor) Path() []Actor {
	if a.o == nil {
		return nil
	}
	p := make([]Actor, a.o.depth+1)
	for o, i := a.o, a.o.depth; o != nil; o, i = o.parent, i-1 {
		p[i] = Actor{o}
	}
	return p
}

// Aliases returns the names that resolve to a in its registry (official names in several
// languages and scripts, abbreviations, unit numbers, and the names of the intrusion sets it
// sponsors), in data order, without duplicates. The slice is a fresh copy; it is nil for the
// zero Actor.
func (a Actor) Aliases() []string {
	if a.o == nil {
		return nil
	}
	return slices.Clone(a.o.aliases)
}

// IsAncestorOf reports whether a is b or one of b's ancestors. The zero Actor is no one's
// ancestor.
func (a Actor) IsAncestorOf(b Actor) bool {
	if a.o == nil {
		return false
	}
	for o := b.o; o != nil; o = o.parent {
		if o == a.o {
			return true
		}
	}
	return false
}

// String returns the ID, or "" for the zero Actor.
func (a Actor) String() string { return a.ID() }

// AppendText implements encoding.TextAppender with the ID.
func (a Actor) AppendText(b []byte) ([]byte, error) { return append(b, a.ID()...), nil }

// MarshalText implements encoding.TextMarshaler with the ID; the zero Actor marshals as
// empty text.
func (a Actor) MarshalText() ([]byte, error) { return []byte(a.ID()), nil }

// UnmarshalText implements encoding.TextUnmarshaler. Empty text is the zero Actor; anything
// else is looked up with LookupActor in the default registry, so an ID round-trips and an
// alias ("APT28") is accepted too.
func (a *Actor) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*a = Actor{}
		return nil
	}
	v, err := LookupActor(string(text))
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// LowestCommonAncestor returns the deepest actor that is an ancestor of (or equal to) both a
// and b, with true: ru-gru for ru-gru-26165 and ru-gru-74455, ru for ru-svr and ru-gru. It
// returns false when they share none (ru and cn), when either is the zero Actor, and when they
// come from different registries.
func LowestCommonAncestor(a, b Actor) (Actor, bool) {
	x, y := a.o, b.o
	if x == nil || y == nil {
		return Actor{}, false
	}
	for x.depth > y.depth {
		x = x.parent
	}
	for y.depth > x.depth {
		y = y.parent
	}
	for x != y {
		x, y = x.parent, y.parent
		if x == nil || y == nil {
			return Actor{}, false
		}
	}
	return Actor{x}, true
}

// commonAncestor folds LowestCommonAncestor over several actors.
func commonAncestor(as []*actorOrg) (*actorOrg, bool) {
	if len(as) == 0 {
		return nil, false
	}
	c := Actor{as[0]}
	for _, o := range as[1:] {
		var ok bool
		if c, ok = LowestCommonAncestor(c, Actor{o}); !ok {
			return nil, false
		}
	}
	return c.o, true
}

// LookupActor returns the actor that s names, in the embedded default registry (see
// DefaultRegistry and Registry.Match for the rules). Errors:
//   - *AmbiguousError (errors.Is ErrAmbiguous) when s names several organizations ("IRIDIUM",
//     "Grizzly Steppe", "Main Intelligence Directorate"), with the candidates (Value = ID,
//     Label = name) and Common = their lowest common ancestor, if any; also for words that only
//     encode a nationality or alignment ("Bear", "Russian hackers", "pro-Russian
//     hacktivists"), with Common empty.
//   - ErrNotApplicable for explicit non-actors: reporting vendors ("Mandiant"), bare malware
//     names ("NotPetya"), organisations such as NATO; the reason says which.
//   - ErrUnspecified for placeholders ("unknown", "n/a", "-", "").
//   - ErrUnknown when nothing matches (callers can queue s for curation).
//   - ErrInvalid for input that checkInput rejects.
func LookupActor(s string) (Actor, error) {
	r, err := defaultRegistry()
	if err != nil {
		return Actor{}, newParseError("LookupActor", s, ErrInvalid, err.Error())
	}
	if o := r.hit(s); o != nil {
		return Actor{o}, nil
	}
	m, err := r.match("LookupActor", s)
	return m.Actor, err
}

// MustLookupActor is like LookupActor but panics on error. It is meant for tests and examples.
func MustLookupActor(s string) Actor {
	a, err := LookupActor(s)
	if err != nil {
		panic(err)
	}
	return a
}

// ActorMatch says which actor a string named and how: the intrusion set it came through, the
// alias that matched with its source, the quality of the match and the rule that decided.
// The zero ActorMatch is no match.
type ActorMatch struct {
	Actor Actor // the organization; the zero Actor on error

	// Via is the intrusion set or persona the alias belongs to, "APT28", or "" when the alias
	// names the organization itself ("GRU", "Unit 26165"). ViaATTACK is its MITRE ATT&CK group
	// ID, "G0007", or "".
	Via       string
	ViaATTACK string
	// Sponsors are the sponsor edges recorded for Via: who attributed it to which
	// organization, on what basis, how confidently and when. Several edges may disagree.
	Sponsors []SponsorEdge

	MatchedAlias string // the alias of the data that matched, as written there: "Fancy Bear"
	AliasSource  string // who uses that alias: "CrowdStrike", "MITRE ATT&CK", "DOJ Jul 2018"
	// AliasKind, AliasStatus and AliasScript describe the matched alias: its kind ("name",
	// "id" for a registry ID, "mitre-id", "vendor-id", "cert-id", "translit", "descriptive",
	// "gov" for a government label), its status ("current", "legacy" for a vendor's retired
	// name such as STRONTIUM, "revoked" for a revoked ATT&CK ID), and the ISO 15924 code of its
	// script ("Latn", "Cyrl", ...). They are empty when no alias matched (grammar rules).
	AliasKind   string
	AliasStatus string
	AliasScript string
	Quality     MatchQuality // MatchExact (an ID), MatchAlias, MatchDerived (a grammar rule)
	// Rule names the step that decided: "alias", "alias-compact" (spaces and hyphens ignored),
	// "trim" (articles and words like "group" removed), "unit" (a unit phrase), "phrase" (the
	// country-plus-service grammar), "parts" (several names in one field that agree),
	// "rule" (a curated collision rule of the data), "fuzzy" (one typo away from an alias).
	Rule string
	// Provenance names the data file that decided the answer: a file of the embedded data,
	// "data/actors/intrusion-sets.txt", or the name given to Registry.Overlay.
	Provenance string
}

// SponsorEdge is one claim that an intrusion set or persona works for an organization
// (the STIX "attributed-to" relationship). The zero SponsorEdge is no claim.
type SponsorEdge struct {
	Sponsor    Actor  // the organization
	Basis      string // "government", "indictment", "sanction", "vendor", "mitre", "misp"
	Confidence string // "high", "moderate", "low" as stated by the source, or ""
	Source     string // the public source: "DOJ indictment Jul 2018"
	Date       string // when it was stated, as an EDTF date "2018-07-13", or ""
}

// String returns the ID of the actor, or "" when there is none.
func (m ActorMatch) String() string { return m.Actor.ID() }

// splitKey splits a folded key into its words; folded keys have single spaces only.
func splitKey(k string) []string { return strings.Split(k, " ") }
