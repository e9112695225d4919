package incident

import (
	"cmp"
	"encoding/json"
	"io"
	"slices"
	"strconv"
	"strings"
)

// MergeOptions is the policy of Merge. The zero value is ready to use.
type MergeOptions struct {
	// Depth returns the depth of an actor in its registry's hierarchy (0 for a root such as
	// "ru"); it breaks ties of confidence when choosing the primary attribution and sorting
	// the attributions (see PrimaryAttribution). A nil Depth uses Actor.Depth, the depth in
	// the actor's own registry.
	Depth func(Actor) int
}

// MergeResult is what Merge returns: the incidents, one per group of records that describe
// the same event, and the log of how each was formed.
type MergeResult struct {
	// Incidents holds one incident per group, in the order in which the first record of each
	// group appears in the input.
	Incidents []Incident
	// Log has one entry per incident of Incidents, at the same index.
	Log MergeLog
}

// MergeLog records how Merge formed its incidents, so that a merge can be audited and undone:
// for each output incident, the input records it holds and the links that joined them. Its
// JSON Lines form (WriteTo) can be written next to the merged output. The zero MergeLog is
// an empty log.
type MergeLog struct {
	// Entries has one entry per output incident, in the order of the incidents.
	Entries []MergeEntry
}

// MergeEntry is the log of one output incident.
//
// JSON keys, in order: "id", "source_ids", "inputs", "links".
type MergeEntry struct {
	// ID is the ID of the output incident.
	ID string
	// SourceIDs are the record IDs of the incident, sorted (the same as Incident.SourceIDs).
	SourceIDs []string
	// Inputs are the keys of the input incidents merged into it (see MergeLink), sorted: one
	// for an incident that stayed alone. Splitting the output incident back into these inputs
	// undoes the merge.
	Inputs []string
	// Links are the pairs of inputs whose comparison joined two groups, in the order the
	// comparisons were made: a spanning tree of the group, len(Inputs)-1 links. Every link
	// satisfies all three rules; it records the evidence for each.
	Links []MergeLink
}

// MergeLink is one pair of input incidents that Merge found to describe the same incident,
// with the evidence for each of the three rules of spec/incidents.md.
//
// JSON keys, in order: "a", "b", "country", "dates", "gap_days", "categories".
type MergeLink struct {
	// A and B are the keys of the two inputs: an input's key is its sorted SourceIDs joined
	// with "+", else its ID, else "#" and its index in the input.
	A, B string
	// Country is a country that both have (rule 1).
	Country Country
	// DateA and DateB are their dates, and GapDays the number of days between the last day
	// one can mean and the first day the other can mean: 0 when they overlap, 1 when they
	// touch (rule 2).
	DateA, DateB Date
	GapDays      int
	// CategoryA and CategoryB are the compatible categories: equal, or one the parent of the
	// other (rule 3).
	CategoryA, CategoryB Category
}

