package incident

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// This file compiles the confidence lexicons of data/confidence into lookup tables, once and
// lazily. The file format is described in data/confidence/README.md.

//go:embed data/confidence/*.txt
var confidenceData embed.FS

// confEntryKind is what a lexicon phrase means.
type confEntryKind uint8

const (
	confKindGrade       confEntryKind = iota + 1 // a level and/or a band
	confKindAct                                  // an attribution act without a grade
	confKindMarker                               // an analytic marker without a grade
	confKindNeg                                  // a negator
	confKindRefuse                               // a phrase deliberately left ungraded
	confKindUnspecified                          // an explicit "not specified"
	confKindReliability                          // an Admiralty reliability letter alone
	confKindSelector                             // a scale selector prefix
	confKindClaimant                             // an attribution claimant (attribution lexicon only)
)

// confEntry is one compiled lexicon phrase.
type confEntry struct {
	kind     confEntryKind
	whole    bool // counts only as the whole input
	scoped   bool // counts only after a selector
	c        Confidence
	act      Act
	rel      byte
	sel      Scale
	claimant ClaimantKind
	basis    Basis
}

// negatable reports whether a negator turns e into the complement band (R9): only likelihood
// words of the yardsticks and foreign lexicons, not hedges or levels.
func (e confEntry) negatable() bool {
	if e.kind != confKindGrade || e.c.flags&confBand == 0 || e.c.flags&confLevel != 0 {
		return false
	}
	switch e.c.scale {
	case ScaleICD203, ScalePHIA, ScaleKent, ScaleWEP, ScaleForeign:
		return true
	}
	return false
}

// confLexicon holds the compiled tables.
type confLexicon struct {
	phrases  map[string]confEntry // folded phrase -> entry, first file in R1 order wins
	scoped   map[string]confEntry // scale byte + folded phrase -> entry, for selectors
	claimant map[string]confEntry // folded phrase -> claimant (attribution lexicon)
	starts   map[string]int       // first word -> the longest phrase starting with it that may stand in a statement, in words
	// conflicts lists phrases that a later file gave a different meaning; the first one won.
	conflicts []string
}

var confidenceLexicon = sync.OnceValue(func() *confLexicon {
	lex, err := buildConfLexicon(confidenceData)
	if err != nil {
		// The data is embedded and checked by the tests; a broken build of it is a bug.
		panic(err)
	}
	return lex
})

// buildConfLexicon reads every data/confidence/*.txt file in name order (which is the R1
// precedence order) into tables.
func buildConfLexicon(fsys fs.FS) (*confLexicon, error) {
	names, err := fs.Glob(fsys, "data/confidence/*.txt")
	if err != nil {
		return nil, err
	}
	sort.Strings(names)
	lex := &confLexicon{
		phrases:  map[string]confEntry{},
		scoped:   map[string]confEntry{},
		claimant: map[string]confEntry{},
		starts:   map[string]int{},
	}
	for _, name := range names {
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		if err := lex.addFile(name, string(data)); err != nil {
			return nil, err
		}
	}
	return lex, nil
}

func (lex *confLexicon) addFile(name, data string) error {
	var scale Scale
	var lang string
	whole := false
	for n, line := range strings.Split(data, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		if rest, ok := strings.CutPrefix(line, "@scale "); ok {
			s, ok := confScaleByName(strings.TrimSpace(rest))
			if !ok {
				return fmt.Errorf("%s:%d: unknown scale %q", name, n+1, rest)
			}
			scale = s
			continue
		}
		if rest, ok := strings.CutPrefix(line, "@lang "); ok {
			lang = strings.TrimSpace(rest)
			if len(lang) != 2 {
				return fmt.Errorf("%s:%d: bad language %q", name, n+1, rest)
			}
			continue
		}
		if strings.HasPrefix(line, "@source ") {
			continue
		}
		if line == "@whole" {
			whole = true
			continue
		}
		fields := strings.Split(line, "|")
		if len(fields) < 2 {
			return fmt.Errorf("%s:%d: want phrase | value", name, n+1)
		}
		phrase := strings.TrimSpace(fields[0])
		var e confEntry
		switch {
		case strings.HasPrefix(phrase, "="):
			e.whole, phrase = true, phrase[1:]
		case strings.HasPrefix(phrase, "@"):
			e.scoped, phrase = true, phrase[1:]
		}
		e.whole = e.whole || whole && !e.scoped
		if err := e.parseValue(strings.Fields(fields[1]), scale, lang); err != nil {
			return fmt.Errorf("%s:%d: %v", name, n+1, err)
		}
		key := fold(phrase)
		if key == "" {
			return fmt.Errorf("%s:%d: phrase %q folds to nothing", name, n+1, phrase)
		}
		lex.add(key, e)
	}
	return nil
}

