package incident

import (
	"bufio"
	"encoding/json"
	"io"
	"slices"
	"strconv"
	"strings"
	"time"
)

// STIXOptions is the policy of WriteSTIX. The zero value derives every timestamp from the
// data.
type STIXOptions struct {
	// Time is the "created" and "modified" timestamp of every object. The zero Time means the
	// last day named by the data: the latest publication date of any source, else the latest
	// end of any incident date, else 1970-01-01; so exporting the same incidents twice gives
	// the same bundle, byte for byte.
	Time time.Time
}

// STIX identifiers of the extensions this package uses.
const (
	// STIXIncidentCoreExtension is the id of the extension-definition of the Incident Core
	// Extension of the OASIS CTI TC's incident work (the "incident-core" extension of
	// oasis-open/cti-stix-common-objects), whose determination, investigation_status and
	// incident_types properties WriteSTIX sets.
	STIXIncidentCoreExtension = "extension-definition--ef765651-680c-498d-9894-99799f2fa126"
)

// stixPropertyExtension is the id of this package's own extension-definition, a
// toplevel-property-extension adding the properties edtf_date, category_codes, stage and
// source_record_ids to incident objects; stixProducer is the identity that created it. They
// are stixID("extension-definition", "incident-properties") and stixID("identity",
// "producer"), written out (TestUUIDNamespace derives them again).
const (
	stixProducer          = "identity--5a015c43-2173-565a-bd2a-3d25af7ce520"
	stixPropertyExtension = "extension-definition--11d81cfa-8517-5b8f-acfe-08c888233e73"
)

// stixID returns the identifier "typ--uuid" whose UUIDv5 is derived from typ and key in the
// package's name space.
func stixID(typ, key string) string {
	var buf [96]byte
	b := append(buf[:0], typ...)
	b = append(b, "--"...)
	b = newUUIDv5(uuidNamespace, typ+"|"+key).appendTo(b)
	return string(b)
}

// stixObject is any STIX 2.1 object WriteSTIX emits: the properties of every type, each left
// out when empty (confidence is a pointer, so that 0 is written).
type stixObject struct {
	Type             string   `json:"type"`
	SpecVersion      string   `json:"spec_version"`
	ID               string   `json:"id"`
	CreatedByRef     string   `json:"created_by_ref,omitempty"`
	Created          string   `json:"created"`
	Modified         string   `json:"modified"`
	Name             string   `json:"name,omitempty"`
	Description      string   `json:"description,omitempty"`
	IdentityClass    string   `json:"identity_class,omitempty"`
	Sectors          []string `json:"sectors,omitempty"`
	ThreatActorTypes []string `json:"threat_actor_types,omitempty"`

	Country            string `json:"country,omitempty"`
	AdministrativeArea string `json:"administrative_area,omitempty"`
	City               string `json:"city,omitempty"`

	RelationshipType string `json:"relationship_type,omitempty"`
	SourceRef        string `json:"source_ref,omitempty"`
	TargetRef        string `json:"target_ref,omitempty"`
	Confidence       *int   `json:"confidence,omitempty"`

	Schema              string   `json:"schema,omitempty"`
	Version             string   `json:"version,omitempty"`
	ExtensionTypes      []string `json:"extension_types,omitempty"`
	ExtensionProperties []string `json:"extension_properties,omitempty"`

	ExternalReferences []stixExternalReference `json:"external_references,omitempty"`
	Extensions         map[string]any          `json:"extensions,omitempty"`

	// The properties of the toplevel-property-extension stixPropertyExtension.
	EDTFDate        string   `json:"edtf_date,omitempty"`
	CategoryCodes   []string `json:"category_codes,omitempty"`
	Stage           string   `json:"stage,omitempty"`
	SourceRecordIDs []string `json:"source_record_ids,omitempty"`
}

type stixExternalReference struct {
	SourceName  string `json:"source_name"`
	Description string `json:"description,omitempty"`
	URL         string `json:"url,omitempty"`
	ExternalID  string `json:"external_id,omitempty"`
}

