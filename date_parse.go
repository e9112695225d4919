package incident

import (
	"time"
)

// ErrNeedsReference reports a relative date ("yesterday", "last month", "9 May" without a
// year, a two-digit year) parsed without a reference date: set DateParser.Reference to the
// publication date of the source. It wraps ErrInvalid.
var ErrNeedsReference error = &refinedError{"a reference date is needed", ErrInvalid}

// DateOrder says how to read a numeric date whose day and month could be swapped, such as
// 05/09/2024. The zero value, OrderUndecided, refuses to guess.
type DateOrder uint8

// The numeric date orders.
const (
	// OrderUndecided reads 05/09/2024 as ambiguous: the parse fails with an *AmbiguousError
	// listing both readings. It is the zero value.
	OrderUndecided DateOrder = iota
	// OrderDayFirst reads 05/09/2024 as 5 September 2024, as most European sources do.
	OrderDayFirst
	// OrderMonthFirst reads 05/09/2024 as 9 May 2024, as United States sources do.
	OrderMonthFirst
)

// String returns "undecided", "day-first" or "month-first".
func (o DateOrder) String() string {
	switch o {
	case OrderUndecided:
		return "undecided"
	case OrderDayFirst:
		return "day-first"
	case OrderMonthFirst:
		return "month-first"
	}
	return "DateOrder(" + itoa(int(o)) + ")"
}

// DateParser parses date fields with a policy: the reference date that relative expressions
// resolve against, and the order of ambiguous numeric dates. The zero DateParser is what
// ParseDate uses: no reference (relative input fails with ErrNeedsReference) and no order
// (ambiguous numeric input fails with ErrAmbiguous). A DateParser is a plain value, safe for
// concurrent use.
type DateParser struct {
	// Reference is the publication date of the source, the "today" of relative expressions.
	// Only its calendar date, in its own location, is used: no time-zone conversion happens.
	// The zero Time means no reference.
	Reference time.Time
	// Order reads numeric dates such as 05/09/2024 whose day and month could be swapped. It
	// never overrides a year-first date (2024-05-09 is always Y-M-D) or a dotted one
	// (09.05.2024 is always D.M.Y), nor a date whose day is over 12.
	Order DateOrder
}

// DateMatch is a parsed date with an explanation for the analyst who audits it.
type DateMatch struct {
	Date Date
	// Rule names the rule that matched: "edtf", "iso-datetime", "numeric", "written",
	// "month", "year", "part", "season", "quarter", "half", "decade", "weekday", "relative",
	// "range", "night", "since" or "until".
	Rule string
	// Lang is the language of the words that decided the match, as an ISO 639-1 code ("de",
	// "lt"), or "" when no word was needed (numeric and EDTF input). Month and weekday names
	// weigh most; when several languages share every word ("9 mai 2024" is German, French,
	// Romanian, Norwegian, Estonian and Portuguese), the first in the order of
	// data/dates/months.txt is reported.
	Lang string
}

// ParseDate parses a date field written in absolute terms: EDTF ("2024-05-09", "2019~",
// "2022-03/.."), ISO 8601 dates and date-times (the calendar date as written, no time-zone
// shift), numeric dates ("09.05.2024", "13/05/2024"), and written dates, seasons, quarters,
// decades, ranges and qualifiers in some thirty European languages ("9. Mai 2024", "late
// March 2022", "summer 2024", "Q3 2023", "14-15 January 2024", "since March 2022", "c. 2019",
// "9 мая 2024 г.", "2024 m. gegužės 9 d."). The result keeps the precision of the input: no
// day or month is ever filled in.
//
// ParseDate is DateParser{}.Parse. Errors: *ParseError wrapping ErrInvalid for input that is
// not a date or names an impossible one ("31 April", "2023-02-29", a reversed range),
// ErrUnspecified for placeholders ("n/a", "TBD", "-"), ErrNeedsReference for relative input
// ("yesterday", "9 May" without a year), and *AmbiguousError (ErrAmbiguous) for numeric dates
// whose day and month could be swapped ("05/09/2024"), listing both readings.
func ParseDate(s string) (Date, error) {
	m, err := DateParser{}.match("ParseDate", s)
	return m.Date, err
}

// MustParseDate is like ParseDate but panics on error. It is for tests and examples.
func MustParseDate(s string) Date {
	d, err := ParseDate(s)
	if err != nil {
		panic(err)
	}
	return d
}

// Parse parses a date field as ParseDate does, and also resolves relative expressions against
// p.Reference and reads ambiguous numeric dates in p.Order. Relative expressions prefer the
// past: "9 May" is the most recent 9 May not after the reference, "last Tuesday" the most
// recent Tuesday before it; see spec/dates.md for every rule.
func (p DateParser) Parse(s string) (Date, error) {
	m, err := p.match("DateParser.Parse", s)
	return m.Date, err
}

// Match is like Parse but also reports which rule and which language matched.
func (p DateParser) Match(s string) (DateMatch, error) {
	return p.match("DateParser.Match", s)
}

