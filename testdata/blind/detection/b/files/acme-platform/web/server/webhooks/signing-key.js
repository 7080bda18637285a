// signing key for webhook payloads (TODO: move to KMS)
const SIGNING_KEY =
  '-----BEGIN PRIVATE KEY-----\n' +
  'MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC4uPwTf4rCwyL1\n' +
  'DGTh0Sz1n4FffcSzQyp/h63G2y2x+43cQBzj2oxgjcMo/2z1LCFk8H+dR50t+kMm\n' +
  'UahSlJwFVo6f9O/zjDzCGfF2ka4GR6aShIjaw+rUHhPP9N/zm2RVYfzced1c+vWg\n' +
  'NNvIn0CN7vwOl8v3f7PLjFkXnCnbZq/+IyBsIqBRtAw66Pd1FWPxLoChBf8MTISj\n' +
  'fVaDrOdFE2fpg2fs+EE1A2YYcN+sooQP3z/vvpNnbu3U2NSfpeI82NFXH9rhDt+R\n' +
  'vhaiPu9QaLtnkhxTIKPcsgZR1TsJlkF492k9LC0uPIEJ81hUxylJJ1GkVGxxRyDH\n' +
  '91oGre/zAgMBAAECggEAAq0+NzNy7vg66nLKh3HWL/JRbUZ6R4q38+8jDS2h5OFb\n' +
  'SzoWm7/6psTcc3H4Fzlo0SNMW3AX4/xWEBkWJ6mFn+zYK5M2DZZrpE28mlY+v6fh\n' +
  'ebVinPZCfIkPCnARoAsRZ3dVswWFDVLe+k+pxlIgcli93aGaJV+msFK7+8PvNgGp\n' +
  'ljfjHfu2dB1s6Fsl/BpIKC6sSNN7/+5hMfS991VxRM7Yc918wN286ivYbpFCRI1M\n' +
  'Swuk1VW5RKUW9DIL5uHaJYz5PVnoEv8gefkS7DZ/OHaK4GOJ78/Z9KYEs74wHhaB\n' +
  '0YrFeyXAUgv20jpSY76rFCzQ/5NFgc5nO+YbUQpxSQKBgQDyf/TPD4m/u6lHPBH6\n' +
  '5TqQ1Ae8bzVCxC4sWxC2XuNzC2xyyKEzHDB8k2CedMflLSJN5Ey90svJpauSiDr+\n' +
  'ID9yFVAuBjVRXhDWF5YP99mx1UdLtnTJeULr7pNOY6hUbdNkw8lVRKj3sazk9GUE\n' +
  'WMQKrchEI4HQcfTinv08Nfxe1wKBgQDDAZo8Asl2JzE4yf1DZAXitqvlqo3t8zEu\n' +
  'Osh6vj2nvC6o6yp2rLSZE15TnRgVxoOq+volHiVk7ck3MKvURT1dtxdizTzSDToF\n' +
  '8iVExMo2H6GRxA1U0rwVyO0z/wITu0/fHt8WmTPUaBY/7hISAxhfhnaMXUG9OR92\n' +
  'mR2NMm6gRQKBgBNCcFoFnOYabG5Y6gCoNgeMn3SqzGsaE6S4MtKZJK1daeaP4qWh\n' +
  'hoROXC0Zj0q3U/Mlv6aP2FmSi9bedPj77K4N3Ulaet+UfffS9bsc7zA9hSURP6NE\n' +
  'uzjrwM1IAvV5p4FoP1RDWLwbY2TnuCIpPqCufqpSu5ungVCCWhBvJTUPAoGBAIRW\n' +
  'xhEL4yToHCNqERJ3AveE+Mt4H7HoZOv2wK9sA/OdZh0E22CGfFmWJ2GfLwU4H4sd\n' +
  'oD0oZEBGj1OBGFuKUccTxi8rEaeLimEWn+w3kPOCK+f8oP97tGEkZrXuzb4OVHob\n' +
  'PVLczavMp6zjKChJKXVKj5FaiI6eAZg++SslmqXxAoGAWcwQB2R7m1SkHmySvS0s\n' +
  'FRSS+EWjlXqZ/BX/yPMMg7MURBvOxtMj/tib5U/S+QNp5QkZOqui1FaXDv0D3tl9\n' +
  'EA3hu/q37A96MaUyokpVjsSXxIV6aY9/1dN3wjh4Wo5PH94KGAGEYVkv2fs9861W\n' +
  '3CM5xGJznEAyNSyEfsSFNvI=\n' +
  '-----END PRIVATE KEY-----\n';

module.exports = { SIGNING_KEY };