// incidentCoreExt is the value of the Incident Core Extension on an incident.
type incidentCoreExt struct {
	ExtensionType       string   `json:"extension_type"`
	Determination       string   `json:"determination"`
	InvestigationStatus string   `json:"investigation_status"`
	IncidentTypes       []string `json:"incident_types,omitempty"`
}

// stixDeterminations maps a Stage to the determination of the Incident Core Extension.
var stixDeterminations = [...]string{
	StageUnknown:   "suspected",
	StageCompleted: "confirmed",
	StageAttempted: "failed-attempt",
	StageFoiled:    "blocked",
}

// stixLevelScores are the values of STIX 2.1 Appendix A for the levels None, Low, Med and
// High, the STIX confidence of an attribution without a score of its own.
var stixLevelScores = [...]int{LevelNone: 0, LevelLow: 15, LevelModerate: 50, LevelHigh: 85}

// WriteSTIX writes the incidents to w as one STIX 2.1 bundle (JSON, one object per line),
// following spec/incidents.md ("Other export formats"):
//
//   - an incident object per incident: name (the title, else a name made of the categories,
//     countries and date), description (the summary), external_references (one per source:
//     the publisher, URL and the source's ID), the Incident Core Extension
//     (STIXIncidentCoreExtension) with determination from the stage (completed: confirmed,
//     attempted: failed-attempt, foiled: blocked, unknown: suspected), investigation_status
//     "closed" (the records describe reported events, not open cases) and incident_types the
//     category codes, and this package's toplevel-property-extension with edtf_date (EDTF),
//     category_codes, stage and source_record_ids;
//   - a location per place (country as ISO 3166-1 alpha-2, administrative_area, city), with a
//     located-at relationship from the incident, or targets for a place of role target;
//   - a threat-actor per canonical actor (named by the registry, typed nation-state or
//     activist by its kind when the registry says), with an attributed-to
//     relationship from the incident carrying the claim's confidence: the source's own score
//     when it gave one, else the level on the STIX scale (none 0, low 15, moderate 50, high
//     85), created_by_ref an identity for the claimant (when named) and the actor text as
//     written in its description. An attribution without canonical actor is not exported:
//     STIX has no object for "someone";
//   - an intrusion-set per Via name, attributed-to its threat-actor with the same confidence;
//   - an identity per target, with a targets relationship from the incident;
//   - the identity of this package and the extension-definition of its property extension.
//
// Identifiers are UUIDv5 (RFC 9562) derived from canonical keys (the incident ID, the
// actor ID, the country code, the folded names), so the same object is written once however
// many incidents refer to it, and exporting twice gives the same bundle. An incident without
// ID is identified by MergedID of its source IDs; incidents that share an ID are all written,
// the later ones with ids numbered by their repetition. WriteSTIX returns the first write error.
func WriteSTIX(w io.Writer, incidents []Incident, opts STIXOptions) error {
	ts := opts.Time
	if ts.IsZero() {
		ts = stixDataTime(incidents)
	}
	// The bundle's id derives from the keys of its incidents, sorted, so that it does not
	// depend on their order; it is written first, then the objects as they are made.
	keys := make([]string, len(incidents))
	for i := range incidents {
		keys[i] = stixIncidentKey(&incidents[i])
	}
	slices.Sort(keys)
	bw := bufio.NewWriter(w)
	bw.WriteString(`{"type":"bundle","id":"`)
	bw.WriteString(stixID("bundle", strings.Join(keys, "\n")))
	bw.WriteString(`","objects":[`)
	keys = nil
	e := stixExporter{w: bw, ts: ts.UTC().Format("2006-01-02T15:04:05.000Z"), seen: map[string]bool{}}
	e.add(stixObject{
		Type: "identity", ID: stixProducer, Name: "hybridwatch/incident", IdentityClass: "system",
		Description: "The Go library github.com/hybridwatch/incident, which normalized and exported these incidents.",
	})
	e.add(stixObject{
		Type: "extension-definition", ID: stixPropertyExtension, CreatedByRef: stixProducer,
		Name:                "hybridwatch incident properties",
		Description:         "Properties of hybrid-threat incidents: edtf_date, the date as EDTF (ISO 8601-2, levels 0 and 1); category_codes, the codes of the incident taxonomy; stage (completed, attempted, foiled, unknown); source_record_ids, the IDs of the records merged into the incident.",
		Schema:              "https://github.com/hybridwatch/incident/blob/main/export_stix.go",
		Version:             "1.0.0",
		ExtensionTypes:      []string{"toplevel-property-extension"},
		ExtensionProperties: []string{"edtf_date", "category_codes", "stage", "source_record_ids"},
	})
	for i := range incidents {
		if e.err != nil {
			return e.err
		}
		e.incident(&incidents[i])
	}
	if e.err != nil {
		return e.err
	}
	bw.WriteString("\n]}\n")
	return bw.Flush()
}

