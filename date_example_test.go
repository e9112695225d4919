package incident_test

import (
	"errors"
	"fmt"
	"time"

	"github.com/hybridwatch/incident"
)

// Dates from many sources, in many languages, each kept at the precision its source gave and
// written in EDTF.
func ExampleParseDate() {
	for _, s := range []string{
		"9. Mai 2024",
		"2024-05-09T23:30:00-05:00",
		"late February 2024",
		"summer 2024",
		"Q3 2023",
		"la nuit du 14 au 15 janvier 2024",
		"since March 2022",
		"c. 2019",
		"9 мая 2024 г.",
		"2024 m. gegužės 9 d.",
		"31 April 2024",
	} {
		d, err := incident.ParseDate(s)
		if err != nil {
			fmt.Printf("%-34s error: %v\n", s, err)
			continue
		}
		fmt.Printf("%-34s %s\n", s, d)
	}
	// Output:
	// 9. Mai 2024                        2024-05-09
	// 2024-05-09T23:30:00-05:00          2024-05-09
	// late February 2024                 2024-02-21/2024-02-29
	// summer 2024                        2024-22
	// Q3 2023                            2023-07/2023-09
	// la nuit du 14 au 15 janvier 2024   2024-01-14/2024-01-15
	// since March 2022                   2022-03/..
	// c. 2019                            2019~
	// 9 мая 2024 г.                      2024-05-09
	// 2024 m. gegužės 9 d.               2024-05-09
	// 31 April 2024                      error: incident.ParseDate("31 April 2024"): invalid: no such day in the calendar
}

// A story published on 20 November 2024 says "last month", "three days ago" and "on 30
// November": with the publication date as the reference, each becomes a calendar date, at the
// precision the story gave. Without a reference, the parser says what it needs.
func ExampleDateParser_relative() {
	p := incident.DateParser{Reference: time.Date(2024, 11, 20, 0, 0, 0, 0, time.UTC)}
	for _, s := range []string{"last month", "3 days ago", "on 30 November", "last week", "vor zwei Wochen", "в прошлом году"} {
		m, _ := p.Match(s)
		fmt.Printf("%-16s %-22s rule %s, language %s\n", s, m.Date, m.Rule, m.Lang)
	}
	_, err := incident.ParseDate("last month")
	fmt.Println(errors.Is(err, incident.ErrNeedsReference), err)
	// Output:
	// last month       2024-10                rule relative, language en
	// 3 days ago       2024-11-17             rule relative, language en
	// on 30 November   2023-11-30             rule written, language en
	// last week        2024-11-11/2024-11-17  rule relative, language en
	// vor zwei Wochen  2024-11-06             rule relative, language de
	// в прошлом году   2023                   rule relative, language ru
	// true incident.ParseDate("last month"): a reference date is needed: for a relative expression
}

// A numeric date whose day and month could be swapped is never guessed: without an order
// hint the parser lists both readings; a source profile that knows its order says so.
func ExampleDateParser_ambiguous() {
	_, err := incident.ParseDate("05/09/2024")
	var amb *incident.AmbiguousError
	if errors.As(err, &amb) {
		for _, c := range amb.Candidates {
			fmt.Println("candidate:", c)
		}
	}
	dayFirst := incident.DateParser{Order: incident.OrderDayFirst}
	d, _ := dayFirst.Parse("05/09/2024")
	fmt.Println("day first:", d)
	d, _ = incident.ParseDate("13/05/2024") // a day over 12 decides
	fmt.Println("decided:", d)
	// Output:
	// candidate: 2024-09-05 (day first)
	// candidate: 2024-05-09 (month first)
	// day first: 2024-09-05
	// decided: 2024-05-13
}

// Two sources that describe the same incident with different precision merge into the date
// both allow.
func ExampleDate_Intersect() {
	a := incident.MustParseDate("2015-05/2015-08")
	b := incident.MustParseDate("2015-07~")
	fmt.Println(a.Overlaps(b), a.Intersect(b))
	start, _ := b.Start()
	end, _ := b.End()
	fmt.Println(start.Format(time.DateOnly), end.Format(time.DateOnly))
	// Output:
	// true 2015-07~
	// 2015-07-01 2015-07-31
}
