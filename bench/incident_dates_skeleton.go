//go:build incident_skeleton

package bench

import "github.com/hybridwatch/incident"

// prepareIncidentDate calls incident.ParseDate, for building against the skeleton date.go
// of the foundation commit, which has no DateParser: reference dates and order hints are
// ignored, so relative and undecided numeric inputs fail. Build without the
// incident_skeleton tag once the dates issue has landed.
func prepareIncidentDate(d dateCase) preparedDate {
	s := d.input
	return preparedDate{
		run: func() outcome {
			v, err := incident.ParseDate(s)
			if err != nil {
				return errOutcome(err)
			}
			return outcome{value: v.String()}
		},
		raw: func() { sinkDate, sinkErr = incident.ParseDate(s) },
	}
}