// stixIncidentKey returns the key an incident's STIX id derives from: its ID, else the
// MergedID of its source IDs.
func stixIncidentKey(inc *Incident) string {
	if inc.ID != "" {
		return inc.ID
	}
	return MergedID(inc.SourceIDs)
}

// stixDataTime returns the last day named by the data (see STIXOptions.Time).
func stixDataTime(incidents []Incident) time.Time {
	var pub, end time.Time
	for i := range incidents {
		for _, s := range incidents[i].Sources {
			if t, ok := s.Published.End(); ok && t.After(pub) {
				pub = t
			}
		}
		if t, ok := incidents[i].Date.End(); ok && t.After(end) {
			end = t
		}
	}
	switch {
	case !pub.IsZero():
		return pub
	case !end.IsZero():
		return end
	}
	return time.Unix(0, 0)
}

// stixExporter collects the objects of a bundle, each once.
type stixExporter struct {
	w    *bufio.Writer
	ts   string
	seen map[string]bool // the ids written
	n    int             // the number of objects written
	err  error           // the first error
}

// add writes o, one object per line, unless an object with its id was written before, and
// returns its id.
func (e *stixExporter) add(o stixObject) string {
	if e.seen[o.ID] || e.err != nil {
		return o.ID
	}
	e.seen[o.ID] = true
	o.SpecVersion, o.Created, o.Modified = "2.1", e.ts, e.ts
	b, err := json.Marshal(o)
	if err != nil {
		e.err = err
		return o.ID
	}
	if e.n > 0 {
		e.w.WriteByte(',')
	}
	e.n++
	e.w.WriteByte('\n')
	_, e.err = e.w.Write(b)
	return o.ID
}

// relate adds a relationship; its id is derived from its type, its ends and key.
func (e *stixExporter) relate(typ, src, dst, key string, conf *int, by, desc string) {
	e.add(stixObject{
		Type: "relationship", ID: stixID("relationship", typ+"|"+src+"|"+dst+"|"+key),
		RelationshipType: typ, SourceRef: src, TargetRef: dst, Confidence: conf,
		CreatedByRef: by, Description: desc,
	})
}

// incidentID returns the id of the incident with the given key: derived from the key, or,
// when an earlier incident of the export had the same key (two incidents with one ID), from
// the key and the number of its repetition, so that no incident is lost.
func (e *stixExporter) incidentID(key string) string {
	id := stixID("incident", key)
	for n := 2; e.seen[id]; n++ {
		id = stixID("incident", key+"#"+strconv.Itoa(n))
	}
	return id
}

