package incident

import (
	"time"
)

// Date is a calendar date of EDTF (Library of Congress Extended Date/Time Format, ISO 8601-2)
// levels 0 and 1: a point or an interval, each end at its own precision (day, month, season,
// year or decade), with approximate (~) and uncertain (?) flags, and open ("..") or unknown
// ("") interval ends. It is a small comparable value: two Dates are == exactly when their
// String forms are equal, and a Date can be a map key. It holds no strings or pointers.
//
// The zero Date is no date: IsValid reports false and String returns "".
//
// The calendar is the proleptic Gregorian one. ParseEDTF reads the years of EDTF level 0,
// 0000 to 9999; ParseDate and DateParser read years 1000 to 9999 (an earlier year in an
// incident record is a placeholder such as "0000" or a typo).
type Date struct {
	lo, hi dateEnd // for a point only lo is set
	kind   uint8   // dateNone, datePoint or dateInterval
}

const (
	dateNone uint8 = iota
	datePoint
	dateInterval
)

// dateEnd is one end of a Date: a point of some precision, or an open or unknown end.
type dateEnd struct {
	year  int16
	month uint8 // 1–12, or an EDTF season code 21–24 at PrecisionSeason
	day   uint8
	prec  Precision
	qual  uint8 // qualApprox | qualUncertain
	edge  uint8 // edgeValue, edgeOpen ("..") or edgeUnknown ("")
}

const (
	qualApprox    uint8 = 1 << iota // EDTF "~"
	qualUncertain                   // EDTF "?"
)

const (
	edgeValue   uint8 = iota
	edgeOpen          // "..": the interval runs on without bound
	edgeUnknown       // "": the end is not known
)

// Precision is the precision of a date or of one end of an interval, from coarsest to finest,
// so that precisions compare with < and >. The zero value, PrecisionNone, means no date (or an
// open or unknown end).
type Precision uint8

// The precisions of EDTF levels 0 and 1 that a Date can hold.
const (
	PrecisionNone   Precision = iota // no date, or an open or unknown end
	PrecisionDecade                  // "199X": a decade, EDTF level 1 unspecified digit
	PrecisionYear                    // "2024"
	PrecisionSeason                  // "2024-22": an EDTF level 1 season (21 spring … 24 winter)
	PrecisionMonth                   // "2024-05"
	PrecisionDay                     // "2024-05-09"
)

var precisionNames = [...]string{"none", "decade", "year", "season", "month", "day"}

// String returns "none", "decade", "year", "season", "month" or "day".
func (p Precision) String() string {
	if int(p) < len(precisionNames) {
		return precisionNames[p]
	}
	return "Precision(" + itoa(int(p)) + ")"
}

// IsValid reports whether d is a date, not the zero value.
func (d Date) IsValid() bool { return d.kind != dateNone }

// IsInterval reports whether d is an interval ("start/end") rather than a single date.
func (d Date) IsInterval() bool { return d.kind == dateInterval }

// Approximate reports whether d, or either end of it, carries the EDTF approximate qualifier
// "~" (written "%" together with "?").
func (d Date) Approximate() bool { return (d.lo.qual|d.hi.qual)&qualApprox != 0 }

// Uncertain reports whether d, or either end of it, carries the EDTF uncertain qualifier "?"
// (written "%" together with "~").
func (d Date) Uncertain() bool { return (d.lo.qual|d.hi.qual)&qualUncertain != 0 }

// Precision returns the precision of a single date. For an interval it returns the coarser of
// the precisions of its closed ends (an open or unknown end does not count); for the zero Date
// it returns PrecisionNone.
func (d Date) Precision() Precision {
	switch d.kind {
	case datePoint:
		return d.lo.prec
	case dateInterval:
		p, q := d.lo.prec, d.hi.prec
		switch {
		case p == PrecisionNone:
			return q
		case q == PrecisionNone:
			return p
		}
		return min(p, q)
	}
	return PrecisionNone
}

// Start returns the first day that d can mean, at midnight UTC, and true. For "2024-05" that is
// 1 May 2024; for the interval "2022-03-21/2022-03-31", 21 March 2022. It returns the zero Time
// and false when d is the zero Date or its start is open or unknown.
func (d Date) Start() (time.Time, bool) {
	if d.kind == dateNone || d.lo.edge != edgeValue {
		return time.Time{}, false
	}
	y, m, dd := d.lo.first()
	return time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC), true
}

