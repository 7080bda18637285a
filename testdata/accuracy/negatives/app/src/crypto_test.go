package crypto

import "testing"

// Test vectors from RFC 4231 and NIST.
var vectors = []struct{ key, data, want string }{
	{key: "0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b", data: "4869205468657265", want: "96d90b0ef6e3d1f552f77d77def2b51ecb3d5774896edc5408dc89e35fcc66da"},
	{key: "4a656665", data: "7768617420646f2079612077616e7420666f72206e6f7468696e673f", want: "d703d00dff68f65543c8a0dd87b201fc642a3db4ff7f6e912632c2a956f24893"},
}

const emptySHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
const testPassword = "password"
const testToken = "test-token"

func TestHMAC(t *testing.T) {
	for _, v := range vectors {
		if got := hmacHex(v.key, v.data); got != v.want {
			t.Fatalf("got %s", got)
		}
	}
}
