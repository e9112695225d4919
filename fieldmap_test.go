package incident

import (
	"errors"
	"testing"
	"testing/fstest"
)

// fieldRoleTests is the table of field keys and the role each should get, sorted by key.
var fieldRoleTests = []struct {
	key  string
	want FieldRole
}{
	{"", FieldNone},
	{"Actor country", FieldNone},
	{"actor1", FieldActor},
	{"APT", FieldActor},
	{"Attributed by", FieldClaimant},
	{"Attributed to", FieldActor},
	{"attributing_actor", FieldClaimant},
	{"Attribution confidence", FieldConfidence},
	{"Attribution date", FieldNone},
	{"attribution.actor", FieldActor},
	{"attribution.by", FieldClaimant},
	{"Category", FieldCategory},
	{"Certainty", FieldConfidence},
	{"City", FieldCity},
	{"Confidence", FieldConfidence},
	{"Country (target)", FieldTargetCountry},
	{"Country", FieldCountry},
	{"Data publikacji", FieldPublished},
	{"Data", FieldDate},
	{"Date of incident", FieldDate},
	{"Date", FieldDate},
	{"date.end", FieldDateEnd},
	{"date.start", FieldDateStart},
	{"Datum der Veröffentlichung", FieldPublished},
	{"Datum", FieldDate},
	{"Description", FieldSummary},
	{"End date", FieldDateEnd},
	{"event_date", FieldDate},
	{"EVENT_DATE", FieldDate},
	{"Fecha", FieldDate},
	{"Headline", FieldTitle},
	{"ID", FieldID},
	{"Incident summary", FieldSummary},
	{"Incident type", FieldCategory},
	{"Incident", FieldTitle},
	{"initiator_country", FieldNone},
	{"initiator_name", FieldActor},
	{"Kraj", FieldCountry},
	{"Land", FieldCountry},
	{"Language", FieldLanguage},
	{"Link", FieldURL},
	{"Location", FieldCountry},
	{"location.city", FieldCity},
	{"location.country", FieldCountry},
	{"No.", FieldID},
	{"Number of victims", FieldNone},
	{"occurred_at", FieldDate},
	{"Perpetrator", FieldActor},
	{"Publication date", FieldPublished},
	{"Published", FieldPublished},
	{"published_at", FieldPublished},
	{"receiver_category", FieldNone},
	{"receiver_country", FieldTargetCountry},
	{"receiver_name", FieldTarget},
	{"Record ID", FieldID},
	{"Source of attribution", FieldClaimant},
	{"Source URL", FieldURL},
	{"Source", FieldURL},
	{"source.url", FieldURL},
	{"source_incident_detection_disclosure_type", FieldNone},
	{"source_scale", FieldNone},
	{"sources.published", FieldPublished},
	{"Sources_1", FieldURL},
	{"sources_attribution", FieldURL},
	{"Sponsor", FieldActor},
	{"Sprawca", FieldActor},
	{"Start date", FieldDateStart},
	{"start_date", FieldDateStart},
	{"State actor", FieldActor},
	{"sub_event_type", FieldCategory},
	{"Summary", FieldSummary},
	{"Suspected perpetrator", FieldActor},
	{"Tags", FieldCategory},
	{"Target country", FieldTargetCountry},
	{"Target group", FieldTarget},
	{"Target", FieldTarget},
	{"target.country", FieldTargetCountry},
	{"Threat actor", FieldActor},
	{"time_precision", FieldNone},
	{"Title", FieldTitle},
	{"Type", FieldCategory},
	{"Täter", FieldActor},
	{"URL", FieldURL},
	{"Victims", FieldTarget},
	{"When", FieldDate},
	{"Šalis", FieldCountry},
	{"Дата", FieldDate},
	{"Исполнитель", FieldActor},
	{"Країна", FieldCountry},
}

func TestGuessFieldRole(t *testing.T) {
	for _, tt := range fieldRoleTests {
		if got := GuessFieldRole(tt.key); got != tt.want {
			t.Errorf("GuessFieldRole(%q) = %v, want %v", tt.key, got, tt.want)
		}
	}
}

