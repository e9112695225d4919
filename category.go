package incident

import (
	"strings"
	"sync"
)

// Category is a code of the two-level incident taxonomy of spec/incidents.md: a parent such
// as "physical" or one of its children such as "physical.arson". A parent alone means "of
// this kind, not further specified". It is a small comparable value; the zero Category is
// no category.
//
// The constants are declared in the order of their codes, so sorting Categories by value
// sorts them by code. The taxonomy is closed: the codes are the contract of the JSON output,
// and a source's own label is mapped to them by the normalizer (the label itself is kept in
// the raw record, so the mapping can be revised).
type Category uint8

// The categories of the taxonomy. The comment of each child gives its meaning; the closest
// VERIS, EuRepoC, ACLED and CFR equivalents are listed in spec/incidents.md.
const (
	_ Category = iota // the zero Category is no category

	CategoryAirspace               // airspace: unspecified
	CategoryAirspaceDroneIncursion // airspace.drone-incursion: unidentified drones over sites or airports
	CategoryAirspaceViolation      // airspace.violation: state aircraft or military drones crossing borders

	CategoryCoercion                  // coercion: unspecified
	CategoryCoercionAircraftDiversion // coercion.aircraft-diversion: forced landing, state hijacking

	CategoryCyber            // cyber: unspecified
	CategoryCyberDestructive // cyber.destructive: wiper, ransomware-style destruction
	CategoryCyberDisruption  // cyber.disruption: DDoS, defacement, service outage
	CategoryCyberEspionage   // cyber.espionage: intrusion for data collection
	CategoryCyberHackAndLeak // cyber.hack-and-leak: theft plus publication
	CategoryCyberOTSabotage  // cyber.ot-sabotage: effects on industrial control systems (grid, water PLC)

	CategoryElectronic                 // electronic: unspecified
	CategoryElectronicGNSSInterference // electronic.gnss-interference: GPS/GNSS jamming or spoofing

	CategoryEspionage      // espionage: unspecified
	CategoryEspionageHuman // espionage.human: agents, spy rings, arrests of spies

	CategoryInfluence               // influence: unspecified
	CategoryInfluenceDisinformation // influence.disinformation: fake accounts, spoofed media, mass messages
	CategoryInfluenceProvocation    // influence.provocation: staged stunts (coffins, symbols) for media effect

	CategoryPhysical                     // physical: unspecified
	CategoryPhysicalArson                // physical.arson: deliberate fire, incendiary devices or parcels
	CategoryPhysicalExplosive            // physical.explosive: bomb, IED, explosion on infrastructure
	CategoryPhysicalInfrastructureDamage // physical.infrastructure-damage: cables, pipelines, rail, power lines (mechanical)
	CategoryPhysicalVandalism            // physical.vandalism: graffiti, damage to symbols or vehicles

	CategoryResponse                    // response: unspecified
	CategoryResponseDiplomaticExpulsion // response.diplomatic-expulsion: expulsions, consulate closures (a response)

	CategoryViolence              // violence: unspecified
	CategoryViolenceAssassination // violence.assassination: killing or attempt, incl. poisoning and plots
	CategoryViolenceAssault       // violence.assault: beating or attack short of killing

	numCategories // one past the last category
)

// categoryInfo describes one category: its code and its parent (zero for a parent).
type categoryInfo struct {
	code   string
	parent Category
}

// categoryTable is indexed by Category. Its codes are those of spec/incidents.md.
var categoryTable = [numCategories]categoryInfo{
	CategoryAirspace:               {"airspace", 0},
	CategoryAirspaceDroneIncursion: {"airspace.drone-incursion", CategoryAirspace},
	CategoryAirspaceViolation:      {"airspace.violation", CategoryAirspace},

	CategoryCoercion:                  {"coercion", 0},
	CategoryCoercionAircraftDiversion: {"coercion.aircraft-diversion", CategoryCoercion},

	CategoryCyber:            {"cyber", 0},
	CategoryCyberDestructive: {"cyber.destructive", CategoryCyber},
	CategoryCyberDisruption:  {"cyber.disruption", CategoryCyber},
	CategoryCyberEspionage:   {"cyber.espionage", CategoryCyber},
	CategoryCyberHackAndLeak: {"cyber.hack-and-leak", CategoryCyber},
	CategoryCyberOTSabotage:  {"cyber.ot-sabotage", CategoryCyber},

	CategoryElectronic:                 {"electronic", 0},
	CategoryElectronicGNSSInterference: {"electronic.gnss-interference", CategoryElectronic},

	CategoryEspionage:      {"espionage", 0},
	CategoryEspionageHuman: {"espionage.human", CategoryEspionage},

	CategoryInfluence:               {"influence", 0},
	CategoryInfluenceDisinformation: {"influence.disinformation", CategoryInfluence},
	CategoryInfluenceProvocation:    {"influence.provocation", CategoryInfluence},

	CategoryPhysical:                     {"physical", 0},
	CategoryPhysicalArson:                {"physical.arson", CategoryPhysical},
	CategoryPhysicalExplosive:            {"physical.explosive", CategoryPhysical},
	CategoryPhysicalInfrastructureDamage: {"physical.infrastructure-damage", CategoryPhysical},
	CategoryPhysicalVandalism:            {"physical.vandalism", CategoryPhysical},

	CategoryResponse:                    {"response", 0},
	CategoryResponseDiplomaticExpulsion: {"response.diplomatic-expulsion", CategoryResponse},

	CategoryViolence:              {"violence", 0},
	CategoryViolenceAssassination: {"violence.assassination", CategoryViolence},
	CategoryViolenceAssault:       {"violence.assault", CategoryViolence},
}

