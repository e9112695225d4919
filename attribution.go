package incident

import (
	"cmp"
	"slices"
	"strconv"
)

// Attribution is one claim that an actor is behind an incident, as one source made it
// (EuRepoC's model: every attribution has its own claimant, basis, date and confidence; an
// incident has as many attributions as there are distinct claims). The zero Attribution is
// a claim about nobody at confidence none.
//
// Its JSON form has the keys, in this order: "actor" (the canonical actor ID or null),
// "actor_raw", "confidence" ("none", "low", "moderate", "high"), "source_ids", then "via",
// "claimant", "claimant_kind", "basis", "act", "confidence_raw", "score" and "date". Empty
// strings, zero enumerations, the zero Date and an absent score are written as null, never
// left out; source_ids is always a list.
type Attribution struct {
	// Actor is the canonical actor, or the zero Actor when the claim names none that the
	// registry knows (ActorRaw then says what was written).
	Actor Actor
	// ActorRaw is the actor text as the source wrote it: "GRU (suspected)".
	ActorRaw string
	// Via is the intrusion set or persona the actor was resolved through, as the registry
	// names it ("APT28" for a claim that wrote "Fancy Bear"), or "" when the text named the
	// organization itself. STIX export turns it into an intrusion-set object.
	Via string
	// Claimant is who made the claim, as written: "Lithuanian prosecutor general".
	Claimant string
	// ClaimantKind is the kind of body that made the claim.
	ClaimantKind ClaimantKind
	// Basis is the basis of the claim (political, legal, industry...).
	Basis Basis
	// Act is the act the statement performs (attributed, blamed, claimed, denied).
	Act Act
	// Confidence is the analytic confidence level of the claim, the one the canonical record
	// keeps (spec/confidence.md maps every scale onto it). LevelNone when no actor is named.
	Confidence Level
	// ConfidenceRaw is the confidence text as the source wrote it: "High", "70%", "likely".
	ConfidenceRaw string
	// Score is the source's own number on a 0-100 scale, when it gave one; HasScore tells a
	// score of 0 (which STIX defines as "none") from no score.
	Score    int
	HasScore bool
	// Date is when the claim was made, which is often not the date of the incident.
	Date Date
	// SourceIDs are the IDs of the raw records that support the claim; the JSON form writes
	// them sorted and without duplicates.
	SourceIDs []string
}

// SortAttributions sorts attrs in the order of the JSON output of spec/incidents.md: higher
// confidence first; on equal confidence, the deeper actor in the hierarchy first (a unit
// before its service, a service before its state); then by actor ID; attributions without an
// actor last, in their original order. depth returns the depth of an actor in its registry's
// hierarchy (0 for a root such as "ru"); a nil depth uses Actor.Depth, the depth in the
// actor's own registry. The sort is stable.
func SortAttributions(attrs []Attribution, depth func(Actor) int) {
	keys := make([]attrKey, len(attrs))
	order := make([]int, len(attrs))
	for i := range attrs {
		keys[i] = attrKeyOf(attrs[i], depth)
		order[i] = i
	}
	slices.SortStableFunc(order, func(i, j int) int { return compareAttrKeys(keys[i], keys[j]) })
	sorted := make([]Attribution, len(attrs))
	for i, j := range order {
		sorted[i] = attrs[j]
	}
	copy(attrs, sorted)
}

// PrimaryAttribution returns the primary attribution of an incident: among the attributions
// that name an actor, the one with the highest confidence; on equal confidence, the one whose
// actor is deeper in the hierarchy (the more specific claim); then the lower actor ID, so the
// choice does not depend on the order of attrs. Higher confidence always beats higher
// specificity. depth is as for SortAttributions (nil uses Actor.Depth). The boolean is false when no
// attribution names an actor; the incident's "actor" is then null and its "confidence" none.
func PrimaryAttribution(attrs []Attribution, depth func(Actor) int) (Attribution, bool) {
	best, bestKey := -1, attrKey{}
	for i := range attrs {
		if !attrs[i].Actor.IsValid() {
			continue
		}
		k := attrKeyOf(attrs[i], depth)
		if best < 0 || compareAttrKeys(k, bestKey) < 0 {
			best, bestKey = i, k
		}
	}
	if best < 0 {
		return Attribution{}, false
	}
	return attrs[best], true
}

// attrKey is what the ordering of attributions looks at.
type attrKey struct {
	hasActor   bool
	confidence Level
	depth      int
	id         string
}

func attrKeyOf(a Attribution, depth func(Actor) int) attrKey {
	k := attrKey{hasActor: a.Actor.IsValid(), confidence: a.Confidence, id: a.Actor.ID()}
	switch {
	case !k.hasActor:
	case depth != nil:
		k.depth = depth(a.Actor)
	default:
		k.depth = a.Actor.Depth()
	}
	return k
}

// compareAttrKeys is negative when a is the stronger claim: an actor before none, then higher
// confidence, then greater depth, then the lower ID.
func compareAttrKeys(a, b attrKey) int {
	if a.hasActor != b.hasActor {
		if a.hasActor {
			return -1
		}
		return 1
	}
	if !a.hasActor {
		return 0
	}
	if c := cmp.Compare(b.confidence, a.confidence); c != 0 {
		return c
	}
	if c := cmp.Compare(b.depth, a.depth); c != 0 {
		return c
	}
	return cmp.Compare(a.id, b.id)
}

// MarshalJSON writes the JSON form described in the Attribution documentation. Source IDs
// are written sorted and without duplicates.
func (a Attribution) MarshalJSON() ([]byte, error) { return a.appendJSON(nil), nil }

func (a *Attribution) appendJSON(b []byte) []byte {
	b = append(b, `{"actor":`...)
	b = appendCanonical(b, a.Actor.IsValid(), a.Actor.ID())
	b = append(b, `,"actor_raw":`...)
	b = appendOptString(b, a.ActorRaw)
	b = append(b, `,"confidence":`...)
	b = appendJSONString(b, a.Confidence.String())
	b = append(b, `,"source_ids":`...)
	b = appendIDs(b, a.SourceIDs)
	b = append(b, `,"via":`...)
	b = appendOptString(b, a.Via)
	b = append(b, `,"claimant":`...)
	b = appendOptString(b, a.Claimant)
	b = append(b, `,"claimant_kind":`...)
	b = appendOptString(b, a.ClaimantKind.String())
	b = append(b, `,"basis":`...)
	b = appendOptString(b, a.Basis.String())
	b = append(b, `,"act":`...)
	b = appendOptString(b, a.Act.String())
	b = append(b, `,"confidence_raw":`...)
	b = appendOptString(b, a.ConfidenceRaw)
	b = append(b, `,"score":`...)
	if a.HasScore {
		b = strconv.AppendInt(b, int64(a.Score), 10)
	} else {
		b = append(b, "null"...)
	}
	b = append(b, `,"date":`...)
	b = appendCanonical(b, a.Date.IsValid(), a.Date.String())
	return append(b, '}')
}
