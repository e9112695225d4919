package incident

import (
	"unicode"
	"unicode/utf8"
)

// The date lexer. fold.go drops the punctuation that dates depend on (dots, slashes, dashes,
// colons), so the date parser tokenizes the input itself: numbers and numeric groups
// ("09.05.2024", "2024-05", "14-15") keep their separators, words are folded with appendFold
// and looked up in the language tables, and a few symbols are kept as separators.

// Token kinds.
const (
	tkNum   uint8 = iota + 1 // a run of ASCII digits
	tkGroup                  // digits joined by one kind of separator: 09.05.2024, 2024-05, 14-15
	tkWord                   // a run of letters, folded
	tkSep                    // '-', '/', '~', '?'
	tkTime                   // a clock time 14:30 or 14:30:00
)

// maxDateToks bounds the tokens of one field; a date never needs more.
const maxDateToks = 48

// dtok is one token of a date field.
type dtok struct {
	kind  uint8
	sp    bool  // separated from the previous token by a space or punctuation
	sep   byte  // tkSep: '-', '/', '~', '?'; tkGroup: the joining separator
	nd    uint8 // tkNum: number of digits
	dot   bool  // tkNum, tkGroup: directly followed by '.'
	apos  bool  // tkNum: directly preceded by an apostrophe ('90)
	used  bool  // consumed by a rule
	np    uint8 // tkGroup: number of parts
	val   int32 // tkNum: the value
	parts [3]int32
	pnd   [3]uint8
	ws    uint16 // tkWord: folded form at buf[ws:we]
	we    uint16
	m     []meaning // tkWord: readings from the tables
}

// isDateSpace reports whether r separates tokens without meaning anything.
func isDateSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\r', ',', ';', ':', '.', '(', ')', '[', ']', '{', '}', '"', '\'', '!', '*', '|',
		'\u00a0', '\u2007', '\u202f', '\u2009', '\u200a', '\u3000',
		'«', '»', '‹', '›', '°', '“', '”', '„', '‟', '‘', '’', '‚', '‛', '＂', '（', '）', '、', '。', '·', '•':
		return true
	}
	return unicode.IsSpace(r)
}

// dashRune reports whether r is a hyphen or dash of any kind.
func dashRune(r rune) bool {
	switch r {
	case '-', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212', '\ufe58', '\ufe63', '\uff0d':
		return true
	}
	return false
}

// danishDecade reports whether s starts with the Danish decade suffix "erne" or "ernes"
// ("1990'erne"), which is a word of its own rather than a case suffix.
func danishDecade(s string) bool {
	for _, w := range [...]string{"ernes", "erne"} {
		if len(s) >= len(w) && s[:len(w)] == w && (len(s) == len(w) || !isLetterAt(s, len(w))) {
			return true
		}
	}
	return false
}

// groupSepAt returns the separator of a numeric group at s[i] ('.', '/' or '-'; U+2010,
// U+2011 and U+2212 count as '-') and its width in bytes, or 0.
func groupSepAt(s string, i int) (byte, int) {
	if i >= len(s) {
		return 0, 0
	}
	switch c := s[i]; c {
	case '.', '/', '-':
		return c, 1
	case 0xe2:
		if i+2 < len(s) && (s[i+1] == 0x80 && (s[i+2] == 0x90 || s[i+2] == 0x91) || s[i+1] == 0x88 && s[i+2] == 0x92) {
			return '-', 3
		}
	}
	return 0, 0
}

func isApos(r rune) bool {
	switch r {
	case '\'', '\u2019', '\u02bc', '`', '\u00b4':
		return true
	}
	return false
}

