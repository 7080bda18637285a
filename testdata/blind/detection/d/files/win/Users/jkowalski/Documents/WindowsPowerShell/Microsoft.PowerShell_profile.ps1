Import-Module posh-git
Set-PSReadLineOption -PredictionSource History

$env:AZURE_DEVOPS_EXT_PAT = 'h2wmzku3o5wveuts5besxk4epbam6m64rpqicmafbqij6rqjq3nn'

function Connect-Kunde {
    param([string]$Server = 'srv-kunde01.kunde.local')
    $user = 'KUNDE\adm_jkowalski'
    $pass = ConvertTo-SecureString '3pU_j-8k8LOQyvGSWuUg' -AsPlainText -Force
    $cred = New-Object System.Management.Automation.PSCredential($user, $pass)
    Enter-PSSession -ComputerName $Server -Credential $cred
}

function Connect-Lab {
    $cred = Get-Credential -UserName 'LAB\administrator' -Message 'lab'
    Enter-PSSession -ComputerName lab-dc01 -Credential $cred
}