// End returns the last day that d can mean (inclusive), at midnight UTC, and true: for "2024-05"
// that is 31 May 2024, for "199X" 31 December 1999. It returns the zero Time and false when d is
// the zero Date or its end is open or unknown.
//
// A season follows the meteorological convention of the northern hemisphere: spring (21) is
// March to May, summer (22) June to August, autumn (23) September to November. A winter (24)
// named by a single year may be the winter that ends in that year or the one that begins in it,
// so "2024-24" spans December 2023 to February 2025.
func (d Date) End() (time.Time, bool) {
	e := d.lastEnd()
	if d.kind == dateNone || e.edge != edgeValue {
		return time.Time{}, false
	}
	y, m, dd := e.last()
	return time.Date(y, time.Month(m), dd, 0, 0, 0, 0, time.UTC), true
}

// lastEnd returns the end that holds the last day of d: lo for a point, hi for an interval.
func (d Date) lastEnd() dateEnd {
	if d.kind == dateInterval {
		return d.hi
	}
	return d.lo
}

// bounds returns the first and last day of d as day numbers; an open or unknown end is
// reported as minDay or maxDay.
func (d Date) bounds() (lo, hi int32) {
	lo, hi = minDay, maxDay
	if d.lo.edge == edgeValue {
		lo = dayNumber(d.lo.first())
	}
	if e := d.lastEnd(); e.edge == edgeValue {
		hi = dayNumber(e.last())
	}
	return lo, hi
}

const (
	minDay = -1 << 30
	maxDay = 1 << 30
)

// Contains reports whether every day that o can mean is also a day that d can mean: "2024"
// contains "2024-05-09" and "2024-05", "2022-03/.." contains "2024". Open and unknown ends
// count as unbounded. A zero Date contains nothing and is contained in nothing.
func (d Date) Contains(o Date) bool {
	if d.kind == dateNone || o.kind == dateNone {
		return false
	}
	dlo, dhi := d.bounds()
	olo, ohi := o.bounds()
	return dlo <= olo && ohi <= dhi
}

// Overlaps reports whether d and o share a day or touch, that is, whether the gap between the
// days they can mean is at most one day: "2025-11-15" and "2025-11-16" overlap, and so do
// "2022-12" and "2023-01". Open and unknown ends count as unbounded. This is the date rule
// for grouping records of one incident (spec/incidents.md). A zero Date overlaps nothing.
func (d Date) Overlaps(o Date) bool {
	if d.kind == dateNone || o.kind == dateNone {
		return false
	}
	dlo, dhi := d.bounds()
	olo, ohi := o.bounds()
	return dlo <= ohi+1 && olo <= dhi+1
}

// Intersect returns the date that both d and o describe, following the rule for merged
// records (spec/incidents.md, "Merged values"): the latest start and the earliest end, where a
// tie goes to the more precise end and then to the one that is not approximate or uncertain.
// When one claim supplies both ends, the result is that claim, qualifiers included: "2024" ∩
// "2024-05-09" is "2024-05-09", "2017~" ∩ "2017" is "2017", "2015-05/2015-08" ∩ "2015-07~" is
// "2015-07~". When the two do not meet, the result is the covering interval from the earliest
// start to the latest end ("2025-11-15" ∩ "2025-11-16" is "2025-11-15/2025-11-16"). An
// interval whose ends are equal comes back as that single date. If either is the zero Date,
// the other is returned.
func (d Date) Intersect(o Date) Date {
	if d.kind == dateNone {
		return o
	}
	if o.kind == dateNone {
		return d
	}
	dlo, dhi := d.bounds()
	olo, ohi := o.bounds()
	var lo, hi dateEnd
	var loFromD, hiFromD bool
	if max(dlo, olo) <= min(dhi, ohi) {
		loFromD = betterBound(dlo, olo, d.lo, o.lo, true)
		hiFromD = betterBound(dhi, ohi, d.lastEnd(), o.lastEnd(), false)
	} else { // disjoint: cover both
		loFromD = betterBound(dlo, olo, d.lo, o.lo, false)
		hiFromD = betterBound(dhi, ohi, d.lastEnd(), o.lastEnd(), true)
	}
	switch {
	case loFromD && hiFromD:
		return d.collapsed()
	case !loFromD && !hiFromD:
		return o.collapsed()
	case loFromD:
		lo, hi = d.lo, o.lastEnd()
	default:
		lo, hi = o.lo, d.lastEnd()
	}
	if lo.edge != edgeValue && hi.edge != edgeValue {
		// Two one-sided claims that never meet ("2100/" and "/2000"): "../.." is no date, so
		// cover the ends that are known.
		lo, hi = d.knownEnds(o)
	}
	if lo == hi {
		return Date{lo: lo, kind: datePoint}
	}
	return Date{lo: lo, hi: hi, kind: dateInterval}
}