// maxCategoryCode is the length of the longest code, "physical.infrastructure-damage".
const maxCategoryCode = 30

// categoryIndex maps each code to its Category; it is built on first use.
var categoryIndex = sync.OnceValue(func() map[string]Category {
	m := make(map[string]Category, numCategories)
	for c := Category(1); c < numCategories; c++ {
		m[categoryTable[c].code] = c
	}
	return m
})

// Categories returns every category of the taxonomy, parents included, sorted by code.
func Categories() []Category {
	out := make([]Category, 0, numCategories-1)
	for c := Category(1); c < numCategories; c++ {
		out = append(out, c)
	}
	return out
}

// IsValid reports whether c is a category of the taxonomy, not the zero value.
func (c Category) IsValid() bool { return c > 0 && c < numCategories }

// String returns the code of c, such as "physical.arson" or "cyber", or "" for the zero
// Category.
func (c Category) String() string {
	if !c.IsValid() {
		return ""
	}
	return categoryTable[c].code
}

// Parent returns the parent of a child category ("physical" for "physical.arson"), and the
// zero Category for a parent or the zero Category.
func (c Category) Parent() Category {
	if !c.IsValid() {
		return 0
	}
	return categoryTable[c].parent
}

// IsParent reports whether c is a top-level category such as "physical".
func (c Category) IsParent() bool { return c.IsValid() && categoryTable[c].parent == 0 }

// Contains reports whether d is c or one of its children: "physical" contains
// "physical.arson" and itself, "physical.arson" contains only itself. This is the
// compatibility rule for merging records: two records may describe the same incident only if
// a category of one contains a category of the other. The zero Category contains nothing.
func (c Category) Contains(d Category) bool {
	return c.IsValid() && (c == d || d.Parent() == c)
}

// MarshalText implements encoding.TextMarshaler with the code; the zero Category marshals as
// empty text.
func (c Category) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler with ParseCategory; empty text is the
// zero Category.
func (c *Category) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = 0
		return nil
	}
	v, err := ParseCategory(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// ParseCategory returns the category whose code is s: a child such as "physical.arson" or a
// bare parent such as "physical". Case does not matter and surrounding spaces are ignored;
// nothing else is tolerated, because the codes are the canonical form (a source's own labels,
// such as "Arson" or "Sabotage", are the business of the normalizer's lexicon).
//
// Errors, all *ParseError: ErrInvalid for input that checkInput rejects (over MaxInputLen,
// invalid UTF-8, control characters); ErrUnspecified for empty or blank input; ErrUnknown for
// anything else, with a hint when s is the child part of exactly one code ("arson").
func ParseCategory(s string) (Category, error) {
	if err := checkInput("ParseCategory", s); err != nil {
		return 0, err
	}
	t := strings.TrimSpace(s)
	if t == "" {
		return 0, newParseError("ParseCategory", s, ErrUnspecified, "empty")
	}
	if len(t) <= maxCategoryCode {
		var buf [maxCategoryCode]byte
		k := buf[:len(t)]
		for i := 0; i < len(t); i++ {
			c := t[i]
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			k[i] = c
		}
		if c, ok := categoryIndex()[string(k)]; ok {
			return c, nil
		}
		if c := categoryByChild(string(k)); c != 0 {
			return 0, newParseError("ParseCategory", s, ErrUnknown, "category codes are parent.child: did you mean "+c.String()+"?")
		}
	}
	return 0, newParseError("ParseCategory", s, ErrUnknown, "")
}

// categoryByChild returns the only child category whose part after the dot is child, or zero.
// It runs only on the error path.
func categoryByChild(child string) Category {
	var found Category
	for c := Category(1); c < numCategories; c++ {
		code := categoryTable[c].code
		if i := strings.IndexByte(code, '.'); i >= 0 && code[i+1:] == child {
			if found != 0 {
				return 0
			}
			found = c
		}
	}
	return found
}

// NormalizeCategories returns the canonical set of cs: invalid values removed, duplicates
// merged, a parent dropped when one of its children is present ("physical" next to
// "physical.arson" adds nothing), sorted by code. It returns a new slice, or nil when no
// valid category is left; cs is not modified.
func NormalizeCategories(cs []Category) []Category {
	var present, covered [numCategories]bool
	n := 0
	for _, c := range cs {
		if !c.IsValid() || present[c] {
			continue
		}
		present[c] = true
		n++
		if p := c.Parent(); p != 0 {
			covered[p] = true
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]Category, 0, n)
	for c := Category(1); c < numCategories; c++ {
		if present[c] && !covered[c] {
			out = append(out, c)
		}
	}
	return out
}
