package incident

// Relative expressions resolve against the reference date and prefer the past
// (spec/dates.md): yesterday, N days/weeks/months/years ago, last week/weekend/month/year/
// quarter, this month/year, last night, last <weekday>, a bare weekday, last summer, in the
// past N weeks, and early/mid/late of a relative month or year. One-word forms come from the
// tables ("mullu", "торік", "i somras", "i måndags"); a night word beside "last" ("la noche
// pasada", "minionej nocy") is last night, ref−1/ref.

// parseRel reads [a, b) as a relative expression into sg (isRel set).
func (st *dparser) parseRel(a, b int, sg *seg) bool {
	var (
		relday, unit, num, part, weekday, season, month int
		hasRelday, lastNight, thisYear, lastYear        bool
		ago, last, this, hasNum                         bool
		votes                                           [8]meaning
		voteToks                                        [8]*dtok
		nv                                              int
	)
	segAgo, segUnit := st.segHas(a, b, wAgo), st.segHas(a, b, wUnit)
	for k := a; k < b; k++ {
		tk := &st.toks[st.idx[k]]
		switch tk.kind {
		case tkTime:
			continue
		case tkNum:
			if hasNum || tk.nd > 3 {
				return false
			}
			num, hasNum = int(tk.val), true
			continue
		case tkWord:
		default:
			return false
		}
		var m meaning
		ok := false
		for _, c := range [...]wordClass{wRelDay, wLastNight, wThisYear, wLastYear, wLastSeason, wLastWeekday, wAgo, wLast, wThis, wUnit, wNum, wPart, wWeekday, wSeason, wMonth, wNoise, wRangeFrom, wRangeTo} {
			if m, ok = has(tk.m, c); ok {
				// "ago" is also the Spanish and Italian August, "a" an English article and a
				// Romance "to": take the reading the other words call for.
				if c == wRelDay && len(tk.m) > 1 && segUnit {
					// Estonian "täna" (today) and Finnish "tänä" (this) fold alike:
					// beside a unit it is "this".
					continue
				}
				if c == wNum && !segAgo && (isNoiseWord(tk.m) || isPrep(tk.m)) {
					// "a" is a number only in "a month ago"; in "a semana passada" it
					// is an article. Danish "to" (two) is a number beside English "to".
					continue
				}
				if c == wUnit && st.weekdayByLang(a, b, k) {
					// Slovak "minulú nedeľu" (last Sunday) folds like Latvian "nedēļu"
					// (week): the other words say which.
					continue
				}
				if c == wUnit && isNoiseWord(tk.m) && st.unitAfter(k+1, b) {
					// "in den letzten zwei Wochen": "den" is a Czech day, but here a
					// German article before the unit.
					continue
				}
				if c == wRangeFrom || c == wRangeTo {
					m = meaning{class: wNoise, lang: m.lang}
				}
				break
			}
		}
		if !ok {
			return false
		}
		if nv < len(votes) {
			votes[nv], voteToks[nv] = m, tk
			nv++
		}
		dup := false
		switch m.class {
		case wRelDay:
			dup, hasRelday, relday = hasRelday, true, int(m.val)
		case wLastNight:
			dup, lastNight = lastNight, true
		case wThisYear:
			dup, thisYear = thisYear, true
		case wLastYear:
			dup, lastYear = lastYear, true
		case wLastWeekday:
			dup, weekday, last = weekday != 0 || last, int(m.val), true
		case wLastSeason:
			// Swedish "i somras": last summer in one word.
			dup, season, last = season != 0 || last, int(m.val), true
		case wAgo:
			ago = true // "för … sedan" names it twice
			if u, ok := has(tk.m, wUnit); ok {
				// Hungarian "3 napja": the unit and "ago" in one word.
				dup, unit = unit != 0, int(u.val)
			}
		case wLast:
			dup, last = last, true
		case wThis:
			this = true // "ce mois-ci" names it twice
		case wUnit:
			if unit != 0 && isNoiseWord(tk.m) {
				// "prije mjesec dana": "dana" is filler after the unit.
				continue
			}
			dup, unit = unit != 0, int(m.val)
		case wNum:
			dup, num, hasNum = hasNum, int(m.val), true
		case wPart:
			dup, part = part != 0, int(m.val)
		case wWeekday:
			if m.val > 10 {
				return false // "The Sun": an abbreviation alone is not a weekday
			}
			dup, weekday = weekday != 0, int(m.val)
		case wSeason:
			dup, season = season != 0, int(m.val)
		case wMonth:
			dup, month = month != 0, int(m.val)
		}
		if dup {
			return false
		}
	}
	if st.night && last && !hasRelday && !lastNight && !thisYear && !lastYear && !ago && !this && unit == 0 &&
		!hasNum && part == 0 && weekday == 0 && season == 0 && month == 0 {
		// "la noche pasada", "minionej nocy": the night word was read as a night-of marker;
		// with "last" beside it, it is last night.
		last, lastNight = false, true
		st.nightRel = true
	}
	var d Date
	rule := "relative"
	ref := st.ref
	switch {
	case hasRelday:
		if lastNight || thisYear || lastYear || ago || last || this || unit != 0 || hasNum || part != 0 || weekday != 0 || season != 0 || month != 0 {
			return false
		}
		if !st.needRef() {
			return false
		}
		d = pointDate(dayDate(ref + int32(relday)))
	case lastNight:
		if st.night && !st.nightRel || thisYear || lastYear || ago || last || this || unit != 0 || hasNum || part != 0 || weekday != 0 || season != 0 || month != 0 {
			return false
		}
		if !st.needRef() {
			return false
		}
		d = intervalDate(dayDate(ref-1), dayDate(ref))
	case thisYear || lastYear:
		if ago || last || this || unit != 0 && unit != unitYear || hasNum || weekday != 0 || month != 0 || season != 0 && part != 0 {
			return false
		}
		if !st.needRef() {
			return false
		}
		y := st.refY
		if lastYear {
			y--
		}
		switch {
		case season == 24:
			// "tavaly télen": the winter that ends early in that year.
			d = intervalDate(monthEnd(y-1, 12), monthEnd(y, 2))
		case season != 0:
			d = pointDate(seasonEnd(y, season)) // "tavaly nyáron", "i fjor sommer"
		default:
			d = applyPart(yearEnd(y), part)
		}
	case ago:
		if !hasNum {
			num = 1 // "неделю назад", "tydzień temu": a week ago
		}
		if unit == 0 || last || this || weekday != 0 || season != 0 || month != 0 || part != 0 || num < 1 {
			return false
		}
		if !st.needRef() {
			return false
		}
		switch unit {
		case unitDay:
			d = pointDate(dayDate(ref - int32(num)))
		case unitWeek:
			d = pointDate(dayDate(ref - 7*int32(num)))
		case unitMonth:
			y, m := addMonths(st.refY, st.refM, -num)
			d = pointDate(monthEnd(y, m))
		case unitYear:
			d = pointDate(yearEnd(st.refY - num))
		default:
			return false
		}
	case last && hasNum:
		// "in the past two weeks": a window ending on the reference.
		if unit == 0 || this || weekday != 0 || season != 0 || month != 0 || part != 0 || num < 1 {
			return false
		}
		if !st.needRef() {
			return false
		}
		var start int32
		switch unit {
		case unitDay:
			start = ref - int32(num)
		case unitWeek:
			start = ref - 7*int32(num)
		case unitMonth:
			y, m := addMonths(st.refY, st.refM, -num)
			start = dayNumber(y, m, min(st.refD, daysIn(y, m)))
		case unitYear:
			y := st.refY - num
			start = dayNumber(y, st.refM, min(st.refD, daysIn(y, st.refM)))
		default:
			return false
		}
		d = intervalDate(dayDate(start), dayDate(ref))
	case weekday != 0:
		if this || unit != 0 || hasNum || season != 0 || month != 0 || part != 0 {
			return false
		}
		if !st.needRef() {
			return false
		}
		// The most recent such day on or before the reference; with "last", strictly before.
		back := int32((weekdayOf(ref) - weekday + 7) % 7)
		if last && back == 0 {
			back = 7
		}
		d = pointDate(dayDate(ref - back))
		rule = "weekday"
	case season != 0:
		if !last && !this || unit != 0 || hasNum || month != 0 || part != 0 {
			return false
		}
		if !st.needRef() {
			return false
		}
		d = st.relSeason(season, last)
	case month != 0:
		if !last || this || unit != 0 && unit != unitMonth || hasNum {
			return false
		}
		if !st.needRef() {
			return false
		}
		// "last March": the most recent March before the current month.
		y := st.refY
		if month >= st.refM {
			y--
		}
		d = applyPart(monthEnd(y, month), part)
	case last || this || unit == unitWeekend || part != 0 && (unit == unitMonth || unit == unitYear):
		// "au début du mois", "en début d'année": a part of the current month or year.
		// "this past weekend" is the last one; "over the weekend" the most recent one.
		if unit == 0 || hasNum {
			return false
		}
		if last {
			this = false
		}
		if !st.needRef() {
			return false
		}
		var ok bool
		if d, ok = st.relPeriod(unit, last, part); !ok {
			return false
		}
	default:
		return false
	}
	for i, m := range votes[:nv] {
		st.voteAll(voteToks[i].m, m.class)
	}
	sg.isRel, sg.relDate, sg.rule = true, d, rule
	return true
}