// lexDate splits s into toks, writing folded words to fb. It returns the number of tokens
// and, on failure, a reason.
//
// A clock time takes the numeric zone offset that follows it (see zoneOffsetLen); named
// zones ("UTC", "CET") are noise words of the tables.
func lexDate(s string, t *dateTables, toks *[maxDateToks]dtok, fb *[1024]byte) (int, string) {
	n := 0
	buf := fb[:0]
	sp := true
	push := func(tk dtok) bool {
		if n == maxDateToks {
			return false
		}
		tk.sp = sp
		toks[n] = tk
		n++
		sp = false
		return true
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c >= '0' && c <= '9' {
			j := i
			for j < len(s) && s[j] >= '0' && s[j] <= '9' {
				j++
			}
			if j-i > 8 {
				return n, "number too long for a date"
			}
			v := atoiDigits(s[i:j])
			apos := i > 0 && (s[i-1] == '\'' || s[i-1] == '`') ||
				i >= 3 && (s[i-3:i] == "\u2019" || s[i-3:i] == "\u2018")
			// A clock time: 14:30, 14:30:00, 9:05.
			if j+2 < len(s) && s[j] == ':' && isDigitByte(s[j+1]) && isDigitByte(s[j+2]) && j-i <= 2 {
				k := j + 3
				if k+2 < len(s) && s[k] == ':' && isDigitByte(s[k+1]) && isDigitByte(s[k+2]) {
					k += 3
				}
				if k < len(s) && isDigitByte(s[k]) {
					return n, "malformed time"
				}
				k += zoneOffsetLen(s[k:]) // "23:30:00 +0000", "23:30+02:00": part of the time
				if !push(dtok{kind: tkTime}) {
					return n, "too many tokens"
				}
				i = k
				continue
			}
			// A French clock time: 23h30, 4h05.
			if j-i <= 2 && j+2 < len(s) && s[j] == 'h' && isDigitByte(s[j+1]) && isDigitByte(s[j+2]) &&
				(j+3 == len(s) || !isDigitByte(s[j+3]) && !isLetterAt(s, j+3)) {
				if !push(dtok{kind: tkTime}) {
					return n, "too many tokens"
				}
				i = j + 3
				continue
			}
			// A numeric group: digits joined by '.', '/' or '-' (or the Unicode hyphens and
			// minus that word processors put in "2022‐02‐24").
			if sep, w := groupSepAt(s, j); sep != 0 && j+w < len(s) && isDigitByte(s[j+w]) {
				g := dtok{kind: tkGroup, sep: sep, np: 1}
				g.parts[0], g.pnd[0] = v, uint8(j-i)
				k := j
				for {
					sep, w := groupSepAt(s, k)
					if sep != g.sep || k+w >= len(s) || !isDigitByte(s[k+w]) {
						break
					}
					if g.np == 3 {
						return n, "too many numeric parts"
					}
					a := k + w
					b := a
					for b < len(s) && isDigitByte(s[b]) {
						b++
					}
					if b-a > 4 {
						return n, "number too long for a date"
					}
					g.parts[g.np], g.pnd[g.np] = atoiDigits(s[a:b]), uint8(b-a)
					g.np++
					k = b
				}
				// A dash joins only year-first groups (2024-05, 2024-05-09) and three-part
				// dates (09-05-2024); "14-15" and "2022-2024" are ranges.
				if g.sep == '-' && g.np == 2 && (g.pnd[0] != 4 || g.pnd[1] > 2) {
					tk := dtok{kind: tkNum, val: v, nd: uint8(j - i), apos: apos}
					if !push(tk) {
						return n, "too many tokens"
					}
					i = j
					continue
				}
				if k < len(s) && s[k] == '.' {
					g.dot = true
					k++
				}
				if !push(g) {
					return n, "too many tokens"
				}
				i = k
				continue
			}
			tk := dtok{kind: tkNum, val: v, nd: uint8(j - i), apos: apos}
			if j < len(s) && s[j] == '.' {
				tk.dot = true
				j++
			} else if j+2 <= len(s) && (s[j] == '\'' || s[j] == '`') && j+1 < len(s) &&
				(s[j+1] == 's' && (j+2 == len(s) || !isLetterAt(s, j+2)) || danishDecade(s[j+1:])) {
				// "1990's", "1990'erne": the apostrophe of a decade; the suffix follows as an
				// attached word.
				if !push(tk) {
					return n, "too many tokens"
				}
				i = j + 1
				continue
			} else if j+1 < len(s) && (s[j] == '\'' || s[j] == '`') && isLetterAt(s, j+1) {
				// A case suffix after an apostrophe: Turkish "2022'den", "2024'te".
				j++
				for j < len(s) && isLetterAt(s, j) {
					_, sz := utf8.DecodeRuneInString(s[j:])
					j += sz
				}
			}
			if !push(tk) {
				return n, "too many tokens"
			}
			i = j
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case dashRune(r):
			if !push(dtok{kind: tkSep, sep: '-'}) {
				return n, "too many tokens"
			}
			i += size
			continue
		case r == '/' || r == '\u2044' || r == '\uff0f':
			if !push(dtok{kind: tkSep, sep: '/'}) {
				return n, "too many tokens"
			}
			i += size
			continue
		case r == '~' || r == '≈' || r == '∼':
			if !push(dtok{kind: tkSep, sep: '~'}) {
				return n, "too many tokens"
			}
			i += size
			continue
		case r == '?' || r == '¿':
			if !push(dtok{kind: tkSep, sep: '?'}) {
				return n, "too many tokens"
			}
			i += size
			continue
		case r == '\u00ad' || r == '\u200b' || r == '\u200c' || r == '\u200d' || r == '\u2060' || r == '\ufeff':
			i += size // invisible
			continue
		case isWordRune(t, r, false):
			j := i + size
			for j < len(s) {
				c2 := s[j]
				if c2 < utf8.RuneSelf {
					if 'a' <= c2 && c2 <= 'z' || 'A' <= c2 && c2 <= 'Z' {
						j++
						continue
					}
				}
				r2, sz := utf8.DecodeRuneInString(s[j:])
				if isWordRune(t, r2, true) {
					j += sz
					continue
				}
				if isApos(r2) && j+sz < len(s) {
					r3, _ := utf8.DecodeRuneInString(s[j+sz:])
					if unicode.IsLetter(r3) {
						j += sz
						continue
					}
				}
				break
			}
			ws := len(buf)
			buf = foldWord(buf, s[i:j], t)
			if cap(buf) != len(fb) {
				return n, "too long"
			}
			we := len(buf)
			w := buf[ws:we]
			// An apostrophe inside a word: drop an elided article or preposition before it
			// ("l'été", "d'avril", "jusqu'au"), split two known words ("quest'anno"), or
			// drop a suffix after it ("Mart'ta", "2024'te").
			for k := 0; k < len(w); k++ {
				if w[k] != '\'' {
					continue
				}
				switch {
				case t.lookup(w) != nil:
					// A word with an apostrophe of its own: Ukrainian "п'ять".
				case isElision(w[:k]):
					ws += k + 1
				case t.lookup(w[:k]) != nil && t.lookup(w[k+1:]) != nil:
					first := dtok{kind: tkWord, ws: uint16(ws), we: uint16(ws + k), m: t.lookup(w[:k])}
					if !push(first) {
						return n, "too many tokens"
					}
					ws += k + 1
				default:
					we = ws + k
				}
				break
			}
			if ws >= we {
				return n, "empty word"
			}
			tk := dtok{kind: tkWord, ws: uint16(ws), we: uint16(we)}
			tk.m = t.lookup(buf[ws:we])
			if !push(tk) {
				return n, "too many tokens"
			}
			i = j
			continue
		case isDateSpace(r) || isApos(r) || unicode.IsMark(r) || unicode.Is(unicode.Cf, r):
			sp = true
			i += size
			continue
		}
		return n, "unexpected character " + string(r)
	}
	return n, ""
}

