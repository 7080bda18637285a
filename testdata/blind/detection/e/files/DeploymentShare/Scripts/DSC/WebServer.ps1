$ConfigData = @{
    AllNodes = @(
        @{ NodeName = 'web01'; PSDscAllowPlainTextPassword = $true; PSDscAllowDomainUser = $true }
    )
}
$apppoolPw = ConvertTo-SecureString "Pebble$Tiger28" -AsPlainText -Force
$AppPoolCred = New-Object PSCredential ("CORP\svc_webapp", $apppoolPw)

Configuration WebServer {
    Import-DscResource -ModuleName xWebAdministration
    Node $AllNodes.NodeName {
        xWebAppPool Intranet {
            Name = 'Intranet'
            IdentityType = 'SpecificUser'
            Credential = $AppPoolCred
        }
    }
}
WebServer -ConfigurationData $ConfigData
