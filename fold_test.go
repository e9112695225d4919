package incident

import (
	"encoding/json"
	"strings"
	"testing"
	"unicode/utf8"
)

// foldCases is the sorted table of folding rules: input, folded form.
var foldCases = []struct{ in, want string }{
	{"", ""},
	{"   ", ""},
	{"  united   kingdom ", "united kingdom"},
	{"'Russia'", "russia"},
	{"0.85", "0.85"},
	{"9.5.2024", "9.5.2024"},
	{"APT-28", "apt 28"},
	{"APT28", "apt28"},
	{"Bosnia & Herzegovina", "bosnia herzegovina"},
	{"Baltics' ports", "baltics ports"},
	{"Côte d’Ivoire", "cote d'ivoire"},
	{"Czech Rep.", "czech rep"},
	{"Fаncy Bеar", "fancy bear"}, // Cyrillic а and е inside Latin words
	{"GRU (suspected)", "gru suspected"},
	{"Korea, Republic of", "korea republic of"},
	{"Lithuania's", "lithuania's"},
	{"Lithuania’s", "lithuania's"},
	{"Lithuania\u00a0 Latvia", "lithuania latvia"}, // no-break space
	{"Niemcy", "niemcy"},
	{"Rus\u00adsia", "russia"}, // soft hyphen inside a word
	{"Rus\u200dsia", "russia"}, // zero-width joiner
	{"Straße", "strasse"},
	{"São Tomé and Príncipe", "sao tome and principe"},
	{"The Netherlands", "the netherlands"},
	{"U.K.", "uk"},
	{"U.S.A.", "usa"},
	{"Türkiye", "turkiye"},
	{"Łódź", "lodz"},
	{"Ægir Øresund Þór", "aegir oresund thor"},
	{"İstanbul", "istanbul"},
	{"Česká republika", "ceska republika"},
	{"Đakovo", "dakovo"},
	{"ΑΡΤ28", "apt28"},   // Greek capitals and digits
	{"ΕΛΛΆΔΑ", "ελλαδα"}, // Greek word keeps its script
	{"Ελλάς", "ελλασ"},   // final sigma folds to sigma
	{"АРТ28", "apt28"},   // Cyrillic capitals and digits
	{"АРТ", "арт"},       // all-Cyrillic word keeps its script
	{"Россия", "россия"},
	{"ГРУ", "гру"},
	{"Всё", "все"},
	{"в/ч 26165", "в ч 26165"},
	{"ＡＰＴ２８", "apt28"},                    // fullwidth
	{"ﬁnland", "finland"},                 // ligature
	{"北京\u3000市", "北京 市"},                 // ideographic space
	{"a\u2014b\u2013c\u2010d", "a b c d"}, // dashes
	{"x\tY\nz", "x y z"},
}