// isWordRune reports whether r is a letter (or, inside a word, a combining mark), using the
// table for the common scripts.
func isWordRune(t *dateTables, r rune, inside bool) bool {
	if r < runeFoldMax {
		if r < utf8.RuneSelf {
			return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z'
		}
		k := t.runeKind[r]
		return k == runeLetter || inside && k == runeMark
	}
	return unicode.IsLetter(r) || inside && unicode.IsMark(r)
}

// foldWord appends the folded form of the word w (letters, marks and inner apostrophes) to
// dst, as appendFold would. A word in one script is folded rune by rune from a table; a word
// that mixes ASCII letters with Greek or Cyrillic ones (where fold maps look-alikes), or that
// holds other scripts, goes through appendFold.
func foldWord(dst []byte, w string, t *dateTables) []byte {
	start := len(dst)
	latin, foreign := false, false
	for i := 0; i < len(w); {
		c := w[i]
		if c < utf8.RuneSelf {
			switch {
			case 'A' <= c && c <= 'Z':
				dst = append(dst, c+'a'-'A')
				latin = true
			case 'a' <= c && c <= 'z':
				dst = append(dst, c)
				latin = true
			case c == '\'' || c == '`':
				dst = append(dst, '\'')
			default:
				return appendFold(dst[:start], w)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(w[i:])
		i += size
		if isApos(r) {
			dst = append(dst, '\'')
			continue
		}
		if r >= runeFoldMax {
			return appendFold(dst[:start], w)
		}
		f := t.runeFold[r]
		for k := 0; k < len(f); k++ {
			if f[k] >= utf8.RuneSelf {
				foreign = true
			} else {
				latin = true
			}
		}
		dst = append(dst, f...)
	}
	if latin && foreign {
		return appendFold(dst[:start], w)
	}
	return dst
}

// isElision reports whether w (folded, before an apostrophe) is an elided word of French or
// Italian that the parser drops: l', d', j', qu', dall', nell', jusqu' ...
func isElision(w []byte) bool {
	switch string(w) {
	case "l", "d", "j", "qu", "s", "n", "m", "t", "c", "dall", "dell", "nell", "all", "sull", "un",
		"lorsqu", "puisqu":
		return true
	}
	return false
}

// isLetterAt reports whether a letter starts at s[i].
func isLetterAt(s string, i int) bool {
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

func atoiDigits(s string) int32 {
	var v int32
	for i := 0; i < len(s); i++ {
		v = v*10 + int32(s[i]-'0')
	}
	return v
}

// zoneOffsetLen returns the length of the numeric time-zone offset at the start of s, after
// at most one space: "+0000", "-05:00", "+02"; 0 if there is none. The date parser uses only
// the calendar date as written, so the offset is read only to be skipped.
func zoneOffsetLen(s string) int {
	i := 0
	if i < len(s) && s[i] == ' ' {
		i++
	}
	if i+3 > len(s) || s[i] != '+' && s[i] != '-' || !isDigitByte(s[i+1]) || !isDigitByte(s[i+2]) {
		return 0
	}
	if atoiDigits(s[i+1:i+3]) > 14 {
		return 0
	}
	j := i + 3
	switch {
	case j+3 <= len(s) && s[j] == ':' && isDigitByte(s[j+1]) && isDigitByte(s[j+2]):
		j += 3
	case j+2 <= len(s) && isDigitByte(s[j]) && isDigitByte(s[j+1]):
		j += 2
	}
	if j < len(s) && isDigitByte(s[j]) {
		return 0
	}
	return j
}
