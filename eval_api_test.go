package incident

// The bindings of the evaluation to the landed country and date API: ParseCountries and
// DateParser{Reference, Order}.Parse.

import "time"

// evalParseCountries returns the alpha-2 codes of the countries that s names.
func evalParseCountries(s string) ([]string, error) {
	cs, err := ParseCountries(s)
	codes := make([]string, 0, len(cs))
	for _, c := range cs {
		codes = append(codes, c.Alpha2())
	}
	return codes, err
}

// evalParseDate parses s with the reference date (zero: none) and the order hint named by
// order ("-", "dayfirst" or "monthfirst"), and returns the EDTF form.
func evalParseDate(ref time.Time, order, s string) (string, error) {
	p := DateParser{Reference: ref}
	switch order {
	case "dayfirst":
		p.Order = OrderDayFirst
	case "monthfirst":
		p.Order = OrderMonthFirst
	}
	d, err := p.Parse(s)
	if err != nil {
		return "", err
	}
	return d.String(), nil
}