// Merge groups the incidents that describe the same event and merges each group into one
// incident, following spec/incidents.md ("Matching and merging records into incidents").
//
// Two incidents are linked when all three rules hold: their countries (those of their places)
// intersect; their dates overlap or touch, the gap between the days they can mean being at
// most one day (Date.Overlaps); and some category of one contains some category of the other
// (Category.Contains). Groups are the transitive closure of the links. An incident without a
// date, without a country or without a category cannot satisfy the rules and stays alone.
// The incidents of one campaign (three parcel fires from one posting) are not merged unless
// the rules link them: linking a campaign is the user's business. Target names, URLs and
// actors are supporting evidence only and are not looked at.
//
// Pairs are compared only within blocks of the same country and top-level category, swept in
// order of start day, so the work grows with the number of incidents that are close in place
// and time, not with the square of the input; besides the input and the output, memory is
// about 300 bytes per incident. MergeFunc writes the output as it is made rather than hold
// it, and MergeLazy does not hold the input either, only each incident's MergeInput.
//
// The merged values of a group, with its members taken in the order of their keys:
//   - ID: "inc-" and the first 12 hexadecimal digits of the UUIDv5 (RFC 9562) of the sorted
//     record IDs joined with newlines, in the package's name space (see MergedID). Every output
//     incident gets such an ID, including one that stayed alone, so the ID depends only on the
//     records. Should two output incidents hold records with the same IDs (two sources that
//     number their rows alike), the later one's ID also covers the file and line of its raw
//     records, and is numbered if it still repeats: the output IDs are always distinct.
//   - Date: the intersection of all dates (the latest start and the earliest end, ties to the
//     more precise then to the unqualified bound; see Date.Intersect). When the dates have
//     no day in common, the covering interval from the earliest start to the latest end, with
//     a Problem on field "date" whose error (wrapping ErrAmbiguous) lists the claims.
//   - Places, Targets, Sources: the union, in member order, without exact duplicates; the
//     countries are therefore the union of the members' countries.
//   - Categories: the union, normalized (NormalizeCategories).
//   - Title and Summary: those of the first member that has one.
//   - Stage: the most advanced stage any member reports (completed, then attempted, then
//     foiled); unknown only when all are unknown.
//   - Attributions: one per canonical actor, the claim with the highest confidence standing for
//     it (on a tie, the first that names its claimant, else the first in member order; its Via
//     filled from another claim when it has none), with the record IDs of every claim about that
//     actor; a claim without record IDs is supported by the record IDs of its incident. Claims
//     without a canonical actor do not count for the primary attribution, but are kept, one
//     per distinct actor text and claimant, so the raw claim is not lost. They are sorted by
//     SortAttributions with opts.Depth, and the primary attribution (Actor, Confidence) is set
//     by SetPrimary.
//   - SourceIDs: the union, sorted. Raw and Problems: concatenated in member order.
//
// Merge is meant for records (the output of normalizing each source), not for its own
// output: a merged incident carries the union of its members' countries and categories,
// which can link it to a record that no single member links to, so merging merged incidents
// again may join more (it never splits a group).
//
// An incident alone in its group is returned as given, with only its ID, source IDs and
// categories put in canonical form; it shares its slices with the input, which Merge never
// modifies.
func Merge(incidents []Incident, opts MergeOptions) MergeResult {
	var res MergeResult
	mergeEach(mergeInputsOf(incidents), fromSlice(incidents), opts, func(n int) {
		res.Incidents = make([]Incident, n)
		res.Log.Entries = make([]MergeEntry, n)
	}, func(g int) (*Incident, *MergeEntry) {
		return &res.Incidents[g], &res.Log.Entries[g]
	}, func(*Incident, *MergeEntry) error { return nil })
	return res
}

// MergeFunc is Merge for large inputs: rather than collecting the incidents and the log, it
// calls emit with each incident and its log entry, in the order Merge returns them, so that
// a caller can write them out as they come and never hold the whole output. The two
// pointers are valid only during the call (they are reused); copy the values to keep them.
// MergeFunc stops at the first error emit returns and returns it.
func MergeFunc(incidents []Incident, opts MergeOptions, emit func(*Incident, *MergeEntry) error) error {
	inc, ent := new(Incident), new(MergeEntry)
	return mergeEach(mergeInputsOf(incidents), fromSlice(incidents), opts, func(int) {}, func(int) (*Incident, *MergeEntry) { return inc, ent }, emit)
}

// MergeInput is what the rules of Merge read of one incident: its key (record IDs, else ID),
// date, countries and categories, about 100 bytes instead of a whole incident with its raw
// records. A slice of them, with a function that loads each whole incident when its group
// is merged, is the input of MergeLazy. The zero MergeInput is an incident without date,
// country or category, which stays alone.
type MergeInput struct {
	key        string // see MergeLink.A; "" for "#" and the index
	date       Date
	countries  []Country
	categories []Category
}