func (p DateParser) match(fn, s string) (DateMatch, error) {
	if err := checkInput(fn, s); err != nil {
		return DateMatch{}, err
	}
	var st dparser
	st.t = dateTablesOnce()
	st.order = p.Order
	if !p.Reference.IsZero() {
		y, m, d := p.Reference.Date()
		if y >= 1 && y <= 9998 {
			st.hasRef = true
			st.refY, st.refM, st.refD = y, int(m), d
			st.ref = dayNumber(y, int(m), d)
		}
	}
	m, ok := st.run(s)
	if ok {
		return m, nil
	}
	return DateMatch{}, st.err(fn, s)
}

// Failure ranks: a more specific failure of one reading wins over a vaguer one of another.
const (
	failNone = iota
	failGeneric
	failCalendar
	failNeedsRef
	failAmbiguous
	failUnspecified
)

// maxDateWords bounds the tokens left after noise and qualifiers; the longest real date
// ("from 30 April to 2 May 2024") needs far fewer.
const maxDateWords = 24

// maxRangeSeps bounds the range separators ("to", "–", "/") of a field; a range has one.
const maxRangeSeps = 3

// dparser is the state of one parse. It lives on the stack.
type dparser struct {
	t      *dateTables
	order  DateOrder
	hasRef bool
	refY   int
	refM   int
	refD   int
	ref    int32

	toks   [maxDateToks]dtok
	n      int
	bufArr [1024]byte         // folded words, at toks[i].ws:we
	idx    [maxDateToks]uint8 // the tokens that remain after noise and qualifiers
	ni     int

	qual  uint8
	night bool
	// nightRel is set when the night word was read as part of "last night" ("na noite
	// passada"): a preposition before it is then no "until" or "since".
	nightRel bool

	// The best failure so far.
	fail       int
	failReason string
	amb        [3]Date   // the readings of an ambiguous field
	ambLabels  [3]string // their labels
	namb       int

	// What matched.
	rule  string
	votes [64]uint8 // per language, words read in it
}

func (st *dparser) failWith(rank int, reason string) {
	if rank > st.fail {
		st.fail, st.failReason = rank, reason
	}
}

func (st *dparser) err(fn, s string) error {
	switch st.fail {
	case failAmbiguous:
		// One allocation for all candidate strings.
		var b [72]byte
		var ends [3]int
		buf := b[:0]
		for i := 0; i < st.namb; i++ {
			buf = st.amb[i].appendTo(buf)
			ends[i] = len(buf)
		}
		all := string(buf)
		cands := make([]Candidate, st.namb)
		start := 0
		for i := range cands {
			cands[i] = Candidate{Value: all[start:ends[i]], Label: st.ambLabels[i]}
			start = ends[i]
		}
		e := newAmbiguousError(fn, s, cands)
		e.Reason = "day/month order"
		return e
	case failNeedsRef:
		return newParseError(fn, s, ErrNeedsReference, st.failReason)
	case failUnspecified:
		return newParseError(fn, s, ErrUnspecified, st.failReason)
	}
	reason := st.failReason
	if reason == "" {
		reason = "not a date"
	}
	return newParseError(fn, s, ErrInvalid, reason)
}

// trimDateSpace trims spaces and the punctuation that may wrap a field.
func trimDateSpace(s string) string {
	for len(s) > 0 {
		c := s[0]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '\'' {
			s = s[1:]
			continue
		}
		if c == 0xc2 && len(s) > 1 && s[1] == 0xa0 { // no-break space
			s = s[2:]
			continue
		}
		break
	}
	for len(s) > 0 {
		c := s[len(s)-1]
		if c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '\'' || c == ',' || c == ';' {
			s = s[:len(s)-1]
			continue
		}
		if c == 0xa0 && len(s) > 1 && s[len(s)-2] == 0xc2 {
			s = s[:len(s)-2]
			continue
		}
		break
	}
	return s
}

