package incident

import (
	"errors"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The three sentinel errors. Every error returned by a Parse or Lookup function of this package
// wraps exactly one of them, so callers can branch with errors.Is.
var (
	// ErrInvalid reports malformed, impossible or oversized input: invalid UTF-8, control
	// characters, more than MaxInputLen bytes, 31 February, a reversed range.
	ErrInvalid = errors.New("invalid")
	// ErrUnknown reports well-formed input that names nothing known, and explicit
	// "unknown"/"n/a" markers (see ErrUnspecified and ErrNotApplicable).
	ErrUnknown = errors.New("unknown")
	// ErrAmbiguous reports input that names more than one thing. The error is an
	// *AmbiguousError listing the candidates.
	ErrAmbiguous = errors.New("ambiguous")
)

// Refinements of the sentinels. Each wraps one of ErrInvalid, ErrUnknown and ErrAmbiguous, so
// errors.Is(err, ErrUnknown) holds for an ErrUnspecified error too.
var (
	// ErrUnspecified reports an explicit placeholder that says the value is not given:
	// "n/a", "unknown", "TBD", "-", "?". It wraps ErrUnknown.
	ErrUnspecified error = &refinedError{"unspecified", ErrUnknown}
	// ErrNotApplicable reports input that names something real but outside the field's domain:
	// "NATO" or "Baltic Sea" as a country, "Microsoft" (a reporting vendor) or "NotPetya" (a
	// malware name) as an actor. It wraps ErrUnknown.
	ErrNotApplicable error = &refinedError{"not applicable", ErrUnknown}
)

// refinedError is a sentinel that narrows a broader sentinel.
type refinedError struct {
	msg    string
	parent error
}

func (e *refinedError) Error() string { return e.msg }
func (e *refinedError) Unwrap() error { return e.parent }

// MaxInputLen is the longest input, in bytes, that the parsers accept. Longer input is
// rejected with ErrInvalid before any other work.
const MaxInputLen = 1024

// ParseError reports why a parser rejected its input. It quotes the input and names the
// function; Err is the sentinel (or refinement) it wraps.
type ParseError struct {
	Func   string // the function that failed, e.g. "ParseCountry"
	Input  string // the input, cloned (truncated to MaxInputLen bytes)
	Err    error  // ErrInvalid, ErrUnknown, or a refinement of one of them
	Reason string // optional detail, e.g. "a reference date is needed"
}

// Error returns a message such as `incident.ParseCountry("Atlantis"): unknown`.
func (e *ParseError) Error() string {
	var b strings.Builder
	b.WriteString("incident.")
	b.WriteString(e.Func)
	b.WriteByte('(')
	b.WriteString(strconv.Quote(e.Input))
	b.WriteString("): ")
	b.WriteString(e.Err.Error())
	if e.Reason != "" {
		b.WriteString(": ")
		b.WriteString(e.Reason)
	}
	return b.String()
}

// Unwrap returns the sentinel error.
func (e *ParseError) Unwrap() error { return e.Err }

// Candidate is one of the readings of an ambiguous input.
type Candidate struct {
	Value string // the canonical string of the candidate: "CG", "2024-05-09", "ru-gru-26165"
	Label string // a human-readable name, possibly empty: "Congo"
}

// String returns "Value (Label)", or Value alone when there is no label.
func (c Candidate) String() string {
	if c.Label == "" {
		return c.Value
	}
	return c.Value + " (" + c.Label + ")"
}

// AmbiguousError reports input with more than one reading. It unwraps to ErrAmbiguous.
type AmbiguousError struct {
	Func       string      // the function that failed, e.g. "ParseCountry"
	Input      string      // the input, cloned
	Candidates []Candidate // the readings, in the order the parser prefers to show them
	Common     string      // optional: what all candidates share (an actor's lowest common ancestor)
	Reason     string      // optional detail
}

// Error returns a message such as
// `incident.ParseCountry("Congo"): ambiguous: CG (Congo), CD (Congo, The Democratic Republic of the)`.
func (e *AmbiguousError) Error() string {
	var b strings.Builder
	b.WriteString("incident.")
	b.WriteString(e.Func)
	b.WriteByte('(')
	b.WriteString(strconv.Quote(e.Input))
	b.WriteString("): ambiguous")
	if e.Reason != "" {
		b.WriteString(" (")
		b.WriteString(e.Reason)
		b.WriteByte(')')
	}
	for i, c := range e.Candidates {
		if i == 0 {
			b.WriteString(": ")
		} else {
			b.WriteString(", ")
		}
		b.WriteString(c.String())
	}
	if e.Common != "" {
		b.WriteString("; common: ")
		b.WriteString(e.Common)
	}
	return b.String()
}

// Unwrap returns ErrAmbiguous.
func (e *AmbiguousError) Unwrap() error { return ErrAmbiguous }

// newParseError builds a *ParseError with a private copy of the input.
func newParseError(fn, input string, err error, reason string) *ParseError {
	if len(input) > MaxInputLen {
		input = input[:MaxInputLen]
	}
	return &ParseError{Func: fn, Input: strings.Clone(input), Err: err, Reason: reason}
}

// newAmbiguousError builds an *AmbiguousError with a private copy of the input.
func newAmbiguousError(fn, input string, cands []Candidate) *AmbiguousError {
	return &AmbiguousError{Func: fn, Input: strings.Clone(input), Candidates: cands}
}

// checkInput rejects input that no parser should look at: longer than MaxInputLen, invalid
// UTF-8, or holding control characters other than tab, newline and carriage return (which
// count as spaces). It does not allocate when the input is fine.
func checkInput(fn, s string) error {
	if len(s) > MaxInputLen {
		return newParseError(fn, s, ErrInvalid, "longer than "+strconv.Itoa(MaxInputLen)+" bytes")
	}
	ascii := true
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= utf8.RuneSelf:
			ascii = false
			// C1 controls, U+0080 to U+009F, are C2 80 to C2 9F in UTF-8.
			if c == 0xc2 && i+1 < len(s) && s[i+1] < 0xa0 && utf8.ValidString(s[:i+2]) {
				return newParseError(fn, s, ErrInvalid, "control character at byte "+strconv.Itoa(i))
			}
		case (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f:
			if utf8.ValidString(s[:i]) {
				return newParseError(fn, s, ErrInvalid, "control character at byte "+strconv.Itoa(i))
			}
			ascii = false // the invalid UTF-8 before it is reported below
			i = len(s)
		}
	}
	if !ascii && !utf8.ValidString(s) {
		i := 0
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if r == utf8.RuneError && size == 1 {
				break
			}
			i += size
		}
		return newParseError(fn, s, ErrInvalid, "invalid UTF-8 at byte "+strconv.Itoa(i))
	}
	return nil
}
