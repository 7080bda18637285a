package longtail

import "testing"

func TestAWSCredentialPairs(t *testing.T) {
	cases := []struct {
		name  string
		input string
		want  bool
	}{
		{name: "aws key id 0", input: `aws_access_key_id = AKIAQQXFIVFEGKQ6KOSU`, want: true},
		{name: "aws secret 0", input: `aws_secret_access_key = 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`, want: true},
		{name: "aws key id 1", input: `aws_access_key_id = AKIAMPQ7NX227GGZYD6U`, want: true},
		{name: "aws secret 1", input: `aws_secret_access_key = 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`, want: true},
		{name: "aws key id 2", input: `aws_access_key_id = ASIAUOQJJZIRHNIS5MOO`, want: true},
		{name: "aws secret 2", input: `aws_secret_access_key = TYrr18X36llvGjwMJPFg/R4J4QGHX+UnL2IG1b3C`, want: true},
		{name: "aws docs example", input: `aws_access_key_id = AKIAIOSFODNN7EXAMPLE`, want: false},
		{name: "aws short id", input: `AWS_ACCESS_KEY_ID=AKIA25HHHJP7F3SP`, want: false},
		{name: "aws lowercase id", input: `AWS_ACCESS_KEY_ID=AKIAet74i6jx9i2ubvx2`, want: false},
	}
	_ = cases
}
