package incident

import (
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// This file holds the one text-folding routine that every matcher of the package shares. Keys
// of the lookup tables and the input are folded the same way, so a lookup is one folding pass
// and one map access.
//
// Folding turns a string into a sequence of lower-case tokens separated by single ASCII spaces:
//
//   - Unicode compatibility decomposition (NFKD): fullwidth "ＡＰＴ２８" becomes "APT28",
//     ligatures are split, and combining marks are dropped (ö→o, č→c, ё→е, ą→a).
//   - Case folding to lower case, including ß→ss and the Greek final sigma.
//   - Letters that do not decompose are mapped explicitly: ł→l, đ→d, ð→d, ø→o, æ→ae, œ→oe,
//     ı→i, þ→th, ħ→h, ŧ→t, ŀ→l.
//   - Letters and digits are kept. Everything else (spaces of every kind, including no-break
//     and ideographic spaces, dashes, punctuation, symbols, control characters) separates
//     tokens. Invisible format characters (zero-width joiners, soft hyphens, byte order marks)
//     are dropped without separating.
//   - An apostrophe of any kind (' ’ ‘ ʼ ` ´) is kept, as ', only between two letters, so a
//     caller can remove a possessive "'s" (see trimPossessive). Elsewhere it is dropped.
//   - A full stop is kept only between two digits ("0.85", "9.5.2024"); elsewhere it is
//     dropped without separating, so "U.K." folds to "uk".
//   - Inside a token that also holds Latin letters or ASCII digits, Cyrillic and Greek letters
//     that look like Latin ones are replaced by them: "АРТ28" typed with Cyrillic А, Р and Т
//     folds to "apt28". A token written wholly in Cyrillic ("Россия", "ГРУ") keeps its script.
//
// Folding is idempotent: fold(fold(s)) == fold(s).

// fold returns the folded form of s. It does not allocate when s is already folded.
func fold(s string) string {
	var buf [128]byte
	b := appendFold(buf[:0], s)
	if string(b) == s {
		return s
	}
	return string(b)
}

// appendFold appends the folded form of s to dst and returns the extended slice. Matchers call
// it with a stack buffer and look the result up as map[string(b)], which does not allocate.
func appendFold(dst []byte, s string) []byte {
	if isFoldedASCII(s) {
		return append(dst, s...)
	}
	f := folder{base: len(dst), tokStart: -1}
	var table *twoByteTable
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			dst = f.ascii(dst, c)
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			f.separator()
		case size == 2:
			if table == nil {
				table = twoByteFolds()
			}
			dst = f.precomputed(dst, r, &table[r-0x80])
		case size == 3:
			dst = f.precomputed(dst, r, threeByteFolding(r))
		default:
			dst = f.nonASCII(dst, r, 0)
		}
		i += size
	}
	return f.endToken(dst)
}

// isFoldedASCII reports whether s is ASCII and already folded: lower-case letters and digits in
// tokens separated by single spaces, with apostrophes only between letters and full stops only
// between digits.
func isFoldedASCII(s string) bool {
	if len(s) == 0 {
		return true
	}
	if last := s[len(s)-1]; !isLowerASCII(last) && !isDigitASCII(last) {
		return false // also guards the look-ahead below
	}
	var prev byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z', '0' <= c && c <= '9':
		case c == ' ':
			if prev == ' ' || i == 0 {
				return false
			}
		case c == '\'':
			if i == 0 || !isLowerASCII(prev) || !isLowerASCII(s[i+1]) {
				return false
			}
		case c == '.':
			if i == 0 || !isDigitASCII(prev) || !isDigitASCII(s[i+1]) {
				return false
			}
		default:
			return false
		}
		prev = c
	}
	return true
}

func isLowerASCII(c byte) bool { return 'a' <= c && c <= 'z' }
func isDigitASCII(c byte) bool { return '0' <= c && c <= '9' }

// The runes of two UTF-8 bytes (U+0080 to U+07FF: Latin-1, Latin Extended, Greek, Cyrillic,
// Armenian, Hebrew, Arabic) are the bulk of non-ASCII input. Their folding is precomputed, on
// first use, from the general path, so the common case costs one table access per rune. Runes
// of three bytes (Devanagari, Georgian, CJK, Hangul, punctuation) are precomputed by pages of
// 256, each on first use of one of its runes, for the simplest outcomes only.

