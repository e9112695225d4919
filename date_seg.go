package incident

// seg is one date of a field, as read from its tokens, before the year is resolved: the
// parts of an absolute date, or an already resolved relative date.
type seg struct {
	y, m, d   int  // year, month 1–12, day; 0 when absent
	yy        bool // y holds a two-digit year to expand against the reference
	y2        int  // the second year of "2022/23"
	season    int  // EDTF season code 21–24
	part      int  // 1 early, 2 mid, 3 late
	quarter   int  // 1–4
	half      int  // 1–2
	decade    bool // y is a decade
	wd        int  // weekday 1–7 named beside the date
	inherited bool // y was borrowed from the other end of a range
	isRel     bool // relDate holds the resolved value
	relDate   Date
	rule      string
}

// parseSeg reads positions [a, b) of st.idx as one date. inRange allows a bare day, the end of
// a range that borrows its month from the other end ("14" of "14–15 January 2024").
func (st *dparser) parseSeg(a, b int, sg *seg, inRange bool) bool {
	if a >= b {
		return false
	}
	if st.segHasRel(a, b) {
		var r seg
		if st.parseRel(a, b, &r) {
			*sg = r
			return true
		}
	}
	return st.parseAbs(a, b, sg, inRange)
}

// segHasRel reports whether [a, b) holds a word that only a relative expression uses.
func (st *dparser) segHasRel(a, b int) bool {
	weekday, other, part, year := false, false, false, false
	for k := a; k < b; k++ {
		tk := &st.toks[st.idx[k]]
		if tk.kind != tkWord {
			if tk.kind != tkTime {
				other = true
			}
			continue
		}
		for _, m := range tk.m {
			switch m.class {
			case wRelDay, wLastNight, wThisYear, wLastYear, wLastSeason, wLastWeekday, wAgo, wLast, wThis:
				return true
			case wUnit:
				if m.val != unitYear && m.val != unitQuarter && m.val != unitHalf {
					return true
				}
				year = year || m.val == unitYear
			case wPart:
				part = true
			case wWeekday:
				weekday = weekday || m.val < 10 // an abbreviation names a weekday only beside a date
			case wMonth, wSeason:
				other = true
			}
		}
	}
	// "Ende des Jahres" without a year number: the end of the current year.
	return (weekday || part && year) && !other
}

// chooseAbs picks the reading of a word for an absolute date.
func chooseAbs(ms []meaning, ordinalContext bool) (meaning, bool) {
	if ordinalContext {
		for _, m := range ms {
			if m.class == wUnit && (m.val == unitQuarter || m.val == unitHalf) {
				return m, true
			}
		}
	}
	for _, c := range [...]wordClass{wMonth, wSeason, wPart, wWeekday, wUnit, wDecade, wOrd, wNoise} {
		if m, ok := has(ms, c); ok {
			if c == wUnit && m.val != unitQuarter && m.val != unitHalf && m.val != unitYear {
				// Days, weeks and months are relative units; as a filler word
				// ("den", Czech for day, Swedish for the) the word may still be noise.
				continue
			}
			return m, true
		}
	}
	// "du", "a", "al" inside a date are articles and prepositions: "fin du mois", "a marzo";
	// "ongoing" beside a date says what "since" already says.
	for _, c := range [...]wordClass{wRangeFrom, wRangeTo, wPresent} {
		if m, ok := has(ms, c); ok {
			return meaning{class: wNoise, lang: m.lang}, true
		}
	}
	return meaning{}, false
}

// romanValue returns the value of a folded Roman numeral from i to xii, or 0.
func romanValue(w string) int {
	switch w {
	case "i":
		return 1
	case "ii":
		return 2
	case "iii":
		return 3
	case "iv":
		return 4
	case "v":
		return 5
	case "vi":
		return 6
	case "vii":
		return 7
	case "viii":
		return 8
	case "ix":
		return 9
	case "x":
		return 10
	case "xi":
		return 11
	case "xii":
		return 12
	}
	return 0
}