func (st *dparser) run(s string) (DateMatch, bool) {
	s = trimDateSpace(s)
	if s == "" {
		st.failWith(failGeneric, "empty")
		return DateMatch{}, false
	}
	if d, reason := parseEDTF(s); reason == "" {
		if d.minYear() < 1000 {
			// EDTF allows year 0000, but in an incident record "0000" is a placeholder and
			// "0100" a typo.
			if isZeroDate(s) {
				st.failWith(failUnspecified, "placeholder date")
			} else {
				st.failWith(failCalendar, "year out of range 1000–9999")
			}
			return DateMatch{}, false
		}
		return DateMatch{Date: d, Rule: "edtf"}, true
	} else if isEDTFShape(s) {
		// Shaped like EDTF (2023-02-29, 2024-13-01): report its reason, but let the other
		// readings try first.
		st.failWith(failCalendar, reason)
		if isZeroDate(s) {
			st.failWith(failUnspecified, "placeholder date")
			return DateMatch{}, false
		}
	}
	if d, ok, reason := parseISODateTime(s); ok {
		return DateMatch{Date: d, Rule: "iso-datetime"}, true
	} else if reason != "" {
		st.failWith(failCalendar, reason)
		return DateMatch{}, false
	}
	n, reason := lexDate(s, st.t, &st.toks, &st.bufArr)
	st.n = n
	if reason != "" {
		st.failWith(failGeneric, reason)
		return DateMatch{}, false
	}
	if st.placeholder() {
		st.failWith(failUnspecified, "placeholder")
		return DateMatch{}, false
	}
	if !st.prepare() {
		return DateMatch{}, false
	}
	if st.ni > maxDateWords {
		st.failWith(failGeneric, "too many words for a date")
		return DateMatch{}, false
	}
	d, ok := st.structure()
	if !ok {
		return DateMatch{}, false
	}
	lang := st.lang()
	if lang == "" {
		// Only structure words were read ("seit 2014"): let them name the language.
		for k := 0; k < st.ni; k++ {
			if tk := &st.toks[st.idx[k]]; tk.kind == tkWord {
				for _, m := range tk.m {
					st.vote(m)
				}
			}
		}
		lang = st.lang()
	}
	return DateMatch{Date: d, Rule: st.rule, Lang: lang}, true
}

// isEDTFShape reports whether s looks like an EDTF or ISO date (digits and dashes, year
// first), so that its calendar error is the one to report.
func isEDTFShape(s string) bool {
	return len(s) >= 7 && isDigits(s[:4]) && s[4] == '-' && isDigitByte(s[5])
}

func isZeroDate(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != '0' && s[i] != '-' {
			return false
		}
	}
	return true
}

// parseISODateTime reads an ISO 8601 / RFC 3339 date-time, YYYY-MM-DDThh:mm[:ss[.fff]][zone],
// and returns its calendar date as written. ok is false if s is not shaped so; a reason is set
// if it is shaped so but invalid.
func parseISODateTime(s string) (Date, bool, string) {
	if len(s) < 16 || !isDigits(s[:4]) || s[4] != '-' || !isDigits(s[5:7]) || s[7] != '-' || !isDigits(s[8:10]) {
		return Date{}, false, ""
	}
	if s[10] != 'T' && s[10] != 't' && s[10] != ' ' {
		return Date{}, false, ""
	}
	t := s[11:]
	if len(t) < 5 || !isDigits(t[:2]) || t[2] != ':' || !isDigits(t[3:5]) {
		return Date{}, false, ""
	}
	hh, mm := int(t[0]-'0')*10+int(t[1]-'0'), int(t[3]-'0')*10+int(t[4]-'0')
	t = t[5:]
	if len(t) >= 3 && t[0] == ':' && isDigits(t[1:3]) {
		if int(t[1]-'0')*10+int(t[2]-'0') > 60 {
			return Date{}, false, "no such time"
		}
		t = t[3:]
		if len(t) >= 2 && (t[0] == '.' || t[0] == ',') && isDigitByte(t[1]) {
			i := 1
			for i < len(t) && isDigitByte(t[i]) {
				i++
			}
			t = t[i:]
		}
	}
	if len(t) > 1 && t[0] == ' ' && (t[1] == '+' || t[1] == '-') {
		t = t[1:] // "2024-05-09 23:30:00 +02:00"
	}
	switch {
	case t == "" || t == "Z" || t == "z" || t == " UTC" || t == " GMT" || t == "UTC":
	case len(t) == 6 && (t[0] == '+' || t[0] == '-') && isDigits(t[1:3]) && t[3] == ':' && isDigits(t[4:6]):
	case len(t) == 5 && (t[0] == '+' || t[0] == '-') && isDigits(t[1:5]):
	case len(t) == 3 && (t[0] == '+' || t[0] == '-') && isDigits(t[1:3]):
	default:
		return Date{}, false, ""
	}
	if hh > 24 || mm > 59 {
		return Date{}, false, "no such time"
	}
	y := atoiDigits(s[:4])
	m := atoiDigits(s[5:7])
	d := atoiDigits(s[8:10])
	if y < 1000 {
		// As for EDTF input: "0000" is a placeholder and "0100" a typo.
		return Date{}, false, "year out of range 1000–9999"
	}
	if !validDay(int(y), int(m), int(d)) {
		return Date{}, false, "no such day in the calendar"
	}
	return pointDate(dayEnd(int(y), int(m), int(d))), true, ""
}

// word returns the folded form of token i.
func (st *dparser) word(i int) string {
	tk := &st.toks[i]
	return string(st.bufArr[tk.ws:tk.we])
}

// placeholder reports whether the whole field is an explicit "no date" marker.
func (st *dparser) placeholder() bool {
	words, other := 0, 0
	for i := 0; i < st.n; i++ {
		tk := &st.toks[i]
		switch tk.kind {
		case tkWord:
			words++
		case tkSep:
			if tk.sep != '-' && tk.sep != '?' && tk.sep != '/' {
				other++
			}
		default:
			other++
		}
	}
	if other > 0 {
		return false
	}
	if words == 0 {
		return true // "-", "?", "--", "/"
	}
	if words > 4 {
		return false
	}
	// The folded words joined by spaces, as the table keys are.
	var b [128]byte
	k := b[:0]
	for i := 0; i < st.n; i++ {
		if tk := &st.toks[i]; tk.kind == tkWord {
			if len(k) > 0 {
				k = append(k, ' ')
			}
			k = append(k, st.bufArr[tk.ws:tk.we]...)
		}
	}
	_, ok := has(st.t.lookup(k), wPlaceholder)
	return ok
}