// MergeInputOf returns the MergeInput of inc. It keeps copies of what it needs, so that inc
// (and the line it was decoded from) can be let go.
func MergeInputOf(inc *Incident) MergeInput {
	in := mergeInputOf(inc)
	in.key = strings.Clone(in.key)
	in.categories = slices.Clip(slices.Clone(in.categories))
	return in
}

// mergeInputOf returns the MergeInput of inc, sharing its strings and categories.
func mergeInputOf(inc *Incident) MergeInput {
	in := MergeInput{date: inc.Date, categories: inc.Categories}
	switch {
	case len(inc.SourceIDs) > 0:
		in.key = strings.Join(canonicalIDs(inc.SourceIDs), "+")
	default:
		in.key = inc.ID
	}
	for _, p := range inc.Places {
		if p.Country.IsValid() && !slices.Contains(in.countries, p.Country) {
			in.countries = append(in.countries, p.Country)
		}
	}
	return in
}

// mergeInputsOf returns the MergeInputs of incidents.
func mergeInputsOf(incidents []Incident) []MergeInput {
	ins := make([]MergeInput, len(incidents))
	for i := range incidents {
		ins[i] = mergeInputOf(&incidents[i])
	}
	return ins
}

// fromSlice returns a loader that reads the incidents of a slice.
func fromSlice(incidents []Incident) func(int) (Incident, error) {
	return func(i int) (Incident, error) { return incidents[i], nil }
}

// MergeLazy is MergeFunc for inputs too large to hold in memory: it groups the incidents by
// their MergeInputs alone, then, group by group in output order, calls load for the whole
// incident at each index of the group, merges them and calls emit, so that only one group
// is held at a time. load must return the incident whose MergeInput is at that index (the
// command line reads it back from its file by offset); it is called once per input, in
// output order. The output is that of MergeFunc on the loaded incidents. MergeLazy stops at
// the first error load or emit returns and returns it.
func MergeLazy(inputs []MergeInput, load func(i int) (Incident, error), opts MergeOptions, emit func(*Incident, *MergeEntry) error) error {
	inc, ent := new(Incident), new(MergeEntry)
	return mergeEach(inputs, load, opts, func(int) {}, func(int) (*Incident, *MergeEntry) { return inc, ent }, emit)
}

