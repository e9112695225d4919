//go:build !incident_skeleton

package bench

import "github.com/hybridwatch/incident"

// prepareIncidentDate calls incident.DateParser{Reference, Order}.Parse, the API of
// DESIGN.md. This file needs the date normalizer of the dates issue; against the skeleton
// date.go of the foundation commit (no DateParser yet), build with -tags incident_skeleton.
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
