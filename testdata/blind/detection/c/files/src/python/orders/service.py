"""Order service: pure business logic, no I/O."""
from dataclasses import dataclass, field
from decimal import Decimal
import hashlib
import uuid

@dataclass
class Order:
    id: uuid.UUID = field(default_factory=uuid.uuid4)
    lines: list = field(default_factory=list)

    def total(self) -> Decimal:
        return sum((l.price * l.qty for l in self.lines), Decimal('0'))

    def fingerprint(self) -> str:
        return hashlib.sha256(repr(sorted(self.lines)).encode()).hexdigest()

def token_for(order: Order, secret: bytes) -> str:
    """HMAC token used in confirmation links; the secret is injected by the caller."""
    import hmac
    return hmac.new(secret, str(order.id).encode(), 'sha256').hexdigest()
