package incident

import (
	"slices"
	"strings"
	"testing"
)

// categoryLabelTests is the table of free category labels and their taxonomy codes, sorted
// by input.
var categoryLabelTests = []struct {
	in   string
	want []string
}{
	{"", nil},
	{"airspace violation", []string{"airspace.violation"}},
	{"Arson", []string{"physical.arson"}},
	{"arson; sabotage", []string{"physical.arson"}},
	{"assassination attempt", []string{"violence.assassination"}},
	{"Ausweisung von Diplomaten", []string{"response.diplomatic-expulsion"}},
	{"Brandenburg", nil},
	{"Brandstiftung", []string{"physical.arson"}},
	{"cyber.hack-and-leak", []string{"cyber.hack-and-leak"}},
	{"cyber; DDoS", []string{"cyber.disruption"}},
	{"DDoS, Defacement", []string{"cyber.disruption"}},
	{"DDoS; disinformation", []string{"cyber.disruption", "influence.disinformation"}},
	{"disinformation", []string{"influence.disinformation"}},
	{"Drohnenüberflüge", []string{"airspace.drone-incursion"}},
	{"drone sighting", []string{"airspace.drone-incursion"}},
	{"expulsion of diplomats", []string{"response.diplomatic-expulsion"}},
	{"GPS jamming", []string{"electronic.gnss-interference"}},
	{"GPS-Störungen", []string{"electronic.gnss-interference"}},
	{"hack and leak", []string{"cyber.hack-and-leak"}},
	{"incendiary parcel", []string{"physical.arson"}},
	{"Kibernetinė ataka", []string{"cyber"}},
	{"letter bombs", []string{"physical.explosive"}},
	{"misc", nil},
	{"padegimas", []string{"physical.arson"}},
	{"parsonage", nil},
	{"physical", []string{"physical"}},
	{"Podpalenie hali Marywilska 44", []string{"physical.arson"}},
	{"podpalenie", []string{"physical.arson"}},
	{"sabotage of undersea cable", []string{"physical.infrastructure-damage"}},
	{"sabotage", []string{"physical"}},
	{"spy ring", []string{"espionage.human"}},
	{"suspected arson at a warehouse", []string{"physical.arson"}},
	{"Szpiegostwo / dywersja", []string{"espionage.human", "physical"}},
	{"wiper", []string{"cyber.destructive"}},
	{"žhářství", []string{"physical.arson"}},
	{"дезинформация", []string{"influence.disinformation"}},
	{"поджог", []string{"physical.arson"}},
	{"підпал", []string{"physical.arson"}},
}

func TestMatchCategoryLabels(t *testing.T) {
	for _, tt := range categoryLabelTests {
		if got := matchCategoryLabels(tt.in); !slices.Equal(got, tt.want) {
			t.Errorf("matchCategoryLabels(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestCategoryLabelsOneLabelPerLanguage checks that every label of the data matches its own
// code, and that each language of the brief has labels.
func TestCategoryLabelData(t *testing.T) {
	langs := map[string]int{}
	for _, line := range strings.Split(categoryLabelData, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		cols := strings.Split(line, "\t")
		langs[cols[1]]++
		got := matchCategoryLabels(cols[0])
		if len(got) != 1 || got[0] != cols[2] {
			t.Errorf("matchCategoryLabels(%q) = %q, want [%s] (from the data)", cols[0], got, cols[2])
		}
	}
	for _, lang := range strings.Fields("en de fr pl lt lv et ru uk cs nl sv fi es it") {
		if langs[lang] == 0 {
			t.Errorf("no category labels in %s", lang)
		}
	}
	for _, bad := range []string{"arson\ten\tphysical.fire\tx\n", "arson\ten\tphysical.arson\n", "arson\ten\tphysical\tx\nArson\tde\tcyber\ty\n"} {
		if _, err := compileCategoryLabels(bad); err == nil {
			t.Errorf("compileCategoryLabels(%q) succeeded, want an error", bad)
		}
	}
}

func BenchmarkMatchCategoryLabels(b *testing.B) {
	inputs := []string{"arson; sabotage", "GPS jamming", "Podpalenie hali Marywilska 44", "misc"}
	b.ReportAllocs()
	for b.Loop() {
		for _, s := range inputs {
			matchCategoryLabels(s)
		}
	}
}
