"""Network-engineering repository: Cisco IOS, Arista, Junos, MikroTik, VyOS, pfSense, FreeRADIUS, TACACS+, HAProxy..."""
from lib import *
import keys

NE = "netops-configs/"


def build():
    f = new(NE + "backups/core-rtr01.cfg"); r = f.r; S, N = f.s, f.n
    f.done(f"""!
! Last configuration change at 02:11:43 CET Mon Feb 12 2024 by oxidized
!
version 17.9
service timestamps debug datetime msec
service timestamps log datetime msec
service password-encryption
!
hostname core-rtr01
!
enable secret 9 {S(keys.cisco9(r, pw_sym(r)), 'cisco', 'enable secret type 9 (scrypt) hash')}
!
aaa new-model
aaa authentication login default group tacacs+ local
!
username netadmin privilege 15 secret 5 {S(keys.md5crypt(r, pw_word(r)), 'cisco', 'username secret type 5 (md5-crypt) hash')}
username breakglass privilege 15 password 7 {S(keys.cisco7(r, pw_sym(r)), 'cisco', 'type 7 password (reversible obfuscation)')}
!
security passwords min-length {N('10', 'cisco', 'password policy command', 'policy', anchor='min-length')}
!
crypto isakmp policy 10
 encr aes 256
 authentication pre-share
 group 14
crypto isakmp key {S(pw_alnum(r, 20), 'ipsec-psk', 'ISAKMP pre-shared key in clear')} address 198.51.100.17
!
snmp-server community {S(word(r) + str(r.randint(10, 99)) + 'RW', 'snmp', 'SNMP RW community string')} RW 99
snmp-server community {N('public', 'snmp', 'default well-known RO community', 'test-value')} RO 98
!
tacacs server ISE1
 address ipv4 10.0.0.40
 key 7 {S(keys.cisco7(r, pw_alnum(r, 16)), 'tacacs', 'TACACS+ key, type 7 (reversible)')}
!
ntp authentication-key 1 md5 {S(keys.cisco7(r, pw_alnum(r, 12)), 'ntp', 'NTP auth key type 7')} 7
ntp trusted-key 1
!
line vty 0 15
 transport input ssh
!
end
""")

    f = new(NE + "backups/access-sw14.cfg"); r = f.r; S, N = f.s, f.n
    f.done(f"""hostname access-sw14
!
enable password {S(pw_word(r), 'cisco', 'enable password in clear (no service password-encryption)')}
!
username admin privilege 15 secret 8 {S('$8$' + rs(r, 14, keys.CRYPT64) + '$' + rs(r, 43, keys.CRYPT64), 'cisco', 'type 8 (PBKDF2) secret hash (shape only)')}
!
vtp mode transparent
vtp password {N('', 'cisco', 'VTP password not set', 'empty', anchor='vtp password')}
!
line con 0
 password 7 {S(keys.cisco7(r, pw_word(r)), 'cisco', 'console line type 7 password')}
 login
line vty 0 4
 password {N('', 'cisco', 'no vty password set, AAA used', 'empty', anchor='vty') if False else S(pw_word(r), 'cisco', 'vty line clear password')}
 login
!
end
""")

    f = new(NE + "backups/spine01-eos.cfg"); r = f.r; S, N = f.s, f.n
    f.done(f"""! device: spine01 (DCS-7280SR3-48YC8, EOS-4.30.4M)
!
hostname spine01
!
username admin privilege 15 role network-admin secret sha512 {S(keys.sha512crypt(r, pw_sym(r)), 'arista', 'EOS sha512 secret')}
username ztp privilege 1 nopassword
!
management api http-commands
   no shutdown
!
router bgp 65001
   neighbor EVPN peer group
   neighbor EVPN password 7 {N(b64b(r, 16), 'arista', 'EOS type-7 BGP password is AES with per-device key; treated as ciphertext here', 'ciphertext')}
!
""")

    f = new(NE + "backups/edge-mx01.set"); r = f.r; S, N = f.s, f.n
    f.done(f"""set version 22.4R3
set system host-name edge-mx01
set system root-authentication encrypted-password "{S(keys.sha512crypt(r, pw_word(r)), 'juniper', 'Junos root encrypted-password (sha512-crypt)')}"
set system login user noc uid 2001
set system login user noc class super-user
set system login user noc authentication encrypted-password "{S(keys.sha256crypt(r, pw_word(r)), 'juniper', 'Junos user sha256-crypt hash')}"
set system login user noc authentication ssh-ed25519 "{N('ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI' + b64b(r, 32)[:43] + ' noc@laptop', 'juniper', 'SSH public key', 'public')}"
set system login password minimum-length {N('12', 'juniper', 'password policy', 'policy', anchor='minimum-length')}
set system services ssh root-login deny
set snmp community {S(word(r) + '-' + word(r), 'snmp', 'SNMP community on Junos')} authorization read-only
""")

    f = new(NE + "mikrotik/hap-branch07.rsc"); r = f.r; S, N = f.s, f.n
    f.done(f"""# 2024-02-10 11:02:13 by RouterOS 7.13.3
# software id = {N(rs(r, 4, UPNUM) + '-' + rs(r, 4, UPNUM), 'mikrotik', 'RouterOS software id', 'identifier')}
/interface wifi security
add authentication-types=wpa2-psk,wpa3-psk name=sec-office passphrase="{S(pw_phrase(r), 'wifi', 'RouterOS WiFi passphrase')}"
/ppp secret
add name=branch07-l2tp password={S(pw_alnum(r, 16), 'mikrotik', 'PPP secret password')} profile=default-encryption service=l2tp
/interface l2tp-client
add connect-to=vpn.hq.example name=l2tp-hq password={S(pw_alnum(r, 16), 'mikrotik', 'L2TP client password')} user=branch07
/ip ipsec identity
add peer=hq secret="{S(pw_rand(r, 24, '!#%*-_=+'), 'ipsec-psk', 'RouterOS IPsec PSK')}"
/user
add group=full name=support password="{N('', 'mikrotik', 'empty password (SSH key login)', 'empty', anchor='l name=support password="')}"
/system identity
set name=hap-branch07
""")

    f = new(NE + "vyos/config.boot"); r = f.r; S, N = f.s, f.n
    f.done(f"""system {{
    host-name vyos-lab
    login {{
        user vyos {{
            authentication {{
                encrypted-password "{S(keys.sha512crypt(r, pw_word(r)), 'vyos', 'VyOS user sha512-crypt hash')}"
                plaintext-password "{N('', 'vyos', 'VyOS clears plaintext-password after hashing', 'empty', anchor='plaintext-password')}"
            }}
        }}
    }}
}}
vpn {{
    ipsec {{
        authentication {{
            psk HQ {{
                id 203.0.113.10
                secret "{S(pw_alnum(r, 32), 'ipsec-psk', 'VyOS IPsec PSK')}"
            }}
        }}
    }}
}}
""")

    f = new(NE + "pfsense/config-fw01.xml"); r = f.r; S, N = f.s, f.n
    f.done(f"""<?xml version="1.0"?>
<pfsense>
	<version>23.3</version>
	<system>
		<hostname>fw01</hostname>
		<user>
			<name>admin</name>
			<descr><![CDATA[System Administrator]]></descr>
			<scope>system</scope>
			<groupname>admins</groupname>
			<bcrypt-hash>{S(keys.bcrypt(r, pw_sym(r), '2y', 10), 'shadow-hash', 'pfSense admin bcrypt-hash')}</bcrypt-hash>
			<uid>0</uid>
		</user>
	</system>
	<ipsec>
		<phase1>
			<ikeid>1</ikeid>
			<remote-gateway>198.51.100.17</remote-gateway>
			<pre-shared-key>{S(pw_alnum(r, 32), 'ipsec-psk', 'pfSense IPsec pre-shared-key')}</pre-shared-key>
		</phase1>
	</ipsec>
	<installedpackages>
		<freeradius>
			<config><varclientsharedsecret>{S(pw_alnum(r, 20), 'radius', 'RADIUS client shared secret')}</varclientsharedsecret></config>
		</freeradius>
	</installedpackages>
</pfsense>
""")

    f = new(NE + "radius/clients.conf"); r = f.r; S, N = f.s, f.n
    f.done(f"""client localhost {{
	ipaddr = 127.0.0.1
	secret = {N('testing123', 'radius', 'FreeRADIUS shipped default for localhost testing', 'test-value')}
	require_message_authenticator = no
}}
client wlc-hq {{
	ipaddr = 10.0.10.5
	secret = {S(pw_alnum(r, 24), 'radius', 'RADIUS shared secret for WLC')}
	shortname = wlc-hq
}}
client vpn-concentrator {{
	ipaddr = 10.0.10.9
	secret = {S(pw_phrase(r), 'radius', 'RADIUS shared secret for VPN')}
}}
""")
    f = new(NE + "radius/mods-config/files/authorize"); r = f.r; S, N = f.s, f.n
    import hashlib
    f.done(f"""# Local users for lab SSIDs
labguest	Cleartext-Password := "{S(pw_word(r), 'radius', 'FreeRADIUS Cleartext-Password user entry')}"
		Reply-Message := "Hello, %{{User-Name}}"
printer01	NT-Password := {S(hexs(r, 32).upper(), 'radius', 'NT-Password (NTLM hash) user entry')}
#bob	Cleartext-Password := "{N('hello', 'radius', 'commented default example user', 'test-value')}"
""")

    f = new(NE + "tacacs/tac_plus.conf"); r = f.r; S, N = f.s, f.n
    f.done(f"""key = "{S(pw_alnum(r, 16), 'tacacs', 'tac_plus shared key')}"
accounting file = /var/log/tac_plus.acct

group = netadmins {{
	default service = permit
	service = exec {{ priv-lvl = 15 }}
}}
user = jkrause {{
	member = netadmins
	login = cleartext "{S(pw_sym(r), 'tacacs', 'tac_plus cleartext login password')}"
}}
user = automation {{
	member = netadmins
	login = des {S(rs(r, 13, keys.CRYPT64), 'tacacs', 'tac_plus DES-crypt login hash')}
}}
user = DEFAULT {{
	login = {N('PAM', 'tacacs', 'delegated to PAM', 'secret-ref')}
}}
""")

    f = new(NE + "lb/keepalived.conf"); r = f.r; S, N = f.s, f.n
    f.done(f"""vrrp_instance VI_1 {{
    state MASTER
    interface ens192
    virtual_router_id 51
    priority 150
    advert_int 1
    authentication {{
        auth_type PASS
        auth_pass {S(rs(r, 8), 'keepalived', 'VRRP auth_pass')}
    }}
    virtual_ipaddress {{
        10.0.20.10/24
    }}
}}
""")
    f = new(NE + "lb/haproxy.cfg"); r = f.r; S, N = f.s, f.n
    f.done(f"""global
    log /dev/log local0
    maxconn 20000
defaults
    mode http
    timeout connect 5s
    timeout client 30s
    timeout server 30s
userlist ops
    user jkrause password {S(keys.sha512crypt(r, pw_word(r)), 'haproxy', 'HAProxy userlist sha512-crypt')}
    user monitoring insecure-password {S(pw_word(r), 'haproxy', 'HAProxy insecure-password')}
listen stats
    bind :8404
    stats enable
    stats uri /stats
    stats auth admin:{S(pw_alnum(r, 14), 'haproxy', 'HAProxy stats auth')}
frontend fe_main
    bind :443 ssl crt /etc/haproxy/certs/
    default_backend be_app
backend be_app
    server app1 10.0.30.11:8080 check
""")

    f = new(NE + "vpn/ipsec.secrets"); r = f.r; S, N = f.s, f.n
    f.done(f"""# /etc/ipsec.secrets - strongSwan IPsec secrets file
: RSA {N('vpn-gw.key', 'strongswan', 'file reference to private key', 'secret-ref')}
203.0.113.10 198.51.100.17 : PSK "{S(pw_rand(r, 28, '!#%*-_=+'), 'ipsec-psk', 'strongSwan PSK')}"
carol : EAP "{N('%EAP_CAROL%', 'strongswan', 'placeholder substituted by deploy script', 'template')}"
""")

    f = new(NE + "routing/frr.conf"); r = f.r; S, N = f.s, f.n
    f.done(f"""frr version 9.1
hostname rr01
router bgp 65010
 bgp router-id 10.255.0.1
 neighbor 10.255.0.2 remote-as 65010
 neighbor 10.255.0.2 password {S(pw_alnum(r, 16), 'bgp', 'BGP MD5 neighbor password (FRR)')}
 neighbor 192.0.2.1 remote-as 64512
 neighbor 192.0.2.1 password {N('{{ bgp_peer_password }}', 'bgp', 'unrendered template', 'template')}
!
""")

    f = new(NE + "ntp/chrony.keys"); r = f.r; S, N = f.s, f.n
    f.done(f"""# chrony symmetric keys
1 SHA256 HEX:{S(hexs(r, 64).upper(), 'ntp', 'chrony symmetric key (hex)')}
2 MD5 {N('<ascii-key>', 'ntp', 'placeholder', 'placeholder')}
""")

    f = new(NE + "snmp/snmpd.conf"); r = f.r; S, N = f.s, f.n
    f.done(f"""agentaddress udp:161
sysLocation Rack B3, Berlin DC
sysContact {N('noc@fabrikam.example', 'snmp', 'contact address', 'identifier')}
createUser monitor SHA-512 "{S(pw_alnum(r, 16), 'snmp', 'SNMPv3 auth passphrase')}" AES
rouser monitor priv
rocommunity {N('public', 'snmp', 'default community restricted to localhost', 'test-value')} 127.0.0.1
""")

    f = new(NE + "automation/backup_configs.py"); r = f.r; S, N = f.s, f.n
    f.done(f"""from netmiko import ConnectHandler
import os

DEVICES = ["10.0.0.1", "10.0.0.2", "10.0.1.14"]

for ip in DEVICES:
    conn = ConnectHandler(device_type="cisco_ios", host=ip, username="oxidized",
                          password="{S(pw_sym(r), 'cisco', 'Netmiko ConnectHandler password')}",
                          secret="{S(pw_word(r), 'cisco', 'Netmiko enable secret argument')}")
    conn.enable()
    cfg = conn.send_command("show running-config")
    open(f"backups/{{ip}}.cfg", "w").write(cfg)

juniper = ConnectHandler(device_type="juniper_junos", host="10.0.2.1", username="automation",
                         password={N('os.environ["JUNOS_PASSWORD"]', 'juniper', 'environment lookup', 'env-ref')})
""")
    f = new(NE + "automation/inventory/group_vars/ios.yml"); r = f.r; S, N = f.s, f.n
    f.done(f"""ansible_connection: ansible.netcommon.network_cli
ansible_network_os: cisco.ios.ios
ansible_user: automation
ansible_password: {N('"{{ vault_ios_password }}"', 'ansible', 'vaulted variable reference', 'template')}
ansible_become: true
ansible_become_method: enable
ansible_become_password: {N('"{{ vault_ios_enable }}"', 'ansible', 'vaulted variable reference', 'template')}
""")
    f = new(NE + "oxidized/config"); r = f.r; S, N = f.s, f.n
    f.done(f"""---
username: oxidized
password: {S(pw_sym(r), 'oxidized', 'Oxidized default device password')}
model: ios
interval: 3600
rest: 127.0.0.1:8888
source:
  default: csv
  csv:
    file: "/home/oxidized/.config/oxidized/router.db"
    delimiter: !ruby/regexp /:/
    map:
      name: 0
      model: 1
output:
  default: git
  git:
    user: Oxidized
    email: oxidized@fabrikam.example
    repo: "/home/oxidized/configs.git"
""")
    f = new(NE + "oxidized/router.db"); r = f.r; S, N = f.s, f.n
    f.done(f"""core-rtr01:ios
access-sw14:ios
edge-mx01:junos:automation:{S(pw_word(r), 'juniper', 'per-device password column in oxidized router.db')}
spine01:eos
""")
    f = new(NE + "docs/runbook-radius.md"); r = f.r; S, N = f.s, f.n
    f.done(f"""# Adding a RADIUS client

1. Generate a shared secret: `openssl rand -base64 24`
2. Add the block to `radius/clients.conf`:

   ```
   client <name> {{
       ipaddr = <ip>
       secret = {N('<shared-secret>', 'radius', 'doc placeholder', 'placeholder')}
   }}
   ```
3. On the WLC: `config radius auth add 1 10.0.10.20 1812 ascii {N('<shared-secret>', 'radius', 'doc placeholder', 'placeholder', anchor='config radius')}`
4. Test with `radtest labguest {N('"$PASS"', 'radius', 'shell variable', 'env-ref')} 127.0.0.1 0 testing123`
""")
    plain(NE + "README.md", "# netops-configs\n\nNightly running-config backups pulled by oxidized, plus RADIUS/TACACS+/VPN configs.\nSee docs/ for runbooks.\n")
