param([string]$OU = "OU=Workstations,OU=Berlin,DC=corp,DC=fabrikam,DC=example")
$user = "CORP\svc_mdtjoin"
$pass = ConvertTo-SecureString 'Arctic@Shadow24' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
Add-Computer -DomainName corp.fabrikam.example -OUPath $OU -Credential $cred -Restart:$false

# interactive fallback
if (-not $?) { $cred = Get-Credential -Message "Domain join account" }
$localPw = $env:LOCAL_ADMIN_PW
