package incident

// ParseEDTF parses s as a strict EDTF (ISO 8601-2) date of levels 0 and 1, the form that
// Date.String writes: "2024-05-09", "2024-05", "2024", "2024-22" (season codes 21–24), "199X"
// (a decade), a qualifier "~", "?" or "%" at the end of a date, and intervals "start/end" whose
// ends may be open ("..") or unknown (empty). Years have four digits, 0000–9999. Nothing else is
// accepted: no spaces, no times, no level 2 features, no other unspecified digits than the
// decade's. ParseEDTF(d.String()) == d for every valid d.
//
// Errors are *ParseError values wrapping ErrInvalid: malformed text, an impossible day
// ("2023-02-29"), or an interval whose start is after its end.
func ParseEDTF(s string) (Date, error) {
	if err := checkInput("ParseEDTF", s); err != nil {
		return Date{}, err
	}
	d, reason := parseEDTF(s)
	if reason != "" {
		return Date{}, newParseError("ParseEDTF", s, ErrInvalid, reason)
	}
	return d, nil
}

// parseEDTF parses s as EDTF; on failure it returns a reason (a constant string).
func parseEDTF(s string) (Date, string) {
	slash := -1
	for i := 0; i < len(s); i++ {
		if s[i] == '/' {
			if slash >= 0 {
				return Date{}, "not EDTF: more than one '/'"
			}
			slash = i
		}
	}
	if slash < 0 {
		e, reason := parseEDTFEnd(s)
		if reason != "" {
			return Date{}, reason
		}
		if e.edge != edgeValue {
			return Date{}, "not EDTF: open end outside an interval"
		}
		return pointDate(e), ""
	}
	lo, reason := parseEDTFEnd(s[:slash])
	if reason != "" {
		return Date{}, reason
	}
	hi, reason := parseEDTFEnd(s[slash+1:])
	if reason != "" {
		return Date{}, reason
	}
	if lo.edge != edgeValue && hi.edge != edgeValue {
		return Date{}, "not EDTF: an interval needs at least one date"
	}
	if !ordered(lo, hi) {
		return Date{}, "interval ends before it starts"
	}
	return intervalDate(lo, hi), ""
}

// parseEDTFEnd parses one date of EDTF level 0/1, or an interval end ".." or "".
func parseEDTFEnd(s string) (dateEnd, string) {
	switch s {
	case "..":
		return dateEnd{edge: edgeOpen}, ""
	case "":
		return dateEnd{edge: edgeUnknown}, ""
	}
	var qual uint8
	switch s[len(s)-1] {
	case '~':
		qual = qualApprox
	case '?':
		qual = qualUncertain
	case '%':
		qual = qualApprox | qualUncertain
	}
	if qual != 0 {
		s = s[:len(s)-1]
	}
	if len(s) != 4 && len(s) != 7 && len(s) != 10 {
		return dateEnd{}, "not EDTF: expected YYYY, YYYY-MM or YYYY-MM-DD"
	}
	if !isDigits(s[:3]) {
		return dateEnd{}, "not EDTF: the year needs four digits"
	}
	y := int(s[0]-'0')*1000 + int(s[1]-'0')*100 + int(s[2]-'0')*10
	var e dateEnd
	switch {
	case s[3] == 'X' && len(s) == 4:
		e = decadeEnd(y)
	case s[3] >= '0' && s[3] <= '9':
		y += int(s[3] - '0')
		e = yearEnd(y)
	default:
		return dateEnd{}, "not EDTF: the year needs four digits"
	}
	if len(s) >= 7 {
		if s[4] != '-' || !isDigits(s[5:7]) {
			return dateEnd{}, "not EDTF: expected YYYY-MM"
		}
		m := int(s[5]-'0')*10 + int(s[6]-'0')
		switch {
		case m >= 1 && m <= 12:
			e = monthEnd(y, m)
		case m >= 21 && m <= 24 && len(s) == 7:
			e = seasonEnd(y, m)
		default:
			return dateEnd{}, "month out of range"
		}
	}
	if len(s) == 10 {
		if s[7] != '-' || !isDigits(s[8:10]) {
			return dateEnd{}, "not EDTF: expected YYYY-MM-DD"
		}
		d := int(s[8]-'0')*10 + int(s[9]-'0')
		if !validDay(y, int(e.month), d) {
			return dateEnd{}, "no such day in the calendar"
		}
		e = dayEnd(y, int(e.month), d)
	}
	e.qual = qual
	return e, ""
}