func TestFold(t *testing.T) {
	for _, tc := range foldCases {
		if got := fold(tc.in); got != tc.want {
			t.Errorf("fold(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if got := fold(tc.want); got != tc.want {
			t.Errorf("fold(%q) = %q, not idempotent", tc.want, got)
		}
	}
}

func TestFoldNoAllocs(t *testing.T) {
	for _, s := range []string{"united kingdom", "apt28", "lithuania's", "0.85", "россия", "ceska republika"} {
		if n := testing.AllocsPerRun(100, func() { _ = fold(s) }); n != 0 {
			t.Errorf("fold(%q) allocates %v times, want 0", s, n)
		}
		var buf [64]byte
		if n := testing.AllocsPerRun(100, func() { _ = appendFold(buf[:0], "Czech Rep.") }); n != 0 {
			t.Errorf("appendFold(%q) into a stack buffer allocates %v times, want 0", "Czech Rep.", n)
		}
	}
}

func TestTrimHelpers(t *testing.T) {
	for _, tc := range []struct{ in, want string }{{"lithuania's", "lithuania"}, {"russia", "russia"}, {"baltics", "baltics"}} {
		if got := trimPossessive(tc.in); got != tc.want {
			t.Errorf("trimPossessive(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
	for _, tc := range []struct{ in, want string }{{"the netherlands", "netherlands"}, {"thessaloniki", "thessaloniki"}, {"the", "the"}} {
		if got := trimThe(tc.in); got != tc.want {
			t.Errorf("trimThe(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func FuzzFold(f *testing.F) {
	for _, tc := range foldCases {
		f.Add(tc.in)
	}
	f.Add("\xff\xfe")  // invalid UTF-8
	f.Add("a'b'c.1.2") // apostrophes and dots in a row
	f.Add("1.'a")
	f.Fuzz(func(t *testing.T, s string) {
		got := fold(s)
		if !utf8.ValidString(got) {
			t.Fatalf("fold(%q) = %q, not valid UTF-8", s, got)
		}
		if ref := generalFold(s); ref != got {
			t.Fatalf("fold(%q) = %q, but the general path gives %q", s, got, ref)
		}
		if again := fold(got); again != got {
			t.Fatalf("fold(%q) = %q, but fold(%q) = %q", s, got, got, again)
		}
		if len(got) > 0 && (got[0] == ' ' || got[len(got)-1] == ' ') {
			t.Fatalf("fold(%q) = %q has outer spaces", s, got)
		}
	})
}

func BenchmarkFold(b *testing.B) {
	for _, bc := range []struct{ name, in string }{
		{"ascii-folded", "united kingdom"},
		{"ascii", "  United   Kingdom's "},
		{"latin", "Česká republika"},
		{"cyrillic", "Российская Федерация"},
		{"homoglyph", "АРТ28"},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			var buf [64]byte
			for b.Loop() {
				_ = appendFold(buf[:0], bc.in)
			}
		})
	}
}

func init() {
	goldenKinds["fold"] = goldenKind{
		// Input: one string per line. Output: [[input, folded], ...].
		run: func(t *testing.T, _ json.RawMessage, input []byte) []byte {
			var out [][2]string
			for _, l := range goldenLines(input) {
				out = append(out, [2]string{l, fold(l)})
			}
			return goldenJSON(t, out)
		},
		idempotent: func(t *testing.T, _ json.RawMessage, want []byte) {
			var pairs [][2]string
			if err := json.Unmarshal(want, &pairs); err != nil {
				t.Fatal(err)
			}
			for _, p := range pairs {
				if got := fold(p[1]); got != p[1] {
					t.Errorf("fold(%q) = %q, want it unchanged", p[1], got)
				}
			}
		},
	}
}

// generalFold folds s through the general path only, without the precomputed tables and the
// ASCII shortcut, as a reference for them.
func generalFold(s string) string {
	f := folder{tokStart: -1}
	var dst []byte
	for _, r := range s {
		if r < utf8.RuneSelf {
			dst = f.ascii(dst, byte(r))
		} else if r == utf8.RuneError {
			f.separator()
		} else {
			dst = f.nonASCII(dst, r, 0)
		}
	}
	return string(f.endToken(dst))
}

func TestFoldTablesAgreeWithGeneralPath(t *testing.T) {
	for r := rune(0x80); r < 0x10000; r++ {
		if 0xd800 <= r && r <= 0xdfff {
			continue // surrogates are not runes of UTF-8 text
		}
		for _, ctx := range []string{"%c", "a%cb", "1%c2", "a%c", "%cb", "a %c b", "д%cж"} {
			s := strings.Replace(ctx, "%c", string(r), 1)
			if got, want := fold(s), generalFold(s); got != want {
				t.Errorf("fold(%q) = %q, general path gives %q", s, got, want)
			}
		}
	}
}

func TestIsFoldedASCII(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want bool
	}{
		{"", true}, {"a", true}, {"united kingdom", true}, {"d'ivoire", true}, {"0.85", true},
		{" a", false}, {"a ", false}, {"a  b", false}, {"a'", false}, {"'a", false}, {"1.", false},
		{".1", false}, {"a.b", false}, {"1'2", false}, {"A", false}, {"a-b", false}, {"é", false},
	} {
		if got := isFoldedASCII(tc.in); got != tc.want {
			t.Errorf("isFoldedASCII(%q) = %v, want %v", tc.in, got, tc.want)
		}
		if tc.want && fold(tc.in) != tc.in {
			t.Errorf("fold(%q) = %q, but isFoldedASCII says it is folded", tc.in, fold(tc.in))
		}
	}
}