// How a precomputed rune folds.
const (
	foldGeneral    = iota // not precomputed: take the general path
	foldNothing           // dropped without separating (combining marks, invisible characters)
	foldSeparator         // separates tokens
	foldApostrophe        // an apostrophe
	foldLetters           // writes the letters in out
)

// runeFolding is the precomputed folding of one rune.
type runeFolding struct {
	kind uint8
	n    uint8   // bytes used in out
	out  [6]byte // the folded letters, in UTF-8
}

type twoByteTable [0x800 - 0x80]runeFolding

// twoByteFolds returns the precomputed folding of U+0080 to U+07FF.
var twoByteFolds = sync.OnceValue(func() *twoByteTable {
	t := new(twoByteTable)
	for r := rune(0x80); r < 0x800; r++ {
		// Fold the rune alone, after a letter, and look at the output and the state.
		f := folder{tokStart: -1, last: classLetter}
		out := f.nonASCII(nil, r, 0)
		e := &t[r-0x80]
		switch {
		case len(out) == 0 && f.pendingSep:
			e.kind = foldSeparator
		case len(out) == 0 && f.pendingApos:
			e.kind = foldApostrophe
		case len(out) == 0 && f.last == classLetter:
			e.kind = foldNothing
		case len(out) > 0 && len(out) <= len(e.out) && allLetters(out):
			e.kind = foldLetters
			e.n = uint8(copy(e.out[:], out))
		}
	}
	return t
})

// foldPage is the precomputed folding of 256 runes of three UTF-8 bytes.
type foldPage [256]runeFolding

// threeBytePages holds the pages of U+0800 to U+FFFF by r>>8, each built on first use. Two
// goroutines may build one page at once; both build the same page, and either is kept.
var threeBytePages [0x100]atomic.Pointer[foldPage]

// threeByteFolding returns the precomputed folding of r, a rune of three UTF-8 bytes.
func threeByteFolding(r rune) *runeFolding {
	page := threeBytePages[r>>8].Load()
	if page == nil {
		page = new(foldPage)
		base := r &^ 0xff
		for i := range page {
			if c := base + rune(i); c >= 0x800 && !(0xd800 <= c && c <= 0xdfff) {
				page[i] = precomputeSimpleFolding(c)
			}
		}
		threeBytePages[r>>8].Store(page)
	}
	return &page[r&0xff]
}

// precomputeSimpleFolding keeps only the two simplest outcomes of the general path for r: a
// letter that folds to itself (no decomposition, no case: a CJK ideograph, a Devanagari or
// Georgian letter) is written as is, and a combining mark with no decomposition is dropped.
// Every other rune takes the general path: a rune that decomposes into punctuation and
// letters ("℃", "⒜") separates tokens in ways that one entry cannot hold.
func precomputeSimpleFolding(r rune) runeFolding {
	var e runeFolding
	if _, ok := foldSpecial(r); ok {
		return e
	}
	var enc [utf8.UTFMax]byte
	n := utf8.EncodeRune(enc[:], r)
	if len(norm.NFKD.Properties(enc[:n]).Decomposition()) > 0 {
		return e
	}
	switch {
	case unicode.IsMark(r):
		e.kind = foldNothing
	case unicode.IsLetter(r) && unicode.ToLower(r) == r && r != 'ς' && n <= len(e.out):
		e.kind = foldLetters
		e.n = uint8(copy(e.out[:], enc[:n]))
	}
	return e
}

