package incident

import (
	"errors"
	"slices"
	"strings"
	"testing"
)

// categoryCases is the sorted table of ParseCategory cases: input, category, sentinel.
var categoryCases = []struct {
	in   string
	want Category
	err  error
}{
	{"", 0, ErrUnspecified},
	{"   ", 0, ErrUnspecified},
	{" physical.arson ", CategoryPhysicalArson, nil},
	{"AIRSPACE.DRONE-INCURSION", CategoryAirspaceDroneIncursion, nil},
	{"Cyber", CategoryCyber, nil},
	{"Physical.Arson", CategoryPhysicalArson, nil},
	{"airspace.violation", CategoryAirspaceViolation, nil},
	{"arson", 0, ErrUnknown}, // a child part alone is not a code
	{"coercion.aircraft-diversion", CategoryCoercionAircraftDiversion, nil},
	{"cyber.", 0, ErrUnknown},
	{"cyber.destructive", CategoryCyberDestructive, nil},
	{"cyber.disruption", CategoryCyberDisruption, nil},
	{"cyber.espionage", CategoryCyberEspionage, nil},
	{"cyber.hack and leak", 0, ErrUnknown}, // codes are exact: no folding of dashes
	{"cyber.hack-and-leak", CategoryCyberHackAndLeak, nil},
	{"cyber.ot-sabotage", CategoryCyberOTSabotage, nil},
	{"electronic.gnss-interference", CategoryElectronicGNSSInterference, nil},
	{"espionage", CategoryEspionage, nil},
	{"espionage.human", CategoryEspionageHuman, nil},
	{"influence.disinformation", CategoryInfluenceDisinformation, nil},
	{"influence.provocation", CategoryInfluenceProvocation, nil},
	{"physical", CategoryPhysical, nil},
	{"physical.arson", CategoryPhysicalArson, nil},
	{"physical.arson\x00", 0, ErrInvalid},
	{"physical.explosive", CategoryPhysicalExplosive, nil},
	{"physical.infrastructure-damage", CategoryPhysicalInfrastructureDamage, nil},
	{"physical.infrastructure-damage-x", 0, ErrUnknown}, // longer than any code
	{"physical.vandalism", CategoryPhysicalVandalism, nil},
	{"physical/arson", 0, ErrUnknown},
	{"response.diplomatic-expulsion", CategoryResponseDiplomaticExpulsion, nil},
	{"sabotage", 0, ErrUnknown},
	{"violence.assassination", CategoryViolenceAssassination, nil},
	{"violence.assault", CategoryViolenceAssault, nil},
	{"\xff", 0, ErrInvalid},
	{"ｐｈｙｓｉｃａｌ", 0, ErrUnknown}, // fullwidth is not a code
	{strings.Repeat("x", MaxInputLen+1), 0, ErrInvalid},
}

func TestParseCategory(t *testing.T) {
	for _, tc := range categoryCases {
		got, err := ParseCategory(tc.in)
		if got != tc.want || !errors.Is(err, tc.err) || (tc.err == nil) != (err == nil) {
			t.Errorf("ParseCategory(%q) = %v, %v, want %v, %v", tc.in, got, err, tc.want, tc.err)
		}
		if err != nil {
			var pe *ParseError
			if !errors.As(err, &pe) || pe.Func != "ParseCategory" {
				t.Errorf("ParseCategory(%q) error %v is not a *ParseError of ParseCategory", tc.in, err)
			}
		}
	}
}

func TestParseCategoryHint(t *testing.T) {
	for _, tc := range []struct{ in, hint string }{
		{"arson", "physical.arson"},
		{"Human", "espionage.human"},
		{"assault", "violence.assault"},
		{"sabotage", ""},
	} {
		_, err := ParseCategory(tc.in)
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Fatalf("ParseCategory(%q) = %v, want a *ParseError", tc.in, err)
		}
		if got := strings.Contains(pe.Reason, "did you mean"); got != (tc.hint != "") || !strings.Contains(pe.Reason, tc.hint) {
			t.Errorf("ParseCategory(%q) reason = %q, want a hint at %q", tc.in, pe.Reason, tc.hint)
		}
	}
}

// TestCategoryTable checks the taxonomy itself: codes round-trip, constants are in code
// order, each child's parent is the part of its code before the dot, and the spec's 19 child
// codes under 9 parents are all there.
func TestCategoryTable(t *testing.T) {
	all := Categories()
	if len(all) != 28 {
		t.Fatalf("len(Categories()) = %d, want 28 (19 children, 9 parents)", len(all))
	}
	parents := 0
	for i, c := range all {
		code := c.String()
		if got, err := ParseCategory(code); got != c || err != nil {
			t.Errorf("ParseCategory(%q) = %v, %v, want %v", code, got, err, c)
		}
		if i > 0 && all[i-1].String() >= code {
			t.Errorf("category %q is declared after %q: constants must be in code order", code, all[i-1])
		}
		parent, _, isChild := strings.Cut(code, ".")
		if !isChild {
			parents++
			if c.Parent() != 0 || !c.IsParent() {
				t.Errorf("%q.Parent() = %v, IsParent() = %v, want none, true", code, c.Parent(), c.IsParent())
			}
			continue
		}
		if got := c.Parent().String(); got != parent || c.IsParent() {
			t.Errorf("%q.Parent() = %q, IsParent() = %v, want %q, false", code, got, c.IsParent(), parent)
		}
	}
	if parents != 9 {
		t.Errorf("%d parents, want 9", parents)
	}
	var zero Category
	if zero.IsValid() || zero.String() != "" || zero.Parent() != 0 || zero.IsParent() || numCategories.IsValid() {
		t.Errorf("the zero Category or an out-of-range value looks valid")
	}
	if len(CategoryPhysicalInfrastructureDamage.String()) != maxCategoryCode {
		t.Errorf("maxCategoryCode = %d, want the length of the longest code", maxCategoryCode)
	}
}

