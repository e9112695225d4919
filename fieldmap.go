package incident

import (
	"bufio"
	"embed"
	"io/fs"
	"strconv"
	"strings"
	"sync"
)

// This file finds the fields of a raw record by the words of their keys: a column called
// "Datum", "Date of incident", "occurred_at" or a JSON key "when" holds the date; "Täter",
// "Suspected perpetrator" or "attribution.actor" the actor. The header words of each role, in
// many languages, live in data/fields/*.tsv.

// FieldRole is the meaning of a field of a raw record for the normalizer. The zero value,
// FieldNone, means the field has no role: it is kept raw in the incident.
type FieldRole uint8

// The field roles. The String form of each is the name used in an explicit mapping
// ("date=Datum").
const (
	FieldNone          FieldRole = iota // no role; kept raw
	FieldID                             // "id": the record's own ID
	FieldTitle                          // "title": a title or headline
	FieldSummary                        // "summary": a summary, description or notes
	FieldDate                           // "date": when the incident happened (a point or a range)
	FieldDateStart                      // "date.start": the start of the incident
	FieldDateEnd                        // "date.end": the end of the incident
	FieldPublished                      // "published": the publication date of the source
	FieldCountry                        // "country": where it happened (country or location)
	FieldTargetCountry                  // "target.country": the country targeted
	FieldCity                           // "city": a city, town or place name
	FieldTarget                         // "target": the target or victim (organisation, site, sector)
	FieldActor                          // "actor": the perpetrator, actor or suspected actor
	FieldConfidence                     // "confidence": the confidence or certainty of the attribution
	FieldClaimant                       // "claimant": who attributed it (attributed by, source of attribution)
	FieldCategory                       // "category": the type, category or tags
	FieldURL                            // "url": a source URL or link
	FieldLanguage                       // "language": the language of the source
	numFieldRoles
)

var fieldRoleNames = [numFieldRoles]string{
	"none", "id", "title", "summary", "date", "date.start", "date.end", "published",
	"country", "target.country", "city", "target", "actor", "confidence", "claimant",
	"category", "url", "language",
}

// String returns the name of the role: "none", "id", "title", "summary", "date",
// "date.start", "date.end", "published", "country", "target.country", "city", "target",
// "actor", "confidence", "claimant", "category", "url" or "language".
func (r FieldRole) String() string {
	if r < numFieldRoles {
		return fieldRoleNames[r]
	}
	return "FieldRole(" + strconv.Itoa(int(r)) + ")"
}

// MarshalText implements encoding.TextMarshaler with the String form.
func (r FieldRole) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// FieldRoles returns every role but FieldNone, in order.
func FieldRoles() []FieldRole {
	roles := make([]FieldRole, 0, numFieldRoles-1)
	for r := FieldNone + 1; r < numFieldRoles; r++ {
		roles = append(roles, r)
	}
	return roles
}

// ParseFieldRole returns the role named s: one of the String forms, in any case, with "_",
// "-" or " " accepted for "." ("date_start", "target-country"). Other names fail with a
// *ParseError wrapping ErrUnknown.
func ParseFieldRole(s string) (FieldRole, error) {
	if err := checkInput("ParseFieldRole", s); err != nil {
		return FieldNone, err
	}
	key := strings.NewReplacer("_", ".", "-", ".", " ", ".").Replace(strings.ToLower(strings.TrimSpace(s)))
	for r := FieldNone + 1; r < numFieldRoles; r++ {
		if fieldRoleNames[r] == key {
			return r, nil
		}
	}
	return FieldNone, newParseError("ParseFieldRole", s, ErrUnknown, "want one of "+strings.Join(fieldRoleNames[1:], ", "))
}