// weekdayByLang reports whether the word at position k, which reads both as a unit and as a
// weekday, is a weekday by the languages of the other words of [a, b): one of them has a
// reading in the weekday's language and none in the unit's.
func (st *dparser) weekdayByLang(a, b, k int) bool {
	ms := st.toks[st.idx[k]].m
	wd, ok := has(ms, wWeekday)
	if !ok || wd.val > 10 {
		return false
	}
	u, _ := has(ms, wUnit)
	inWd, inUnit := false, false
	for j := a; j < b; j++ {
		if j == k {
			continue
		}
		if tk := &st.toks[st.idx[j]]; tk.kind == tkWord {
			for _, m := range tk.m {
				inWd = inWd || m.lang == wd.lang
				inUnit = inUnit || m.lang == u.lang
			}
		}
	}
	return inWd && !inUnit
}

// unitAfter reports whether a word of [a, b) reads as a unit and not as noise.
func (st *dparser) unitAfter(a, b int) bool {
	for k := a; k < b; k++ {
		if tk := &st.toks[st.idx[k]]; tk.kind == tkWord && !isNoiseWord(tk.m) {
			if _, ok := has(tk.m, wUnit); ok {
				return true
			}
		}
	}
	return false
}

// isPrep reports whether ms has a reading as a range preposition ("a", "de", "al").
func isPrep(ms []meaning) bool {
	for _, m := range ms {
		if m.class == wRangeFrom || m.class == wRangeTo {
			return true
		}
	}
	return false
}