func TestFieldMappingRole(t *testing.T) {
	m, err := ParseFieldMapping("date=Occurred, actor = Wer war es,country=location.country")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		key  string
		want FieldRole
	}{
		{"Occurred", FieldDate},
		{"occurred", FieldDate},    // folded match
		{"Date", FieldNone},        // the guess is overridden: date is Occurred
		{"Wer war es", FieldActor}, // a header no guess knows
		{"Perpetrator", FieldNone}, // actor is taken
		{"location.country", FieldCountry},
		{"Country", FieldNone}, // country is taken
		{"Target country", FieldTargetCountry},
		{"Summary", FieldSummary},
	}
	for _, tt := range tests {
		if got := m.Role(tt.key); got != tt.want {
			t.Errorf("Role(%q) = %v, want %v", tt.key, got, tt.want)
		}
	}
	if got, want := m.String(), "date=Occurred,country=location.country,actor=Wer war es"; got != want {
		t.Errorf("String() = %q, want %q", got, want)
	}
	if got := m.Missing([]string{"OCCURRED", "Wer war es"}); len(got) != 1 || got[0] != "location.country" {
		t.Errorf("Missing = %q, want [location.country]", got)
	}
}

func TestParseFieldMappingErrors(t *testing.T) {
	tests := []struct {
		in   string
		want error
	}{
		{"date", ErrInvalid},
		{"date=", ErrInvalid},
		{"when=Datum", ErrUnknown},
		{"date=A,date=B", ErrInvalid},
	}
	for _, tt := range tests {
		_, err := ParseFieldMapping(tt.in)
		if !errors.Is(err, tt.want) {
			t.Errorf("ParseFieldMapping(%q) error = %v, want %v", tt.in, err, tt.want)
		}
	}
	if m, err := ParseFieldMapping(""); err != nil || len(m) != 0 {
		t.Errorf("ParseFieldMapping(\"\") = %v, %v, want empty", m, err)
	}
}

func TestParseFieldRole(t *testing.T) {
	for _, r := range FieldRoles() {
		got, err := ParseFieldRole(r.String())
		if err != nil || got != r {
			t.Errorf("ParseFieldRole(%q) = %v, %v, want %v", r.String(), got, err, r)
		}
	}
	for in, want := range map[string]FieldRole{"date_start": FieldDateStart, "Target-Country": FieldTargetCountry, " URL ": FieldURL} {
		if got, err := ParseFieldRole(in); err != nil || got != want {
			t.Errorf("ParseFieldRole(%q) = %v, %v, want %v", in, got, err, want)
		}
	}
	if _, err := ParseFieldRole("none"); !errors.Is(err, ErrUnknown) {
		t.Errorf("ParseFieldRole(\"none\") error = %v, want ErrUnknown", err)
	}
}

func TestFieldDataErrors(t *testing.T) {
	tests := map[string]string{
		"bad role":  "when\tdate\tx\n",
		"no source": "date\tdate\n",
		"conflict":  "date\tdatum\tx\nactor\tDatum\ty\n",
		"empty":     "date\t--\tx\n",
	}
	for name, data := range tests {
		fsys := fstest.MapFS{"data/fields/x.tsv": {Data: []byte(data)}}
		if _, err := compileFieldTables(fsys); err == nil {
			t.Errorf("%s: compileFieldTables(%q) succeeded, want an error", name, data)
		}
	}
	if _, err := compileFieldTables(fieldFiles); err != nil {
		t.Errorf("embedded data: %v", err)
	}
}

func TestGuessFieldRoleNoAllocs(t *testing.T) {
	keys := []string{"Suspected perpetrator", "location.country", "Date", "Unrelated column"}
	GuessFieldRole("warm up")
	for _, k := range keys {
		if n := testing.AllocsPerRun(100, func() { GuessFieldRole(k) }); n != 0 {
			t.Errorf("GuessFieldRole(%q) allocates %v times, want 0", k, n)
		}
	}
}

func BenchmarkGuessFieldRole(b *testing.B) {
	keys := []string{"Suspected perpetrator", "location.country", "Date", "Unrelated column"}
	b.ReportAllocs()
	for b.Loop() {
		for _, k := range keys {
			GuessFieldRole(k)
		}
	}
}
