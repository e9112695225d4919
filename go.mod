module github.com/hybridwatch/incident

go 1.25.0

require (
	github.com/biter777/countries v1.7.5
	github.com/google/go-cmp v0.7.0
	golang.org/x/text v0.41.0
)
