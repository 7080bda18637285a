package com.acme.legacy;

import java.sql.*;

public class Db {
  static Connection open() throws SQLException {
    return DriverManager.getConnection("jdbc:mysql://mysql.staging.acme.io:3306/legacy", "legacy_app", "TsW7Ef6DWvl!_9=");
  }
}
