param(
    [string]$Account = 'kovintranet',
    [string]$Container = 'exports'
)

$sasToken = '?sv=2022-11-02&ss=b&srt=co&sp=rwdlac&se=2027-01-31T00:00:00Z&st=2026-01-01T00:00:00Z&spr=https&sig=usBoSNrEJJz6EoE5tpeCmBe6avt3b9qkP0c54dPEA6Q%3D'
$uri = "https://$Account.blob.core.windows.net/$Container/report.csv$sasToken"
Invoke-RestMethod -Method Put -Uri $uri -InFile .\report.csv -Headers @{ 'x-ms-blob-type' = 'BlockBlob' }

$secure = Read-Host -AsSecureString -Prompt 'Service account password'
$cred = New-Object System.Management.Automation.PSCredential('CORP\svc-export', $secure)
$svcPass = ConvertTo-SecureString -String 'L0s4IlDYm%5nDJmJyE~wCWhBHKwJO' -AsPlainText -Force
$svcCred = New-Object System.Management.Automation.PSCredential('CORP\svc-report', $svcPass)
Invoke-Command -ComputerName rpt01 -Credential $svcCred -ScriptBlock { Restart-Service ReportServer }