// prepare merges phrases, drops attached dashes that do not separate, and reads the
// qualifiers, filling st.idx with the tokens that remain. It fails on a word that no table
// knows: such a field is not a date ("Room 101", "1.jpg").
func (st *dparser) prepare() bool {
	// Phrases: the longest run of words (joined by spaces or attached hyphens) in the table.
	for i := 0; i < st.n; i++ {
		tk := &st.toks[i]
		if tk.kind != tkWord || tk.used {
			continue
		}
		maxw, ok := st.t.phrase[st.word(i)]
		if !ok {
			continue
		}
		var kb [128]byte
		key := append(kb[:0], st.bufArr[tk.ws:tk.we]...)
		var ends [8]int
		var lens [8]int
		cnt := 0
		j := i + 1
		for w := 1; w < int(maxw) && j < st.n && cnt < len(ends); w++ {
			if st.toks[j].kind == tkSep && st.toks[j].sep == '-' && !st.toks[j].sp && j+1 < st.n && !st.toks[j+1].sp {
				j++
			}
			if st.toks[j].kind != tkWord {
				break
			}
			key = append(key, ' ')
			key = append(key, st.bufArr[st.toks[j].ws:st.toks[j].we]...)
			ends[cnt], lens[cnt] = j, len(key)
			cnt++
			j++
		}
		for c := cnt - 1; c >= 0; c-- {
			if ms := st.t.lookup(key[:lens[c]]); ms != nil {
				tk.m = ms
				for k := i + 1; k <= ends[c]; k++ {
					st.toks[k].used = true
				}
				break
			}
		}
	}
	for i := 0; i < st.n; i++ {
		if tk := &st.toks[i]; tk.kind == tkWord && tk.m == nil && !tk.used && romanValue(st.word(i)) == 0 &&
			st.word(i) != "q" && st.word(i) != "h" && st.frenchQH(i) == "" && !st.suffixOfNumber(i) {
			st.failWith(failGeneric, "unknown word")
			return false
		}
	}
	// "kl. 23.30", "om 23.30 uur": a dotted pair beside a clock word is a time, not a date;
	// so is an hour before one ("23 Uhr", "5 a.m.", "23 heures").
	for i := 0; i < st.n; i++ {
		g := &st.toks[i]
		if g.kind == tkNum && g.nd <= 2 && g.val <= 24 && !g.dot && i+1 < st.n && st.isClockWord(i+1) && st.toks[i+1].sp &&
			romanValue(st.word(i+1)) == 0 {
			*g = dtok{kind: tkTime, sp: g.sp}
			continue
		}
		if g.kind != tkGroup || g.np != 2 || g.sep != '.' || g.pnd[1] != 2 || g.parts[0] > 24 || g.parts[1] > 59 {
			continue
		}
		if i > 0 && st.isClockWord(i-1) || i+1 < st.n && st.isClockWord(i+1) {
			*g = dtok{kind: tkTime, sp: g.sp}
		}
	}
	// "à 23 h 30": a French clock time written with spaces.
	for i := 0; i+2 < st.n; i++ {
		a, h, b := &st.toks[i], &st.toks[i+1], &st.toks[i+2]
		if a.kind == tkNum && a.nd <= 2 && a.val <= 24 && h.kind == tkWord && st.word(i+1) == "h" &&
			b.kind == tkNum && b.nd == 2 && b.val <= 59 && (i+3 == st.n || st.toks[i+3].kind != tkNum) {
			*a = dtok{kind: tkTime, sp: a.sp}
			h.used, b.used = true, true
		}
	}
	// "17/18 November 2024": a slash between two days before a month name is a range.
	for i := 0; i+1 < st.n && st.n+2 <= maxDateToks; i++ {
		g := &st.toks[i]
		if g.kind != tkGroup || g.np != 2 || g.sep != '/' || g.pnd[0] > 2 || g.pnd[1] > 2 || g.dot {
			continue
		}
		j := i + 1
		for j < st.n && st.toks[j].kind == tkWord && !hasMonth(st.toks[j].m) && isNoiseWord(st.toks[j].m) {
			j++
		}
		if j == st.n || st.toks[j].kind != tkWord || !hasMonth(st.toks[j].m) {
			continue
		}
		copy(st.toks[i+3:st.n+2], st.toks[i+1:st.n])
		a, b, sp := g.parts[0], g.parts[1], g.sp
		st.toks[i] = dtok{kind: tkNum, sp: sp, val: a, nd: 2}
		st.toks[i+1] = dtok{kind: tkSep, sep: '/'}
		st.toks[i+2] = dtok{kind: tkNum, val: b, nd: 2}
		st.n += 2
	}
	// Attached dashes that join a suffix to a number ("15-én", "1990-е", "2024-ig"), a part
	// word to what it narrows ("mi-mars", "end-2023") or two words ("ce mois-ci") do not
	// separate; between two month, season or weekday names ("mars-avril") they do.
	for i := 1; i+1 < st.n; i++ {
		tk := &st.toks[i]
		next, prev := &st.toks[i+1], &st.toks[i-1]
		if tk.kind != tkSep || tk.sep != '-' || tk.sp || next.sp || prev.used {
			continue
		}
		switch {
		case prev.kind == tkNum && next.kind == tkWord && hasMonth(next.m) && i+3 < st.n &&
			st.toks[i+2].kind == tkSep && st.toks[i+2].sep == '-' && !st.toks[i+2].sp &&
			st.toks[i+3].kind == tkNum && !st.toks[i+3].sp:
			tk.used = true // 9-May-2024
			st.toks[i+2].used = true
		case prev.kind == tkNum && next.kind == tkNum && i >= 2 && !prev.sp && st.isQH(i-2):
			tk.used = true // Q3-2023
		case prev.kind == tkNum && prev.nd == 4 && st.isQH(i+1):
			tk.used = true // 2023-Q3
		case next.kind == tkWord && prev.kind == tkTime:
			tk.used = true // Hungarian "23:30-kor"
		case next.kind == tkWord && (prev.kind == tkNum || prev.kind == tkGroup) && !namesPeriod(next.m) &&
			!isPresentWord(next.m) && !st.isQH(i+1):
			tk.used = true
		case prev.kind == tkWord && isPart(prev.m):
			tk.used = true
		case prev.kind == tkWord && next.kind == tkNum && hasMonth(prev.m):
			tk.used = true // 9-May-2024
		case prev.kind == tkWord && next.kind == tkWord && !(namesPeriod(prev.m) && namesPeriod(next.m)):
			tk.used = true
		}
	}
	// Qualifiers and the night marker. A word that is also a number ("um", German "around"
	// and Portuguese "one") is a qualifier only if the field counts nothing.
	counting := false
	for i := 0; i < st.n; i++ {
		if tk := &st.toks[i]; tk.kind == tkWord && !tk.used {
			if _, ok := has(tk.m, wAgo); ok {
				counting = true
			}
			if u, ok := has(tk.m, wUnit); ok && u.val != unitYear && u.val != unitQuarter && u.val != unitHalf {
				counting = true
			}
		}
	}
	for i := 0; i < st.n; i++ {
		tk := &st.toks[i]
		if tk.used {
			continue
		}
		switch tk.kind {
		case tkSep:
			switch tk.sep {
			case '~':
				st.qual |= qualApprox
				tk.used = true
			case '?':
				st.qual |= qualUncertain
				tk.used = true
			}
		case tkWord:
			if dateWordish(tk.m) {
				continue
			}
			if _, num := has(tk.m, wNum); num && counting {
				continue
			}
			if m, ok := has(tk.m, wApprox); ok && st.timeAfter(i+1) {
				// "um 4:50 Uhr", "vers 23h30": "at" a clock time, which the date drops.
				st.vote(m)
				tk.used = true
			} else if ok {
				st.qual |= qualApprox
				st.vote(m)
				tk.used = true
			} else if m, ok := has(tk.m, wUncertain); ok {
				st.qual |= qualUncertain
				st.vote(m)
				tk.used = true
			} else if m, ok := has(tk.m, wNight); ok {
				if st.night {
					st.failWith(failGeneric, "two night words")
					return false
				}
				st.night = true
				st.vote(m)
				tk.used = true
			}
		}
	}
	st.ni = 0
	for i := 0; i < st.n; i++ {
		if !st.toks[i].used {
			st.idx[st.ni] = uint8(i)
			st.ni++
		}
	}
	return true
}