// knownEnds returns the earliest and the latest of the closed ends of d and o.
func (d Date) knownEnds(o Date) (lo, hi dateEnd) {
	first, last := int32(maxDay), int32(minDay)
	for _, e := range [...]dateEnd{d.lo, d.lastEnd(), o.lo, o.lastEnd()} {
		if e.edge != edgeValue {
			continue
		}
		if f := dayNumber(e.first()); f < first {
			first, lo = f, e
		}
		if l := dayNumber(e.last()); l > last {
			last, hi = l, e
		}
	}
	return lo, hi
}

// collapsed returns d, or the single date of an interval whose two ends are the same.
func (d Date) collapsed() Date {
	if d.kind == dateInterval && d.lo == d.hi {
		return Date{lo: d.lo, kind: datePoint}
	}
	return d
}

// betterBound reports whether the bound a (day ad) wins over b (day bd): the later day if
// later is set, else the earlier; on a tie the more precise end, then the unqualified one, then a.
func betterBound(ad, bd int32, a, b dateEnd, later bool) bool {
	if ad != bd {
		return (ad > bd) == later
	}
	if a.prec != b.prec {
		return a.prec > b.prec
	}
	if (a.qual == 0) != (b.qual == 0) {
		return a.qual == 0
	}
	return true
}

// String returns the EDTF form of d: "2024-05-09", "2024-05", "2024", "2024-22" (a season),
// "199X" (a decade), "2019~", "2023-03?", "2022-03-21/2022-03-31", "2022-03/..", "../2024-05-09".
// The zero Date returns "".
func (d Date) String() string {
	var buf [48]byte
	return string(d.appendTo(buf[:0]))
}

// AppendText implements encoding.TextAppender: it appends the String form to b.
func (d Date) AppendText(b []byte) ([]byte, error) { return d.appendTo(b), nil }

// MarshalText implements encoding.TextMarshaler with the EDTF form; the zero Date marshals as
// empty text.
func (d Date) MarshalText() ([]byte, error) { return d.appendTo(nil), nil }

// UnmarshalText implements encoding.TextUnmarshaler. It accepts the EDTF form that
// MarshalText writes, and otherwise what ParseDate accepts; empty text is the zero Date.
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	if v, reason := parseEDTF(string(text)); reason == "" {
		*d = v
		return nil
	}
	v, err := ParseDate(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// minYear returns the smallest year of the closed ends of d.
func (d Date) minYear() int {
	y := 10000
	if d.lo.edge == edgeValue {
		y = int(d.lo.year)
	}
	if d.kind == dateInterval && d.hi.edge == edgeValue {
		y = min(y, int(d.hi.year))
	}
	return y
}

func (d Date) appendTo(b []byte) []byte {
	switch d.kind {
	case datePoint:
		return d.lo.appendTo(b)
	case dateInterval:
		b = d.lo.appendTo(b)
		b = append(b, '/')
		return d.hi.appendTo(b)
	}
	return b
}

func (e dateEnd) appendTo(b []byte) []byte {
	switch e.edge {
	case edgeOpen:
		return append(b, '.', '.')
	case edgeUnknown:
		return b
	}
	y := int(e.year)
	if e.prec == PrecisionDecade {
		b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), 'X')
	} else {
		b = append(b, byte('0'+y/1000), byte('0'+y/100%10), byte('0'+y/10%10), byte('0'+y%10))
	}
	if e.prec >= PrecisionSeason {
		b = append(b, '-', byte('0'+e.month/10), byte('0'+e.month%10))
	}
	if e.prec == PrecisionDay {
		b = append(b, '-', byte('0'+e.day/10), byte('0'+e.day%10))
	}
	switch e.qual {
	case qualApprox:
		b = append(b, '~')
	case qualUncertain:
		b = append(b, '?')
	case qualApprox | qualUncertain:
		b = append(b, '%')
	}
	return b
}

