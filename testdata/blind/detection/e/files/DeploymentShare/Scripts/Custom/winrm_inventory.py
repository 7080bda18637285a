import winrm

HOSTS = ["ws-ber-0142", "ws-ber-0143"]
for h in HOSTS:
    s = winrm.Session(h, auth=("CORP\\svc_inventory", "WueileSUsLY8wlfM"), transport="ntlm")
    print(h, s.run_ps("Get-CimInstance Win32_OperatingSystem | Select Caption").std_out)