func TestCategoryContains(t *testing.T) {
	for _, tc := range []struct {
		c, d Category
		want bool
	}{
		{0, 0, false},
		{0, CategoryPhysical, false},
		{CategoryCyber, CategoryPhysicalArson, false},
		{CategoryCyberEspionage, CategoryEspionage, false},
		{CategoryPhysical, CategoryPhysical, true},
		{CategoryPhysical, CategoryPhysicalArson, true},
		{CategoryPhysicalArson, CategoryPhysical, false},
		{CategoryPhysicalArson, CategoryPhysicalArson, true},
		{CategoryPhysicalArson, CategoryPhysicalExplosive, false},
	} {
		if got := tc.c.Contains(tc.d); got != tc.want {
			t.Errorf("%v.Contains(%v) = %v, want %v", tc.c, tc.d, got, tc.want)
		}
	}
}

func TestNormalizeCategories(t *testing.T) {
	for _, tc := range []struct {
		in, want []Category
	}{
		{nil, nil},
		{[]Category{0, numCategories}, nil},
		{[]Category{CategoryPhysical}, []Category{CategoryPhysical}},
		{[]Category{CategoryPhysical, CategoryPhysicalArson}, []Category{CategoryPhysicalArson}},
		{[]Category{CategoryPhysicalArson, CategoryPhysical, CategoryPhysicalArson}, []Category{CategoryPhysicalArson}},
		{[]Category{CategoryPhysical, CategoryCyber, CategoryCyberDisruption, CategoryPhysicalExplosive, CategoryPhysicalArson},
			[]Category{CategoryCyberDisruption, CategoryPhysicalArson, CategoryPhysicalExplosive}},
		{[]Category{CategoryViolence, CategoryEspionageHuman, CategoryCyber}, []Category{CategoryCyber, CategoryEspionageHuman, CategoryViolence}},
		{[]Category{CategoryCyberEspionage, CategoryEspionage}, []Category{CategoryCyberEspionage, CategoryEspionage}}, // different parents
	} {
		in := slices.Clone(tc.in)
		got := NormalizeCategories(in)
		if !slices.Equal(got, tc.want) || (got == nil) != (tc.want == nil) {
			t.Errorf("NormalizeCategories(%v) = %v, want %v", tc.in, got, tc.want)
		}
		if !slices.Equal(in, tc.in) {
			t.Errorf("NormalizeCategories(%v) modified its argument to %v", tc.in, in)
		}
		if again := NormalizeCategories(got); !slices.Equal(again, got) {
			t.Errorf("NormalizeCategories(%v) = %v, not idempotent", got, again)
		}
	}
}

func TestCategoryText(t *testing.T) {
	var c Category
	if err := c.UnmarshalText([]byte("Physical.Arson")); err != nil || c != CategoryPhysicalArson {
		t.Errorf("UnmarshalText(Physical.Arson) = %v, %v", c, err)
	}
	if text, _ := c.MarshalText(); string(text) != "physical.arson" {
		t.Errorf("MarshalText() = %q, want physical.arson", text)
	}
	if err := c.UnmarshalText(nil); err != nil || c != 0 {
		t.Errorf("UnmarshalText(empty) = %v, %v, want the zero Category", c, err)
	}
	if err := c.UnmarshalText([]byte("nope")); !errors.Is(err, ErrUnknown) {
		t.Errorf("UnmarshalText(nope) = %v, want ErrUnknown", err)
	}
}

func TestParseCategoryNoAllocs(t *testing.T) {
	for _, s := range []string{"physical.arson", "Cyber.Hack-And-Leak", "physical.infrastructure-damage"} {
		if n := testing.AllocsPerRun(100, func() { _, _ = ParseCategory(s) }); n != 0 {
			t.Errorf("ParseCategory(%q) allocates %v times, want 0", s, n)
		}
	}
	cs := []Category{CategoryPhysical, CategoryPhysicalArson}
	if n := testing.AllocsPerRun(100, func() { _ = NormalizeCategories(cs) }); n > 1 {
		t.Errorf("NormalizeCategories allocates %v times, want at most 1", n)
	}
}

func FuzzParseCategory(f *testing.F) {
	for _, tc := range categoryCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c, err := ParseCategory(s)
		if err != nil {
			if c != 0 {
				t.Fatalf("ParseCategory(%q) = %v with error %v, want the zero Category", s, c, err)
			}
			if !errors.Is(err, ErrInvalid) && !errors.Is(err, ErrUnknown) {
				t.Fatalf("ParseCategory(%q) error %v wraps no sentinel", s, err)
			}
			return
		}
		if !c.IsValid() {
			t.Fatalf("ParseCategory(%q) = invalid %d without error", s, c)
		}
		if !strings.EqualFold(strings.TrimSpace(s), c.String()) {
			t.Fatalf("ParseCategory(%q) = %v, which is not the input's code", s, c)
		}
		if again, err := ParseCategory(c.String()); again != c || err != nil {
			t.Fatalf("ParseCategory(%q) = %v, %v, want %v", c.String(), again, err, c)
		}
	})
}

func BenchmarkParseCategory(b *testing.B) {
	for _, bc := range []struct{ name, in string }{
		{"exact", "physical.arson"},
		{"upper", "PHYSICAL.INFRASTRUCTURE-DAMAGE"},
		{"unknown", "sabotage"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				_, _ = ParseCategory(bc.in)
			}
		})
	}
}
