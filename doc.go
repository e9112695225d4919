// Package incident turns messy records of hybrid-threat incidents (the arson, sabotage, cable
// damage, GNSS jamming, cyberattacks, espionage and expulsions of Russia's "shadow war") into
// one canonical form that can be compared, merged and counted.
//
// Trackers kept by think tanks, newsrooms, OSINT researchers and CTI teams each write the same
// facts their own way: "Lithuania's", "LT" and "Литва"; "9. Mai 2024", "05/09/2024" and "late
// May 2024"; "APT28", "Fancy Bear" and "GRU Unit 26165"; "likely", "70%" and "moderate
// confidence". The package reads such values, says exactly what they mean or why they cannot
// be read, and never guesses silently.
//
// # Canonical forms
//
// Each normalized value is a small comparable type whose String method gives its canonical
// form; Parse(x.String()) == x always holds, and two inputs mean the same thing exactly when
// their canonical strings are equal. The zero value of each type means "none".
//
//   - [Country]: ISO 3166-1 alpha-2, with Kosovo as XK ("LT", "GB", "XK"). [ParseCountry]
//     reads codes (alpha-2, alpha-3, numeric), names and former names in many languages and
//     scripts, demonyms and common typos; [ParseCountries] reads a cell naming several.
//   - [Date]: EDTF (ISO 8601-2, Library of Congress Extended Date/Time Format) levels 0 and 1:
//     "2024-05-09", "2024-05", "2024-22" (summer), "2022-03-21/2022-03-31", "2019~"
//     (approximate), "2023-03?" (uncertain), "2022-03/.." (open end). A partial date stays
//     partial: "May 2024" is never read as 1 May. [ParseDate] reads absolute dates; a
//     [DateParser] carries what one value cannot tell, the reference (publication) date for
//     "last week" and the numeric order (day or month first) for "05/09/2024".
//   - [Actor]: a canonical ID in a registry of states, services, units and personas,
//     lower-case and hyphen-separated with the country's alpha-2 code first for state bodies:
//     "ru", "ru-gru", "ru-gru-26165" (GRU Unit 26165, APT28); non-state personas are
//     "hacktivist-<name>". The hierarchy (unit, service, state) comes from the registry's
//     data, never from the ID. [LookupActor] resolves names, aliases and intrusion sets
//     ("Fancy Bear", "Forest Blizzard", "ГРУ") in the embedded registry.
//   - [Confidence]: two independent axes, as ICD 203 keeps them apart: analytic confidence, a
//     [Level] (none, low, moderate, high, the levels of STIX 2.1 Appendix A), and likelihood,
//     a percent band of the ICD 203 yardstick ("likely" is 55-80). [ParseConfidence] reads
//     labels, numbers (read as STIX 0-100 scores), estimative words and hedges.
//   - [Category]: a code of a two-level taxonomy ("physical.arson", "cyber.disruption",
//     "response.diplomatic-expulsion"; a parent such as "physical" alone means unspecified),
//     read by [ParseCategory] and normalized by [NormalizeCategories].
//
// # Records
//
// An [Incident] is the canonical record: ID, title and summary, categories, [Stage], date,
// places (a country with its [PlaceRole], location or target), targets, and attributions,
// each an [Attribution]: one claim with its own actor, claimant, basis, date and confidence
// (the EuRepoC model: an incident has as many attributions as there are claims, never one
// record-level flag). [PrimaryAttribution] picks the strongest: the highest confidence, then
// the most specific actor. The originals are kept verbatim as [RawRecord] values, and every
// value that could not be normalized is listed as a [Problem] with its typed error, so
// nothing is lost. [Incident.MarshalJSON] writes the output format: JSON with a fixed key
// order, every key present, null where a value is absent and "none" for a zero confidence;
// [Incident.UnmarshalJSON] reads it back.
//
// # Normalizing records
//
// A [Normalizer] does the whole job for one source: built once with [NewNormalizer] from a
// [Profile] (the numeric date order, the reference date, the default language, an explicit
// [FieldMapping], the actor [Registry]; presets by [ParseProfile]: "dayfirst", "monthfirst"),
// it turns each [RawRecord] that a [RecordReader] reads from CSV or JSON Lines into an
// [Incident]. Fields are found by the words of their headers in many languages
// ([GuessFieldRole]); a country cell may name several countries; the actor text is resolved
// with its hedges and qualifiers ("GRU (suspected)", "APT28 (GRU)", "Russia (SVR & GRU)" is
// ru, their lowest common ancestor); an explicit confidence column wins over the hedge; free
// category labels are mapped to the taxonomy; relative dates are read against the record's own
// publication date. Normalize never fails: a value it cannot normalize stays in the raw
// record and becomes a [Problem]. A Normalizer is safe for concurrent use and remembers the
// answers for recurring values, so a million-row file costs a few microseconds a row. The
// command cmd/incident ("incident normalize") runs it on files.
//
// # Errors
//
// Every parser returns an error that wraps exactly one of three sentinels, so callers can
// branch with [errors.Is]:
//
//   - [ErrInvalid]: malformed, impossible or oversized input: invalid UTF-8, control
//     characters, more than [MaxInputLen] bytes (rejected before any other work), 31 February.
//   - [ErrUnknown]: well-formed, but naming nothing known. Two refinements wrap it:
//     [ErrUnspecified] for explicit placeholders ("n/a", "unknown", "TBD", "-") and
//     [ErrNotApplicable] for real names outside the field's domain ("NATO" as a country,
//     "Microsoft" as an actor).
//   - [ErrAmbiguous]: more than one reading ("Congo", "05/09/2024"). The error is an
//     [*AmbiguousError] listing the candidates; a caller that knows more can choose.
//
// The errors quote the input and name the function, and [errors.As] gives the details:
//
//	incident.ParseCountry("Congo"): ambiguous: CG (Congo), CD (Congo, The Democratic Republic of the)
//
// Where a match can be exact, via an alias or translation, derived by a rule, or fuzzy, the
// richer Match functions report it as a [MatchQuality] next to the value.
//
// # Quick start
//
//	c, err := incident.ParseCountry("Congo")
//	var amb *incident.AmbiguousError
//	if errors.As(err, &amb) {
//		fmt.Println(amb.Candidates) // [CG (Congo) CD (Congo, The Democratic Republic of the)]
//	}
//	c, _ = incident.ParseCountry("Lithuania's")     // LT
//	d, _ := incident.ParseDate("late May 2024")     // 2024-05-21/2024-05-31
//	a, _ := incident.LookupActor("Fancy Bear")      // ru-gru-26165
//	k, _ := incident.ParseCategory("physical.arson") // physical.arson
//
// For whole records, let a [Normalizer] build the [Incident]:
//
//	n, _ := incident.NewNormalizer(incident.Profile{Order: incident.OrderDayFirst})
//	rr := incident.NewRecordReader(file, "export.csv", incident.ReaderOptions{})
//	for rec, err := rr.Next(); err != io.EOF; rec, err = rr.Next() {
//		if err != nil { ... } // a *RecordError is a reject; go on with the next record
//		inc := n.Normalize(rec)
//		out = inc.AppendJSON(out[:0]) // one line of the output format
//	}
//
// # Performance and safety
//
// Every Parse and Lookup function is pure, deterministic and safe for concurrent use. Lookup
// tables are built from embedded data files on first use, not at init. On the common path a
// lookup is one folding pass and one map access, and it does not allocate for ASCII input that
// matches.
package incident
