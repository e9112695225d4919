package incident

import (
	"bufio"
	_ "embed"
	"slices"
	"strconv"
	"strings"
	"sync"
)

// This file maps free category labels, as sources write them in many languages
// ("Brandstiftung", "podpalenie", "GPS jamming", "expulsion of diplomats"), to the codes of
// the two-level category taxonomy of spec/incidents.md ("physical.arson",
// "electronic.gnss-interference", "response.diplomatic-expulsion"). The labels live in
// data/categories/labels.tsv.

//go:embed data/categories/labels.tsv
var categoryLabelData string

// categoryLabels is the compiled label table: folded label -> taxonomy code.
type categoryLabels struct {
	codes    map[string]string
	maxWords int
}

// categoryLabelTable returns the label table, compiled on first use.
var categoryLabelTable = sync.OnceValue(func() *categoryLabels {
	t, err := compileCategoryLabels(categoryLabelData)
	if err != nil {
		panic("incident: data/categories/labels.tsv: " + err.Error()) // the embedded data is tested
	}
	return t
})

// compileCategoryLabels reads lines "label<TAB>lang<TAB>code<TAB>source". Lines starting
// with "#" and blank lines are comments. A label listed for two codes, a code outside the
// taxonomy or a line without a source is an error.
func compileCategoryLabels(data string) (*categoryLabels, error) {
	t := &categoryLabels{codes: map[string]string{}}
	sc := bufio.NewScanner(strings.NewReader(data))
	for ln := 1; sc.Scan(); ln++ {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		where := "line " + strconv.Itoa(ln)
		cols := strings.Split(line, "\t")
		if len(cols) != 4 || cols[1] == "" || cols[3] == "" {
			return nil, &fieldDataError{where, "want label<TAB>lang<TAB>code<TAB>source"}
		}
		code := cols[2]
		if !isCategoryCode(code) {
			return nil, &fieldDataError{where, "unknown taxonomy code " + strconv.Quote(code)}
		}
		key := string(appendFoldKey(nil, cols[0]))
		if key == "" {
			return nil, &fieldDataError{where, "empty label"}
		}
		if old, ok := t.codes[key]; ok && old != code {
			return nil, &fieldDataError{where, strconv.Quote(key) + " is already " + old}
		}
		t.codes[key] = code
		if w := strings.Count(key, " ") + 1; w > t.maxWords {
			t.maxWords = w
		}
	}
	return t, sc.Err()
}

// categoryCodes is the category taxonomy of spec/incidents.md: the parents, each followed by
// its children.
var categoryCodes = []string{
	"physical", "physical.arson", "physical.explosive", "physical.infrastructure-damage", "physical.vandalism",
	"violence", "violence.assassination", "violence.assault",
	"espionage", "espionage.human",
	"cyber", "cyber.espionage", "cyber.hack-and-leak", "cyber.disruption", "cyber.destructive", "cyber.ot-sabotage",
	"electronic", "electronic.gnss-interference",
	"airspace", "airspace.violation", "airspace.drone-incursion",
	"influence", "influence.disinformation", "influence.provocation",
	"coercion", "coercion.aircraft-diversion",
	"response", "response.diplomatic-expulsion",
}

func isCategoryCode(code string) bool { return slices.Contains(categoryCodes, code) }

// matchCategoryLabels returns the taxonomy codes that the free category text s names, sorted
// and without duplicates, or nil if it names none. Labels are found as whole folded words
// anywhere in s, so a cell may hold several labels ("arson; sabotage", "DDoS, Defacement")
// or a phrase around one ("suspected arson at a warehouse"); where labels overlap the
// longest wins ("sabotage of undersea cable" is infrastructure damage, not bare sabotage), and
// a word that merely contains a label ("parsonage", "Brandenburg") matches nothing. A parent
// code is dropped when one of its children is present: "arson; sabotage" gives only
// "physical.arson". The caller keeps the raw label for remapping.
func matchCategoryLabels(s string) []string {
	if checkInput("matchCategoryLabels", s) != nil {
		return nil
	}
	t := categoryLabelTable()
	var buf [256]byte
	b := appendFoldKey(buf[:0], s)
	var found []string
	for i := 0; i < len(b); {
		// The words starting at i, longest first.
		matched := false
		end := i
		var ends [16]int
		n := 0
		for n < t.maxWords && n < len(ends) && end < len(b) {
			j := end
			for j < len(b) && b[j] != ' ' {
				j++
			}
			ends[n] = j
			n++
			end = j + 1
		}
		for k := n - 1; k >= 0; k-- {
			if code, ok := t.codes[string(b[i:ends[k]])]; ok {
				if !slices.Contains(found, code) {
					found = append(found, code)
				}
				i = ends[k] + 1
				matched = true
				break
			}
		}
		if !matched {
			i = ends[0] + 1
		}
	}
	if len(found) == 0 {
		return nil
	}
	// Drop a parent whose child is present.
	out := make([]string, 0, len(found))
	for _, c := range found {
		if !strings.Contains(c, ".") && slices.ContainsFunc(found, func(d string) bool {
			return strings.HasPrefix(d, c+".")
		}) {
			continue
		}
		out = append(out, c)
	}
	slices.Sort(out)
	return out
}
