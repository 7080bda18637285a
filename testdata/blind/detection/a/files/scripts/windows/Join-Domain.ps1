$user = 'ACME\svc-join'
$pass = ConvertTo-SecureString 'Fp9-VLRH0GCalj%' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $pass)
Add-Computer -DomainName acme.local -Credential $cred -Restart
$vaultPass = Get-Secret -Name 'svc-join' -AsPlainText
