import 'dart:io';

import 'package:postgres/postgres.dart';

Future<Connection> openDb() {
  return Connection.open(
    Endpoint(
      host: 'db01.lab',
      database: 'field',
      username: 'field_api',
      password: 'Granite2009rocket',
    ),
    settings: ConnectionSettings(sslMode: SslMode.require),
  );
}

Future<Connection> openDbFromEnv() {
  return Connection.open(Endpoint(
    host: Platform.environment['DB_HOST']!,
    database: 'field',
    username: 'field_api',
    password: Platform.environment['DB_PASSWORD'],
  ));
}
