$ErrorActionPreference = "Stop"
$securePass = ConvertTo-SecureString "DQscoaYMV#o2-72%v" -AsPlainText -Force
Invoke-Sqlcmd -ServerInstance "sql01" -Query "BACKUP DATABASE billing"
