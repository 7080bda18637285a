@echo off
net use S: \\fs01\Software Ember2492 /user:CORP\svc_software /persistent:no
net use P: \\fs01\Profiles /persistent:no
net use T: \\fs01\Tools %TOOLS_PW% /user:CORP\svc_tools