// mergeEach groups the inputs, calls start with the number of groups, then, for each group,
// loads its incidents, fills the incident and entry that slot returns and passes them to
// emit.
func mergeEach(ins []MergeInput, load func(int) (Incident, error), opts MergeOptions, start func(int), slot func(int) (*Incident, *MergeEntry), emit func(*Incident, *MergeEntry) error) error {
	n := len(ins)
	keys := make([]string, n)
	for i := range ins {
		keys[i] = mergeKey(&ins[i], i)
	}
	uf := newUnionFind(n)
	var links []mergeEdge
	for _, blk := range mergeBlocks(ins) {
		links = sweepBlock(ins, blk, uf, links)
	}

	// Number the groups in the order of their first member, then lay the members of each
	// group out contiguously in one slice (a counting sort), so that a million groups cost
	// no million allocations.
	groupOf := make([]int32, n) // by root: the group number, or -1
	for i := range groupOf {
		groupOf[i] = -1
	}
	ngroups := int32(0)
	offset := make([]int32, 0, n/2+1) // by group: the offset of its members; then its end
	for i := range n {
		r := uf.find(int32(i))
		if groupOf[r] < 0 {
			groupOf[r] = ngroups
			ngroups++
			offset = append(offset, 0)
		}
		offset[groupOf[r]]++
	}
	off := int32(0)
	for g := range offset {
		off, offset[g] = off+offset[g], off
	}
	offset = append(offset, off)
	members := make([]int32, n)
	fill := slices.Clone(offset[:ngroups])
	for i := range n {
		g := groupOf[uf.find(int32(i))]
		members[fill[g]] = int32(i)
		fill[g]++
	}
	fill = nil
	slices.SortStableFunc(links, func(a, b mergeEdge) int {
		return cmp.Compare(groupOf[uf.find(a.a)], groupOf[uf.find(b.a)])
	})

	start(int(ngroups))
	inputs := make([]string, n)
	seen := make(map[string]struct{}, ngroups)
	var group []Incident // the loaded incidents of the group
	var local []int32    // 0, 1, ... len(group)-1
	for g := range ngroups {
		ms := members[offset[g]:offset[g+1]]
		slices.SortFunc(ms, func(a, b int32) int { return strings.Compare(keys[a], keys[b]) })
		group, local = group[:0], local[:0]
		for i, m := range ms {
			v, err := load(int(m))
			if err != nil {
				return err
			}
			group = append(group, v)
			local = append(local, int32(i))
		}
		inc, ent := slot(int(g))
		if len(ms) == 1 {
			*inc = group[0]
			inc.SourceIDs = canonicalIDs(inc.SourceIDs)
			inc.Categories = NormalizeCategories(inc.Categories)
		} else {
			*inc = mergeGroup(group, local, opts.Depth)
		}
		clear(group)
		*ent = MergeEntry{SourceIDs: inc.SourceIDs}
		ent.Inputs = inputs[offset[g]:offset[g+1]:offset[g+1]]
		for i, m := range ms {
			ent.Inputs[i] = keys[m]
		}
		inc.ID = uniqueID(seen, MergedID(recordIDs(inc, keys[ms[0]])), inc, ent.Inputs)
		ent.ID = inc.ID
		for len(links) > 0 && groupOf[uf.find(links[0].a)] == g {
			e := links[0]
			links = links[1:]
			a, b := &ins[e.a], &ins[e.b]
			ent.Links = append(ent.Links, MergeLink{
				A: keys[e.a], B: keys[e.b], Country: e.country,
				DateA: a.date, DateB: b.date, GapDays: dateGap(a.date, b.date),
				CategoryA: e.catA, CategoryB: e.catB,
			})
		}
		if err := emit(inc, ent); err != nil {
			return err
		}
	}
	return nil
}

// uniqueID returns id, or, when an earlier incident of the output has it, another one: two
// groups get the same MergedID when their records share their IDs (two sources that number
// their rows alike, a file read twice). The later one's ID is then derived from its inputs'
// keys and the file and line of its raw records, and, if that still repeats, suffixed "-2",
// "-3"... in output order. The ID returned is added to seen.
func uniqueID(seen map[string]struct{}, id string, inc *Incident, inputs []string) string {
	if _, dup := seen[id]; dup {
		ids := slices.Clone(inputs)
		for _, r := range inc.Raw {
			ids = append(ids, "raw:"+r.File+":"+strconv.Itoa(r.Line))
		}
		base := MergedID(ids)
		id = base
		for n := 2; ; n++ {
			if _, dup := seen[id]; !dup {
				break
			}
			id = base + "-" + strconv.Itoa(n)
		}
	}
	seen[id] = struct{}{}
	return id
}

// MergedID returns the ID that Merge gives an incident made of the records with the given
// IDs: "inc-" followed by the first 12 hexadecimal digits of the UUIDv5 (RFC 9562, SHA-1) of
// the IDs sorted, without duplicates, joined with "\n", in the name space of this package
// (the UUIDv5 of the URL "https://github.com/hybridwatch/incident"). The order of ids does not
// matter; ids is not modified. 48 bits make a collision unlikely below some ten million
// incidents (birthday bound about 1 in 10^5 at 10^5 incidents).
func MergedID(ids []string) string {
	ids = canonicalIDs(ids)
	var buf [40]byte
	b := newUUIDv5(uuidNamespace, strings.Join(ids, "\n")).appendTo(append(buf[:0], "inc-"...))
	return string(append(b[:12], b[13:17]...)) // "inc-" + 8 digits, the dash skipped, 4 digits
}