// isQH reports whether token i is the word "q" or "h" of a quarter or half code (Q3, H2).
func (st *dparser) isQH(i int) bool {
	if st.toks[i].kind != tkWord {
		return false
	}
	w := st.word(i)
	return w == "q" || w == "h"
}

// timeAfter reports whether a clock time starts at token i, after any clock words
// ("gegen 23:30", "około godz. 23:30", "intorno alle 23:30").
func (st *dparser) timeAfter(i int) bool {
	for i < st.n && st.isClockWord(i) {
		i++
	}
	return i < st.n && st.toks[i].kind == tkTime
}

// isClockWord reports whether token i is a word that stands beside a clock time.
func (st *dparser) isClockWord(i int) bool {
	tk := &st.toks[i]
	if tk.kind != tkWord {
		return false
	}
	_, ok := has(tk.m, wClock)
	return ok
}

// frenchQH returns "q" or "h" if token i is the French "T" (trimestre) or "S" (semestre) of
// a code written before its number, "T2 2024", "S1 2024"; else "".
func (st *dparser) frenchQH(i int) string {
	if st.toks[i].kind != tkWord || i+1 >= st.n {
		return ""
	}
	if nx := &st.toks[i+1]; nx.kind != tkNum || nx.sp || nx.nd != 1 {
		return ""
	}
	switch st.word(i) {
	case "t":
		return "q"
	case "s":
		return "h"
	}
	return ""
}