// parseValue reads the value column of a lexicon line.
func (e *confEntry) parseValue(f []string, scale Scale, lang string) error {
	if len(f) == 0 {
		return fmt.Errorf("empty value")
	}
	arg := ""
	if len(f) > 1 {
		arg = f[1]
	}
	num := func() int {
		v, err := strconv.Atoi(arg)
		if err != nil {
			return -1
		}
		return v
	}
	band := func() (int, int) {
		a, b, ok := strings.Cut(arg, "-")
		if !ok {
			return -1, -1
		}
		lo, err1 := strconv.Atoi(a)
		hi, err2 := strconv.Atoi(b)
		if err1 != nil || err2 != nil {
			return -1, -1
		}
		return lo, hi
	}
	ok := true
	e.kind = confKindGrade
	switch f[0] {
	case "icd", "band":
		lo, hi := band()
		s := scale
		if f[0] == "icd" {
			s = ScaleICD203
		}
		ok = confIsBand(lo, hi) && s != ScaleNone
		e.c = confBandOn(s, uint8(lo), uint8(hi))
	case "level":
		var l Level
		ok = l.UnmarshalText([]byte(arg)) == nil && scale != ScaleNone
		e.c = confLevelOn(scale, l)
	case "phia":
		e.c, ok = confPHIA(band())
	case "kent":
		e.c, ok = confPoint(ScaleKent, num())
	case "wep":
		e.c, ok = confPoint(ScaleWEP, num())
	case "misp-kent":
		e.c, ok = confPoint(ScaleMISPKent, num())
	case "misp-estimative":
		e.c, ok = confMISPEstimative(num())
	case "misp-analytic":
		var l Level
		ok = l.UnmarshalText([]byte(arg)) == nil
		e.c = confLevelOn(ScaleMISPAnalytic, l)
	case "misp-confidence":
		e.c, ok = confMISPConfidence(num())
	case "ocsf":
		e.c, ok = confOCSF(num())
	case "admiralty":
		e.c, ok = confAdmiralty(0, num())
	case "reliability":
		e.kind = confKindReliability
		ok = len(arg) == 1 && arg[0] >= 'A' && arg[0] <= 'F'
		if ok {
			e.rel = arg[0]
		}
	case "act":
		e.kind = confKindAct
		ok = e.act.UnmarshalText([]byte(arg)) == nil && e.act != ActNone
	case "marker":
		e.kind = confKindMarker
	case "neg":
		e.kind = confKindNeg
	case "refuse":
		e.kind = confKindRefuse
	case "unspecified":
		e.kind = confKindUnspecified
	case "selector":
		e.kind = confKindSelector
		e.sel, ok = confScaleByName(arg)
	case "claimant":
		e.kind = confKindClaimant
		ok = len(f) == 3 && e.basis.UnmarshalText([]byte(f[2])) == nil
		if ok && arg != "unknown" {
			ok = e.claimant.UnmarshalText([]byte(arg)) == nil
		}
	default:
		return fmt.Errorf("unknown value %q", strings.Join(f, " "))
	}
	if !ok {
		return fmt.Errorf("bad value %q", strings.Join(f, " "))
	}
	if e.kind == confKindGrade && e.c.scale == ScaleForeign {
		if lang == "" {
			return fmt.Errorf("foreign entry without @lang")
		}
		e.c = confForeign(lang, e.c)
	}
	return nil
}

// add enters one phrase: into the scoped table under its scale, and, unless it is scoped,
// into the phrase table if no earlier file listed it.
func (lex *confLexicon) add(key string, e confEntry) {
	if n := strings.Count(key, " ") + 1; !e.whole || e.kind == confKindUnspecified {
		first, _, _ := strings.Cut(key, " ")
		lex.starts[first] = max(lex.starts[first], n)
	}
	if e.kind == confKindClaimant {
		if _, dup := lex.claimant[key]; !dup {
			lex.claimant[key] = e
		}
		return
	}
	if e.kind == confKindGrade {
		sk := string([]byte{byte(e.c.scale)}) + key
		if _, dup := lex.scoped[sk]; !dup {
			lex.scoped[sk] = e
		}
	}
	if e.scoped {
		return
	}
	if old, dup := lex.phrases[key]; dup {
		if old.kind != e.kind || old.c.lo != e.c.lo || old.c.hi != e.c.hi ||
			old.c.level != e.c.level || old.act != e.act {
			lex.conflicts = append(lex.conflicts, key)
		}
		return
	}
	lex.phrases[key] = e
}
