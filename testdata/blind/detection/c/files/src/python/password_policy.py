from dataclasses import dataclass

@dataclass
class PasswordPolicy:
    min_length: int = 12
    max_length: int = 128
    require_upper: int = True
    require_digit: int = True
    require_symbol: int = False
    max_age_days: int = 365
    history: int = 10
    lockout_threshold: int = 5

PASSWORD_FIELD = 'password'
TOKEN_TYPE = 'Bearer'
SECRET_KEY_ENV = 'DJANGO_SECRET_KEY'
def check(password: str) -> bool: return len(password) >= PasswordPolicy.min_length
