package incident

import (
	"encoding/csv"
	"io"
	"strconv"
	"strings"
)

// CSVOptions is the policy of a CSVWriter. The zero value writes the incident table alone,
// without byte order mark.
type CSVOptions struct {
	// BOM starts every table with the UTF-8 byte order mark, so that Excel reads it as
	// UTF-8 rather than in the locale's code page.
	BOM bool
	// CRLF ends lines with "\r\n", as RFC 4180 writes them, instead of "\n".
	CRLF bool
	// Attributions and Sources, if not nil, receive the companion tables: one row per
	// attribution and one per source, keyed by the incident's ID (see CSVWriter).
	Attributions io.Writer
	Sources      io.Writer
}

// The header rows of the three tables. The columns are the contract of the CSV export.
var (
	csvIncidentHeader = []string{
		"id", "title", "date", "categories", "countries", "stage",
		"actor", "confidence", "actor_raw", "via", "claimant", "claimant_kind", "basis", "score",
		"targets", "source_ids", "urls", "summary", "problems",
	}
	csvAttributionHeader = []string{
		"incident_id", "actor", "actor_raw", "via", "confidence", "confidence_raw", "score",
		"claimant", "claimant_kind", "basis", "act", "date", "source_ids",
	}
	csvSourceHeader = []string{"incident_id", "source_id", "url", "publisher", "language", "published"}
)

// CSVWriter writes incidents as CSV (RFC 4180 quoting, comma-separated, "\n" line ends
// unless CSVOptions.CRLF, as encoding/csv writes them) for spreadsheet users, following spec/incidents.md ("Other export
// formats"): one row per incident, with a header row. Values with several parts are joined
// with "; " (categories, countries, targets, record IDs, URLs); dates are EDTF strings only;
// countries ISO 3166-1 alpha-2 codes; the primary attribution is flattened into the columns
// actor, confidence, actor_raw, via, claimant, claimant_kind, basis and score (the actor and
// confidence are the incident's Actor and Confidence, the other columns those of the first
// attribution naming that actor at that confidence); problems are counted. Absent values are empty cells; confidence is never empty ("none").
//
// The companion tables of CSVOptions hold what one row cannot: every attribution (the
// columns of Attribution's JSON form) and every source, each row starting with the
// incident's ID.
//
// Values are written as they are: a cell beginning with "=", "+", "-" or "@" is not
// neutralized against spreadsheet formula injection, since changing data is not the
// exporter's business; open untrusted exports with formulas disabled.
type CSVWriter struct {
	inc, attr, src *csv.Writer
	bom            bool
	started        bool
	row            []string
}

// NewCSVWriter returns a CSVWriter that writes the incident table to w and the companion
// tables to the writers of opts. The header rows are written with the first incident, or by
// Flush when there is none.
func NewCSVWriter(w io.Writer, opts CSVOptions) *CSVWriter {
	newWriter := func(w io.Writer) *csv.Writer {
		cw := csv.NewWriter(w)
		cw.UseCRLF = opts.CRLF
		return cw
	}
	cw := &CSVWriter{inc: newWriter(w), bom: opts.BOM}
	if opts.Attributions != nil {
		cw.attr = newWriter(opts.Attributions)
	}
	if opts.Sources != nil {
		cw.src = newWriter(opts.Sources)
	}
	return cw
}

// start writes the byte order marks and header rows once.
func (cw *CSVWriter) start() error {
	if cw.started {
		return nil
	}
	cw.started = true
	for _, t := range []struct {
		w      *csv.Writer
		header []string
	}{{cw.inc, csvIncidentHeader}, {cw.attr, csvAttributionHeader}, {cw.src, csvSourceHeader}} {
		if t.w == nil {
			continue
		}
		if cw.bom {
			// The mark is part of the first cell to encoding/csv, which does not quote it.
			h := append([]string{"\ufeff" + t.header[0]}, t.header[1:]...)
			if err := t.w.Write(h); err != nil {
				return err
			}
			continue
		}
		if err := t.w.Write(t.header); err != nil {
			return err
		}
	}
	return nil
}

// Write writes the rows of one incident. Errors are those of the underlying writers.
func (cw *CSVWriter) Write(inc *Incident) error {
	if err := cw.start(); err != nil {
		return err
	}
	var primary Attribution
	for _, a := range inc.Attributions {
		if inc.Actor.IsValid() && a.Actor == inc.Actor && a.Confidence == inc.Confidence {
			primary = a
			break
		}
	}
	var targets, urls []string
	for _, t := range inc.Targets {
		if t.Name != "" {
			targets = append(targets, t.Name)
		}
	}
	for _, s := range inc.Sources {
		if s.URL != "" {
			urls = append(urls, s.URL)
		}
	}
	score := ""
	if primary.HasScore {
		score = strconv.Itoa(primary.Score)
	}
	cw.row = append(cw.row[:0],
		inc.ID, inc.Title, inc.Date.String(),
		joinStrings(NormalizeCategories(inc.Categories)), joinStrings(inc.Countries()), inc.Stage.String(),
		inc.Actor.ID(), inc.Confidence.String(), primary.ActorRaw, primary.Via, primary.Claimant,
		primary.ClaimantKind.String(), primary.Basis.String(), score,
		strings.Join(targets, "; "), strings.Join(canonicalIDs(inc.SourceIDs), "; "), strings.Join(urls, "; "),
		inc.Summary, strconv.Itoa(len(inc.Problems)),
	)
	if err := cw.inc.Write(cw.row); err != nil {
		return err
	}
	if cw.attr != nil {
		for _, a := range inc.Attributions {
			score := ""
			if a.HasScore {
				score = strconv.Itoa(a.Score)
			}
			cw.row = append(cw.row[:0],
				inc.ID, a.Actor.ID(), a.ActorRaw, a.Via, a.Confidence.String(), a.ConfidenceRaw, score,
				a.Claimant, a.ClaimantKind.String(), a.Basis.String(), a.Act.String(), a.Date.String(),
				strings.Join(canonicalIDs(a.SourceIDs), "; "),
			)
			if err := cw.attr.Write(cw.row); err != nil {
				return err
			}
		}
	}
	if cw.src != nil {
		for _, s := range inc.Sources {
			cw.row = append(cw.row[:0], inc.ID, s.ID, s.URL, s.Publisher, s.Language, s.Published.String())
			if err := cw.src.Write(cw.row); err != nil {
				return err
			}
		}
	}
	return nil
}

// Flush writes any buffered data (and the header rows, if no incident was written) to the
// underlying writers and returns the first error.
func (cw *CSVWriter) Flush() error {
	err := cw.start()
	for _, w := range []*csv.Writer{cw.inc, cw.attr, cw.src} {
		if w == nil {
			continue
		}
		w.Flush()
		if e := w.Error(); err == nil {
			err = e
		}
	}
	return err
}

// joinStrings joins the String forms of vs with "; ".
func joinStrings[T interface{ String() string }](vs []T) string {
	switch len(vs) {
	case 0:
		return ""
	case 1:
		return vs[0].String()
	}
	var b strings.Builder
	for i, v := range vs {
		if i > 0 {
			b.WriteString("; ")
		}
		b.WriteString(v.String())
	}
	return b.String()
}
