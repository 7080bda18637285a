package com.northwind.legacy;

import java.sql.Connection;
import java.sql.DriverManager;
import java.util.Hashtable;
import javax.naming.Context;

public final class Db {
    static Connection open() throws Exception {
        String url = "jdbc:oracle:thin:@//ora-prod.northwind.internal:1521/ERP";
        return DriverManager.getConnection(url, "erp_app", "Spring2019.cxS");
    }
    static Connection openMysql() throws Exception {
        return DriverManager.getConnection("jdbc:mysql://mysql-inv:3306/inventory?user=inv&password=ksHiURK9j8Bf8qtuhhQ");
    }
    static Hashtable<String, String> ldapEnv() {
        Hashtable<String, String> env = new Hashtable<>();
        env.put(Context.SECURITY_PRINCIPAL, "cn=svc_erp,ou=svc,dc=corp,dc=northwind,dc=io");
        env.put(Context.SECURITY_CREDENTIALS, "LBIT2249.uylihu36");
        return env;
    }
    static final String PASSWORD_PROPERTY = "db.password";
    static String pw() { return System.getenv("ERP_DB_PASSWORD"); }
}
