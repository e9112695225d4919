package incident

// Date is a calendar date of EDTF (ISO 8601-2) levels 0 and 1: a point or an interval,
// each end at its own precision, with approximate and uncertain flags and open ends.
// The zero Date is no date.
//
// SKELETON: the dates issue replaces this file; only the method set is fixed.
type Date struct{ edtf string }

// IsValid reports whether d is a date, not the zero value.
func (d Date) IsValid() bool { return d.edtf != "" }

// String returns the EDTF form.
func (d Date) String() string { return d.edtf }

// MarshalText implements encoding.TextMarshaler with the EDTF form.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.edtf), nil }

// UnmarshalText implements encoding.TextUnmarshaler; empty text is the zero Date.
func (d *Date) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*d = Date{}
		return nil
	}
	v, err := ParseDate(string(text))
	if err != nil {
		return err
	}
	*d = v
	return nil
}

// ParseDate returns the date that s names.
func ParseDate(s string) (Date, error) {
	if err := checkInput("ParseDate", s); err != nil {
		return Date{}, err
	}
	return Date{}, newParseError("ParseDate", s, ErrUnknown, "")
}