// canonicalIDs returns ids sorted and without duplicates: ids itself when it already is,
// else a sorted copy.
func canonicalIDs(ids []string) []string {
	if isStrictlySorted(ids) {
		return ids
	}
	ids = slices.Clone(ids)
	slices.Sort(ids)
	return slices.Compact(ids)
}

// recordIDs returns the record IDs an incident's ID is derived from: its source IDs, or its
// key when it has none.
func recordIDs(inc *Incident, key string) []string {
	if len(inc.SourceIDs) > 0 {
		return inc.SourceIDs
	}
	return []string{key}
}

// mergeKey returns the key of input incident i: its sorted source IDs joined with "+", else
// its ID, else "#i".
func mergeKey(in *MergeInput, i int) string {
	if in.key != "" {
		return in.key
	}
	return "#" + strconv.Itoa(i)
}

// unionFind is a disjoint-set forest over input indexes, with union by size and path halving.
type unionFind struct {
	parent []int32
	size   []int32
}

func newUnionFind(n int) *unionFind {
	uf := &unionFind{parent: make([]int32, n), size: make([]int32, n)}
	for i := range uf.parent {
		uf.parent[i] = int32(i)
		uf.size[i] = 1
	}
	return uf
}

func (uf *unionFind) find(x int32) int32 {
	for uf.parent[x] != x {
		uf.parent[x] = uf.parent[uf.parent[x]]
		x = uf.parent[x]
	}
	return x
}

// union joins the sets of a and b and reports whether they were apart.
func (uf *unionFind) union(a, b int32) bool {
	ra, rb := uf.find(a), uf.find(b)
	if ra == rb {
		return false
	}
	if uf.size[ra] < uf.size[rb] {
		ra, rb = rb, ra
	}
	uf.parent[rb] = ra
	uf.size[ra] += uf.size[rb]
	return true
}

// mergeEdge is a link found by the sweep: the inputs it joins and its evidence.
type mergeEdge struct {
	a, b       int32
	country    Country
	catA, catB Category
}

// blockEntry is one incident in one block: the block key (country and top-level category),
// the incident's day bounds and its index.
type blockEntry struct {
	key    uint32
	lo, hi int32
	idx    int32
}

// mergeBlocks returns the entries of every incident that can be linked at all, one per
// distinct (country, top-level category) it has, sorted by block and then start day, cut
// into blocks.
func mergeBlocks(ins []MergeInput) [][]blockEntry {
	var entries []blockEntry
	var keys []uint32
	for i := range ins {
		in := &ins[i]
		if !in.date.IsValid() || len(in.categories) == 0 {
			continue
		}
		lo, hi := in.date.bounds()
		keys = keys[:0]
		for _, country := range in.countries {
			for _, c := range in.categories {
				if !c.IsValid() {
					continue
				}
				top := c
				if p := c.Parent(); p != 0 {
					top = p
				}
				k := uint32(country.a2[0])<<16 | uint32(country.a2[1])<<8 | uint32(top)
				if !slices.Contains(keys, k) {
					keys = append(keys, k)
					entries = append(entries, blockEntry{key: k, lo: lo, hi: hi, idx: int32(i)})
				}
			}
		}
	}
	slices.SortFunc(entries, func(a, b blockEntry) int {
		if c := cmp.Compare(a.key, b.key); c != 0 {
			return c
		}
		if c := cmp.Compare(a.lo, b.lo); c != 0 {
			return c
		}
		return cmp.Compare(a.idx, b.idx)
	})
	var blocks [][]blockEntry
	for len(entries) > 0 {
		j := 1
		for j < len(entries) && entries[j].key == entries[0].key {
			j++
		}
		if j > 1 {
			blocks = append(blocks, entries[:j:j])
		}
		entries = entries[j:]
	}
	return blocks
}