// incident adds the objects of one incident and returns its id.
func (e *stixExporter) incident(inc *Incident) string {
	key := stixIncidentKey(inc)
	cats := NormalizeCategories(inc.Categories)
	codes := make([]string, len(cats))
	for i, c := range cats {
		codes[i] = c.String()
	}
	o := stixObject{
		Type: "incident", ID: e.incidentID(key), Name: inc.Title, Description: inc.Summary,
		Extensions: map[string]any{
			STIXIncidentCoreExtension: incidentCoreExt{
				ExtensionType:       "property-extension",
				Determination:       stixDetermination(inc.Stage),
				InvestigationStatus: "closed",
				IncidentTypes:       codes,
			},
			stixPropertyExtension: map[string]string{"extension_type": "toplevel-property-extension"},
		},
		EDTFDate: inc.Date.String(), CategoryCodes: codes, Stage: inc.Stage.String(),
		SourceRecordIDs: canonicalIDs(inc.SourceIDs),
	}
	if o.Name == "" {
		o.Name = stixIncidentName(inc, codes)
	}
	for _, s := range inc.Sources {
		if r, ok := stixExternalRef(s); ok && !slices.Contains(o.ExternalReferences, r) {
			o.ExternalReferences = append(o.ExternalReferences, r)
		}
	}
	id := e.add(o)

	for _, p := range inc.Places {
		if !p.Country.IsValid() {
			continue
		}
		loc := e.add(stixObject{
			Type: "location", ID: stixID("location", p.Country.String()+"|"+fold(p.Region)+"|"+fold(p.City)),
			Name: placeName(p), Country: p.Country.String(), AdministrativeArea: p.Region, City: p.City,
		})
		rel := "located-at"
		if p.Role == RoleTarget {
			rel = "targets"
		}
		e.relate(rel, id, loc, "", nil, "", "")
	}
	for _, a := range inc.Attributions {
		if !a.Actor.IsValid() {
			continue
		}
		actor := e.add(stixThreatActor(a.Actor))
		conf := stixLevelScores[min(int(a.Confidence), len(stixLevelScores)-1)]
		if a.HasScore {
			conf = a.Score
		}
		by := ""
		if a.Claimant != "" {
			by = e.add(stixObject{
				Type: "identity", ID: stixID("identity", "claimant|"+fold(a.Claimant)), Name: a.Claimant,
				IdentityClass: stixIdentityClass(a.ClaimantKind), Sectors: stixSectors(a.ClaimantKind),
			})
		}
		desc := ""
		if a.ActorRaw != "" {
			desc = "As written: " + a.ActorRaw
		}
		e.relate("attributed-to", id, actor, fold(a.Claimant), &conf, by, desc)
		if a.Via != "" {
			set := e.add(stixObject{Type: "intrusion-set", ID: stixID("intrusion-set", fold(a.Via)), Name: a.Via})
			e.relate("attributed-to", set, actor, fold(a.Claimant), &conf, by, "")
		}
	}
	for _, t := range inc.Targets {
		if t.Name == "" {
			continue
		}
		o := stixObject{Type: "identity", ID: stixID("identity", "target|"+fold(t.Name)), Name: t.Name}
		if s := strings.ReplaceAll(fold(t.Sector), " ", "-"); s != "" {
			o.Sectors = []string{s}
		}
		e.relate("targets", id, e.add(o), "", nil, "", "")
	}
	return id
}

// stixReservedRef reports whether s is a source name or external ID that the STIX schemas
// reserve for CVE and CAPEC references ("cve", "capec", "CVE-2024-1234", "CAPEC-66"), which
// an incident's source must not imitate.
func stixReservedRef(s string) bool {
	if s == "cve" || s == "capec" {
		return true
	}
	if rest, ok := strings.CutPrefix(s, "CAPEC-"); ok {
		return rest != "" && strings.Trim(rest, "0123456789") == ""
	}
	rest, ok := strings.CutPrefix(s, "CVE-")
	if !ok || len(rest) < 9 || rest[4] != '-' || strings.Trim(rest[:4], "0123456789") != "" {
		return false
	}
	num := rest[5:]
	// Four digits starting with 0, or four or more starting with 1-9.
	return strings.Trim(num, "0123456789") == "" && (len(num) == 4 || num[0] != '0')
}