// GuessFieldRole returns the role of a field from the words of its key, or FieldNone. The key
// is folded (see fold) after splitting JSON paths at their dots ("location.country" reads as
// "location country"); the longest phrase of the header-word tables found in it as whole
// words decides, so "Target country" is FieldTargetCountry although "country" alone is
// FieldCountry, and "Publication date" is FieldPublished although "date" alone is FieldDate.
// Between phrases of the same length the more specific role wins (published before claimant,
// target country, date start and end, confidence, ..., and date before actor). Some phrases
// block a role: "Actor country" and "Date of attribution" are FieldNone. Short keys such as
// "No" or "Ref" count only as the whole key. It does not allocate for ASCII keys of up to
// 128 bytes.
func GuessFieldRole(key string) FieldRole {
	t := fieldTable()
	var buf [128]byte
	b := appendFoldKey(buf[:0], key)
	if r, ok := t.whole[string(b)]; ok {
		return r
	}
	// Token offsets of the folded key.
	var starts, ends [32]int
	n := 0
	for i := 0; i < len(b) && n < len(starts); {
		j := i
		for j < len(b) && b[j] != ' ' {
			j++
		}
		starts[n], ends[n] = i, j
		n++
		i = j + 1
	}
	best, bestLen := FieldNone, 0
	bestPrio := len(fieldPriority)
	found := false
	for i := range n {
		for k := min(n, i+t.maxWords); k > i; k-- {
			r, ok := t.phrase[string(b[starts[i]:ends[k-1]])]
			if !ok {
				continue
			}
			words := k - i
			prio := fieldPriorityOf(r)
			if words > bestLen || (words == bestLen && prio < bestPrio) {
				best, bestLen, bestPrio, found = r, words, prio, true
			}
			break // the longest phrase starting at i
		}
	}
	if !found {
		return FieldNone
	}
	return best
}

// fieldPriority orders the roles for ties between phrases of the same length: the more
// specific first. FieldNone (a blocking phrase) comes first.
var fieldPriority = [...]FieldRole{
	FieldNone, FieldPublished, FieldClaimant, FieldTargetCountry, FieldDateStart, FieldDateEnd,
	FieldConfidence, FieldLanguage, FieldID, FieldCity, FieldCountry, FieldDate, FieldActor,
	FieldCategory, FieldURL, FieldTitle, FieldSummary, FieldTarget,
}

func fieldPriorityOf(r FieldRole) int {
	for i, p := range fieldPriority {
		if p == r {
			return i
		}
	}
	return len(fieldPriority)
}

// appendFoldKey folds a field key: JSON path dots (a dot with no space on either side, not
// between digits) separate words, and the rest is folded by appendFold.
func appendFoldKey(dst []byte, key string) []byte {
	if strings.IndexByte(key, '.') < 0 {
		return appendFold(dst, key)
	}
	for {
		i := pathDot(key)
		if i < 0 {
			break
		}
		dst = appendFold(dst, key[:i])
		if len(dst) > 0 && dst[len(dst)-1] != ' ' {
			dst = append(dst, ' ')
		}
		key = key[i+1:]
	}
	dst = appendFold(dst, key)
	if n := len(dst); n > 0 && dst[n-1] == ' ' {
		dst = dst[:n-1]
	}
	return dst
}

