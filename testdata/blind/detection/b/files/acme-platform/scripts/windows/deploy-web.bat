@echo off
REM push the new build to the IIS boxes
psexec \\web01 -u ACME\svc_deploy -p Wintervyu9t7AC# -h cmd /c "C:\deploy\update.cmd"
psexec \\web02 -u ACME\svc_deploy -h cmd /c "C:\deploy\update.cmd"
