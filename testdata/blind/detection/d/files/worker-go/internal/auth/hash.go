package auth

import (
	"errors"

	"golang.org/x/crypto/bcrypt"
)

const Cost = 12

var ErrWeakPassword = errors.New("password must be at least 12 characters")

// HashPassword returns a bcrypt hash of the user's password.
func HashPassword(password string) (string, error) {
	if len(password) < 12 {
		return "", ErrWeakPassword
	}
	h, err := bcrypt.GenerateFromPassword([]byte(password), Cost)
	return string(h), err
}

// CheckPassword compares a candidate password with the stored hash.
func CheckPassword(hash, password string) bool {
	return bcrypt.CompareHashAndPassword([]byte(hash), []byte(password)) == nil
}