// suffixOfNumber reports whether word i is an ordinal suffix attached to a number, directly
// ("9th") or by a hyphen ("9-го").
func (st *dparser) suffixOfNumber(i int) bool {
	if i == 0 || st.toks[i].sp || !isOrdSuffix(st.word(i)) {
		return false
	}
	p := &st.toks[i-1]
	if p.kind == tkSep && p.sep == '-' && !p.sp && i >= 2 {
		p = &st.toks[i-2]
	}
	return p.kind == tkNum
}

func isNoiseWord(ms []meaning) bool {
	_, ok := has(ms, wNoise)
	return ok
}

func isPresentWord(ms []meaning) bool {
	_, ok := has(ms, wPresent)
	return ok
}

func hasMonth(ms []meaning) bool {
	_, ok := has(ms, wMonth)
	return ok
}

func isPart(ms []meaning) bool {
	_, ok := has(ms, wPart)
	return ok
}

// namesPeriod reports whether ms has a month, season or weekday reading.
func namesPeriod(ms []meaning) bool {
	for _, m := range ms {
		switch m.class {
		case wMonth, wSeason, wWeekday:
			return true
		}
	}
	return false
}

// dateWordish reports whether ms has a reading that names a date part, which wins over a
// qualifier reading of the same word.
func dateWordish(ms []meaning) bool {
	for _, m := range ms {
		switch m.class {
		case wMonth, wSeason, wUnit, wRelDay, wWeekday:
			return true
		}
	}
	return false
}

// vote counts a word read in a language: a month or weekday name, which few languages share,
// counts three times; a filler word, which many share, once.
func (st *dparser) vote(m meaning) {
	w := uint8(2)
	switch m.class {
	case wMonth, wWeekday:
		w = 3
	case wNoise:
		w = 1
	}
	if int(m.lang) < len(st.votes) && st.votes[m.lang] < 250 {
		st.votes[m.lang] += w
	}
}

// voteAll votes for every language in which ms has a reading of class c.
func (st *dparser) voteAll(ms []meaning, c wordClass) {
	for _, m := range ms {
		if m.class == c {
			st.vote(m)
		}
	}
}

// lang returns the language with the most votes, or "".
func (st *dparser) lang() string {
	best, bi := uint8(0), -1
	for i, v := range st.votes {
		if v > best {
			best, bi = v, i
		}
	}
	if bi < 0 || bi >= len(st.t.langs) {
		return ""
	}
	return st.t.langs[bi]
}

// isClass reports whether the token at position k of st.idx is a word with a reading of c.
func (st *dparser) isClass(k int, c wordClass) bool {
	tk := &st.toks[st.idx[k]]
	if tk.kind != tkWord {
		return false
	}
	_, ok := has(tk.m, c)
	return ok
}

func (st *dparser) isRangeSep(k int) bool {
	tk := &st.toks[st.idx[k]]
	if tk.kind == tkSep && (tk.sep == '-' || tk.sep == '/') {
		return true
	}
	return st.isClass(k, wTo) || st.isClass(k, wRangeTo) || st.night && st.isClass(k, wNightTo)
}