// sweepBlock compares the incidents of one block whose dates overlap or touch, in order of
// start day, keeping the set of incidents that have not ended yet, and links those whose
// categories are compatible. Pairs already in one group are not compared again.
func sweepBlock(ins []MergeInput, blk []blockEntry, uf *unionFind, links []mergeEdge) []mergeEdge {
	country := Country{a2: [2]byte{byte(blk[0].key >> 16), byte(blk[0].key >> 8)}}
	var active []blockEntry
	for _, e := range blk {
		// Drop the incidents that ended more than a day before e starts; the rest overlap
		// or touch e, since they started no later than e.
		keep := active[:0]
		for _, a := range active {
			if int64(a.hi)+1 >= int64(e.lo) {
				keep = append(keep, a)
			}
		}
		active = keep
		for _, a := range active {
			if uf.find(a.idx) == uf.find(e.idx) {
				continue
			}
			ca, ce, ok := compatibleCategories(ins[a.idx].categories, ins[e.idx].categories)
			if !ok {
				continue
			}
			uf.union(a.idx, e.idx)
			links = append(links, mergeEdge{a: a.idx, b: e.idx, country: country, catA: ca, catB: ce})
		}
		active = append(active, e)
	}
	return links
}

// compatibleCategories returns the first pair of categories, one of a and one of b, of which
// one contains the other (Category.Contains), and true; or false when there is none.
func compatibleCategories(a, b []Category) (Category, Category, bool) {
	for _, x := range a {
		for _, y := range b {
			if x.Contains(y) || y.Contains(x) {
				return x, y, true
			}
		}
	}
	return 0, 0, false
}

// dateGap returns the number of days between two dates: 0 when they share a day, else the
// difference between the last day of the earlier and the first day of the later.
func dateGap(a, b Date) int {
	alo, ahi := a.bounds()
	blo, bhi := b.bounds()
	switch {
	case ahi < blo:
		return int(blo - ahi)
	case bhi < alo:
		return int(alo - bhi)
	}
	return 0
}

// stageRank orders the stages by how far the act got, for merging.
var stageRank = [...]int{StageUnknown: 0, StageFoiled: 1, StageAttempted: 2, StageCompleted: 3}

// mergeGroup merges the incidents at members (at least two, sorted by key).
func mergeGroup(incidents []Incident, members []int32, depth func(Actor) int) Incident {
	var out Incident
	var cats []Category
	dates := make([]Date, 0, len(members))
	for _, m := range members {
		inc := &incidents[m]
		if out.Title == "" {
			out.Title = inc.Title
		}
		if out.Summary == "" {
			out.Summary = inc.Summary
		}
		if int(inc.Stage) < len(stageRank) && stageRank[inc.Stage] > stageRank[out.Stage] {
			out.Stage = inc.Stage
		}
		cats = append(cats, inc.Categories...)
		if inc.Date.IsValid() {
			dates = append(dates, inc.Date)
		}
		out.Places = appendUnique(out.Places, inc.Places)
		out.Targets = appendUnique(out.Targets, inc.Targets)
		out.Sources = appendUnique(out.Sources, inc.Sources)
		out.SourceIDs = append(out.SourceIDs, inc.SourceIDs...)
		out.Raw = append(out.Raw, inc.Raw...)
		out.Problems = append(out.Problems, inc.Problems...)
	}
	out.Categories = NormalizeCategories(cats)
	out.SourceIDs = canonicalIDs(out.SourceIDs)
	var p *Problem
	out.Date, p = mergeDates(dates, incidents, members)
	if p != nil {
		out.Problems = append(out.Problems, *p)
	}
	out.Attributions = mergeAttributions(incidents, members)
	SortAttributions(out.Attributions, depth)
	out.SetPrimary(depth)
	return out
}

