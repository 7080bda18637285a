base:
  '*':
    - mail
  'db*':
    - postgres
