package incident

import (
	"strings"
	"testing"
)

// TestAppendJSONStringPositions puts each kind of byte that needs escaping or decoding at
// every position of plain strings of every length up to 40, so that each path of the
// word-at-a-time scan (sixteen and eight bytes a step, the overlapping last word, the padded
// short word) meets it first, last and alone; the output must be encoding/json's.
func TestAppendJSONStringPositions(t *testing.T) {
	specials := []string{`"`, `\`, "\x00", "\x1f", "\n", "\x7f", "é", "\u2028", "\xff", "€", "\U0001F600"}
	for n := 0; n <= 40; n++ {
		plain := strings.Repeat("a~ Z09", 7)[:n]
		if got, want := string(appendJSONString(nil, plain)), referenceJSONString(t, plain); got != want {
			t.Errorf("appendJSONString(%q) = %s, want %s", plain, got, want)
		}
		for i := 0; i <= n; i++ {
			for _, sp := range specials {
				s := plain[:i] + sp + plain[i:]
				if got, want := string(appendJSONString([]byte("x"), s)), "x"+referenceJSONString(t, s); got != want {
					t.Errorf("appendJSONString(%q) = %s, want %s", s, got, want)
				}
			}
		}
	}
}

func BenchmarkAppendJSONString(b *testing.B) {
	// Cell values as a CSV export has them: mostly short and plain, some long, a few with
	// quotes or letters outside ASCII.
	cells := []string{"ID", "GEN-0000002", "6 May 2023", "Latvia and United Kingdom", "GPS spoofing",
		"GPS jamming affects flights in Riga", "GRU (suspected)", "likely", "Lithuanian prosecutors",
		"https://news.err.ee/2023/05/c6e4483d", "2023-05-18", `"Spy ring arrested in Bornholm"`,
		"5 stycznia 2025", "Podpalenie magazynu w Łodzi"}
	n := 0
	for _, c := range cells {
		n += len(c)
	}
	b.SetBytes(int64(n))
	b.ReportAllocs()
	var buf []byte
	for b.Loop() {
		buf = buf[:0]
		for _, c := range cells {
			buf = appendJSONString(buf, c)
		}
	}
}
