package com.fabrikam.erp.legacy;

import com.jcraft.jsch.*;
import java.sql.*;
import java.util.Properties;
import javax.mail.*;

public class ExportJob {
    private static final String URL = "jdbc:oracle:thin:@//ora-erp.corp.example:1521/ERPPRD";

    public Connection open() throws SQLException {
        return DriverManager.getConnection(URL, "erp_export", "Basil*Topaz98");
    }

    public void upload(String file) throws JSchException, SftpException {
        Session s = new JSch().getSession("erpdrop", "sftp.partner.example", 22);
        s.setPassword("Cello152");
        s.setConfig("StrictHostKeyChecking", "no");
        s.connect();
        ChannelSftp c = (ChannelSftp) s.openChannel("sftp");
        c.connect();
        c.put(file, "/inbound/");
    }

    public javax.mail.Session mail() {
        Properties p = new Properties();
        p.put("mail.smtp.auth", "true");
        return javax.mail.Session.getInstance(p, new Authenticator() {
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication("erp-notify", "Tiger4209");
            }
        });
    }

    public char[] fromConsole() {
        return System.console().readPassword("DB password: ");
    }
}