// appendUnique appends the elements of src that dst does not hold yet.
func appendUnique[T comparable](dst, src []T) []T {
	for _, v := range src {
		if !slices.Contains(dst, v) {
			dst = append(dst, v)
		}
	}
	return dst
}

// mergeDates returns the merged date of a group: the intersection of all dates when they
// share a day, else the covering interval with a Problem listing the claims.
func mergeDates(dates []Date, incidents []Incident, members []int32) (Date, *Problem) {
	if len(dates) == 0 {
		return Date{}, nil
	}
	maxLo, minHi := int32(minDay), int32(maxDay)
	for _, d := range dates {
		lo, hi := d.bounds()
		maxLo, minHi = max(maxLo, lo), min(minHi, hi)
	}
	if maxLo <= minHi {
		out := dates[0]
		for _, d := range dates[1:] {
			out = out.Intersect(d)
		}
		return out, nil
	}
	out := coverDates(dates)
	var raw strings.Builder
	var cands []Candidate
	for _, m := range members {
		d := incidents[m].Date
		if !d.IsValid() {
			continue
		}
		if raw.Len() > 0 {
			raw.WriteString("; ")
		}
		raw.WriteString(d.String())
		cands = append(cands, Candidate{Value: d.String(), Label: strings.Join(incidents[m].SourceIDs, " ")})
	}
	err := newAmbiguousError("Merge", raw.String(), cands)
	err.Common = out.String()
	err.Reason = "the dates share no day; the covering interval is used"
	return out, &Problem{Field: "date", Raw: raw.String(), Err: err}
}

// coverDates returns the interval from the earliest start to the latest end of dates, a tie
// going to the more precise and then to the unqualified bound.
func coverDates(dates []Date) Date {
	lo, hi := dates[0].lo, dates[0].lastEnd()
	loDay, hiDay := dates[0].bounds()
	for _, d := range dates[1:] {
		dlo, dhi := d.bounds()
		if !betterBound(loDay, dlo, lo, d.lo, false) {
			lo, loDay = d.lo, dlo
		}
		if !betterBound(hiDay, dhi, hi, d.lastEnd(), true) {
			hi, hiDay = d.lastEnd(), dhi
		}
	}
	if lo == hi {
		return Date{lo: lo, kind: datePoint}
	}
	return Date{lo: lo, hi: hi, kind: dateInterval}
}

// mergeAttributions returns the attributions of a group: one per canonical actor, the most
// confident claim standing for it, with the record IDs of all claims about it; then the
// claims without canonical actor, one per actor text and claimant.
func mergeAttributions(incidents []Incident, members []int32) []Attribution {
	var out []Attribution
	type rawKey struct{ actorRaw, claimant string }
	byActor := map[string]int{}
	byRaw := map[rawKey]int{}
	for _, m := range members {
		inc := &incidents[m]
		for _, a := range inc.Attributions {
			ids := a.SourceIDs
			if len(ids) == 0 {
				ids = inc.SourceIDs
			}
			var i int
			var ok bool
			if a.Actor.IsValid() {
				i, ok = byActor[a.Actor.ID()]
				if !ok {
					byActor[a.Actor.ID()] = len(out)
				}
			} else {
				k := rawKey{a.ActorRaw, a.Claimant}
				i, ok = byRaw[k]
				if !ok {
					byRaw[k] = len(out)
				}
			}
			if !ok {
				a.SourceIDs = slices.Clone(ids)
				out = append(out, a)
				continue
			}
			cur := &out[i]
			merged := append(cur.SourceIDs, ids...)
			if a.Confidence > cur.Confidence || (a.Confidence == cur.Confidence && cur.Claimant == "" && a.Claimant != "") {
				if a.Via == "" {
					a.Via = cur.Via
				}
				*cur = a
			} else if cur.Via == "" {
				cur.Via = a.Via
			}
			cur.SourceIDs = merged
		}
	}
	for i := range out {
		out[i].SourceIDs = canonicalIDs(out[i].SourceIDs)
	}
	return out
}

