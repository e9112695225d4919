package incident

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

// A small JSON Schema checker (draft 2020-12, the keywords the OASIS STIX 2.1 schemas use),
// written for the tests so that the exported bundles are validated against the schemas
// vendored in testdata/stix/schemas (oasis-open/cti-stix2-json-schemas, BSD-3-Clause, see
// its LICENSE) without a new module dependency. Supported: $ref (to a file, a file and a
// JSON pointer into "definitions", or a pointer alone), type, enum, const, pattern,
// minLength, maxLength, minimum, maximum, required, properties, patternProperties,
// additionalProperties, propertyNames, minProperties, items, contains, minItems, allOf,
// anyOf, oneOf, not, if/then/else. Annotations (title, description, $id, $schema,
// definitions, format, $comment) are ignored. Any other keyword fails the check, so that a
// schema it does not understand cannot pass silently.

// schemaSet loads schema files from a directory on demand.
type schemaSet struct {
	dir  string
	mu   sync.Mutex
	docs map[string]any
	res  map[string]*regexp.Regexp
}

func newSchemaSet(dir string) *schemaSet {
	return &schemaSet{dir: dir, docs: map[string]any{}, res: map[string]*regexp.Regexp{}}
}

// doc returns the decoded schema file at p (slash-separated, relative to the set's dir).
func (s *schemaSet) doc(p string) (any, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if d, ok := s.docs[p]; ok {
		return d, nil
	}
	data, err := os.ReadFile(path.Join(s.dir, p))
	if err != nil {
		return nil, err
	}
	var d any
	if err := json.Unmarshal(data, &d); err != nil {
		return nil, fmt.Errorf("%s: %v", p, err)
	}
	s.docs[p] = d
	return d, nil
}

func (s *schemaSet) re(pat string) (*regexp.Regexp, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if r, ok := s.res[pat]; ok {
		return r, nil
	}
	r, err := regexp.Compile(pat)
	if err != nil {
		return nil, err
	}
	s.res[pat] = r
	return r, nil
}

// validate checks the JSON value v (as encoding/json decodes into any) against the schema
// file p and returns the violations, each with the JSON path where it occurred.
func (s *schemaSet) validate(v any, p string) []string {
	d, err := s.doc(p)
	if err != nil {
		return []string{err.Error()}
	}
	var errs []string
	s.check(v, d, p, "$", &errs)
	return errs
}

var schemaAnnotations = map[string]bool{
	"title": true, "description": true, "$id": true, "$schema": true, "definitions": true,
	"format": true, "$comment": true, "examples": true, "default": true, "then": true, "else": true,
}