// isOrdSuffix reports whether w, attached to a number, marks it as an ordinal: 1st, 2nd, 9th,
// 1er, 3e, 2º, 1-го.
func isOrdSuffix(w string) bool {
	switch w {
	case "st", "nd", "rd", "th", "er", "re", "e", "eme", "ieme", "o", "a", "ste", "de", "te", "ten",
		"go", "го", "е", "ого", "ая", "ий", "ой", "inci", "nci", "uncu", "ncu", "ci", "aja", "oji", "ji", "ησ", "η", "οσ", "ο":
		return true
	}
	return false
}

// parseAbs reads an absolute date: numbers, month and season names, parts, quarters,
// decades.
func (st *dparser) parseAbs(a, b int, sg *seg, inRange bool) bool {
	var (
		smalls     [2]int32
		smallDot   [2]bool
		smallAt    [2]int   // token index of each small number
		smallND    [2]uint8 // digits written
		nSmall     int
		group      *dtok
		monthIdx   = -1
		roman      int
		ordinal    int
		decadeWord bool
		quarterU   bool
		halfU      bool
		hasOrdCtx  bool
		sawLast    bool
	)
	// An ordinal context (a small number, an ordinal word or a Roman numeral beside a quarter
	// or half word) makes "half" a unit rather than the Dutch "mid".
	for k := a; k < b; k++ {
		tk := &st.toks[st.idx[k]]
		if tk.kind == tkNum && tk.nd <= 1 {
			hasOrdCtx = true
		}
		if tk.kind == tkWord {
			if _, ok := has(tk.m, wOrd); ok {
				hasOrdCtx = true
			}
			if romanValue(st.word(int(st.idx[k]))) > 0 {
				hasOrdCtx = true
			}
		}
	}
	for k := a; k < b; k++ {
		ti := int(st.idx[k])
		tk := &st.toks[ti]
		switch tk.kind {
		case tkTime:
			continue
		case tkSep:
			st.failWith(failGeneric, "unexpected separator")
			return false
		case tkGroup:
			if group != nil {
				st.failWith(failGeneric, "two numeric dates")
				return false
			}
			group = tk
		case tkNum:
			switch {
			case tk.apos && tk.nd == 2:
				if sg.y != 0 || sg.yy {
					st.failWith(failGeneric, "two years")
					return false
				}
				sg.y, sg.yy = int(tk.val), true
			case tk.nd == 4:
				if sg.y != 0 || sg.yy {
					st.failWith(failGeneric, "two years")
					return false
				}
				if tk.val < 1000 || tk.val > 2999 {
					st.failWith(failGeneric, "year out of range")
					return false
				}
				sg.y = int(tk.val)
			case tk.nd <= 2:
				if nSmall == len(smalls) {
					st.failWith(failGeneric, "too many numbers")
					return false
				}
				smalls[nSmall], smallDot[nSmall] = tk.val, tk.dot
				smallAt[nSmall], smallND[nSmall] = ti, tk.nd
				nSmall++
			case tk.nd == 8 && a+1 == b && (tk.val/1000000 == 19 || tk.val/1000000 == 20):
				// 20240509: the ISO 8601 basic format, alone in its field.
				sg.y, sg.m, sg.d = int(tk.val/10000), int(tk.val/100%100), int(tk.val%100)
				sg.rule = "numeric"
				return true
			default:
				st.failWith(failGeneric, "not a date number")
				return false
			}
		case tkWord:
			w := st.word(ti)
			if fw := st.frenchQH(ti); fw != "" && k+1 < b {
				w = fw // T2 2024, S1 2024
			}
			// Q3, H2, Q3/2023, and 3Q, 1H
			if (w == "q" || w == "h") && (k+1 < b || k > a) {
				n, yr, yy := 0, 0, false
				if k+1 < b {
					nx := &st.toks[st.idx[k+1]]
					switch {
					case nx.kind == tkNum && !nx.sp && nx.nd == 1:
						n = int(nx.val)
					case nx.kind == tkGroup && !nx.sp && nx.np == 2 && nx.pnd[0] == 1 && (nx.pnd[1] == 4 || nx.pnd[1] == 2) && nx.sep == '/':
						// Q3/2023, and Q4/23 with a two-digit year
						n, yr, yy = int(nx.parts[0]), int(nx.parts[1]), nx.pnd[1] == 2
					}
				}
				skip := n != 0
				if n == 0 && k > a && !tk.sp {
					if pv := &st.toks[st.idx[k-1]]; pv.kind == tkNum && pv.nd == 1 && nSmall > 0 {
						n = int(pv.val) // 3Q: the number was read as a small one
						nSmall--
						if k+1 < b {
							// 2Q24: a two-digit year attached after the letter.
							if nx := &st.toks[st.idx[k+1]]; nx.kind == tkNum && !nx.sp && nx.nd == 2 {
								yr, yy, skip = int(nx.val), true, true
							}
						}
					}
				}
				if n >= 1 && (w == "q" && n <= 4 || w == "h" && n <= 2) && sg.quarter == 0 && sg.half == 0 {
					if w == "q" {
						sg.quarter = n
					} else {
						sg.half = n
					}
					if yr != 0 || yy {
						if sg.y != 0 || sg.yy {
							return false
						}
						sg.y, sg.yy = yr, yy
					}
					if skip {
						k++
					}
					continue
				}
				st.failWith(failGeneric, "not a quarter or half")
				return false
			}
			// A suffix attached to a number: 1990s, 90er, 1990-е, 9th, 1er.
			if !tk.sp && k > a {
				if pv := &st.toks[st.idx[k-1]]; pv.kind == tkNum {
					if m, ok := has(tk.m, wDecade); ok && pv.val%10 == 0 && (pv.nd == 4 || pv.nd == 2) {
						decadeWord = true
						st.vote(m)
						continue
					}
					if isOrdSuffix(w) {
						continue
					}
				}
			}
			if r := romanValue(w); r > 0 {
				if _, ok := chooseAbs(tk.m, false); !ok || k+1 < b && st.quarterOrHalfWord(int(st.idx[k+1])) || roman == 0 && k > a && k+1 < b && st.toks[st.idx[k-1]].kind == tkNum && st.toks[st.idx[k+1]].kind == tkNum {
					if roman != 0 {
						st.failWith(failGeneric, "two Roman numerals")
						return false
					}
					roman = r
					continue
				}
			}
			m, ok := chooseAbs(tk.m, hasOrdCtx)
			if !ok {
				if _, last := has(tk.m, wLast); last && !sawLast {
					// "el pasado 9 de mayo": the most recent one, which a date without a
					// year means anyway; a year must then be absent.
					sawLast = true
					continue
				}
				st.failWith(failGeneric, "unknown word")
				return false
			}
			switch m.class {
			case wMonth:
				if monthIdx >= 0 {
					st.failWith(failGeneric, "two months")
					return false
				}
				monthIdx = ti
				continue // voted once resolved
			case wSeason:
				if sg.season != 0 {
					return false
				}
				sg.season = int(m.val)
			case wPart:
				if sg.part != 0 {
					return false
				}
				sg.part = int(m.val)
			case wWeekday:
				if sg.wd != 0 {
					return false
				}
				sg.wd = int(m.val) % 10
			case wUnit:
				switch m.val {
				case unitQuarter:
					quarterU = true
				case unitHalf:
					halfU = true
				case unitYear:
					// "im Jahr 2024", "2024 года": filler beside a year.
					if _, ok := has(tk.m, wDecade); ok {
						decadeWord = true
					}
				default:
					st.failWith(failGeneric, "a unit without a relative word")
					return false
				}
			case wDecade:
				decadeWord = true
			case wOrd:
				if ordinal != 0 {
					return false
				}
				ordinal = int(m.val)
			}
			st.voteAll(tk.m, m.class)
		}
	}
	if sawLast && (sg.y != 0 || sg.yy || group != nil) {
		st.failWith(failGeneric, "a past marker with a year")
		return false
	}
	if group != nil {
		if a+1 == b && st.ni == 1 && slashIdiom(group) {
			st.failWith(failGeneric, "an idiom or a fraction, not a date")
			return false
		}
		return st.absGroup(group, sg, nSmall, monthIdx, roman, ordinal)
	}
	// "9. 5. 2024": a dotted numeric date written with spaces.
	if nSmall == 2 && smallDot[0] && monthIdx < 0 && roman == 0 && !quarterU && !halfU && ordinal == 0 && !decadeWord {
		sg.d, sg.m = int(smalls[0]), int(smalls[1])
		if sg.m < 1 || sg.m > 12 || sg.d < 1 || sg.d > 31 {
			st.failWith(failCalendar, "no such day in the calendar")
			return false
		}
		if sg.season != 0 || sg.part != 0 || sg.quarter != 0 || sg.half != 0 {
			return false
		}
		sg.rule = "numeric"
		return true
	}
	// A unit word of quarter or half takes its number from a small number, an ordinal word
	// or a Roman numeral: "3. Quartal 2023", "third quarter", "III квартал".
	if quarterU || halfU {
		n := ordinal
		switch {
		case n == 0 && nSmall == 1:
			n = int(smalls[0])
			nSmall = 0
		case n == 0 && roman != 0:
			n = roman
			roman = 0
		}
		if n == 0 || monthIdx >= 0 || nSmall > 0 || roman != 0 || quarterU && halfU {
			st.failWith(failGeneric, "a quarter or half without its number")
			return false
		}
		if quarterU {
			if n > 4 || sg.quarter != 0 {
				return false
			}
			sg.quarter = n
			sg.rule = "quarter"
		} else {
			if n > 2 || sg.half != 0 {
				return false
			}
			sg.half = n
			sg.rule = "half"
		}
		ordinal = 0
	}
	if ordinal != 0 {
		st.failWith(failGeneric, "an ordinal without a quarter or half")
		return false
	}
	// A Roman month between a day and a year: 9 V 2024.
	if roman != 0 {
		if monthIdx >= 0 || roman > 12 || nSmall != 1 || sg.y == 0 {
			st.failWith(failGeneric, "a Roman numeral out of place")
			return false
		}
		sg.m = roman
	}
	// Decades: 1990s, the 90s, années 1990, 1990-е годы.
	if decadeWord {
		switch {
		case sg.y != 0 && !sg.yy && nSmall == 0 && sg.y%10 == 0:
		case sg.y == 0 && nSmall == 1 && smalls[0]%10 == 0:
			sg.y, sg.yy = int(smalls[0]), true
			nSmall = 0
		case sg.yy && nSmall == 0 && sg.y%10 == 0:
		default:
			st.failWith(failGeneric, "not a decade")
			return false
		}
		if monthIdx >= 0 || sg.season != 0 || sg.quarter != 0 || sg.half != 0 || sg.part != 0 {
			st.failWith(failGeneric, "a decade with a month")
			return false
		}
		sg.decade = true
		sg.rule = "decade"
		return true
	}
	if monthIdx >= 0 {
		v, ok := st.monthValue(monthIdx, nSmall == 1 && smallDot[0])
		if !ok {
			return false
		}
		sg.m = v
	}
	if nSmall == 1 && sg.m == 0 && inRange && sg.season == 0 && sg.part == 0 &&
		sg.quarter == 0 && sg.half == 0 && smalls[0] >= 1 && smalls[0] <= 31 {
		// An end of a day range: "14" of "14–15 January 2024", "10, 2024" of "May 9–10, 2024".
		sg.d = int(smalls[0])
		sg.rule = "written"
		return true
	}
	if nSmall == 2 && sg.m != 0 && sg.y == 0 && !sg.yy && monthIdx >= 0 && monthIdx < smallAt[1] &&
		smallND[1] == 2 && (!smallDot[1] || smallDot[0]) {
		// "09 May 24", "9. Mai 24", "May 9, 24": a written month with a two-digit year
		// last, which the reference expands; "9. svibnja 24." ends it with a dot as the day.
		sg.y, sg.yy = int(smalls[1]), true
		nSmall = 1
	}
	if nSmall > 0 {
		if nSmall > 1 || sg.m == 0 {
			st.failWith(failGeneric, "a number that is not a date")
			return false
		}
		sg.d = int(smalls[0])
		if sg.d < 1 || sg.d > 31 {
			st.failWith(failCalendar, "no such day")
			return false
		}
	}
	switch {
	case sg.quarter != 0 || sg.half != 0:
		if sg.m != 0 || sg.season != 0 || sg.part != 0 || sg.quarter != 0 && sg.half != 0 {
			return false
		}
		if sg.rule == "" {
			if sg.quarter != 0 {
				sg.rule = "quarter"
			} else {
				sg.rule = "half"
			}
		}
	case sg.season != 0:
		if sg.m != 0 || sg.part != 0 {
			return false
		}
		sg.rule = "season"
	case sg.d != 0:
		if sg.part != 0 {
			return false
		}
		sg.rule = "written"
	case sg.m != 0:
		sg.rule = "month"
		if sg.part != 0 {
			sg.rule = "part"
		}
	case sg.y != 0:
		sg.rule = "year"
		if sg.part != 0 {
			sg.rule = "part"
		}
	default:
		st.failWith(failGeneric, "no date in the text")
		return false
	}
	if sg.wd != 0 && sg.d == 0 {
		st.failWith(failGeneric, "a weekday without a day")
		return false
	}
	return true
}

