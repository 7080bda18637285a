"""Windows deployment share: MDT, unattend, GPP cpassword, PowerShell, batch, VBScript, registry, SQL setup, IIS."""
import base64
from lib import *
import keys

WD = "DeploymentShare/"


def build():
    f = new(WD + "Control/CustomSettings.ini", crlf=True); r = f.r; S, N = f.s, f.n
    f.done(f"""[Settings]
Priority=TaskSequenceID, Default
Properties=MyCustomProperty

[Default]
OSInstall=Y
SkipCapture=YES
SkipAdminPassword=YES
AdminPassword={S(pw_season(r), 'windows-local-admin', 'MDT AdminPassword (local Administrator)')}
SkipProductKey=YES
JoinDomain=corp.fabrikam.example
DomainAdmin=svc_mdtjoin
DomainAdminDomain=CORP
DomainAdminPassword={S(pw_sym(r), 'active-directory', 'MDT DomainAdminPassword for domain join')}
MachineObjectOU=OU=Workstations,OU=Berlin,DC=corp,DC=fabrikam,DC=example
SkipComputerName=NO
SkipDomainMembership=YES
SkipUserData=YES
SkipTimeZone=YES
TimeZoneName=W. Europe Standard Time
SLShare=\\\\mdt01\\DeploymentShare$\\Logs
EventService=http://mdt01:9800
""")

    f = new(WD + "Control/Bootstrap.ini", crlf=True); r = f.r; S, N = f.s, f.n
    f.done(f"""[Settings]
Priority=Default

[Default]
DeployRoot=\\\\mdt01\\DeploymentShare$
UserDomain=CORP
UserID=svc_mdtread
UserPassword={S(pw_word(r), 'active-directory', 'MDT Bootstrap.ini UserPassword (in boot image)')}
KeyboardLocale=de-DE
SkipBDDWelcome=YES
""")

    f = new(WD + "Control/WIN11-23H2/Unattend.xml", crlf=True); r = f.r; S, N = f.s, f.n
    lpw = pw_season(r)
    enc = base64.b64encode((lpw + "Password").encode("utf-16-le")).decode()
    f.done(f"""<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
  <settings pass="oobeSystem">
    <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
      <AutoLogon>
        <Enabled>true</Enabled>
        <LogonCount>1</LogonCount>
        <Username>deploy</Username>
        <Password>
          <Value>{S(pw_word(r), 'windows-local-admin', 'AutoLogon plain-text password in unattend.xml')}</Value>
          <PlainText>true</PlainText>
        </Password>
      </AutoLogon>
      <UserAccounts>
        <LocalAccounts>
          <LocalAccount wcm:action="add">
            <Name>deploy</Name>
            <Group>Administrators</Group>
            <Password>
              <Value>{S(enc, 'windows-local-admin', 'unattend base64(UTF-16LE password+"Password") - reversible')}</Value>
              <PlainText>false</PlainText>
            </Password>
          </LocalAccount>
        </LocalAccounts>
      </UserAccounts>
      <OOBE><HideEULAPage>true</HideEULAPage><ProtectYourPC>3</ProtectYourPC></OOBE>
    </component>
  </settings>
</unattend>
""")

    f = new(WD + "Scripts/Custom/Join-Domain.ps1", crlf=True); r = f.r; S, N = f.s, f.n
    f.done(f"""param([string]$OU = "OU=Workstations,OU=Berlin,DC=corp,DC=fabrikam,DC=example")
$user = "CORP\\svc_mdtjoin"
$pass = ConvertTo-SecureString '{S(pw_sym(r), 'active-directory', 'ConvertTo-SecureString -AsPlainText literal')}' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
Add-Computer -DomainName corp.fabrikam.example -OUPath $OU -Credential $cred -Restart:$false

# interactive fallback
if (-not $?) {{ $cred = {N('Get-Credential -Message "Domain join account"', 'active-directory', 'interactive prompt', 'function-call')} }}
$localPw = {N('$env:LOCAL_ADMIN_PW', 'windows-local-admin', 'PowerShell env reference', 'env-ref')}
""")

    f = new(WD + "Scripts/Custom/Map-Drives.cmd", crlf=True); r = f.r; S, N = f.s, f.n
    f.done(f"""@echo off
net use S: \\\\fs01\\Software {S(pw_word(r), 'smb', 'net use password on command line')} /user:CORP\\svc_software /persistent:no
net use P: \\\\fs01\\Profiles /persistent:no
net use T: \\\\fs01\\Tools %TOOLS_PW% /user:CORP\\svc_tools
""")
    f.n("%TOOLS_PW%", "smb", "cmd environment variable", "env-ref")

    f = new(WD + "Scripts/Custom/Schedule-Backup.cmd", crlf=True); r = f.r; S, N = f.s, f.n
    f.done(f"""@echo off
cmdkey /add:nas01.corp.fabrikam.example /user:CORP\\svc_backup /pass:{S(pw_alnum(r, 14), 'smb', 'cmdkey /pass: stored credential')}
schtasks /create /tn "Nightly Robocopy" /tr "C:\\Tools\\nightly.cmd" /sc daily /st 01:30 /ru CORP\\svc_backup /rp "{N('*', 'active-directory', 'schtasks prompts for the password when /rp is *', 'placeholder', anchor='/rp "')}" /f
""")

    f = new(WD + "Scripts/Custom/Deploy-Agent.bat", crlf=True); r = f.r; S, N = f.s, f.n
    f.done(f"""@echo off
for /f %%h in (hosts.txt) do (
  psexec \\\\%%h -u CORP\\adm_jkrause -p {S(pw_season(r), 'active-directory', 'psexec -p password')} -h -c \\\\mdt01\\Apps\\agent\\install.cmd
)
""")

    f = new(WD + "Scripts/Custom/AutoLogon.reg", crlf=True); r = f.r; S, N = f.s, f.n
    f.done(f"""Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="kiosk"
"DefaultDomainName"="KIOSK-01"
"DefaultPassword"="{S(pw_word(r), 'windows-autologon', 'Winlogon DefaultPassword in .reg')}"
""")

    f = new(WD + "Scripts/Custom/Printers.vbs", crlf=True); r = f.r; S, N = f.s, f.n
    f.done(f"""Option Explicit
Dim objNetwork
Set objNetwork = CreateObject("WScript.Network")
objNetwork.MapNetworkDrive "Q:", "\\\\print01\\Treiber", False, "CORP\\svc_print", "{S(pw_word(r), 'smb', 'VBScript MapNetworkDrive password argument')}"
objNetwork.AddWindowsPrinterConnection "\\\\print01\\Berlin-2OG-Color"
objNetwork.SetDefaultPrinter "\\\\print01\\Berlin-2OG-Color"
""")

    f = new(WD + "Applications/SQL2022/ConfigurationFile.ini", crlf=True); r = f.r; S, N = f.s, f.n
    f.done(f"""; SQL Server 2022 Configuration File
[OPTIONS]
ACTION="Install"
FEATURES=SQLENGINE,FULLTEXT
INSTANCENAME="MSSQLSERVER"
SQLSVCACCOUNT="CORP\\svc_sql"
SQLSVCPASSWORD="{S(pw_sym(r), 'sqlserver', 'SQL setup service account password')}"
SQLSYSADMINACCOUNTS="CORP\\SQL-Admins"
SECURITYMODE="SQL"
SAPWD="{S(pw_rand(r, 18, '!#%*'), 'sqlserver', 'SQL Server sa password (SAPWD)')}"
AGTSVCACCOUNT="NT Service\\SQLSERVERAGENT"
TCPENABLED="1"
IACCEPTSQLSERVERLICENSETERMS="True"
""")

    gid = "{" + uuid4(rng("gpo-guid")).upper() + "}"
    f = new(WD + f"Backup/GPO/{gid}/Machine/Preferences/Groups/Groups.xml", crlf=True); r = f.r; S, N = f.s, f.n
    f.done(f"""<?xml version="1.0" encoding="utf-8"?>
<Groups clsid="{{3125E937-EB16-4b4c-9934-544FC6D24D26}}"><User clsid="{{DF5F1855-51E5-4d24-8B1A-D9BDE98BA1D1}}" name="LocalSupport" image="2" changed="2019-04-03 09:12:44" uid="{'{' + uuid4(r).upper() + '}'}"><Properties action="U" newName="" fullName="Local Support" description="" cpassword="{S(keys.gpp_cpassword(pw_season(r)), 'gpp-cpassword', 'Group Policy Preferences cpassword (AES key published by Microsoft)')}" changeLogon="0" noChange="1" neverExpires="1" acctDisabled="0" userName="LocalSupport"/></User>
</Groups>
""")
    f = new(WD + f"Backup/GPO/{gid}/Machine/Preferences/ScheduledTasks/ScheduledTasks.xml", crlf=True); r = f.r; S, N = f.s, f.n
    f.done(f"""<?xml version="1.0" encoding="utf-8"?>
<ScheduledTasks clsid="{{CC63F200-7309-4ba0-B154-A71CD118DBCC}}">
<Task clsid="{{2DEECB1C-261F-4e13-9B21-16FB83BC03BD}}" name="Inventory" image="2" changed="2020-11-17 14:02:11" uid="{{0E5A3C1B-6A84-4E1A-9E3D-2B1F0C6E7D11}}">
<Properties action="U" name="Inventory" appName="\\\\mdt01\\Apps\\inventory.exe" args="" startIn="" comment="" runAs="CORP\\svc_inventory" cpassword="{S(keys.gpp_cpassword(pw_word(r)), 'gpp-cpassword', 'GPP scheduled-task cpassword')}" enabled="1"/>
</Task>
<Task clsid="{{2DEECB1C-261F-4e13-9B21-16FB83BC03BD}}" name="Cleanup" image="2" changed="2021-02-02 08:00:00" uid="{{7A1E2F3C-0B4D-4C5E-8F6A-1B2C3D4E5F60}}">
<Properties action="U" name="Cleanup" appName="cleanmgr.exe" args="/sagerun:1" runAs="NT AUTHORITY\\System" cpassword="{N('', 'gpp-cpassword', 'SYSTEM task, empty cpassword', 'empty', anchor='name="Cleanup" appName')}" enabled="1"/>
</Task>
</ScheduledTasks>
""")

    f = new(WD + "Scripts/Custom/jumphost.rdp", crlf=True); r = f.r; S, N = f.s, f.n
    f.done(f"""screen mode id:i:2
desktopwidth:i:1920
desktopheight:i:1080
full address:s:jump01.corp.fabrikam.example
username:s:CORP\\adm_jkrause
password 51:b:{N('01000000D08C9DDF0115D1118C7A00C04FC297EB01000000' + hexs(r, 300).upper(), 'rdp', 'DPAPI-encrypted blob bound to the user profile', 'ciphertext')}
prompt for credentials:i:0
authentication level:i:2
""")

    f = new(WD + "Scripts/DSC/WebServer.ps1", crlf=True); r = f.r; S, N = f.s, f.n
    f.done(f"""$ConfigData = @{{
    AllNodes = @(
        @{{ NodeName = 'web01'; PSDscAllowPlainTextPassword = {N('$true', 'powershell-dsc', 'DSC setting name/flag', 'policy', anchor='PSDscAllowPlainTextPassword')}; PSDscAllowDomainUser = $true }}
    )
}}
$apppoolPw = ConvertTo-SecureString "{S(pw_sym(r), 'active-directory', 'app pool identity password in DSC script')}" -AsPlainText -Force
$AppPoolCred = New-Object PSCredential ("CORP\\svc_webapp", $apppoolPw)

Configuration WebServer {{
    Import-DscResource -ModuleName xWebAdministration
    Node $AllNodes.NodeName {{
        xWebAppPool Intranet {{
            Name = 'Intranet'
            IdentityType = 'SpecificUser'
            Credential = $AppPoolCred
        }}
    }}
}}
WebServer -ConfigurationData $ConfigData
""")

    f = new(WD + "Backup/IIS/applicationHost.config", crlf=True); r = f.r; S, N = f.s, f.n
    f.done(f"""<configuration>
  <system.applicationHost>
    <applicationPools>
      <add name="Intranet" managedRuntimeVersion="v4.0">
        <processModel identityType="SpecificUser" userName="CORP\\svc_webapp" password="{N('[enc:IISCngProvider:' + b64b(r, 96) + ':enc]', 'iis', 'IIS-encrypted value; key stored in machine key container', 'ciphertext')}" />
      </add>
    </applicationPools>
    <sites>
      <site name="Intranet" id="2">
        <application path="/" applicationPool="Intranet">
          <virtualDirectory path="/" physicalPath="\\\\fs01\\web\\intranet" userName="CORP\\svc_webcontent" password="{S(pw_word(r), 'iis', 'plain UNC virtualDirectory password')}" />
        </application>
      </site>
    </sites>
  </system.applicationHost>
</configuration>
""")

    f = new(WD + "Scripts/Custom/winrm_inventory.py"); r = f.r; S, N = f.s, f.n
    f.done(f"""import winrm

HOSTS = ["ws-ber-0142", "ws-ber-0143"]
for h in HOSTS:
    s = winrm.Session(h, auth=("CORP\\\\svc_inventory", "{S(pw_alnum(r, 16), 'active-directory', 'pywinrm Session auth tuple password')}"), transport="ntlm")
    print(h, s.run_ps("Get-CimInstance Win32_OperatingSystem | Select Caption").std_out)
""")

    f = new(WD + "Logs/WS-BER-0142/BDD.log", crlf=True); r = f.r; S, N = f.s, f.n
    f.done(f"""<![LOG[Property DomainAdmin is now = svc_mdtjoin]LOG]!><time="09:14:02.000+000" date="02-12-2024" component="ZTIGather" context="" type="1" thread="" file="ZTIGather">
<![LOG[Property DomainAdminPassword is now = {N('********', 'active-directory', 'MDT masks sensitive properties in logs', 'masked')}]LOG]!><time="09:14:02.000+000" date="02-12-2024" component="ZTIGather" context="" type="1" thread="" file="ZTIGather">
<![LOG[Property AdminPassword is now = ********]LOG]!><time="09:14:02.000+000" date="02-12-2024" component="ZTIGather" context="" type="1" thread="" file="ZTIGather">
<![LOG[Property MachineObjectOU is now = OU=Workstations,OU=Berlin,DC=corp,DC=fabrikam,DC=example]LOG]!><time="09:14:02.000+000" date="02-12-2024" component="ZTIGather" context="" type="1" thread="" file="ZTIGather">
<![LOG[Validating connection to \\\\mdt01\\DeploymentShare$]LOG]!><time="09:14:03.000+000" date="02-12-2024" component="ZTIGather" context="" type="1" thread="" file="ZTIGather">
""")

    plain(WD + "Applications/7-Zip/install.cmd", "@echo off\r\nmsiexec /i \"%~dp07z2301-x64.msi\" /qn /norestart INSTALLDIR=\"C:\\Program Files\\7-Zip\"\r\nexit /b %errorlevel%\r\n")
    plain(WD + "Control/TS001/ts.xml.README.txt", "Task sequence TS001 (Win11 23H2 Berlin) - exported 2024-02-01.\r\nDrivers: Dell Latitude 5440, 7440. Apps: Office M365, 7-Zip, Agent.\r\n")