// check validates v against the schema sch found in file file, at JSON path at.
func (s *schemaSet) check(v, sch any, file, at string, errs *[]string) {
	fail := func(format string, args ...any) {
		*errs = append(*errs, at+": "+fmt.Sprintf(format, args...))
	}
	switch sch := sch.(type) {
	case bool:
		if !sch {
			fail("no value is allowed")
		}
		return
	case map[string]any:
		keys := make([]string, 0, len(sch))
		for k := range sch {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			kw := sch[k]
			switch k {
			case "$ref":
				target, tfile, err := s.resolve(kw.(string), file)
				if err != nil {
					fail("%v", err)
					continue
				}
				s.check(v, target, tfile, at, errs)
			case "type":
				var types []string
				switch t := kw.(type) {
				case string:
					types = []string{t}
				case []any:
					for _, x := range t {
						types = append(types, x.(string))
					}
				}
				ok := false
				for _, t := range types {
					ok = ok || jsonType(v, t)
				}
				if !ok {
					fail("type %T, want %v", v, types)
				}
			case "enum":
				ok := false
				for _, e := range kw.([]any) {
					ok = ok || reflect.DeepEqual(v, e)
				}
				if !ok {
					fail("%v is not one of %v", v, kw)
				}
			case "const":
				if !reflect.DeepEqual(v, kw) {
					fail("%v, want %v", v, kw)
				}
			case "pattern":
				if str, ok := v.(string); ok {
					r, err := s.re(kw.(string))
					if err != nil {
						fail("pattern %q: %v", kw, err)
					} else if !r.MatchString(str) {
						fail("%q does not match %q", str, kw)
					}
				}
			case "minLength", "maxLength":
				if str, ok := v.(string); ok {
					n, lim := utf8.RuneCountInString(str), int(kw.(float64))
					if (k == "minLength" && n < lim) || (k == "maxLength" && n > lim) {
						fail("length %d breaks %s %d", n, k, lim)
					}
				}
			case "minimum", "maximum":
				if x, ok := v.(float64); ok {
					lim := kw.(float64)
					if (k == "minimum" && x < lim) || (k == "maximum" && x > lim) {
						fail("%v breaks %s %v", x, k, lim)
					}
				}
			case "required":
				if obj, ok := v.(map[string]any); ok {
					for _, r := range kw.([]any) {
						if _, ok := obj[r.(string)]; !ok {
							fail("required property %q is missing", r)
						}
					}
				}
			case "properties", "patternProperties", "additionalProperties":
				if k != "properties" && sch["properties"] != nil {
					continue // checked together with properties
				}
				if k == "additionalProperties" && sch["patternProperties"] != nil {
					continue
				}
				if obj, ok := v.(map[string]any); ok {
					s.checkProperties(obj, sch, file, at, errs)
				}
			case "propertyNames":
				if obj, ok := v.(map[string]any); ok {
					for name := range obj {
						s.check(name, kw, file, at+"."+name+"(name)", errs)
					}
				}
			case "minProperties":
				if obj, ok := v.(map[string]any); ok && len(obj) < int(kw.(float64)) {
					fail("%d properties, want at least %v", len(obj), kw)
				}
			case "items":
				if arr, ok := v.([]any); ok {
					for i, x := range arr {
						s.check(x, kw, file, fmt.Sprintf("%s[%d]", at, i), errs)
					}
				}
			case "contains":
				if arr, ok := v.([]any); ok {
					found := false
					for _, x := range arr {
						found = found || s.valid(x, kw, file)
					}
					if !found {
						fail("no item matches contains")
					}
				}
			case "minItems":
				if arr, ok := v.([]any); ok && len(arr) < int(kw.(float64)) {
					fail("%d items, want at least %v", len(arr), kw)
				}
			case "allOf":
				for _, sub := range kw.([]any) {
					s.check(v, sub, file, at, errs)
				}
			case "anyOf", "oneOf":
				n := 0
				for _, sub := range kw.([]any) {
					if s.valid(v, sub, file) {
						n++
					}
				}
				if n == 0 || (k == "oneOf" && n > 1) {
					fail("%d of the %s schemas match", n, k)
				}
			case "not":
				if s.valid(v, kw, file) {
					fail("matches a schema it must not match")
				}
			case "if":
				branch := "else"
				if s.valid(v, kw, file) {
					branch = "then"
				}
				if sub, ok := sch[branch]; ok {
					s.check(v, sub, file, at, errs)
				}
			default:
				if !schemaAnnotations[k] {
					fail("unsupported schema keyword %q in %s", k, file)
				}
			}
		}
	default:
		fail("schema of type %T in %s", sch, file)
	}
}

// checkProperties applies properties, patternProperties and additionalProperties of sch.
func (s *schemaSet) checkProperties(obj, sch map[string]any, file, at string, errs *[]string) {
	props, _ := sch["properties"].(map[string]any)
	pats, _ := sch["patternProperties"].(map[string]any)
	add, hasAdd := sch["additionalProperties"]
	for name, val := range obj {
		matched := false
		if sub, ok := props[name]; ok {
			matched = true
			s.check(val, sub, file, at+"."+name, errs)
		}
		for pat, sub := range pats {
			r, err := s.re(pat)
			if err != nil {
				*errs = append(*errs, fmt.Sprintf("%s: pattern %q: %v", at, pat, err))
				continue
			}
			if r.MatchString(name) {
				matched = true
				s.check(val, sub, file, at+"."+name, errs)
			}
		}
		if !matched && hasAdd {
			s.check(val, add, file, at+"."+name, errs)
		}
	}
}

// valid reports whether v satisfies sch.
func (s *schemaSet) valid(v, sch any, file string) bool {
	var errs []string
	s.check(v, sch, file, "$", &errs)
	return len(errs) == 0
}