// quarterOrHalfWord reports whether token ti is a quarter or half unit word ("kwartał",
// "półrocze"), which makes a Roman numeral before it ("I półrocze") its number.
func (st *dparser) quarterOrHalfWord(ti int) bool {
	tk := &st.toks[ti]
	if tk.kind != tkWord {
		return false
	}
	for _, m := range tk.m {
		if m.class == wUnit && (m.val == unitQuarter || m.val == unitHalf) {
			return true
		}
	}
	return false
}

// slashIdiom reports whether a field that is only the numeric group g is an idiom or a
// fraction rather than a date: "24/7" and "7/24" (all the time), and the common fractions
// "1/2", "1/3", "2/3", "1/4", "3/4" written with single digits. Other bare day/month pairs
// ("9/11", "03/04") stay dates: ambiguous or needing a reference, as the spec says.
func slashIdiom(g *dtok) bool {
	if g.np != 2 || g.sep != '/' {
		return false
	}
	p, q := g.parts[0], g.parts[1]
	switch {
	case p == 24 && q == 7 && g.pnd[1] == 1, p == 7 && q == 24 && g.pnd[0] == 1:
		return true
	case g.pnd[0] == 1 && g.pnd[1] == 1 && p < q && q <= 4:
		return true
	}
	return false
}