// segHas reports whether a word of [a, b) has a reading of class c.
func (st *dparser) segHas(a, b int, c wordClass) bool {
	for k := a; k < b; k++ {
		if st.isClass(k, c) {
			return true
		}
	}
	return false
}

// needRef reports whether a reference is set, and records the failure if not.
func (st *dparser) needRef() bool {
	if !st.hasRef {
		st.failWith(failNeedsRef, "for a relative expression")
	}
	return st.hasRef
}

// relPeriod returns the previous (last) or current calendar period of a unit, narrowed to
// its early, mid or late part if part is set.
func (st *dparser) relPeriod(unit int, last bool, part int) (Date, bool) {
	ref := st.ref
	y, m := st.refY, st.refM
	if part != 0 && unit != unitMonth && unit != unitYear {
		return Date{}, false
	}
	switch unit {
	case unitDay:
		if !last {
			return pointDate(dayDate(ref)), true
		}
		return pointDate(dayDate(ref - 1)), true
	case unitWeek:
		monday := ref - int32(weekdayOf(ref)-1)
		if last {
			monday -= 7
		}
		return intervalDate(dayDate(monday), dayDate(monday+6)), true
	case unitWeekend:
		// The Saturday and Sunday before the reference (this weekend: the one that holds or
		// ends last before it).
		back := int32((weekdayOf(ref) - 7 + 7) % 7)
		if back == 0 && last {
			back = 7
		}
		sunday := ref - back
		return intervalDate(dayDate(sunday-1), dayDate(sunday)), true
	case unitMonth:
		if last {
			y, m = addMonths(y, m, -1)
		}
		return applyPart(monthEnd(y, m), part), true
	case unitYear:
		if last {
			y--
		}
		return applyPart(yearEnd(y), part), true
	case unitQuarter:
		q := (m-1)/3 + 1
		if last {
			q--
			if q == 0 {
				q, y = 4, y-1
			}
		}
		return intervalDate(monthEnd(y, (q-1)*3+1), monthEnd(y, q*3)), true
	case unitHalf:
		h := (m-1)/6 + 1
		if last {
			h--
			if h == 0 {
				h, y = 2, y-1
			}
		}
		return intervalDate(monthEnd(y, (h-1)*6+1), monthEnd(y, h*6)), true
	}
	return Date{}, false
}

// relSeason returns the most recent completed season (last) or the season that holds the
// reference or ended last before it (this). A winter is the month interval December–February.
func (st *dparser) relSeason(season int, last bool) Date {
	y := st.refY
	if season == 24 {
		// W(y) is the winter from December y-1 to February y.
		if last {
			if st.ref <= dayNumber(y, 2, daysIn(y, 2)) {
				y--
			}
		} else if st.refM == 12 {
			y++
		}
		return intervalDate(monthEnd(y-1, 12), monthEnd(y, 2))
	}
	startM := (season-21)*3 + 3
	endM := startM + 2
	if last {
		if st.ref <= dayNumber(y, endM, daysIn(y, endM)) {
			y--
		}
	} else if st.refM < startM {
		y--
	}
	return pointDate(seasonEnd(y, season))
}

// addMonths adds delta months to year y, month m.
func addMonths(y, m, delta int) (int, int) {
	t := y*12 + (m - 1) + delta
	return t / 12, t%12 + 1
}
