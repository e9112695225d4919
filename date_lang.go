package incident

import (
	"embed"
	"strconv"
	"strings"
	"sync"
	"unicode"
)

// The language tables of the date parser live in data/dates as plain text, one entry per line
// with its source; they are folded and indexed on first use.

//go:embed data/dates/months.txt data/dates/words.txt
var dateData embed.FS

// wordClass is what a date word means to the parser.
type wordClass uint8

const (
	wNone        wordClass = iota
	wMonth                 // val 1–12
	wWeekday               // val 1 (Monday) – 7 (Sunday)
	wSeason                // val 21–24 (EDTF season codes)
	wPart                  // val 1 early, 2 mid, 3 late
	wApprox                // "around", "circa": EDTF ~
	wUncertain             // "probably": EDTF ?
	wFrom                  // range start, or "since" without an end
	wTo                    // range end, or "until" without a start
	wRangeFrom             // "du", "del": starts a range, but alone is not "since"
	wRangeTo               // "au", "a": joins a range, but alone is not "until"
	wNightTo               // the "to" of a night-of phrase
	wBetween               // "between"
	wAnd                   // "and", after "between"
	wNight                 // "night"
	wRelDay                // val: days from the reference, -2 … 1
	wUnit                  // val: unitDay … unitHalf
	wAgo                   // "ago", "vor", "il y a"
	wLast                  // "last", "previous", "past"
	wThis                  // "this", "current"
	wNum                   // a number word, val
	wOrd                   // an ordinal word, val
	wDecade                // a word or suffix that makes a decade of a number
	wLastNight             // "last night"
	wThisYear              // "heuer", "idén"
	wLastYear              // "tavaly", "i fjol"
	wLastSeason            // val 21–24: "i somras" (last summer), one word for last + season
	wLastWeekday           // val 1–7: "i måndags" (last Monday), one phrase for last + weekday
	wClock                 // a word beside a clock time ("kl.", "Uhr", "om"): "23.30" is then a time
	wNoise                 // a label or filler word
	wPlaceholder           // "n/a", "unknown"
	wPresent               // "present", "ongoing": the open end of "2022–present"
)

var wordClassNames = map[string]wordClass{
	"month": wMonth, "weekday": wWeekday, "season": wSeason, "part": wPart,
	"approx": wApprox, "uncertain": wUncertain, "from": wFrom, "to": wTo,
	"nightto": wNightTo, "rangefrom": wRangeFrom, "rangeto": wRangeTo, "between": wBetween, "and": wAnd, "night": wNight,
	"relday": wRelDay, "unit": wUnit, "ago": wAgo, "last": wLast, "this": wThis,
	"num": wNum, "ord": wOrd, "decade": wDecade, "lastnight": wLastNight,
	"thisyear": wThisYear, "lastyear": wLastYear, "lastseason": wLastSeason, "lastweekday": wLastWeekday, "clock": wClock, "noise": wNoise,
	"placeholder": wPlaceholder, "present": wPresent,
}

// The units of relative expressions.
const (
	unitDay = 1 + iota
	unitWeek
	unitMonth
	unitYear
	unitWeekend
	unitQuarter
	unitHalf
)

// meaning is one reading of a folded word: its class, its value and its language.
type meaning struct {
	class wordClass
	val   int8
	lang  uint8 // index into dateTables.langs
}

// dateTables are the folded lookup tables of the date parser.
type dateTables struct {
	words  map[string][]meaning // folded word or phrase -> its readings
	phrase map[string]uint8     // first word of a phrase -> most words in a phrase it starts
	langs  []string             // language codes, indexed by meaning.lang

	// runeFold[r] is fold(string(r)) for the runes below runeFoldMax (Latin, Greek,
	// Cyrillic): the lexer folds a word of one script rune by rune, with the same result as
	// fold and without its per-rune Unicode lookups.
	runeFold [runeFoldMax]string
	// runeKind[r] is runeLetter or runeMark for those runes, else 0.
	runeKind [runeFoldMax]uint8
}

const (
	runeLetter = 1
	runeMark   = 2
)

// runeFoldMax bounds the runes that dateTables.runeFold covers: Latin-1, Latin Extended-A
// and -B, IPA, combining marks, Greek and Cyrillic.
const runeFoldMax = 0x530

var dateTablesOnce = sync.OnceValue(buildDateTables)

// buildDateTables reads the embedded data files. A malformed line is a bug in the data, caught
// by the tests, so it panics with the line.
func buildDateTables() *dateTables {
	t := &dateTables{words: make(map[string][]meaning, 4096), phrase: make(map[string]uint8, 128)}
	for r := rune(0x80); r < runeFoldMax; r++ {
		t.runeFold[r] = fold(string(r))
		switch {
		case unicode.IsLetter(r):
			t.runeKind[r] = runeLetter
		case unicode.IsMark(r):
			t.runeKind[r] = runeMark
		}
	}
	langIndex := map[string]uint8{}
	add := func(lang, class, val, forms, line string) {
		li, ok := langIndex[lang]
		if !ok {
			li = uint8(len(t.langs))
			langIndex[lang] = li
			t.langs = append(t.langs, lang)
		}
		c, ok := wordClassNames[class]
		if !ok {
			panic("incident: bad class in date data: " + line)
		}
		v, err := strconv.Atoi(val)
		if err != nil || v < -128 || v > 127 {
			panic("incident: bad value in date data: " + line)
		}
		for _, f := range strings.Split(forms, ",") {
			k := fold(strings.TrimSpace(f))
			if k == "" {
				panic("incident: empty form in date data: " + line)
			}
			m := meaning{class: c, val: int8(v), lang: li}
			dup := false
			for _, o := range t.words[k] {
				if o == m {
					dup = true
				}
			}
			if !dup {
				t.words[k] = append(t.words[k], m)
			}
			if n := strings.Count(k, " ") + 1; n > 1 {
				first, _, _ := strings.Cut(k, " ")
				t.phrase[first] = max(t.phrase[first], uint8(n))
			}
		}
	}
	for _, file := range []string{"data/dates/months.txt", "data/dates/words.txt"} {
		data, err := dateData.ReadFile(file)
		if err != nil {
			panic(err)
		}
		for _, line := range strings.Split(string(data), "\n") {
			line = strings.TrimSpace(line)
			if line == "" || line[0] == '#' {
				continue
			}
			body, _, ok := strings.Cut(line, "|")
			if !ok {
				panic("incident: date data line without source: " + line)
			}
			f := strings.SplitN(strings.TrimSpace(body), " ", 4)
			switch {
			case file == "data/dates/months.txt" && len(f) >= 3:
				add(f[0], "month", f[1], strings.Join(f[2:], " "), line)
			case file == "data/dates/words.txt" && len(f) == 4:
				add(f[0], f[1], f[2], f[3], line)
			default:
				panic("incident: malformed date data line: " + line)
			}
		}
	}
	return t
}

// lookup returns the readings of a folded word or phrase.
func (t *dateTables) lookup(k []byte) []meaning { return t.words[string(k)] }

// has reports whether ms holds a reading of class c, and returns the first such.
func has(ms []meaning, c wordClass) (meaning, bool) {
	for _, m := range ms {
		if m.class == c {
			return m, true
		}
	}
	return meaning{}, false
}