// monthValue resolves the month word at token ti. A form shared by languages with different
// months (Croatian listopad is October, Czech and Polish listopad November) is resolved by
// the other words of the field, then by the day: Croatian and Czech write "15." with a dot,
// Polish "15" without; otherwise the field is ambiguous.
func (st *dparser) monthValue(ti int, dayDot bool) (int, bool) {
	ms := st.toks[ti].m
	first := meaning{}
	same := true
	for _, m := range ms {
		if m.class != wMonth {
			continue
		}
		if first.class == wNone {
			first = m
		} else if m.val != first.val {
			same = false
		}
	}
	if same {
		st.voteAll(ms, wMonth)
		return int(first.val), true
	}
	best, bestVotes := meaning{}, uint8(0)
	for _, m := range ms {
		if m.class == wMonth && st.votes[m.lang] > bestVotes {
			best, bestVotes = m, st.votes[m.lang]
		}
	}
	if bestVotes > 0 {
		st.vote(best)
		return int(best.val), true
	}
	var order [3]string
	if dayDot {
		order = [3]string{"cs", "hr", "pl"}
	} else {
		order = [3]string{"pl", "cs", "hr"}
	}
	if st.hasDayContext(ti) {
		for _, l := range order {
			for _, m := range ms {
				if m.class == wMonth && st.t.langs[m.lang] == l {
					st.vote(m)
					return int(m.val), true
				}
			}
		}
	}
	st.failWith(failGeneric, "a month name shared by languages")
	return 0, false
}

