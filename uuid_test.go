package incident

import "testing"

// TestUUIDv5 checks newUUIDv5 against published name-based UUIDs: the version 5 UUID of
// "www.example.com" in the DNS name space is the test vector of RFC 9562, Appendix A.4, and
// the one of "python.org" in the DNS name space is the example of Python's uuid module
// documentation.
func TestUUIDv5(t *testing.T) {
	dns := uuid{0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8}
	tests := []struct {
		ns   uuid
		name string
		want string
	}{
		{dns, "python.org", "886313e1-3b8a-5372-9b90-0c9aee199e5d"},
		{dns, "www.example.com", "2ed6657d-e927-568b-95e1-2665a8aea6a2"},
	}
	for _, tt := range tests {
		if got := newUUIDv5(tt.ns, tt.name).String(); got != tt.want {
			t.Errorf("newUUIDv5(%v, %q) = %s, want %s", tt.ns, tt.name, got, tt.want)
		}
	}
}

// TestUUIDNamespace derives the project's name space and the fixed STIX ids again: they are
// written out as constants, and changing them would change every exported STIX id and every
// merged incident ID.
func TestUUIDNamespace(t *testing.T) {
	if got := newUUIDv5(uuidNamespaceURL, "https://github.com/hybridwatch/incident"); got != uuidNamespace {
		t.Errorf("the UUIDv5 of the project URL is %v, but uuidNamespace is %v", got, uuidNamespace)
	}
	if got := stixID("identity", "producer"); got != stixProducer {
		t.Errorf("stixID(identity, producer) = %s, but stixProducer is %s", got, stixProducer)
	}
	if got := stixID("extension-definition", "incident-properties"); got != stixPropertyExtension {
		t.Errorf("stixID(extension-definition, incident-properties) = %s, but stixPropertyExtension is %s", got, stixPropertyExtension)
	}
}