// resolve returns the schema a $ref names, relative to file, and the file it is in.
func (s *schemaSet) resolve(ref, file string) (any, string, error) {
	target, frag, _ := strings.Cut(ref, "#")
	if target != "" {
		file = path.Clean(path.Join(path.Dir(file), target))
	}
	d, err := s.doc(file)
	if err != nil {
		return nil, "", err
	}
	for _, part := range strings.Split(strings.Trim(frag, "/"), "/") {
		if part == "" {
			continue
		}
		m, ok := d.(map[string]any)
		if !ok {
			return nil, "", fmt.Errorf("$ref %q: %q is not an object", ref, part)
		}
		if d, ok = m[part]; !ok {
			return nil, "", fmt.Errorf("$ref %q: no %q", ref, part)
		}
	}
	return d, file, nil
}

// jsonType reports whether v is of the JSON Schema type t.
func jsonType(v any, t string) bool {
	switch t {
	case "object":
		_, ok := v.(map[string]any)
		return ok
	case "array":
		_, ok := v.([]any)
		return ok
	case "string":
		_, ok := v.(string)
		return ok
	case "boolean":
		_, ok := v.(bool)
		return ok
	case "null":
		return v == nil
	case "number":
		_, ok := v.(float64)
		return ok
	case "integer":
		x, ok := v.(float64)
		return ok && x == math.Trunc(x)
	}
	return false
}

// TestSchemaChecker checks the checker itself on objects that break the STIX schemas: a
// checker that accepts everything would make the export tests worthless.
func TestSchemaChecker(t *testing.T) {
	s := newSchemaSet("testdata/stix/schemas")
	good := `{"type":"location","spec_version":"2.1","id":"location--6ba7b811-9dad-51d1-80b4-00c04fd430c8",
		"created":"2024-05-09T00:00:00.000Z","modified":"2024-05-09T00:00:00.000Z","country":"LT"}`
	tests := []struct {
		name, schema, doc string
		ok                bool
	}{
		{"valid location", "sdos/location.json", good, true},
		{"location without country or region", "sdos/location.json", strings.Replace(good, `"country":"LT"`, `"name":"x"`, 1), false},
		{"bad id", "sdos/location.json", strings.Replace(good, "location--6ba7", "location--xba7", 1), false},
		{"wrong id type", "sdos/location.json", strings.Replace(good, "location--", "identity--", 1), false},
		{"timestamp without millis", "sdos/location.json", strings.Replace(good, `"created":"2024-05-09T00:00:00.000Z"`, `"created":"2024-05-09T00:00:00Z"`, 1), false},
		{"missing spec_version", "sdos/location.json", strings.Replace(good, `"spec_version":"2.1",`, ``, 1), false},
		{"confidence out of range", "sros/relationship.json", `{"type":"relationship","spec_version":"2.1","id":"relationship--6ba7b811-9dad-51d1-80b4-00c04fd430c8",
			"created":"2024-05-09T00:00:00.000Z","modified":"2024-05-09T00:00:00.000Z","relationship_type":"attributed-to",
			"source_ref":"incident--6ba7b811-9dad-51d1-80b4-00c04fd430c8","target_ref":"threat-actor--6ba7b811-9dad-51d1-80b4-00c04fd430c8","confidence":101}`, false},
		{"relationship without target", "sros/relationship.json", `{"type":"relationship","spec_version":"2.1","id":"relationship--6ba7b811-9dad-51d1-80b4-00c04fd430c8",
			"created":"2024-05-09T00:00:00.000Z","modified":"2024-05-09T00:00:00.000Z","relationship_type":"attributed-to",
			"source_ref":"incident--6ba7b811-9dad-51d1-80b4-00c04fd430c8"}`, false},
	}
	for _, tt := range tests {
		var v any
		if err := json.Unmarshal([]byte(tt.doc), &v); err != nil {
			t.Fatalf("%s: %v", tt.name, err)
		}
		errs := s.validate(v, tt.schema)
		if (len(errs) == 0) != tt.ok {
			t.Errorf("%s: validate = %q, want valid: %v", tt.name, errs, tt.ok)
		}
	}
}