// hasDayContext reports whether a small number stands next to token ti.
func (st *dparser) hasDayContext(ti int) bool {
	for _, j := range [...]int{ti - 1, ti + 1} {
		if j >= 0 && j < st.n && st.toks[j].kind == tkNum && st.toks[j].nd <= 2 {
			return true
		}
	}
	return false
}

// absGroup reads a numeric group, alone or with a season (winter 2022/23) or weekday.
func (st *dparser) absGroup(g *dtok, sg *seg, nSmall, monthIdx, roman, ordinal int) bool {
	if nSmall > 0 || monthIdx >= 0 || roman != 0 || ordinal != 0 || sg.y != 0 || sg.yy || sg.part != 0 ||
		sg.quarter != 0 || sg.half != 0 {
		st.failWith(failGeneric, "a numeric date with other parts")
		return false
	}
	p0, p1, p2 := int(g.parts[0]), int(g.parts[1]), int(g.parts[2])
	n0, n1, n2 := g.pnd[0], g.pnd[1], g.pnd[2]
	if sg.season != 0 {
		// winter 2022/23, winter 2022/2023: the meteorological winter across two years.
		if g.np != 2 || g.sep != '/' && g.sep != '-' || n0 != 4 {
			return false
		}
		y2 := p1
		if n1 == 2 {
			y2 = p0/100*100 + p1
		} else if n1 != 4 {
			return false
		}
		if y2 != p0+1 || sg.season != 24 {
			st.failWith(failGeneric, "only a winter spans two years")
			return false
		}
		sg.y, sg.y2 = p0, y2
		sg.rule = "season"
		return true
	}
	sg.rule = "numeric"
	switch g.np {
	case 3:
		switch {
		case n0 == 4:
			if n1 > 2 || n2 > 2 {
				return false
			}
			sg.y, sg.m, sg.d = p0, p1, p2
		case n2 != 4 && n2 != 2 || n0 > 2 || n1 > 2:
			st.failWith(failGeneric, "not a numeric date")
			return false
		case g.sep == '.':
			sg.d, sg.m, sg.y, sg.yy = p0, p1, p2, n2 == 2
		default:
			return st.dayOrder(sg, p0, p1, p2, n2 == 2, n0 == 2 && n1 == 2 && n2 == 2)
		}
		if sg.d == 0 {
			st.failWith(failCalendar, "no such day in the calendar")
			return false
		}
	case 2:
		switch {
		case g.sep == '.' && n1 == 4 && n0 <= 2:
			sg.m, sg.y = p0, p1 // 05.2024
		case g.sep == '.' && n0 <= 2 && n1 <= 2 && g.dot:
			sg.d, sg.m = p0, p1 // 9.5. (without the final dot, "9.5" reads as a decimal)
		case g.sep == '/' && n0 == 4 && (n1 == 2 || n1 == 4):
			// 2022/23, 2022/2024: from one year to another.
			y2 := p1
			if n1 == 2 {
				y2 = p0/100*100 + p1
			}
			if y2 <= p0 {
				st.failWith(failCalendar, "the range ends before it starts")
				return false
			}
			sg.y, sg.y2 = p0, y2
			sg.rule = "range"
			return true
		case (g.sep == '/' || g.sep == '-') && n0 <= 2 && n1 == 4:
			sg.m, sg.y = p0, p1 // 05/2024
		case g.sep == '-' && n0 == 4 && n1 <= 2:
			switch {
			case p1 >= 1 && p1 <= 12:
				sg.y, sg.m = p0, p1 // 2024-5
			case n1 == 2 && p1 > p0%100 && (p1 < 21 || p1 > 24):
				sg.y, sg.y2 = p0, p0/100*100+p1 // 2014-16 (2014-21 … 2014-24 are EDTF seasons)
				sg.rule = "range"
				return true
			default:
				st.failWith(failCalendar, "month out of range")
				return false
			}
		case g.sep == '/' && n0 <= 2 && n1 <= 2:
			return st.dayOrder(sg, p0, p1, 0, false, false)
		default:
			st.failWith(failGeneric, "not a numeric date")
			return false
		}
	}
	if sg.m < 1 || sg.m > 12 {
		st.failWith(failCalendar, "month out of range")
		return false
	}
	if sg.d != 0 {
		sg.rule = "numeric"
	}
	return true
}

