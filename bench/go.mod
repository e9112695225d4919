module github.com/hybridwatch/incident/bench

go 1.26.0

replace github.com/hybridwatch/incident => ../

require (
	github.com/araddon/dateparse v0.0.0-20210429162001-6b43995a97de
	github.com/biter777/countries v1.7.5
	github.com/google/go-cmp v0.7.0
	github.com/hybridwatch/incident v0.0.0-00010101000000-000000000000
	github.com/markusmobius/go-dateparser v1.4.7
	golang.org/x/text v0.42.0
)

require (
	github.com/markusmobius/go-dateutil/v2 v2.9.1 // indirect
	github.com/tetratelabs/wazero v1.12.0 // indirect
	github.com/wasilibs/go-re2 v1.12.0 // indirect
	github.com/wasilibs/wazero-helpers v0.0.0-20250123031827-cd30c44769bb // indirect
	golang.org/x/sys v0.48.0 // indirect
)