// structure tries the shapes of a field in turn: between…and, a range at each separator,
// until X, since X, X since, X until, and a single date. The first that parses wins.
func (st *dparser) structure() (Date, bool) {
	n := st.ni
	if n == 0 {
		st.failWith(failGeneric, "no date in the text")
		return Date{}, false
	}
	// between X and Y
	for b := 0; b < n; b++ {
		if !st.isClass(b, wBetween) {
			continue
		}
		for a := b + 2; a < n-1; a++ {
			if !st.isClass(a, wAnd) {
				continue
			}
			if !st.allNoise(0, b) {
				break
			}
			if d, ok := st.rangeOf(b+1, a, a+1, n); ok {
				st.rule = "range"
				if st.night {
					st.rule = "night"
				}
				return d, true
			}
		}
	}
	// X to Y, from X to Y, X – Y
	seps := 0
	for k := 1; k < n-1; k++ {
		if st.isRangeSep(k) {
			seps++
		}
	}
	if seps > maxRangeSeps {
		st.failWith(failGeneric, "too many range separators")
		return Date{}, false
	}
	for k := 1; k < n-1; k++ {
		if !st.isRangeSep(k) {
			continue
		}
		lo := 0
		for lo < k && (st.isClass(lo, wFrom) || st.isClass(lo, wRangeFrom) || st.isClass(lo, wNoise)) {
			lo++
		}
		if lo == k {
			continue
		}
		if d, ok := st.rangeOf(lo, k, k+1, n); ok {
			switch {
			case st.rule == "since" || st.rule == "season": // "2022–present", "winter 2023-2024"
			case st.night:
				st.rule = "night"
			default:
				st.rule = "range"
			}
			return d, true
		}
	}
	// until X / X until; since X / X since
	first := 0
	for first < n-1 && st.isClass(first, wNoise) && !st.isClass(first, wFrom) && !st.isClass(first, wTo) &&
		!(st.night && st.isClass(first, wNightTo)) {
		first++
	}
	if st.isClass(first, wNum) && (st.isClass(first, wTo) || st.isClass(first, wFrom)) {
		// Lithuanian "iki" (until) is Turkish "iki" (two): "iki gün önce" counts.
		if d, ok := st.single(0, n); ok {
			return d, true
		}
	}
	if first < n-1 && (st.isClass(first, wTo) && !st.isClass(first, wNoise) || st.isClass(first, wNightTo) && st.night) {
		if d, ok := st.single(first+1, n); ok {
			return st.until(d)
		}
	}
	if n > 1 && st.isClass(n-1, wTo) {
		if d, ok := st.single(first, n-1); ok {
			return st.until(d)
		}
	}
	if first < n-1 && (st.isClass(first, wFrom) && !st.isClass(first, wNoise) || st.night && st.isClass(first, wRangeFrom)) {
		if d, ok := st.single(first+1, n); ok {
			return st.since(d)
		}
	}
	if n > 1 && st.isClass(n-1, wFrom) && !st.isClass(n-1, wAgo) {
		if d, ok := st.single(first, n-1); ok {
			return st.since(d)
		}
	}
	d, ok := st.single(0, n)
	if !ok {
		return Date{}, false
	}
	if st.night && d.kind == datePoint && d.lo.prec == PrecisionDay {
		// The night of D: from D to D+1.
		next := dayDate(dayNumber(d.lo.first()) + 1)
		next.qual = d.lo.qual
		st.rule = "night"
		return intervalDate(d.lo, next), true
	}
	return d, true
}

func (st *dparser) until(d Date) (Date, bool) {
	if st.nightRel {
		return d, true
	}
	if st.night && d.kind == datePoint && d.lo.prec == PrecisionDay {
		// In the night to D: from D-1 to D.
		prev := dayDate(dayNumber(d.lo.first()) - 1)
		prev.qual = d.lo.qual
		st.rule = "night"
		return intervalDate(prev, d.lo), true
	}
	st.rule = "until"
	return intervalDate(dateEnd{edge: edgeOpen}, d.lastEnd()), true
}

func (st *dparser) since(d Date) (Date, bool) {
	if st.nightRel {
		return d, true
	}
	if st.night && d.kind == datePoint && d.lo.prec == PrecisionDay {
		next := dayDate(dayNumber(d.lo.first()) + 1)
		next.qual = d.lo.qual
		st.rule = "night"
		return intervalDate(d.lo, next), true
	}
	st.rule = "since"
	return intervalDate(d.lo, dateEnd{edge: edgeOpen}), true
}

// isNoiseOnly reports whether position k holds a word whose only readings are noise.
func (st *dparser) isNoiseOnly(k int) bool {
	tk := &st.toks[st.idx[k]]
	if tk.kind != tkWord || len(tk.m) == 0 {
		return false
	}
	for _, m := range tk.m {
		if m.class != wNoise {
			return false
		}
	}
	return true
}

func (st *dparser) allNoise(a, b int) bool {
	for k := a; k < b; k++ {
		if !st.isClass(k, wNoise) {
			return false
		}
	}
	return true
}

// single parses positions [a, b) of st.idx as one date and applies the qualifiers.
func (st *dparser) single(a, b int) (Date, bool) {
	var sg seg
	if !st.parseSeg(a, b, &sg, false) {
		return Date{}, false
	}
	d, ok := st.resolve(&sg, nil)
	if !ok {
		return Date{}, false
	}
	if st.rule == "" {
		st.rule = sg.rule
	}
	if st.rule == "" {
		st.rule = "written"
	}
	return st.qualify(d), true
}

