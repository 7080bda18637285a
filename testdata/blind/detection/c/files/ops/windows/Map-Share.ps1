$ErrorActionPreference = 'Stop'
$secure = ConvertTo-SecureString 'dlV3Asly9Z-8LeewgfJ' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential('CORP\svc_backup', $secure)
New-PSDrive -Name B -PSProvider FileSystem -Root \\fs01\backup -Credential $cred
$cred2 = Get-Credential -UserName 'CORP\svc_backup' -Message 'Backup account'