// dayOrder reads a, b as day and month or month and day (year y, two-digit if yy; y == 0 for
// none), following the spec: a part over 12 decides, equal parts are fine, otherwise the
// order hint decides or the field is ambiguous. allTwo marks a date of three two-digit parts,
// which could also be read year first (24/05/09): without a hint, every valid reading is a
// candidate.
func (st *dparser) dayOrder(sg *seg, a, b, y int, yy, allTwo bool) bool {
	dayFirst, monthFirst := a <= 31 && b >= 1 && b <= 12, a >= 1 && a <= 12 && b <= 31
	switch {
	case st.order == OrderDayFirst && dayFirst:
	case st.order == OrderMonthFirst && monthFirst:
		a, b = b, a
	case allTwo:
		return st.readings(sg, [3][3]int{{a, b, y}, {b, a, y}, {y, b, a}}, 3, yy)
	case !dayFirst && !monthFirst:
		st.failWith(failCalendar, "no reading as day and month")
		return false
	case a == b:
	case dayFirst && !monthFirst:
	case monthFirst && !dayFirst:
		a, b = b, a
	default:
		return st.readings(sg, [3][3]int{{a, b, y}, {b, a, y}}, 2, yy)
	}
	sg.d, sg.m, sg.y, sg.yy = a, b, y, yy
	return true
}

