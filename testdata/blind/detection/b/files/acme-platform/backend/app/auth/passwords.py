"""Password handling helpers."""
from django.contrib.auth.hashers import make_password

PASSWORD_HASHERS = ["django.contrib.auth.hashers.Argon2PasswordHasher"]

def set_password(user, raw):
    user.password = make_password(raw)
    user.save()

def reset_link(user):
    return f"https://acme.example/accounts/password/reset/{user.pk}/"
