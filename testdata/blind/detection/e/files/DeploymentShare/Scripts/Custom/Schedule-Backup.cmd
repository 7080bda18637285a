@echo off
cmdkey /add:nas01.corp.fabrikam.example /user:CORP\svc_backup /pass:VFwStbMlUH19Ex
schtasks /create /tn "Nightly Robocopy" /tr "C:\Tools\nightly.cmd" /sc daily /st 01:30 /ru CORP\svc_backup /rp "*" /f