var readingLabels = [3]string{"day first", "month first", "year first"}

// readings tries the first n readings (day, month, year) of a numeric date. One valid reading
// is taken; several make the field ambiguous, with each valid reading as a candidate.
func (st *dparser) readings(sg *seg, rs [3][3]int, n int, yy bool) bool {
	var dates [3]Date
	var labels [3]string
	var segs [3]seg
	k := 0
	for i := 0; i < n; i++ {
		c := *sg
		c.d, c.m, c.y, c.yy = rs[i][0], rs[i][1], rs[i][2], yy
		d, ok := st.resolveQuiet(&c)
		if !ok {
			continue
		}
		dup := false
		for j := 0; j < k; j++ {
			dup = dup || dates[j] == d
		}
		if !dup {
			dates[k], labels[k], segs[k] = d, readingLabels[i], c
			k++
		}
	}
	switch k {
	case 0:
		if (yy || rs[0][2] == 0) && !st.hasRef {
			st.failWith(failNeedsRef, "for a two-digit year")
		} else {
			st.failWith(failCalendar, "no such day in the calendar")
		}
		return false
	case 1:
		*sg = segs[0]
		return true
	}
	if failAmbiguous > st.fail {
		st.fail, st.failReason = failAmbiguous, ""
		st.amb, st.ambLabels, st.namb = dates, labels, k
	}
	return false
}

// resolveQuiet resolves sg without recording failures.
func (st *dparser) resolveQuiet(sg *seg) (Date, bool) {
	f, r := st.fail, st.failReason
	d, ok := st.resolve(sg, nil)
	st.fail, st.failReason = f, r
	return d, ok
}

// expandYY expands a two-digit year against the reference: YY ≤ (reference year mod 100) + 1
// is 20YY, else 19YY.
func (st *dparser) expandYY(yy int) (int, bool) {
	if !st.hasRef {
		st.failWith(failNeedsRef, "for a two-digit year")
		return 0, false
	}
	c := st.refY / 100 * 100
	if yy <= st.refY%100+1 {
		return c + yy, true
	}
	return c - 100 + yy, true
}

