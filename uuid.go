package incident

import "crypto/sha1"

// uuid is a UUID of RFC 9562 in its 16 bytes.
type uuid [16]byte

// uuidNamespaceURL is the name space ID for URLs of RFC 9562, Appendix A
// (6ba7b811-9dad-11d1-80b4-00c04fd430c8).
var uuidNamespaceURL = uuid{0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8}

// uuidNamespace is the name space of every UUID this package derives: the version 5 UUID of
// the URL "https://github.com/hybridwatch/incident" in the URL name space,
// 47d18d9b-ddbb-5ca1-9a9c-029df04b2595, written out so that no work is done at package
// initialization (TestUUIDNamespace derives it again).
var uuidNamespace = uuid{0x47, 0xd1, 0x8d, 0x9b, 0xdd, 0xbb, 0x5c, 0xa1, 0x9a, 0x9c, 0x02, 0x9d, 0xf0, 0x4b, 0x25, 0x95}

// newUUIDv5 returns the name-based UUID of version 5 (SHA-1) of name in the name space ns, as
// RFC 9562 section 5.5 defines it: the first 16 bytes of SHA-1(ns || name), with the version
// set to 5 and the variant to the RFC's 10xx.
func newUUIDv5(ns uuid, name string) uuid {
	h := sha1.New()
	h.Write(ns[:])
	h.Write([]byte(name))
	var sum [sha1.Size]byte
	h.Sum(sum[:0])
	var u uuid
	copy(u[:], sum[:16])
	u[6] = u[6]&0x0f | 0x50
	u[8] = u[8]&0x3f | 0x80
	return u
}

// appendTo appends the canonical text form of u, 8-4-4-4-12 lower-case hexadecimal digits.
func (u uuid) appendTo(b []byte) []byte {
	const hex = "0123456789abcdef"
	for i, c := range u {
		if i == 4 || i == 6 || i == 8 || i == 10 {
			b = append(b, '-')
		}
		b = append(b, hex[c>>4], hex[c&0xf])
	}
	return b
}

// String returns the canonical text form of u.
func (u uuid) String() string {
	var buf [36]byte
	return string(u.appendTo(buf[:0]))
}
