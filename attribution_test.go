package incident

import (
	"testing"
)

// attrKeyCases is the table of the attribution order, strongest claim first within each pair:
// compareAttrKeys(a, b) must be negative, and compareAttrKeys(b, a) positive.
var attrKeyCases = []struct {
	name string
	a, b attrKey
}{
	{"actor beats none", attrKey{hasActor: true, id: "ru"}, attrKey{confidence: LevelHigh}},
	{"confidence beats depth", attrKey{true, LevelHigh, 0, "ru"}, attrKey{true, LevelModerate, 2, "ru-gru-26165"}},
	{"depth breaks a confidence tie", attrKey{true, LevelLow, 2, "ru-gru-26165"}, attrKey{true, LevelLow, 1, "ru-gru"}},
	{"higher confidence first", attrKey{true, LevelLow, 0, "ru"}, attrKey{true, LevelNone, 0, "ru"}},
	{"ID breaks a full tie", attrKey{true, LevelHigh, 1, "ru-fsb"}, attrKey{true, LevelHigh, 1, "ru-gru"}},
}

func TestCompareAttrKeys(t *testing.T) {
	for _, tc := range attrKeyCases {
		if c := compareAttrKeys(tc.a, tc.b); c >= 0 {
			t.Errorf("%s: compareAttrKeys(%+v, %+v) = %d, want < 0", tc.name, tc.a, tc.b, c)
		}
		if c := compareAttrKeys(tc.b, tc.a); c <= 0 {
			t.Errorf("%s: compareAttrKeys(%+v, %+v) = %d, want > 0", tc.name, tc.b, tc.a, c)
		}
		if c := compareAttrKeys(tc.a, tc.a); c != 0 {
			t.Errorf("%s: compareAttrKeys(a, a) = %d, want 0", tc.name, c)
		}
	}
	if c := compareAttrKeys(attrKey{confidence: LevelHigh}, attrKey{}); c != 0 {
		t.Errorf("two attributions without actor compare %d, want 0 (their order is kept)", c)
	}
}

func TestPrimaryAttributionNoActor(t *testing.T) {
	attrs := []Attribution{
		{ActorRaw: "unknown", Confidence: LevelHigh},
		{ActorRaw: "Atlantis secret service", Confidence: LevelModerate},
	}
	if a, ok := PrimaryAttribution(attrs, nil); ok || a.ActorRaw != "" {
		t.Errorf("PrimaryAttribution(no actors) = %+v, %v, want none", a, ok)
	}
	if _, ok := PrimaryAttribution(nil, nil); ok {
		t.Errorf("PrimaryAttribution(nil) found one")
	}
	SortAttributions(attrs, nil)
	if attrs[0].ActorRaw != "unknown" {
		t.Errorf("SortAttributions reordered attributions without actor: %+v", attrs)
	}
	inc := Incident{Attributions: attrs, Confidence: LevelHigh}
	inc.SetPrimary(nil)
	if inc.Actor.IsValid() || inc.Confidence != LevelNone {
		t.Errorf("SetPrimary without actors left %v, %v, want no actor, none", inc.Actor, inc.Confidence)
	}
}

// TestPrimaryAttribution runs on the real registry: it needs actors, which only LookupActor
// (through Actor.UnmarshalText, the contract) can make.
func TestPrimaryAttribution(t *testing.T) {
	actor := func(id string) Actor {
		var a Actor
		if err := a.UnmarshalText([]byte(id)); err != nil {
			t.Skipf("actor %q is not in the registry yet: %v", id, err)
		}
		return a
	}
	ru, gru, unit := actor("ru"), actor("ru-gru"), actor("ru-gru-26165")
	depth := func(a Actor) int {
		return map[string]int{"ru": 0, "ru-gru": 1, "ru-gru-26165": 2}[a.ID()]
	}
	attrs := []Attribution{
		{Actor: ru, Confidence: LevelHigh},
		{ActorRaw: "?", Confidence: LevelHigh},
		{Actor: gru, Confidence: LevelModerate},
		{Actor: unit, Confidence: LevelModerate},
	}
	if a, ok := PrimaryAttribution(attrs, depth); !ok || a.Actor != ru {
		t.Errorf("PrimaryAttribution = %v, want ru (higher confidence beats depth)", a.Actor)
	}
	attrs[0].Confidence = LevelLow
	if a, _ := PrimaryAttribution(attrs, depth); a.Actor != unit {
		t.Errorf("PrimaryAttribution = %v, want ru-gru-26165 (the deeper of two moderate claims)", a.Actor)
	}
	// A nil depth uses the registry's own hierarchy (Actor.Depth).
	if a, _ := PrimaryAttribution(attrs, nil); a.Actor != unit {
		t.Errorf("PrimaryAttribution(nil depth) = %v, want ru-gru-26165", a.Actor)
	}
	for _, a := range []Actor{ru, gru, unit, {}} {
		if got, want := a.Depth(), depth(a); got != want {
			t.Errorf("%q.Depth() = %d, want %d", a.ID(), got, want)
		}
	}
	SortAttributions(attrs, depth)
	var got []string
	for _, a := range attrs {
		got = append(got, a.Actor.ID()+"/"+a.Confidence.String())
	}
	want := []string{"ru-gru-26165/moderate", "ru-gru/moderate", "ru/low", "/high"}
	for i := range want {
		if got[i] != want[i] {
			t.Fatalf("SortAttributions = %v, want %v", got, want)
		}
	}
}
