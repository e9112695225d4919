package bench

import (
	"errors"
	"fmt"
	"time"

	"github.com/araddon/dateparse"
	"github.com/biter777/countries"
	dps "github.com/markusmobius/go-dateparser"
	dpsdate "github.com/markusmobius/go-dateparser/date"

	"github.com/hybridwatch/incident"
)

// outcome is what one library made of one input, in the vocabulary of the answer keys.
type outcome struct {
	value     string   // canonical value (alpha-2, EDTF), or "" when the library failed
	ambiguous bool     // the library reported that the input names several things
	cands     []string // the candidates it listed, if any
}

// countryLib is a country matcher under comparison: parse classifies its answer for the
// accuracy table; raw only calls the library and keeps the answer in a sink, for benchmarks
// that time the library and nothing else.
type countryLib struct {
	name  string // for tables
	short string // for benchmark names
	parse func(s string) outcome
	raw   func(s string)
}

// Sinks keep the compiler from discarding the answers of raw calls.
var (
	sinkCountry incident.Country
	sinkCode    countries.CountryCode
	sinkDate    incident.Date
	sinkTime    time.Time
	sinkDpsDate dpsdate.Date
	sinkErr     error
)

// countryLibs are the country matchers compared, ours first.
var countryLibs = []countryLib{
	{"incident ParseCountry", "incident", incidentCountry, func(s string) { sinkCountry, sinkErr = incident.ParseCountry(s) }},
	{"biter777 ByName", "biter777", biterCountry, func(s string) { sinkCode = countries.ByName(s) }},
}

// incidentCountry runs incident.ParseCountry.
func incidentCountry(s string) outcome {
	c, err := incident.ParseCountry(s)
	if err != nil {
		return errOutcome(err)
	}
	return outcome{value: c.Alpha2()}
}

// errOutcome classifies an incident error: ambiguity (with its candidates) or refusal.
func errOutcome(err error) outcome {
	var amb *incident.AmbiguousError
	if errors.As(err, &amb) {
		o := outcome{ambiguous: true}
		for _, c := range amb.Candidates {
			o.cands = append(o.cands, c.Value)
		}
		return o
	}
	return outcome{ambiguous: errors.Is(err, incident.ErrAmbiguous)}
}

// biterCountry runs biter777/countries ByName, the matcher the incident package replaces.
// ByName has no error and no notion of ambiguity: countries.Unknown is its refusal.
func biterCountry(s string) outcome {
	c := countries.ByName(s)
	if c == countries.Unknown || !c.IsValid() {
		return outcome{}
	}
	return outcome{value: c.Alpha2()}
}

// dateLib is a date parser under comparison. prepare turns a case into calls that do only
// the parsing, so that benchmarks do not time configuration set-up.
type dateLib struct {
	name    string // for tables
	short   string // for benchmark names
	prepare func(d dateCase) preparedDate
}

// preparedDate is one case of dates.txt ready to run: run classifies the answer for the
// accuracy table; raw only calls the library and keeps its answer in a sink.
type preparedDate struct {
	run func() outcome
	raw func()
}

// dateLibs are the date parsers compared, ours first.
var dateLibs = []dateLib{
	{"incident DateParser", "incident", prepareIncidentDate},
	{"araddon/dateparse", "dateparse", prepareDateparse},
	{"go-dateparser", "go-dateparser", prepareGoDateparser},
}

// prepareIncidentDate calls incident.DateParser{Reference, Order}.Parse with the row's
// reference date and order hint.
func prepareIncidentDate(d dateCase) preparedDate {
	p := incident.DateParser{Reference: d.ref}
	switch d.order {
	case "dayfirst":
		p.Order = incident.OrderDayFirst
	case "monthfirst":
		p.Order = incident.OrderMonthFirst
	}
	s := d.input
	return preparedDate{
		run: func() outcome {
			v, err := p.Parse(s)
			if err != nil {
				return errOutcome(err)
			}
			return outcome{value: v.String()}
		},
		raw: func() { sinkDate, sinkErr = p.Parse(s) },
	}
}

// prepareDateparse calls dateparse.ParseIn in UTC with the row's order hint: dateparse has
// no reference date (relative input fails) and no precision (every answer is a day).
func prepareDateparse(d dateCase) preparedDate {
	var opts []dateparse.ParserOption
	switch d.order {
	case "dayfirst":
		opts = append(opts, dateparse.PreferMonthFirst(false))
	case "monthfirst":
		opts = append(opts, dateparse.PreferMonthFirst(true))
	}
	s := d.input
	return preparedDate{
		run: func() outcome {
			t, err := dateparse.ParseIn(s, time.UTC, opts...)
			if err != nil {
				return outcome{}
			}
			return outcome{value: t.Format(time.DateOnly)}
		},
		raw: func() { sinkTime, sinkErr = dateparse.ParseIn(s, time.UTC, opts...) },
	}
}

// prepareGoDateparser calls go-dateparser with the row's reference as CurrentTime, its
// order hint as DateOrder, and a preference for the past (as the spec asks of relative
// dates). The reported Period is honoured: a Month answer is YYYY-MM, a Year answer YYYY,
// so that the library is not blamed for the day it has to fill in.
func prepareGoDateparser(d dateCase) preparedDate {
	cfg := &dps.Configuration{PreferredDateSource: dps.Past, DefaultTimezone: time.UTC}
	if !d.ref.IsZero() {
		cfg.CurrentTime = d.ref
	}
	switch d.order {
	case "dayfirst":
		cfg.DateOrder = dps.DMY
	case "monthfirst":
		cfg.DateOrder = dps.MDY
	}
	s := d.input
	return preparedDate{
		run: func() outcome {
			r, err := dps.Parse(cfg, s)
			if err != nil || r.IsZero() {
				return outcome{}
			}
			y, m, day := r.Time.Date()
			switch r.Period {
			case dpsdate.Year:
				return outcome{value: fmt.Sprintf("%04d", y)}
			case dpsdate.Month:
				return outcome{value: fmt.Sprintf("%04d-%02d", y, m)}
			}
			return outcome{value: fmt.Sprintf("%04d-%02d-%02d", y, m, day)}
		},
		raw: func() { sinkDpsDate, sinkErr = dps.Parse(cfg, s) },
	}
}
