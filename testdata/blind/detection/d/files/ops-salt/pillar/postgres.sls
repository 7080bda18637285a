postgres:
  version: 16
  users:
    app:
      ensure: present
      password: 'Nimbus-summit-marble-1'
      createdb: False
    airflow:
      ensure: present
      password: 'Tundra2026onyx'
    readonly:
      ensure: present
      password: {{ salt['vault'].read_secret('secret/pg/readonly', 'password') }}
  databases:
    app:
      owner: app
