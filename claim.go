package incident

// This file holds the small enumerations that describe an attribution claim: what kind of
// body made it (ClaimantKind), on what basis (Basis), and what act it was (Act). Their
// vocabulary follows the European Repository of Cyber Incidents (EuRepoC) attribution coding.

// Basis is the basis of an attribution claim. The zero value, BasisUnknown, means the basis
// was not given.
type Basis uint8

// The attribution bases of EuRepoC.
const (
	BasisUnknown          Basis = iota
	BasisPolitical              // a government or minister says so
	BasisLegal                  // an indictment, a prosecutor, a court
	BasisIndustry               // a security vendor
	BasisAttackerConfirms       // the attacker claims it
	BasisThirdParty             // a third party (another state, an NGO, researchers)
	BasisReceiver               // the victim says so
	BasisMedia                  // media reporting
)

var basisNames = [...]string{"", "political", "legal", "industry", "attacker-confirms", "third-party", "receiver", "media"}

// String returns the code of b: "political", "legal", "industry", "attacker-confirms",
// "third-party", "receiver", "media", or "" for BasisUnknown.
func (b Basis) String() string { return enumName(basisNames[:], int(b)) }

// MarshalText implements encoding.TextMarshaler with the String form.
func (b Basis) MarshalText() ([]byte, error) { return []byte(b.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler; it accepts the String forms.
func (b *Basis) UnmarshalText(text []byte) error {
	i, err := enumParse("Basis", basisNames[:], string(text))
	*b = Basis(i)
	return err
}

// ClaimantKind is the kind of body that made a claim. The zero value, ClaimantUnknown, means
// it was not given.
type ClaimantKind uint8

// The kinds of claimant.
const (
	ClaimantUnknown      ClaimantKind = iota
	ClaimantGovernment                // a government, ministry or head of state
	ClaimantProsecutor                // a prosecutor or police
	ClaimantCourt                     // a court
	ClaimantIntelligence              // an intelligence or security service
	ClaimantIndustry                  // a security vendor or other company
	ClaimantMedia                     // a news organisation
	ClaimantSelf                      // the actor itself
)

var claimantKindNames = [...]string{"", "government", "prosecutor", "court", "intelligence", "industry", "media", "self"}

// String returns the code of k: "government", "prosecutor", "court", "intelligence",
// "industry", "media", "self", or "" for ClaimantUnknown.
func (k ClaimantKind) String() string { return enumName(claimantKindNames[:], int(k)) }

// MarshalText implements encoding.TextMarshaler with the String form.
func (k ClaimantKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler; it accepts the String forms.
func (k *ClaimantKind) UnmarshalText(text []byte) error {
	i, err := enumParse("ClaimantKind", claimantKindNames[:], string(text))
	*k = ClaimantKind(i)
	return err
}

// Act is the act that a statement about an actor performs. The zero value, ActNone, means no
// act was expressed.
type Act uint8

// The attribution acts.
const (
	ActNone       Act = iota
	ActAttributed     // "attributed to", "held responsible"
	ActBlamed         // "blamed", "pinned it on", "accused"
	ActClaimed        // "claimed responsibility": self-attribution
	ActDenied         // "denied involvement"
)

var actNames = [...]string{"", "attributed", "blamed", "claimed", "denied"}

// String returns "attributed", "blamed", "claimed", "denied", or "" for ActNone.
func (a Act) String() string { return enumName(actNames[:], int(a)) }

// MarshalText implements encoding.TextMarshaler with the String form.
func (a Act) MarshalText() ([]byte, error) { return []byte(a.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler; it accepts the String forms.
func (a *Act) UnmarshalText(text []byte) error {
	i, err := enumParse("Act", actNames[:], string(text))
	*a = Act(i)
	return err
}

func enumName(names []string, i int) string {
	if i >= 0 && i < len(names) {
		return names[i]
	}
	return "?"
}

func enumParse(fn string, names []string, s string) (int, error) {
	for i, n := range names {
		if n == s {
			return i, nil
		}
	}
	return 0, newParseError("Unmarshal"+fn, s, ErrUnknown, "")
}