// allLetters reports whether b holds only letters.
func allLetters(b []byte) bool {
	for _, r := range string(b) {
		if !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

// precomputed folds the rune r through its precomputed entry e.
func (f *folder) precomputed(dst []byte, r rune, e *runeFolding) []byte {
	switch e.kind {
	case foldNothing:
	case foldSeparator:
		f.separator()
	case foldApostrophe:
		f.apostrophe()
	case foldLetters:
		out := e.out[:e.n]
		for i := 0; i < len(out); {
			if out[i] < utf8.RuneSelf {
				dst = f.writeASCII(dst, out[i], classLetter)
				i++
				continue
			}
			l, size := utf8.DecodeRune(out[i:])
			dst = f.writeLetter(dst, l)
			i += size
		}
	default:
		dst = f.nonASCII(dst, r, 0)
	}
	return dst
}

// folder is the state of one folding pass. The output slice is passed along explicitly
// rather than kept in the struct, so that a caller's stack buffer does not escape.
type folder struct {
	base int // where this pass's output starts in dst

	last        byte // class of the last byte written: 0 none, 'a' letter, '0' digit
	pendingSep  bool // a separator was seen since the last letter or digit
	pendingApos bool // an apostrophe follows a letter; written only if a letter comes next
	pendingDot  bool // a full stop follows a digit; written only if a digit comes next

	// The current token, for the look-alike rule.
	tokStart     int  // offset in dst of the current token, -1 when there is none
	tokLatin     bool // the token holds an ASCII letter or digit
	tokForeign   bool // the token holds a non-ASCII letter
	tokLookAlike bool // every non-ASCII letter of the token has a Latin look-alike
}

const (
	classNone   = 0
	classLetter = 'a'
	classDigit  = '0'
)

func (f *folder) ascii(dst []byte, c byte) []byte {
	switch {
	case 'a' <= c && c <= 'z':
		return f.writeASCII(dst, c, classLetter)
	case 'A' <= c && c <= 'Z':
		return f.writeASCII(dst, c+('a'-'A'), classLetter)
	case '0' <= c && c <= '9':
		return f.writeASCII(dst, c, classDigit)
	case c == '\'' || c == '`':
		f.apostrophe()
	case c == '.':
		f.dot()
	default:
		f.separator()
	}
	return dst
}

// nonASCII folds one non-ASCII rune. depth bounds the recursion through decompositions and
// case mappings.
func (f *folder) nonASCII(dst []byte, r rune, depth int) []byte {
	if repl, ok := foldSpecial(r); ok {
		for i := 0; i < len(repl); i++ {
			dst = f.writeASCII(dst, repl[i], classLetter)
		}
		return dst
	}
	switch r {
	case '\u2019', '\u2018', '\u02bc', '\u00b4', '\u02b9', '\u2032':
		f.apostrophe()
		return dst
	case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
		// Soft hyphen and zero-width characters: invisible, so they neither write nor separate.
		// (U+200B ZERO WIDTH SPACE is a space in name only; typists paste it inside words.)
		return dst
	}
	if depth < 4 {
		var enc [utf8.UTFMax]byte
		n := utf8.EncodeRune(enc[:], r)
		if d := norm.NFKD.Properties(enc[:n]).Decomposition(); len(d) > 0 {
			for i := 0; i < len(d); {
				if d[i] < utf8.RuneSelf {
					dst = f.ascii(dst, d[i])
					i++
					continue
				}
				r2, size := utf8.DecodeRune(d[i:])
				dst = f.nonASCII(dst, r2, depth+1)
				i += size
			}
			return dst
		}
	}
	switch {
	case unicode.IsMark(r):
		return dst // a combining mark left by decomposition
	case unicode.IsLetter(r):
		lower := unicode.ToLower(r)
		if lower == 'ς' {
			lower = 'σ'
		}
		if lower != r && depth < 4 {
			if lower < utf8.RuneSelf {
				return f.ascii(dst, byte(lower))
			}
			return f.nonASCII(dst, lower, depth+1)
		}
		return f.writeRune(dst, lower)
	case unicode.IsDigit(r):
		return f.writeRune(dst, r)
	case unicode.Is(unicode.Cf, r):
		return dst // other invisible format characters
	}
	f.separator()
	return dst
}

func (f *folder) writeASCII(dst []byte, c byte, class byte) []byte {
	dst = f.flushPending(dst, class)
	f.last = class
	f.tokLatin = true
	return append(dst, c)
}

// writeRune writes a non-ASCII letter or digit.
func (f *folder) writeRune(dst []byte, r rune) []byte {
	if unicode.IsDigit(r) {
		dst = f.flushPending(dst, classDigit)
		f.last = classDigit
		return utf8.AppendRune(dst, r)
	}
	return f.writeLetter(dst, r)
}

// writeLetter writes a non-ASCII letter, already folded.
func (f *folder) writeLetter(dst []byte, r rune) []byte {
	dst = f.flushPending(dst, classLetter)
	f.last = classLetter
	if !f.tokForeign {
		f.tokForeign = true
		f.tokLookAlike = true
	}
	if _, ok := lookAlike(r); !ok {
		f.tokLookAlike = false
	}
	return utf8.AppendRune(dst, r)
}

// flushPending writes what was held back before a letter or digit of the given class.
func (f *folder) flushPending(dst []byte, class byte) []byte {
	if f.pendingSep {
		dst = f.endToken(dst)
		if len(dst) > f.base {
			dst = append(dst, ' ')
		}
		f.pendingSep = false
		f.last = classNone
	} else if f.pendingApos && class == classLetter && f.last == classLetter {
		dst = append(dst, '\'')
	} else if f.pendingDot && class == classDigit && f.last == classDigit {
		dst = append(dst, '.')
	}
	f.pendingApos, f.pendingDot = false, false
	if f.tokStart < 0 {
		f.tokStart = len(dst)
	}
	return dst
}

func (f *folder) separator() {
	if f.last != classNone {
		f.pendingSep = true
	}
	f.pendingApos, f.pendingDot = false, false
}

func (f *folder) apostrophe() {
	if f.last == classLetter && !f.pendingSep && !f.pendingDot {
		f.pendingApos = true
		return
	}
	f.pendingDot = false
}

func (f *folder) dot() {
	if f.last == classDigit && !f.pendingSep && !f.pendingApos {
		f.pendingDot = true
		return
	}
	f.pendingApos = false
}

// endToken applies the look-alike rule to the token that just ended.
func (f *folder) endToken(dst []byte) []byte {
	if f.tokStart >= 0 && f.tokForeign && f.tokLatin && f.tokLookAlike {
		tok := dst[f.tokStart:]
		w := 0
		for r := 0; r < len(tok); {
			c := tok[r]
			if c < utf8.RuneSelf {
				tok[w] = c
				w++
				r++
				continue
			}
			ru, size := utf8.DecodeRune(tok[r:])
			if l, ok := lookAlike(ru); ok {
				tok[w] = l
				w++
			} else { // a digit from another script: keep it
				w += copy(tok[w:], tok[r:r+size])
			}
			r += size
		}
		dst = dst[:f.tokStart+w]
	}
	f.tokStart = -1
	f.tokLatin, f.tokForeign, f.tokLookAlike = false, false, false
	return dst
}

// foldSpecial maps the letters that do not decompose under NFKD, and the letters whose full
// case folding is longer than one letter.
func foldSpecial(r rune) (string, bool) {
	switch r {
	case 'ł', 'Ł', 'ŀ', 'Ŀ':
		return "l", true
	case 'đ', 'Đ', 'ð', 'Ð':
		return "d", true
	case 'ø', 'Ø':
		return "o", true
	case 'ß', 'ẞ':
		return "ss", true
	case 'æ', 'Æ':
		return "ae", true
	case 'œ', 'Œ':
		return "oe", true
	case 'ı':
		return "i", true
	case 'þ', 'Þ':
		return "th", true
	case 'ħ', 'Ħ':
		return "h", true
	case 'ŧ', 'Ŧ':
		return "t", true
	case 'ĸ':
		return "k", true
	}
	return "", false
}

// lookAlike returns the Latin letter that a lower-case Cyrillic or Greek letter (or its
// capital) is commonly mistaken for.
func lookAlike(r rune) (byte, bool) {
	switch r {
	case 'а', 'α':
		return 'a', true
	case 'в', 'β':
		return 'b', true
	case 'с', 'ϲ':
		return 'c', true
	case 'ԁ':
		return 'd', true
	case 'е', 'ε':
		return 'e', true
	case 'н', 'η':
		return 'h', true
	case 'і', 'ι':
		return 'i', true
	case 'ј':
		return 'j', true
	case 'к', 'κ':
		return 'k', true
	case 'ӏ':
		return 'l', true
	case 'м', 'μ':
		return 'm', true
	case 'ν':
		return 'n', true
	case 'о', 'ο':
		return 'o', true
	case 'р', 'ρ':
		return 'p', true
	case 'ѕ':
		return 's', true
	case 'т', 'τ':
		return 't', true
	case 'у', 'υ':
		return 'y', true
	case 'х', 'χ':
		return 'x', true
	case 'ζ':
		return 'z', true
	}
	return 0, false
}

// trimPossessive removes a trailing possessive from a folded token or key: "lithuania's" and
// "russia's" become "lithuania" and "russia". It never allocates.
func trimPossessive(key string) string {
	if k, ok := strings.CutSuffix(key, "'s"); ok {
		return k
	}
	return key
}

// trimThe removes a leading article "the" from a folded key: "the netherlands" becomes
// "netherlands". It never allocates.
func trimThe(key string) string {
	if k, ok := strings.CutPrefix(key, "the "); ok {
		return k
	}
	return key
}