// stixExternalRef returns the external reference of a source: source_name the publisher
// (else "source"), url, external_id the source's ID, description its publication date or,
// when it has neither URL nor ID, its publisher; false for an empty source. A publisher or ID
// that STIX reserves for CVE and CAPEC references goes into the description instead.
func stixExternalRef(s Source) (stixExternalReference, bool) {
	if s.URL == "" && s.ID == "" && s.Publisher == "" && !s.Published.IsValid() {
		return stixExternalReference{}, false
	}
	r := stixExternalReference{SourceName: s.Publisher, URL: s.URL, ExternalID: s.ID}
	var desc []string
	if stixReservedRef(r.SourceName) {
		desc = append(desc, "publisher "+r.SourceName)
		r.SourceName = ""
	}
	if stixReservedRef(r.ExternalID) {
		desc = append(desc, "ID "+r.ExternalID)
		r.ExternalID = ""
	}
	if r.SourceName == "" {
		r.SourceName = "source"
	}
	if s.Published.IsValid() {
		desc = append(desc, "published "+s.Published.String())
	}
	if len(desc) == 0 && r.URL == "" && r.ExternalID == "" {
		desc = append(desc, "reported by "+r.SourceName)
	}
	r.Description = strings.Join(desc, "; ")
	return r, true
}

// stixDetermination returns the determination of the Incident Core Extension for a stage.
func stixDetermination(s Stage) string {
	if int(s) < len(stixDeterminations) {
		return stixDeterminations[s]
	}
	return "suspected"
}

// stixThreatActor returns the threat-actor object of a canonical actor: named by the
// registry's name when the Actor type has one (else by its ID), with threat_actor_types
// "nation-state" for states, services, units and Western agencies and "activist" for
// hacktivist personas, when the registry gives the kind (see Actor.Kind). The id derives
// from the actor ID alone.
func stixThreatActor(a Actor) stixObject {
	o := stixObject{Type: "threat-actor", ID: stixID("threat-actor", a.ID()), Name: a.ID()}
	if n, ok := any(a).(interface{ Name() string }); ok && n.Name() != "" {
		o.Name = n.Name()
	}
	if k, ok := any(a).(interface{ Kind() string }); ok {
		switch k.Kind() {
		case "state", "service", "unit", "western-agency":
			o.ThreatActorTypes = []string{"nation-state"}
		case "persona":
			o.ThreatActorTypes = []string{"activist"}
		}
	}
	return o
}

// stixIncidentName names an incident without title by its categories, countries and date:
// "physical.arson in PL, LT, 2024-05-12".
func stixIncidentName(inc *Incident, codes []string) string {
	name := strings.Join(codes, ", ")
	if name == "" {
		name = "incident"
	}
	if cs := inc.Countries(); len(cs) > 0 {
		name += " in " + joinStrings(cs)
	}
	if inc.Date.IsValid() {
		name += ", " + inc.Date.String()
	}
	return name
}

// placeName names a location: "Vilnius, Vilnius County, Lithuania".
func placeName(p Place) string {
	var parts []string
	for _, s := range []string{p.City, p.Region, p.Country.Name()} {
		if s != "" {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ", ")
}

// stixIdentityClass returns the identity_class (identity-class-ov) of a claimant.
func stixIdentityClass(k ClaimantKind) string {
	switch k {
	case ClaimantUnknown:
		return "unknown"
	case ClaimantSelf:
		return "group"
	}
	return "organization"
}

// stixSectors returns the sectors (industry-sector-ov) of a claimant of kind k, if the kind
// implies one.
func stixSectors(k ClaimantKind) []string {
	switch k {
	case ClaimantGovernment, ClaimantProsecutor, ClaimantCourt, ClaimantIntelligence:
		return []string{"government"}
	case ClaimantMedia:
		return []string{"communications"}
	}
	return nil
}
