#!yaml|gpg
postfix:
  relayhost: '[smtp.mailgun.org]:587'
  sasl_user: postmaster@mg.kovalenko.dev
  sasl_password: |
    -----BEGIN PGP MESSAGE-----

    hQEMAUWFZkJWgimzGAhtXOA2FgYIMSb0X5zx7VDyFrNQF4vwvSwkxzaDtPTekfslX
    c8C5HfwHsr2dODpFE3QzbgYdVhJuRF5LdPL6n6R/c7/b1A+fl8krmPT8mwza
    =ZD9d
    -----END PGP MESSAGE-----
  backup_relay_password: LAGOON#6300
