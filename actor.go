package incident

// Actor is a handle to an organization of an actor Registry: a state, a service, a unit, a
// proxy or a persona. It is comparable. The zero Actor is no actor.
//
// SKELETON: the actors issue replaces this file; only the method set is fixed.
type Actor struct{ id string }

// IsValid reports whether a is an actor, not the zero value.
func (a Actor) IsValid() bool { return a.id != "" }

// ID returns the canonical ID, "ru-gru-26165", or "" for the zero Actor.
func (a Actor) ID() string { return a.id }

// String returns the ID.
func (a Actor) String() string { return a.id }

// MarshalText implements encoding.TextMarshaler with the ID.
func (a Actor) MarshalText() ([]byte, error) { return []byte(a.id), nil }

// UnmarshalText implements encoding.TextUnmarshaler; empty text is the zero Actor.
func (a *Actor) UnmarshalText(text []byte) error {
	if len(text) == 0 {
		*a = Actor{}
		return nil
	}
	v, err := LookupActor(string(text))
	if err != nil {
		return err
	}
	*a = v
	return nil
}

// LookupActor returns the actor that s names, in the embedded default registry.
func LookupActor(s string) (Actor, error) {
	if err := checkInput("LookupActor", s); err != nil {
		return Actor{}, err
	}
	return Actor{}, newParseError("LookupActor", s, ErrUnknown, "")
}
