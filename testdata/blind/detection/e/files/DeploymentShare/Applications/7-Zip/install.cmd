@echo off
msiexec /i "%~dp07z2301-x64.msi" /qn /norestart INSTALLDIR="C:\Program Files\7-Zip"
exit /b %errorlevel%
