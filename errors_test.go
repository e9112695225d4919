package incident

import (
	"errors"
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

// referenceCheckInput is checkInput written the plain way, rune by rune: the first problem in
// byte order is reported.
func referenceCheckInput(s string) (reason string, ok bool) {
	if len(s) > MaxInputLen {
		return "longer than " + strconv.Itoa(MaxInputLen) + " bytes", false
	}
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			return "invalid UTF-8 at byte " + strconv.Itoa(i), false
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r', r == 0x7f, 0x80 <= r && r < 0xa0:
			return "control character at byte " + strconv.Itoa(i), false
		}
		i += size
	}
	return "", true
}

// TestCheckInput compares checkInput with the plain rune loop on random strings built from
// ASCII, controls, C1 controls, valid multi-byte runes and stray bytes.
func TestCheckInput(t *testing.T) {
	pieces := []string{"a", "Z", " ", "\t", "\n", "\x00", "\x1f", "\x7f", "\u0080", "\u009f", "\u00a0",
		"é", "Ж", "語", "😀", "\xc2", "\xc2A", "\x80", "\xff", "\xe2\x82", "\xf0\x9f\x98"}
	rng := rand.New(rand.NewPCG(3, 4))
	seen := map[string]int{}
	for range 200000 {
		var b strings.Builder
		for range rng.IntN(8) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		s := b.String()
		want, wantOK := referenceCheckInput(s)
		err := checkInput("F", s)
		if (err == nil) != wantOK {
			t.Fatalf("checkInput(%q) = %v, want ok=%v (%s)", s, err, wantOK, want)
		}
		if err == nil {
			seen["ok"]++
			continue
		}
		var pe *ParseError
		if !errors.As(err, &pe) || !errors.Is(err, ErrInvalid) || pe.Reason != want {
			t.Fatalf("checkInput(%q) = %v, want ErrInvalid with reason %q", s, err, want)
		}
		seen[strings.Fields(want)[0]]++
	}
	if len(seen) < 3 {
		t.Fatalf("too few kinds of outcome: %v", seen)
	}
	if err := checkInput("F", strings.Repeat("a", MaxInputLen+1)); !errors.Is(err, ErrInvalid) {
		t.Fatalf("an input over MaxInputLen: %v", err)
	}
}
