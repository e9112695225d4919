package incident

import (
	"github.com/biter777/countries"
)

// Country is a country or territory of ISO 3166-1, with Kosovo as XK. It is a small
// comparable value, usable with == and as a map key. The zero Country is no country.
//
// SKELETON: the country issue replaces this file; only the method set is fixed.
type Country struct{ a2 [2]byte }

// IsValid reports whether c is a country, not the zero value.
func (c Country) IsValid() bool { return c.a2[0] != 0 }

// Alpha2 returns the ISO 3166-1 alpha-2 code, "LT", or "" for the zero Country.
func (c Country) Alpha2() string {
	if !c.IsValid() {
		return ""
	}
	return string(c.a2[:])
}

// String returns the alpha-2 code, the canonical form.
func (c Country) String() string { return c.Alpha2() }

// MarshalText implements encoding.TextMarshaler; the zero Country marshals as empty text.
func (c Country) MarshalText() ([]byte, error) { return []byte(c.Alpha2()), nil }

// UnmarshalText implements encoding.TextUnmarshaler; empty text is the zero Country.
func (c *Country) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*c = Country{}
		return nil
	}
	v, err := ParseCountry(string(text))
	if err != nil {
		return err
	}
	*c = v
	return nil
}

// ParseCountry returns the country that s names.
func ParseCountry(s string) (Country, error) {
	if err := checkInput("ParseCountry", s); err != nil {
		return Country{}, err
	}
	if len(s) == 2 {
		if code := countries.ByName(s); code != countries.Unknown {
			a := code.Alpha2()
			return Country{[2]byte{a[0], a[1]}}, nil
		}
	}
	return Country{}, newParseError("ParseCountry", s, ErrUnknown, "")
}