// first returns the first day that e can mean. e must be a value.
func (e dateEnd) first() (y, m, d int) {
	y = int(e.year)
	switch e.prec {
	case PrecisionDay:
		return y, int(e.month), int(e.day)
	case PrecisionMonth:
		return y, int(e.month), 1
	case PrecisionSeason:
		if e.month == 24 {
			return y - 1, 12, 1
		}
		return y, int(e.month-21)*3 + 3, 1
	case PrecisionDecade:
		return y - y%10, 1, 1
	}
	return y, 1, 1
}

// last returns the last day that e can mean. e must be a value.
func (e dateEnd) last() (y, m, d int) {
	y = int(e.year)
	switch e.prec {
	case PrecisionDay:
		return y, int(e.month), int(e.day)
	case PrecisionMonth:
		return y, int(e.month), daysIn(y, int(e.month))
	case PrecisionSeason:
		if e.month == 24 {
			return y + 1, 2, daysIn(y+1, 2)
		}
		m = int(e.month-21)*3 + 5
		return y, m, daysIn(y, m)
	case PrecisionDecade:
		return y - y%10 + 9, 12, 31
	}
	return y, 12, 31
}

func isLeap(y int) bool { return y%4 == 0 && (y%100 != 0 || y%400 == 0) }

// daysIn returns the number of days of month m of year y.
func daysIn(y, m int) int {
	switch m {
	case 2:
		if isLeap(y) {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// dayNumber returns the number of days from 1970-01-01 to the given proleptic Gregorian date.
func dayNumber(y, m, d int) int32 {
	if m <= 2 {
		y--
	}
	era := y / 400
	if y < 0 && y%400 != 0 {
		era--
	}
	yoe := y - era*400
	mp := (m + 9) % 12
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return int32(era*146097 + doe - 719468)
}

// civilDate is the inverse of dayNumber.
func civilDate(n int32) (y, m, d int) {
	z := int(n) + 719468
	era := z / 146097
	if z < 0 && z%146097 != 0 {
		era--
	}
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	y = yoe + era*400
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	d = doy - (153*mp+2)/5 + 1
	m = mp + 3
	if m > 12 {
		m -= 12
	}
	if m <= 2 {
		y++
	}
	return y, m, d
}

func itoa(n int) string {
	var b [20]byte
	i := len(b)
	neg := n < 0
	if neg {
		n = -n
	}
	for {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
		if n == 0 {
			break
		}
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}

// Constructors of Date values, used by the parsers.

func dayEnd(y, m, d int) dateEnd {
	return dateEnd{year: int16(y), month: uint8(m), day: uint8(d), prec: PrecisionDay}
}
func monthEnd(y, m int) dateEnd {
	return dateEnd{year: int16(y), month: uint8(m), prec: PrecisionMonth}
}
func yearEnd(y int) dateEnd { return dateEnd{year: int16(y), prec: PrecisionYear} }
func seasonEnd(y, s int) dateEnd {
	return dateEnd{year: int16(y), month: uint8(s), prec: PrecisionSeason}
}
func decadeEnd(y int) dateEnd { return dateEnd{year: int16(y - y%10), prec: PrecisionDecade} }

func pointDate(e dateEnd) Date { return Date{lo: e, kind: datePoint} }
func intervalDate(lo, hi dateEnd) Date {
	return Date{lo: lo, hi: hi, kind: dateInterval}
}

// dayDate returns the day with day number n.
func dayDate(n int32) dateEnd {
	y, m, d := civilDate(n)
	return dayEnd(y, m, d)
}

// validDay reports whether y-m-d is a date of the calendar within the years Date can hold.
func validDay(y, m, d int) bool {
	return y >= 0 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

// ordered reports whether an interval from lo to hi runs forward: the first day that lo can
// mean is not after the last day that hi can mean ("2024/2024-05-09" is in order, "15–14
// January" is not). Open and unknown ends are always in order.
func ordered(lo, hi dateEnd) bool {
	if lo.edge != edgeValue || hi.edge != edgeValue {
		return true
	}
	return dayNumber(lo.first()) <= dayNumber(hi.last())
}
