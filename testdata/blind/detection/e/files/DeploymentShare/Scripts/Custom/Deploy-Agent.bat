@echo off
for /f %%h in (hosts.txt) do (
  psexec \\%%h -u CORP\adm_jkrause -p Autumn2022# -h -c \\mdt01\Apps\agent\install.cmd
)
