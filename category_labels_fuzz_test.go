package incident

import (
	"slices"
	"strings"
	"testing"
)

// FuzzMatchCategoryLabels checks, on any text: no panic; the codes are sorted, unique, of the
// taxonomy, with no parent next to its child; and matching the codes again gives them back.
func FuzzMatchCategoryLabels(f *testing.F) {
	for _, s := range []string{
		"arson; sabotage", "DDoS, Defacement", "Brandenburg", "sabotage of undersea cable",
		"cyber.hack-and-leak", "поджог", "", "physical physical.arson", "\xff arson",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := matchCategoryLabels(s)
		if !slices.IsSorted(got) || len(slices.Compact(slices.Clone(got))) != len(got) {
			t.Fatalf("matchCategoryLabels(%q) = %q: not sorted and unique", s, got)
		}
		for _, c := range got {
			if !isCategoryCode(c) {
				t.Fatalf("matchCategoryLabels(%q) = %q: %q is not a code", s, got, c)
			}
			if !strings.Contains(c, ".") && slices.ContainsFunc(got, func(d string) bool { return strings.HasPrefix(d, c+".") }) {
				t.Fatalf("matchCategoryLabels(%q) = %q: parent %q next to its child", s, got, c)
			}
		}
		if again := matchCategoryLabels(strings.Join(got, "; ")); !slices.Equal(again, got) {
			t.Fatalf("matchCategoryLabels(%q) = %q, but matching those codes gives %q", s, got, again)
		}
	})
}
