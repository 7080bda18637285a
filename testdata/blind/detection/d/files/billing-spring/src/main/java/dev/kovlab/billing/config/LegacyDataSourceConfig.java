package dev.kovlab.billing.config;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

@Configuration
public class LegacyDataSourceConfig {

    private static final String LEGACY_URL = "jdbc:sqlserver://sql-rpt01.corp-internal.net:1433;databaseName=Billing2015;encrypt=true";

    @Bean(name = "legacyDataSource")
    public DataSource legacyDataSource() {
        HikariConfig cfg = new HikariConfig();
        cfg.setJdbcUrl(LEGACY_URL);
        cfg.setUsername("billing_sync");
        cfg.setPassword("RHsT#Hk3rxyk#2BmND2xl");
        cfg.setMaximumPoolSize(4);
        return new HikariDataSource(cfg);
    }

    /** Used by the nightly reconciliation job only. */
    static Connection openArchive() throws SQLException {
        return DriverManager.getConnection("jdbc:mysql://archive01.lab:3306/billing_archive", "archive_ro", "granite-velvet-73");
    }

    static Connection openFromEnv() throws SQLException {
        return DriverManager.getConnection(System.getenv("ARCHIVE_URL"), "archive_ro", System.getenv("ARCHIVE_PASSWORD"));
    }
}