// AppendJSON appends the JSON form of the entry (see MergeEntry) to b.
func (e *MergeEntry) AppendJSON(b []byte) []byte {
	b = append(b, `{"id":`...)
	b = appendOptString(b, e.ID)
	b = append(b, `,"source_ids":`...)
	b = appendIDs(b, e.SourceIDs)
	b = append(b, `,"inputs":[`...)
	for i, in := range e.Inputs {
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, in)
	}
	b = append(b, `],"links":`...)
	b = appendList(b, e.Links, (*MergeLink).appendJSON)
	return append(b, '}')
}

// appendJSON appends the JSON form of the link (see MergeLink) to b.
func (l *MergeLink) appendJSON(b []byte) []byte {
	b = append(b, `{"a":`...)
	b = appendJSONString(b, l.A)
	b = append(b, `,"b":`...)
	b = appendJSONString(b, l.B)
	b = append(b, `,"country":`...)
	b = appendCanonical(b, l.Country.IsValid(), l.Country.String())
	b = append(b, `,"dates":[`...)
	b = appendCanonical(b, l.DateA.IsValid(), l.DateA.String())
	b = append(b, ',')
	b = appendCanonical(b, l.DateB.IsValid(), l.DateB.String())
	b = append(b, `],"gap_days":`...)
	b = strconv.AppendInt(b, int64(l.GapDays), 10)
	b = append(b, `,"categories":[`...)
	b = appendCanonical(b, l.CategoryA.IsValid(), l.CategoryA.String())
	b = append(b, ',')
	b = appendCanonical(b, l.CategoryB.IsValid(), l.CategoryB.String())
	return append(b, "]}"...)
}

// WriteTo writes the log as JSON Lines, one entry (see MergeEntry) per line, and returns the
// number of bytes written and the first write error.
func (l *MergeLog) WriteTo(w io.Writer) (int64, error) {
	var n int64
	var buf []byte
	for i := range l.Entries {
		buf = l.Entries[i].AppendJSON(buf[:0])
		buf = append(buf, '\n')
		m, err := w.Write(buf)
		n += int64(m)
		if err != nil {
			return n, err
		}
	}
	return n, nil
}

// mergeEntryJSON and mergeLinkJSON are the wire forms of MergeEntry and MergeLink.
type mergeEntryJSON struct {
	ID        string          `json:"id"`
	SourceIDs []string        `json:"source_ids"`
	Inputs    []string        `json:"inputs"`
	Links     []mergeLinkJSON `json:"links"`
}

type mergeLinkJSON struct {
	A          string    `json:"a"`
	B          string    `json:"b"`
	Country    *Country  `json:"country"`
	Dates      [2]Date   `json:"dates"`
	GapDays    int       `json:"gap_days"`
	Categories [2]string `json:"categories"`
}

// UnmarshalJSON reads the JSON form that AppendJSON writes, so that a merge log written
// next to the output can be read back to audit or undo a merge. Unknown keys are ignored;
// an invalid country, date or category code is an error.
func (e *MergeEntry) UnmarshalJSON(data []byte) error {
	var w mergeEntryJSON
	if err := json.Unmarshal(data, &w); err != nil {
		return err
	}
	out := MergeEntry{ID: w.ID, SourceIDs: w.SourceIDs, Inputs: w.Inputs}
	for _, l := range w.Links {
		ml := MergeLink{A: l.A, B: l.B, DateA: l.Dates[0], DateB: l.Dates[1], GapDays: l.GapDays}
		if l.Country != nil {
			ml.Country = *l.Country
		}
		for i, code := range l.Categories {
			var c Category
			if err := c.UnmarshalText([]byte(code)); err != nil {
				return err
			}
			if i == 0 {
				ml.CategoryA = c
			} else {
				ml.CategoryB = c
			}
		}
		out.Links = append(out.Links, ml)
	}
	*e = out
	return nil
}
