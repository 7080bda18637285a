"""Legacy Java EE: Tomcat, JBoss/WildFly, WebLogic, WebSphere, GlassFish, Jetty, ActiveMQ, Hibernate, Spring XML."""
from lib import *
import keys

J = "legacy-erp-javaee/"


def build():
    f = new(J + "tomcat/conf/tomcat-users.xml"); r = f.r; S, N = f.s, f.n
    f.done(f"""<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">
<!--
  <user username="admin" password="{N('<must-be-changed>', 'tomcat', 'shipped example placeholder', 'placeholder')}" roles="manager-gui"/>
  <user username="robot" password="<must-be-changed>" roles="manager-script"/>
-->
  <role rolename="manager-gui"/>
  <role rolename="manager-script"/>
  <user username="deployer" password="{S(pw_word(r), 'tomcat', 'Tomcat manager-script user password')}" roles="manager-script"/>
  <user username="ops" password="{S(pw_sym(r), 'tomcat', 'Tomcat manager-gui user password')}" roles="manager-gui"/>
</tomcat-users>
""")
    f = new(J + "tomcat/conf/context.xml"); r = f.r; S, N = f.s, f.n
    f.done(f"""<Context>
    <WatchedResource>WEB-INF/web.xml</WatchedResource>
    <Resource name="jdbc/ErpDS" auth="Container" type="javax.sql.DataSource"
              maxTotal="50" maxIdle="10" maxWaitMillis="10000"
              username="erp_app" password="{S(pw_alnum(r, 16), 'oracle', 'Tomcat JNDI DataSource password')}"
              driverClassName="oracle.jdbc.OracleDriver"
              url="jdbc:oracle:thin:@//ora-erp.corp.example:1521/ERPPRD"/>
</Context>
""")
    f = new(J + "tomcat/conf/server.xml"); r = f.r; S, N = f.s, f.n
    f.done(f"""<Server port="-1" shutdown="SHUTDOWN">
  <Service name="Catalina">
    <Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol" SSLEnabled="true" maxThreads="200">
      <SSLHostConfig>
        <Certificate certificateKeystoreFile="conf/erp.p12" certificateKeystorePassword="{N('changeit', 'java-keystore', 'JDK/Tomcat default keystore password', 'test-value')}" type="RSA"/>
      </SSLHostConfig>
    </Connector>
    <Engine name="Catalina" defaultHost="localhost">
      <Realm className="org.apache.catalina.realm.LockOutRealm" failureCount="5" lockOutTime="300">
        <Realm className="org.apache.catalina.realm.UserDatabaseRealm" resourceName="UserDatabase"/>
      </Realm>
    </Engine>
  </Service>
</Server>
""")
    f = new(J + "wildfly/standalone/configuration/standalone.xml"); r = f.r; S, N = f.s, f.n
    f.done(f"""<server xmlns="urn:jboss:domain:20.0">
    <profile>
        <subsystem xmlns="urn:jboss:domain:datasources:7.0">
            <datasources>
                <datasource jndi-name="java:jboss/datasources/ErpDS" pool-name="ErpDS">
                    <connection-url>jdbc:oracle:thin:@//ora-erp.corp.example:1521/ERPPRD</connection-url>
                    <driver>oracle</driver>
                    <security>
                        <user-name>erp_app</user-name>
                        <password>{S(pw_alnum(r, 16), 'oracle', 'WildFly datasource <password>')}</password>
                    </security>
                </datasource>
                <datasource jndi-name="java:jboss/datasources/ReportDS" pool-name="ReportDS">
                    <connection-url>jdbc:postgresql://pg-report.corp.example/report</connection-url>
                    <security>
                        <user-name>report</user-name>
                        <password>{N('${VAULT::ds_report::password::1}', 'wildfly', 'password vault reference', 'secret-ref')}</password>
                    </security>
                </datasource>
            </datasources>
        </subsystem>
    </profile>
</server>
""")
    f = new(J + "wildfly/standalone/configuration/mgmt-users.properties"); r = f.r; S, N = f.s, f.n
    f.done(f"""#
# Properties declaration of users for the realm 'ManagementRealm' which is the default realm
# for new installations.
#
# By default the properties realm expects the entries to be in the format: -
# username=HEX( MD5( username ':' realm ':' password))
#
#$REALM_NAME=ManagementRealm$ This line is used by the add-user utility to identify the realm name already used in this file.
#
admin={S(keys.jboss_hex('admin', 'ManagementRealm', pw_word(r)), 'shadow-hash', 'JBoss/WildFly mgmt-users HEX(MD5(user:realm:password))')}
deployer={S(keys.jboss_hex('deployer', 'ManagementRealm', pw_sym(r)), 'shadow-hash', 'JBoss/WildFly mgmt-users digest')}
""")

    f = new(J + "weblogic/domains/erp/servers/AdminServer/security/boot.properties"); r = f.r; S, N = f.s, f.n
    f.done(f"""username={N('{AES256}' + b64b(r, 32), 'weblogic', 'encrypted with domain SerializedSystemIni.dat (not in repo)', 'ciphertext')}
password={N('{AES256}' + b64b(r, 48), 'weblogic', 'encrypted with domain SerializedSystemIni.dat (not in repo)', 'ciphertext')}
""")
    f = new(J + "weblogic/domains/erp/config/jdbc/ErpDS-jdbc.xml"); r = f.r; S, N = f.s, f.n
    f.done(f"""<?xml version='1.0' encoding='UTF-8'?>
<jdbc-data-source xmlns="http://xmlns.oracle.com/weblogic/jdbc-data-source">
  <name>ErpDS</name>
  <jdbc-driver-params>
    <url>jdbc:oracle:thin:@//ora-erp.corp.example:1521/ERPPRD</url>
    <driver-name>oracle.jdbc.xa.client.OracleXADataSource</driver-name>
    <properties>
      <property><name>user</name><value>erp_app</value></property>
    </properties>
    <password-encrypted>{N('{AES256}' + b64b(r, 48), 'weblogic', 'domain-key encrypted password', 'ciphertext')}</password-encrypted>
    <!-- clear text for the DR runbook: {S(pw_alnum(r, 16), 'oracle', 'clear-text DB password left in an XML comment')} -->
  </jdbc-driver-params>
</jdbc-data-source>
""")
    f = new(J + "websphere/cells/erpCell01/security.xml"); r = f.r; S, N = f.s, f.n
    f.done(f"""<?xml version="1.0" encoding="UTF-8"?>
<security:Security xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:security="http://www.ibm.com/websphere/appserver/schemas/5.0/security.xmi" enabled="true">
  <authDataEntries xmi:id="JAASAuthData_1" alias="erpCellManager01/ErpOracle" userId="erp_app" password="{S(keys.was_xor(pw_alnum(r, 14)), 'websphere', 'WebSphere {xor} password (trivially reversible)')}" description="ERP Oracle"/>
  <authDataEntries xmi:id="JAASAuthData_2" alias="erpCellManager01/MQ" userId="mqerp" password="{S(keys.was_xor(pw_word(r)), 'websphere', 'WebSphere {xor} password (trivially reversible)')}"/>
  <authDataEntries xmi:id="JAASAuthData_3" alias="erpCellManager01/LDAP" userId="cn=wasbind" password="{N('{aes}' + b64b(r, 48), 'websphere', 'custom AES-encrypted password, key in a separate keystore', 'ciphertext')}"/>
</security:Security>
""")
    f = new(J + "websphere/profiles/AppSrv01/properties/soap.client.props"); r = f.r; S, N = f.s, f.n
    f.done(f"""com.ibm.SOAP.securityEnabled=true
com.ibm.SOAP.loginUserid=wasadmin
com.ibm.SOAP.loginPassword={S(keys.was_xor(pw_sym(r)), 'websphere', 'soap.client.props {xor} admin password')}
com.ibm.SOAP.requestTimeout=180
""")
    f = new(J + "glassfish/passwordfile"); r = f.r; S, N = f.s, f.n
    f.done(f"""AS_ADMIN_PASSWORD={S(pw_word(r), 'glassfish', 'asadmin password file')}
AS_ADMIN_MASTERPASSWORD={N('changeit', 'glassfish', 'GlassFish shipped default master password', 'test-value')}
""")
    f = new(J + "jetty/etc/realm.properties"); r = f.r; S, N = f.s, f.n
    import hashlib
    f.done(f"""# username: password[,rolename ...]
admin: {S(keys.jetty_obf(pw_word(r)), 'jetty', 'Jetty OBF: password (reversible)')}, server-administrator, content-administrator
monitor: MD5:{S(hashlib.md5(pw_word(r).encode()).hexdigest(), 'jetty', 'Jetty MD5: unsalted password hash')}, monitor
guest: {N('guest', 'jetty', 'default demo user', 'test-value', anchor='guest:')}, user
""")
    f = new(J + "activemq/conf/credentials.properties"); r = f.r; S, N = f.s, f.n
    f.done(f"""# Defines credentials that will be used by components (like web console) to access the broker
activemq.username=system
activemq.password={S(pw_alnum(r, 18), 'activemq', 'ActiveMQ system password')}
guest.password={N('password', 'activemq', 'shipped default value', 'test-value', anchor='guest.password')}
""")
    f = new(J + "erp-web/src/main/resources/hibernate.cfg.xml"); r = f.r; S, N = f.s, f.n
    f.done(f"""<!DOCTYPE hibernate-configuration PUBLIC "-//Hibernate/Hibernate Configuration DTD 3.0//EN" "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">
<hibernate-configuration>
  <session-factory>
    <property name="hibernate.connection.driver_class">oracle.jdbc.OracleDriver</property>
    <property name="hibernate.connection.url">jdbc:oracle:thin:@//ora-erp-test.corp.example:1521/ERPTST</property>
    <property name="hibernate.connection.username">erp_test</property>
    <property name="hibernate.connection.password">{S(pw_word(r), 'oracle', 'Hibernate connection.password')}</property>
    <property name="hibernate.dialect">org.hibernate.dialect.Oracle12cDialect</property>
  </session-factory>
</hibernate-configuration>
""")
    f = new(J + "erp-web/src/main/webapp/WEB-INF/applicationContext.xml"); r = f.r; S, N = f.s, f.n
    f.done(f"""<beans xmlns="http://www.springframework.org/schema/beans">
  <bean class="org.springframework.beans.factory.config.PropertyPlaceholderConfigurer">
    <property name="location" value="classpath:jdbc.properties"/>
  </bean>
  <bean id="dataSource" class="org.apache.commons.dbcp2.BasicDataSource" destroy-method="close">
    <property name="driverClassName" value="${{jdbc.driver}}"/>
    <property name="url" value="${{jdbc.url}}"/>
    <property name="username" value="${{jdbc.username}}"/>
    <property name="password" value="{N('${jdbc.password}', 'spring', 'property placeholder', 'template')}"/>
  </bean>
  <bean id="mailSender" class="org.springframework.mail.javamail.JavaMailSenderImpl">
    <property name="host" value="smtp.corp.example"/>
    <property name="username" value="erp-notify"/>
    <property name="password" value="{S(pw_season(r), 'smtp', 'Spring JavaMailSender password in XML')}"/>
  </bean>
</beans>
""")
    f = new(J + "erp-web/src/main/resources/jdbc.properties"); r = f.r; S, N = f.s, f.n
    f.done(f"""jdbc.driver=oracle.jdbc.OracleDriver
jdbc.url=jdbc:oracle:thin:@//ora-erp.corp.example:1521/ERPPRD
jdbc.username=erp_app
jdbc.password={S(pw_alnum(r, 16), 'oracle', 'jdbc.properties password')}
jdbc.pool.maxActive=40
""")
    f = new(J + "erp-web/src/main/java/com/fabrikam/erp/legacy/ExportJob.java"); r = f.r; S, N = f.s, f.n
    f.done(f"""package com.fabrikam.erp.legacy;

import com.jcraft.jsch.*;
import java.sql.*;
import java.util.Properties;
import javax.mail.*;

public class ExportJob {{
    private static final String URL = "jdbc:oracle:thin:@//ora-erp.corp.example:1521/ERPPRD";

    public Connection open() throws SQLException {{
        return DriverManager.getConnection(URL, "erp_export", "{S(pw_sym(r), 'oracle', 'DriverManager.getConnection password literal')}");
    }}

    public void upload(String file) throws JSchException, SftpException {{
        Session s = new JSch().getSession("erpdrop", "sftp.partner.example", 22);
        s.setPassword("{S(pw_word(r), 'sftp', 'JSch session.setPassword literal')}");
        s.setConfig("StrictHostKeyChecking", "no");
        s.connect();
        ChannelSftp c = (ChannelSftp) s.openChannel("sftp");
        c.connect();
        c.put(file, "/inbound/");
    }}

    public javax.mail.Session mail() {{
        Properties p = new Properties();
        p.put("mail.smtp.auth", "true");
        return javax.mail.Session.getInstance(p, new Authenticator() {{
            protected PasswordAuthentication getPasswordAuthentication() {{
                return new PasswordAuthentication("erp-notify", "{S(pw_word(r), 'smtp', 'JavaMail PasswordAuthentication literal')}");
            }}
        }});
    }}

    public char[] fromConsole() {{
        return {N('System.console().readPassword("DB password: ")', 'oracle', 'interactive prompt', 'function-call')};
    }}
}}
""")
    f = new(J + "erp-web/build.xml"); r = f.r; S, N = f.s, f.n
    f.done(f"""<project name="erp-web" default="dist">
  <target name="sign" depends="jar">
    <signjar jar="dist/erp-applet.jar" alias="fabrikam" keystore="sign/codesign.jks" storepass="{N('${sign.storepass}', 'java-keystore', 'Ant property reference', 'template')}"/>
  </target>
  <target name="deploy">
    <scp file="dist/erp-web.war" todir="deploy:{S(pw_url(r), 'scp', 'Ant scp todir user:password@host')}@app01.corp.example:/opt/tomcat/webapps" trust="true"/>
  </target>
</project>
""")
    f = new(J + "maven/settings.xml"); r = f.r; S, N = f.s, f.n
    f.done(f"""<settings>
  <servers>
    <server>
      <id>fabrikam-nexus</id>
      <username>ci-deployer</username>
      <password>{S(pw_alnum(r, 20), 'nexus', 'Maven settings.xml server password')}</password>
    </server>
    <server>
      <id>fabrikam-releases</id>
      <username>release</username>
      <password>{N('{' + b64b(r, 33) + '}', 'maven', 'Maven master-password encrypted value', 'ciphertext')}</password>
    </server>
  </servers>
</settings>
""")
    f = new(J + "tomcat/logs/catalina.2024-02-12.log"); r = f.r; S, N = f.s, f.n
    f.done(f"""12-Feb-2024 06:00:01.112 INFO [main] org.apache.catalina.startup.Catalina.load Server initialization in [812] milliseconds
12-Feb-2024 06:00:03.451 SEVERE [main] org.apache.tomcat.dbcp.dbcp2.BasicDataSource.createDataSource Cannot create PoolableConnectionFactory (ORA-01017: invalid username/password; logon denied)
12-Feb-2024 06:00:03.452 INFO [main] DataSource config: url=jdbc:oracle:thin:@//ora-erp.corp.example:1521/ERPPRD user=erp_app password={N('******', 'oracle', 'masked by logger', 'masked')}
12-Feb-2024 06:00:04.900 INFO [main] org.apache.catalina.startup.Catalina.start Server startup in [3788] milliseconds
""")