// resolve turns sg into a Date. other is the resolved right end when sg is the left end of a
// range; a left end without a year takes the year of the right one.
func (st *dparser) resolve(sg *seg, other *Date) (Date, bool) {
	if sg.isRel {
		return sg.relDate, true
	}
	y := sg.y
	if sg.yy {
		var ok bool
		if y, ok = st.expandYY(y); !ok {
			return Date{}, false
		}
		if sg.decade && y > st.refY {
			y -= 100
		}
	}
	if sg.decade {
		return pointDate(decadeEnd(y)), true
	}
	if y == 0 {
		// No year: borrow from the other end, or take the most recent one not after the
		// reference.
		switch {
		case other != nil && other.lo.edge == edgeValue:
			y = int(other.lo.year)
		case !st.hasRef:
			st.failWith(failNeedsRef, "for a date without a year")
			return Date{}, false
		default:
			y = st.refY
			m, d := sg.m, sg.d
			switch {
			case sg.season == 24:
				if st.refM < 12 {
					y--
				}
				return intervalDate(monthEnd(y, 12), monthEnd(y+1, 2)), true
			case sg.season != 0:
				if st.refM < (sg.season-21)*3+3 {
					y--
				}
			case sg.quarter != 0:
				if st.refM < (sg.quarter-1)*3+1 {
					y--
				}
			case sg.half != 0:
				if st.refM < (sg.half-1)*6+1 {
					y--
				}
			case m != 0 && d != 0:
				if m > st.refM || m == st.refM && d > st.refD {
					y--
				}
				if m == 2 && d == 29 {
					for !isLeap(y) {
						y--
					}
				}
			case m != 0:
				if m > st.refM {
					y--
				}
			default:
				st.failWith(failGeneric, "no date in the text")
				return Date{}, false
			}
		}
	}
	var d Date
	switch {
	case sg.y2 != 0 && sg.season == 24:
		d = intervalDate(monthEnd(y, 12), monthEnd(sg.y2, 2))
	case sg.y2 != 0:
		d = intervalDate(yearEnd(y), yearEnd(sg.y2))
	case sg.quarter != 0:
		d = intervalDate(monthEnd(y, (sg.quarter-1)*3+1), monthEnd(y, sg.quarter*3))
	case sg.half != 0:
		d = intervalDate(monthEnd(y, (sg.half-1)*6+1), monthEnd(y, sg.half*6))
	case sg.season != 0:
		d = pointDate(seasonEnd(y, sg.season))
	case sg.m != 0 && sg.d != 0:
		if !validDay(y, sg.m, sg.d) {
			st.failWith(failCalendar, "no such day in the calendar")
			return Date{}, false
		}
		if sg.wd != 0 && weekdayOf(dayNumber(y, sg.m, sg.d)) != sg.wd {
			st.failWith(failCalendar, "the weekday does not match the date")
			return Date{}, false
		}
		d = pointDate(dayEnd(y, sg.m, sg.d))
	case sg.m != 0:
		if sg.m < 1 || sg.m > 12 {
			st.failWith(failCalendar, "month out of range")
			return Date{}, false
		}
		d = applyPart(monthEnd(y, sg.m), sg.part)
	default:
		d = applyPart(yearEnd(y), sg.part)
	}
	if y < 1000 || y > 9999 || sg.y2 != 0 && sg.y2 > 9999 {
		st.failWith(failCalendar, "year out of range 1000–9999")
		return Date{}, false
	}
	return d, true
}

// applyPart narrows a month or a year to its early, mid or late part: days 1–10, 11–20 and
// 21–end of a month; January–April, May–August and September–December of a year.
func applyPart(e dateEnd, part int) Date {
	if part == 0 {
		return pointDate(e)
	}
	y := int(e.year)
	if e.prec == PrecisionMonth {
		m := int(e.month)
		switch part {
		case 1:
			return intervalDate(dayEnd(y, m, 1), dayEnd(y, m, 10))
		case 2:
			return intervalDate(dayEnd(y, m, 11), dayEnd(y, m, 20))
		}
		return intervalDate(dayEnd(y, m, 21), dayEnd(y, m, daysIn(y, m)))
	}
	lo := (part-1)*4 + 1
	return intervalDate(monthEnd(y, lo), monthEnd(y, lo+3))
}

// weekdayOf returns the ISO weekday (1 Monday … 7 Sunday) of day number n.
func weekdayOf(n int32) int {
	return int(((n%7)+7+3)%7) + 1
}
