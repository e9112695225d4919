package incident

import (
	"slices"
	"strconv"
	"strings"
	"testing"
)

// fuzzIncidents turns fuzz bytes into one-record incidents, four bytes each: the countries
// (a bit set over four), the day (within about nine months), the precision and form of the
// date, and the category (or none).
func fuzzIncidents(data []byte) []Incident {
	countries := []Country{MustParseCountry("LT"), MustParseCountry("PL"), MustParseCountry("FI"), MustParseCountry("EE")}
	cats := Categories()
	var out []Incident
	base := dayNumber(2024, 1, 1)
	for i := 0; i+4 <= len(data) && len(out) < 64; i += 4 {
		b := data[i : i+4]
		inc := Incident{SourceIDs: []string{"r" + strconv.Itoa(len(out))}}
		for k, c := range countries {
			if b[0]&(1<<k) != 0 {
				inc.Places = append(inc.Places, Place{Country: c})
			}
		}
		day := base + int32(b[1])
		y, m, d := civilDate(day)
		switch b[2] % 6 {
		case 0: // no date
		case 1, 2:
			inc.Date = pointDate(dayEnd(y, m, d))
		case 3:
			inc.Date = pointDate(monthEnd(y, m))
		case 4:
			inc.Date = intervalDate(dayEnd(y, m, d), dayDate(day+int32(b[2]>>3)))
			if b[2]>>3 == 0 {
				inc.Date = pointDate(dayEnd(y, m, d))
			}
		case 5:
			e := dayEnd(y, m, d)
			e.qual = qualApprox
			inc.Date = pointDate(e)
		}
		if int(b[3]) < len(cats) {
			inc.Categories = []Category{cats[b[3]]}
		}
		out = append(out, inc)
	}
	return out
}

// linked reports whether two records satisfy the three rules, by brute force.
func linked(a, b *Incident) bool {
	if !a.Date.Overlaps(b.Date) {
		return false
	}
	_, _, ok := compatibleCategories(a.Categories, b.Categories)
	if !ok {
		return false
	}
	for _, c := range a.Countries() {
		if slices.Contains(b.Countries(), c) {
			return true
		}
	}
	return false
}

// FuzzMerge checks Merge against a brute-force reference: the groups are the connected
// components of the pairwise rules; every record is in exactly one incident; the log's links
// satisfy the rules; a merged date without problem lies within every member's date; the input
// in reverse order gives the same incidents; merging the output again splits no group.
func FuzzMerge(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{1, 10, 1, 20, 1, 11, 1, 20})                    // touching days, same country and category
	f.Add([]byte{1, 10, 1, 20, 1, 12, 1, 20})                    // two days apart
	f.Add([]byte{3, 10, 3, 19, 2, 40, 1, 20, 1, 10, 2, 20})      // month, parent and child, transitive
	f.Add([]byte{1, 10, 4 | 40, 20, 1, 14, 5, 20, 1, 30, 0, 20}) // interval, approximate, no date
	f.Fuzz(checkMerge)
}

// checkMerge is the body of FuzzMerge.
func checkMerge(t *testing.T, data []byte) {
	{
		in := fuzzIncidents(data)
		res := Merge(in, MergeOptions{})

		// Reference: union-find over all pairs.
		uf := newUnionFind(len(in))
		for i := range in {
			for j := i + 1; j < len(in); j++ {
				if linked(&in[i], &in[j]) {
					uf.union(int32(i), int32(j))
				}
			}
		}
		want := map[string]bool{}
		groups := map[int32][]string{}
		for i := range in {
			r := uf.find(int32(i))
			groups[r] = append(groups[r], in[i].SourceIDs[0])
		}
		for _, g := range groups {
			slices.Sort(g)
			want[strings.Join(g, "+")] = true
		}
		got := map[string]bool{}
		for _, inc := range res.Incidents {
			got[strings.Join(inc.SourceIDs, "+")] = true
		}
		if len(got) != len(res.Incidents) || !mapsEqual(got, want) {
			t.Fatalf("Merge groups = %v, want %v", keysOf(got), keysOf(want))
		}

		byID := map[string]*Incident{}
		for i := range in {
			byID[in[i].SourceIDs[0]] = &in[i]
		}
		for i, inc := range res.Incidents {
			for _, l := range res.Log.Entries[i].Links {
				if !linked(byID[l.A], byID[l.B]) {
					t.Errorf("log link %s-%s does not satisfy the rules", l.A, l.B)
				}
			}
			if len(inc.SourceIDs) > 1 && len(inc.Problems) == 0 {
				for _, id := range inc.SourceIDs {
					if !byID[id].Date.Contains(inc.Date) {
						t.Errorf("merged date %s is not within %s's date %s", inc.Date, id, byID[id].Date)
					}
				}
			}
		}

		rev := slices.Clone(in)
		slices.Reverse(rev)
		if a, b := mergedByID(res), mergedByID(Merge(rev, MergeOptions{})); !mapsEqual(a, b) {
			t.Errorf("Merge depends on the input order")
		}
		// Merging the output again can join groups (see Merge) but never splits one.
		for _, inc := range Merge(res.Incidents, MergeOptions{}).Incidents {
			for _, id := range inc.SourceIDs {
				if g := groupOfID(res.Incidents, id); !isSubset(g, inc.SourceIDs) {
					t.Errorf("merging again splits the group %q", g)
				}
			}
		}
	}
}

func mapsEqual[K, V comparable](a, b map[K]V) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || w != v {
			return false
		}
	}
	return true
}

func keysOf(m map[string]bool) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// groupOfID returns the source IDs of the incident holding record id.
func groupOfID(incs []Incident, id string) []string {
	for _, inc := range incs {
		if slices.Contains(inc.SourceIDs, id) {
			return inc.SourceIDs
		}
	}
	return nil
}

func isSubset(a, b []string) bool {
	for _, x := range a {
		if !slices.Contains(b, x) {
			return false
		}
	}
	return true
}