// pathDot returns the index of the first dot of key that separates two path segments, or -1.
func pathDot(key string) int {
	for i := 1; i+1 < len(key); i++ {
		if key[i] != '.' {
			continue
		}
		p, n := key[i-1], key[i+1]
		if p == ' ' || n == ' ' || (isDigit(p) && isDigit(n)) {
			continue
		}
		return i
	}
	return -1
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

// fieldTables is the compiled form of data/fields/*.tsv.
type fieldTables struct {
	whole    map[string]FieldRole // phrases that count only as the whole key
	phrase   map[string]FieldRole // phrases found as whole words anywhere in the key
	maxWords int
}

//go:embed data/fields/*.tsv
var fieldFiles embed.FS

// fieldTable returns the header-word tables, compiled on first use.
var fieldTable = sync.OnceValue(func() *fieldTables {
	t, err := compileFieldTables(fieldFiles)
	if err != nil {
		panic("incident: data/fields: " + err.Error()) // the embedded data is tested
	}
	return t
})

// compileFieldTables reads the lines "role<TAB>phrase<TAB>source" of every file of fsys
// under data/fields. A phrase starting with "=" counts only as the whole key. Lines starting
// with "#" and blank lines are comments. A phrase listed for two different roles is an error.
func compileFieldTables(fsys fs.FS) (*fieldTables, error) {
	t := &fieldTables{whole: map[string]FieldRole{}, phrase: map[string]FieldRole{}}
	files, err := fs.Glob(fsys, "data/fields/*.tsv")
	if err != nil {
		return nil, err
	}
	for _, name := range files {
		f, err := fsys.Open(name)
		if err != nil {
			return nil, err
		}
		sc := bufio.NewScanner(f)
		for ln := 1; sc.Scan(); ln++ {
			line := sc.Text()
			if line == "" || line[0] == '#' {
				continue
			}
			cols := strings.Split(line, "\t")
			where := name + ":" + strconv.Itoa(ln)
			if len(cols) != 3 || cols[2] == "" {
				f.Close()
				return nil, &fieldDataError{where, "want role<TAB>phrase<TAB>source"}
			}
			role, err := ParseFieldRole(cols[0])
			if err != nil && cols[0] != "none" {
				f.Close()
				return nil, &fieldDataError{where, "unknown role " + strconv.Quote(cols[0])}
			}
			m := t.phrase
			phrase := cols[1]
			if p, ok := strings.CutPrefix(phrase, "="); ok {
				m, phrase = t.whole, p
			}
			key := string(appendFoldKey(nil, phrase))
			if key == "" {
				f.Close()
				return nil, &fieldDataError{where, "empty phrase"}
			}
			if old, ok := m[key]; ok && old != role {
				f.Close()
				return nil, &fieldDataError{where, strconv.Quote(key) + " is already " + old.String()}
			}
			m[key] = role
			if w := strings.Count(key, " ") + 1; w > t.maxWords {
				t.maxWords = w
			}
		}
		f.Close()
		if err := sc.Err(); err != nil {
			return nil, err
		}
	}
	return t, nil
}

type fieldDataError struct{ where, msg string }

func (e *fieldDataError) Error() string { return e.where + ": " + e.msg }

// FieldMapping is an explicit mapping of roles to field keys, given by the user for one
// source: it overrides the guess. The zero value (nil) maps nothing, leaving every field to
// GuessFieldRole.
type FieldMapping map[FieldRole]string

// ParseFieldMapping parses a mapping written "role=Key,role=Key", such as
// "date=Datum,actor=Täter,country=location.country". Roles are those of ParseFieldRole. Keys
// are matched exactly, else folded. A malformed pair, an unknown role or a role given twice
// fails with a *ParseError wrapping ErrInvalid or ErrUnknown.
func ParseFieldMapping(s string) (FieldMapping, error) {
	m := FieldMapping{}
	if strings.TrimSpace(s) == "" {
		return m, nil
	}
	for pair := range strings.SplitSeq(s, ",") {
		name, key, ok := strings.Cut(pair, "=")
		key = strings.TrimSpace(key)
		if !ok || key == "" {
			return nil, newParseError("ParseFieldMapping", pair, ErrInvalid, "want role=Key")
		}
		r, err := ParseFieldRole(name)
		if err != nil {
			return nil, newParseError("ParseFieldMapping", pair, ErrUnknown, "unknown role "+strconv.Quote(strings.TrimSpace(name)))
		}
		if _, dup := m[r]; dup {
			return nil, newParseError("ParseFieldMapping", pair, ErrInvalid, "role "+r.String()+" given twice")
		}
		m[r] = key
	}
	return m, nil
}

// String returns the mapping in the form ParseFieldMapping reads, roles in order.
func (m FieldMapping) String() string {
	var b strings.Builder
	for r := FieldNone + 1; r < numFieldRoles; r++ {
		if k, ok := m[r]; ok {
			if b.Len() > 0 {
				b.WriteByte(',')
			}
			b.WriteString(r.String())
			b.WriteByte('=')
			b.WriteString(k)
		}
	}
	return b.String()
}

// Role returns the role of the field with key key: the role the mapping gives it (the key
// matched exactly, else folded), else the guess of GuessFieldRole, unless the mapping names
// another key for that role, in which case the field has no role and is kept raw. So with the
// mapping "date=Occurred", a column "Date" is kept raw and "Occurred" is the date.
func (m FieldMapping) Role(key string) FieldRole {
	if len(m) == 0 {
		return GuessFieldRole(key)
	}
	var folded string
	for r, k := range m {
		if k == key {
			return r
		}
	}
	folded = fold(key)
	for r, k := range m {
		if fold(k) == folded {
			return r
		}
	}
	r := GuessFieldRole(key)
	if _, taken := m[r]; taken {
		return FieldNone
	}
	return r
}

// Missing returns the keys of the mapping that none of keys matches (exactly or folded), in
// role order, so that a tool can warn about a mapping that does not fit a CSV header.
func (m FieldMapping) Missing(keys []string) []string {
	var missing []string
	for r := FieldNone + 1; r < numFieldRoles; r++ {
		k, ok := m[r]
		if !ok {
			continue
		}
		found := false
		for _, key := range keys {
			if key == k || fold(key) == fold(k) {
				found = true
				break
			}
		}
		if !found {
			missing = append(missing, k)
		}
	}
	return missing
}