// rangeOf parses [a, b) and [c, e) as the two ends of an interval.
func (st *dparser) rangeOf(a, b, c, e int) (Date, bool) {
	var l, r seg
	if st.isPresent(c, e) {
		// "2022–present": an open end.
		if !st.parseSeg(a, b, &l, false) {
			return Date{}, false
		}
		ld, ok := st.resolve(&l, nil)
		if !ok {
			return Date{}, false
		}
		st.rule = "since"
		return st.qualify(intervalDate(ld.lo, dateEnd{edge: edgeOpen})), true
	}
	if !st.parseSeg(a, b, &l, true) {
		return Date{}, false
	}
	if l.season == 24 && l.y != 0 && !l.yy && c+1 == e {
		// "winter 2023–24": the second year shortened to two digits.
		if tk := &st.toks[st.idx[c]]; tk.kind == tkNum && tk.nd == 2 && int(tk.val) == (l.y+1)%100 {
			st.rule = "season"
			return st.qualify(intervalDate(monthEnd(l.y, 12), monthEnd(l.y+1, 2))), true
		}
	}
	if !st.parseSeg(c, e, &r, true) {
		return Date{}, false
	}
	if r.season == 24 && l.y != 0 && !l.yy && r.y == l.y+1 && !r.yy && l.m == 0 && l.d == 0 && l.season == 0 &&
		l.part == 0 && l.quarter == 0 && l.half == 0 && !l.decade && !l.isRel && r.part == 0 {
		// "2023–2024 telén", "2023./2024. gada ziemā": the winter word after both years.
		st.rule = "season"
		return st.qualify(intervalDate(monthEnd(l.y, 12), monthEnd(r.y, 2))), true
	}
	if l.season == 24 && l.y != 0 && !l.yy && r.y == l.y+1 && r.m == 0 && r.d == 0 && r.season == 0 &&
		r.part == 0 && r.quarter == 0 && r.half == 0 && !r.decade && !r.isRel && !r.yy {
		// "winter 2023-2024": one winter across two years.
		st.rule = "season"
		return st.qualify(intervalDate(monthEnd(l.y, 12), monthEnd(r.y, 2))), true
	}
	if (l.quarter != 0 || l.half != 0) && l.y == 0 && !l.yy && !l.isRel && !r.isRel && r.y != 0 &&
		r.m == 0 && r.d == 0 && r.season == 0 && r.quarter == 0 && r.half == 0 && r.part == 0 && !r.decade {
		// "primul semestru al anului 2024": "al" (Spanish "to") joins a quarter or half to
		// its own year, not a range.
		st.failWith(failGeneric, "a quarter or half and its year are no range")
		return Date{}, false
	}
	// The left end borrows what it lacks from the right: "14–15 January 2024",
	// "30 April – 2 May 2024", "March–May 2024".
	if !l.isRel && !r.isRel {
		switch {
		case l.d != 0 && l.m == 0 && r.d != 0 && r.m == 0:
			st.failWith(failGeneric, "a day without a month")
			return Date{}, false
		case l.d != 0 && l.m == 0:
			if r.d == 0 {
				st.failWith(failGeneric, "a day without a month")
				return Date{}, false
			}
			l.m = r.m
		case r.d != 0 && r.m == 0:
			// "2024 m. sausio 14–15 d.": the right end borrows from the left.
			if l.d == 0 {
				st.failWith(failGeneric, "a day without a month")
				return Date{}, false
			}
			r.m = l.m
			if r.y == 0 {
				r.y, r.yy = l.y, l.yy
			}
		}
		if l.y == 0 && l.y2 == 0 && !l.decade {
			l.y, l.yy = r.y, r.yy
			l.inherited = true
		}
		if r.y == 0 && r.y2 == 0 && !r.decade && l.y != 0 && l.y2 == 0 && !l.decade {
			// "2023 Q1–Q3": the right end takes the year of the left one.
			r.y, r.yy = l.y, l.yy
			r.inherited = true
		}
	}
	rd, ok := st.resolve(&r, nil)
	if !ok {
		return Date{}, false
	}
	ld, ok := st.resolve(&l, &rd)
	if !ok {
		return Date{}, false
	}
	lo, hi := ld.lo, rd.lastEnd()
	if lo.edge != edgeValue || hi.edge != edgeValue {
		st.failWith(failGeneric, "open end inside a range")
		return Date{}, false
	}
	if !ordered(lo, hi) && (l.inherited || l.y == 0) && !l.isRel && !l.yy && l.m > r.m && r.m != 0 {
		// "30 December – 2 January 2024": the left end is in the year before.
		if l.y == 0 {
			l.y = int(ld.lo.year)
		}
		l.y--
		l.yy = false
		if ld2, ok := st.resolve(&l, &rd); ok {
			lo = ld2.lo
		}
	}
	if !ordered(lo, hi) && r.inherited && !l.inherited && !r.yy && r.m != 0 && r.m < l.m {
		// "30 December 2023 – 2 January": the right end is in the next year.
		r.y++
		if rd2, ok := st.resolve(&r, nil); ok {
			hi = rd2.lastEnd()
		}
	}
	if !ordered(lo, hi) {
		st.failWith(failCalendar, "the range ends before it starts")
		return Date{}, false
	}
	return st.qualify(intervalDate(lo, hi).collapsed()), true
}

// isPresent reports whether [a, b) is a word for the present ("present", "ongoing"), with
// filler words around it.
func (st *dparser) isPresent(a, b int) bool {
	found := false
	for k := a; k < b; k++ {
		switch {
		case !found && st.isClass(k, wPresent):
			found = true
		case st.isNoiseOnly(k):
		default:
			return false
		}
	}
	return found
}

func (st *dparser) qualify(d Date) Date {
	if st.qual == 0 {
		return d
	}
	if d.lo.edge == edgeValue {
		d.lo.qual |= st.qual
	}
	if d.kind == dateInterval && d.hi.edge == edgeValue {
		d.hi.qual |= st.qual
	}
	return d
}
